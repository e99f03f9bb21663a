using Graph.Bolt.Connection;

namespace Graph.Bolt.Routing;

/// <summary>
/// A routing table (Bolt message spec, ROUTE: SUCCESS <c>{rt: {ttl, db, servers: [{addresses, role}]}}</c>):
/// which servers route, read and write for one database, and until when the table may be trusted.
/// Immutable: dropping a server makes a new table.
/// </summary>
public sealed class RoutingTable
{
    /// <summary>Creates a table.</summary>
    public RoutingTable(
        string? database,
        IReadOnlyList<BoltAddress> routers,
        IReadOnlyList<BoltAddress> readers,
        IReadOnlyList<BoltAddress> writers,
        DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(routers);
        ArgumentNullException.ThrowIfNull(readers);
        ArgumentNullException.ThrowIfNull(writers);
        Database = database;
        Routers = routers;
        Readers = readers;
        Writers = writers;
        ExpiresAt = expiresAt;
    }

    /// <summary>The database the table is for (<c>db</c>); the home database's name when none was asked.</summary>
    public string? Database { get; }

    /// <summary>Servers that answer ROUTE (role <c>ROUTE</c>).</summary>
    public IReadOnlyList<BoltAddress> Routers { get; }

    /// <summary>Servers for reads (role <c>READ</c>).</summary>
    public IReadOnlyList<BoltAddress> Readers { get; }

    /// <summary>Servers for writes (role <c>WRITE</c>): the leader.</summary>
    public IReadOnlyList<BoltAddress> Writers { get; }

    /// <summary>When the table must be fetched again (now plus <c>ttl</c> seconds).</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>Reads the <c>rt</c> dictionary of ROUTE's SUCCESS.</summary>
    /// <exception cref="BoltProtocolException">The dictionary is not a routing table.</exception>
    public static RoutingTable Parse(IReadOnlyDictionary<string, object?> rt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rt);
        if (rt.GetValueOrDefault("ttl") is not long ttl) throw new BoltProtocolException("the routing table has no ttl");
        if (rt.GetValueOrDefault("servers") is not IReadOnlyList<object?> servers) throw new BoltProtocolException("the routing table has no servers");

        var routers = new List<BoltAddress>();
        var readers = new List<BoltAddress>();
        var writers = new List<BoltAddress>();
        foreach (var server in servers)
        {
            if (server is not IReadOnlyDictionary<string, object?> entry
                || entry.GetValueOrDefault("role") is not string role
                || entry.GetValueOrDefault("addresses") is not IReadOnlyList<object?> addresses)
            {
                throw new BoltProtocolException("a routing table entry lacks role or addresses");
            }

            var target = role switch
            {
                "ROUTE" => routers,
                "READ" => readers,
                "WRITE" => writers,
                _ => null, // a role from a newer server: not ours to use
            };
            if (target is null) continue;
            foreach (var address in addresses)
            {
                if (address is not string text) throw new BoltProtocolException("a routing table address is not a string");
                BoltAddress parsed;
                try
                {
                    parsed = BoltAddress.Parse(text);
                }
                catch (FormatException ex)
                {
                    throw new BoltProtocolException($"the routing table holds a bad address: {ex.Message}", ex);
                }

                if (!target.Contains(parsed)) target.Add(parsed);
            }
        }

        // A ttl beyond a year is as good as for ever, and must not overflow the clock.
        var lifetime = TimeSpan.FromSeconds(Math.Clamp(ttl, 0, 365L * 24 * 3600));
        return new RoutingTable(rt.GetValueOrDefault("db") as string, routers, readers, writers, now + lifetime);
    }

    /// <summary>True when the table has not expired, has a router, and has a server for <paramref name="mode"/>.</summary>
    public bool IsFreshFor(AccessMode mode, DateTimeOffset now) =>
        now < ExpiresAt && Routers.Count > 0 && (mode == AccessMode.Read ? Readers.Count > 0 : Writers.Count > 0);

    /// <summary>The table without <paramref name="address"/> as a writer (it is not the leader any more).</summary>
    public RoutingTable WithoutWriter(BoltAddress address) =>
        new(Database, Routers, Readers, Writers.Where(writer => writer != address).ToArray(), ExpiresAt);

    /// <summary>The table without <paramref name="address"/> in any role (it cannot be reached).</summary>
    public RoutingTable WithoutServer(BoltAddress address) => new(
        Database,
        Routers.Where(server => server != address).ToArray(),
        Readers.Where(server => server != address).ToArray(),
        Writers.Where(server => server != address).ToArray(),
        ExpiresAt);

    /// <summary>The same servers, expired, so that the next use fetches a new table.</summary>
    public RoutingTable Expired(DateTimeOffset now) => new(Database, Routers, Readers, Writers, now < ExpiresAt ? now : ExpiresAt);

    /// <inheritdoc/>
    public override string ToString() =>
        $"RoutingTable {{db: {Database ?? "(home)"}, routers: [{string.Join(", ", Routers)}], readers: [{string.Join(", ", Readers)}], writers: [{string.Join(", ", Writers)}], expires: {ExpiresAt:O}}}";
}
