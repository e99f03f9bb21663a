namespace Graph.Bolt.Connection;

/// <summary>Whether and how a connection uses TLS, as the URI scheme says (<c>+s</c>, <c>+ssc</c>).</summary>
public enum BoltEncryption
{
    /// <summary>Plain TCP (<c>bolt://</c>, <c>neo4j://</c>).</summary>
    None,

    /// <summary>TLS with full verification (<c>+s</c>): a chain to the system store or to the given root, and the host name.</summary>
    Verified,

    /// <summary>TLS that accepts any certificate (<c>+ssc</c>, self-signed): encrypted but not authenticated.</summary>
    TrustAny,
}
