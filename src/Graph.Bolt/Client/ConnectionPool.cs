using System.Collections.Concurrent;
using Graph.Bolt.Connection;

namespace Graph.Bolt.Client;

/// <summary>
/// The connections to one server: at most a fixed number at once, idle ones kept for reuse. A
/// connection that sat idle for a while is checked with RESET before reuse; one handed back in any
/// state but READY is RESET, or closed when that fails.
/// </summary>
internal sealed class ConnectionPool : IAsyncDisposable
{
    private static readonly TimeSpan LivenessCheckAfter = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CleanupTimeout = TimeSpan.FromSeconds(5);

    private readonly Func<BoltAddress, CancellationToken, Task<BoltConnection>> _connect;
    private readonly ConcurrentStack<BoltConnection> _idle = new();
    private readonly SemaphoreSlim _slots;
    private volatile bool _disposed;

    public ConnectionPool(BoltAddress address, Func<BoltAddress, CancellationToken, Task<BoltConnection>> connect, int maxSize)
    {
        Address = address;
        _connect = connect;
        _slots = new SemaphoreSlim(maxSize, maxSize);
    }

    public BoltAddress Address { get; }

    public int IdleCount => _idle.Count;

    public async Task<BoltConnection> AcquireAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (_idle.TryPop(out var idle))
            {
                if (idle.IsBroken) continue;
                if (idle.IdleTime < LivenessCheckAfter || await IsAliveAsync(idle, cancellationToken).ConfigureAwait(false)) return idle;
            }

            return await _connect(Address, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        try
        {
            if (!connection.IsBroken && connection.State != BoltConnectionState.Ready && !_disposed)
            {
                // An abandoned result or transaction: RESET brings the connection back to READY.
                using var timeout = new CancellationTokenSource(CleanupTimeout);
                try
                {
                    await connection.ResetAsync(timeout.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is BoltException or OperationCanceledException or InvalidOperationException)
                {
                    // The connection is broken now and will be closed below.
                }
            }

            if (_disposed || connection.State != BoltConnectionState.Ready) await connection.DisposeAsync().ConfigureAwait(false);
            else _idle.Push(connection);
        }
        finally
        {
            _slots.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Connections in use are closed when they come back; the semaphore stays for them.
        _disposed = true;
        while (_idle.TryPop(out var connection)) await connection.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task<bool> IsAliveAsync(BoltConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await connection.ResetAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (BoltException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            return false;
        }
    }
}
