namespace Graph.Bolt;

/// <summary>
/// Whether work reads or writes. It picks a reader or a writer from the routing table and, for
/// reads, sets <c>mode: "r"</c> in RUN and BEGIN (Bolt message spec, RUN/BEGIN <c>extra</c>).
/// </summary>
public enum AccessMode
{
    /// <summary>The work writes: it goes to a writer (the leader of a cluster).</summary>
    Write,

    /// <summary>The work only reads: it may go to any reader.</summary>
    Read,
}
