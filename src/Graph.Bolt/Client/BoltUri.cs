using Graph.Bolt.Connection;

namespace Graph.Bolt.Client;

/// <summary>
/// What a URI scheme means, following Neo4j's drivers: <c>bolt</c> is one server, <c>neo4j</c> a
/// routed cluster; <c>+s</c> is TLS with full verification, <c>+ssc</c> TLS accepting any certificate.
/// </summary>
internal sealed record BoltUri(BoltAddress Address, bool Routing, BoltEncryption Encryption, IReadOnlyDictionary<string, object?>? RoutingContext)
{
    public static BoltUri Parse(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri) throw new ArgumentException($"the Neo4j URI must be absolute: '{uri}'", nameof(uri));
        var (routing, encryption) = uri.Scheme.ToLowerInvariant() switch
        {
            "bolt" => (false, BoltEncryption.None),
            "bolt+s" => (false, BoltEncryption.Verified),
            "bolt+ssc" => (false, BoltEncryption.TrustAny),
            "neo4j" => (true, BoltEncryption.None),
            "neo4j+s" => (true, BoltEncryption.Verified),
            "neo4j+ssc" => (true, BoltEncryption.TrustAny),
            _ => throw new ArgumentException(
                $"unsupported URI scheme '{uri.Scheme}': use bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc", nameof(uri)),
        };
        if (string.IsNullOrEmpty(uri.Host)) throw new ArgumentException($"the Neo4j URI has no host: '{uri}'", nameof(uri));
        if (!string.IsNullOrEmpty(uri.UserInfo)) throw new ArgumentException("put the user and password in the options, not in the URI", nameof(uri));

        var address = new BoltAddress(uri.Host, uri.IsDefaultPort || uri.Port <= 0 ? BoltAddress.DefaultPort : uri.Port);
        var query = uri.Query.TrimStart('?');
        if (!routing)
        {
            if (query.Length > 0) throw new ArgumentException("a routing context (query string) needs a neo4j:// URI, not bolt://", nameof(uri));
            return new BoltUri(address, false, encryption, null);
        }

        // The routing context: the address the client used, and the URI's query parameters (HELLO/ROUTE routing).
        var context = new Dictionary<string, object?>(StringComparer.Ordinal) { ["address"] = address.ToString() };
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            if (key.Length == 0 || key == "address") throw new ArgumentException($"bad routing context entry '{pair}'", nameof(uri));
            context[key] = value;
        }

        return new BoltUri(address, true, encryption, context);
    }
}
