using Graph.Bolt.Connection;

namespace Graph.Bolt.Client;

/// <summary>A connection borrowed from a pool; disposing hands it back.</summary>
internal sealed class ConnectionLease(ConnectionPool pool, BoltConnection connection) : IAsyncDisposable
{
    public BoltAddress Address => pool.Address;

    public BoltConnection Connection => connection;

    public ValueTask DisposeAsync() => pool.ReleaseAsync(connection);
}
