using Graph.Bolt.Connection;

namespace Graph.Bolt.Routing;

/// <summary>
/// Keeps one routing table per database for a <c>neo4j://</c> URI: fetches it with ROUTE when it
/// is missing, expired, or lacks a server for the work at hand; picks readers and writers in turn;
/// drops servers that failed. Fetching goes through a delegate, so this class holds only the logic.
/// </summary>
public sealed class RoutingTableManager : IDisposable
{
    private readonly BoltAddress _seed;
    private readonly Func<BoltAddress, string?, CancellationToken, Task<IReadOnlyDictionary<string, object?>>> _fetch;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, RoutingTable> _tables = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private int _turn;

    /// <summary>Creates the manager.</summary>
    /// <param name="seed">The address of the URI: the first router, and the last resort when all known routers fail.</param>
    /// <param name="fetch">Sends ROUTE to a router for a database (null for the home database) and returns <c>rt</c>.</param>
    /// <param name="time">The clock; the system clock when null.</param>
    public RoutingTableManager(
        BoltAddress seed,
        Func<BoltAddress, string?, CancellationToken, Task<IReadOnlyDictionary<string, object?>>> fetch,
        TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(fetch);
        _seed = seed;
        _fetch = fetch;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The current table of <paramref name="database"/>, fresh or not; null before the first fetch.</summary>
    public RoutingTable? Current(string? database)
    {
        lock (_gate)
        {
            return _tables.GetValueOrDefault(database ?? string.Empty);
        }
    }

    /// <summary>A server for <paramref name="mode"/> in <paramref name="database"/>, refreshing the table when needed.</summary>
    /// <exception cref="TransportException">No router answered, or the table names no server for the mode (e.g. during a leader election).</exception>
    public async Task<BoltAddress> SelectAsync(string? database, AccessMode mode, CancellationToken cancellationToken = default)
    {
        var table = await GetTableAsync(database, mode, cancellationToken).ConfigureAwait(false);
        var candidates = mode == AccessMode.Read ? table.Readers : table.Writers;
        if (candidates.Count == 0)
        {
            throw new TransportException(
                $"the routing table of database {table.Database ?? database ?? "(home)"} has no {(mode == AccessMode.Read ? "reader" : "writer")} now");
        }

        var turn = (uint)Interlocked.Increment(ref _turn);
        return candidates[(int)(turn % (uint)candidates.Count)];
    }

    /// <summary>The table of <paramref name="database"/>, fetched again unless it is fresh for <paramref name="mode"/>.</summary>
    public async Task<RoutingTable> GetTableAsync(string? database, AccessMode mode, CancellationToken cancellationToken = default)
    {
        var current = Current(database);
        if (current is not null && current.IsFreshFor(mode, _time.GetUtcNow())) return current;

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have refreshed it while this one waited.
            current = Current(database);
            if (current is not null && current.IsFreshFor(mode, _time.GetUtcNow())) return current;
            var fetched = await FetchAsync(database, current, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                _tables[database ?? string.Empty] = fetched;
            }

            return fetched;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>
    /// Drops <paramref name="address"/> as a writer of <paramref name="database"/> and expires the
    /// table: the server said it is not the leader (or is read-only), so the next write refreshes.
    /// </summary>
    public void ForgetWriter(string? database, BoltAddress address)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var key = database ?? string.Empty;
            if (_tables.TryGetValue(key, out var table)) _tables[key] = table.WithoutWriter(address).Expired(now);
        }
    }

    /// <summary>
    /// Drops <paramref name="address"/> from every table (it could not be reached); with
    /// <paramref name="expire"/> the tables are fetched again on next use too.
    /// </summary>
    public void Forget(BoltAddress address, bool expire)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            foreach (var key in _tables.Keys.ToArray())
            {
                var table = _tables[key].WithoutServer(address);
                _tables[key] = expire ? table.Expired(now) : table;
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _refresh.Dispose();

    private async Task<RoutingTable> FetchAsync(string? database, RoutingTable? previous, CancellationToken cancellationToken)
    {
        // The known routers first, then the URI's address as the last resort.
        var routers = (previous?.Routers ?? []).ToList();
        if (!routers.Contains(_seed)) routers.Add(_seed);

        var failures = new List<TransportException>();
        foreach (var router in routers)
        {
            try
            {
                var rt = await _fetch(router, database, cancellationToken).ConfigureAwait(false);
                return RoutingTable.Parse(rt, _time.GetUtcNow());
            }
            catch (TransportException ex)
            {
                // This router cannot be reached; try the next. A server's FAILURE (wrong password,
                // no such database) is the same on every router, so it is not caught here.
                failures.Add(ex);
            }
        }

        throw new TransportException(
            $"no router answered ROUTE for database {database ?? "(home)"} (tried {string.Join(", ", routers)}): {failures[^1].Message}",
            failures[^1]);
    }
}
