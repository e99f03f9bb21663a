using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Graph.Bolt.Connection;
using Graph.Bolt.Messages;
using Graph.Bolt.Routing;
using Polly;
using Polly.Retry;

namespace Graph.Bolt.Client;

/// <summary>
/// The entry point: one per URI. It owns a small pool of connections per server, a routing table
/// for <c>neo4j://</c> URIs, the bookmarks of the last commit (causal consistency), and a retry
/// policy for transaction functions. Thread-safe.
/// </summary>
public sealed class BoltClient : IAsyncDisposable
{
    private static readonly TimeSpan RollbackTimeout = TimeSpan.FromSeconds(5);

    private readonly BoltClientOptions _options;
    private readonly BoltUri _uri;
    private readonly Func<BoltAddress, CancellationToken, Task<BoltConnection>> _connect;
    private readonly ConcurrentDictionary<BoltAddress, ConnectionPool> _pools = new();
    private readonly RoutingTableManager? _routing;
    private readonly ResiliencePipeline _retry;
    private IReadOnlyList<string> _bookmarks = [];
    private volatile bool _disposed;

    private BoltClient(
        BoltClientOptions options,
        BoltUri uri,
        Func<BoltAddress, BoltConnectionSettings, CancellationToken, Task<BoltConnection>> connect,
        TimeProvider time)
    {
        _options = options;
        _uri = uri;
        var settings = new BoltConnectionSettings
        {
            UserAgent = options.UserAgent,
            Auth = options.User is null ? AuthToken.None : AuthToken.Basic(options.User, options.Password ?? string.Empty),
            RoutingContext = uri.RoutingContext,
            ConnectTimeout = options.ConnectTimeout,
            ReadTimeout = options.ReadTimeout,
            Encryption = uri.Encryption,
            TrustedRootCertificate = options.TrustedRootCertificate,
            Notifications = options.Notifications,
        };
        _connect = (address, ct) => connect(address, settings, ct);
        if (uri.Routing) _routing = new RoutingTableManager(uri.Address, FetchRoutingTableAsync, time);
        _retry = options.MaxRetryAttempts == 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder { TimeProvider = time }
                .AddRetry(new RetryStrategyOptions
                {
                    // Retry what may succeed next time; never a wrong password, a syntax error or a bad certificate.
                    ShouldHandle = new PredicateBuilder()
                        .Handle<ServerException>(error => error.IsRetryable)
                        .Handle<TransportException>(error => error.IsRetryable),
                    MaxRetryAttempts = options.MaxRetryAttempts,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryDelay,
                    MaxDelay = options.MaxRetryDelay,
                })
                .Build();
    }

    /// <summary>The bookmarks of the last successful commit, sent with the next work so that it sees that commit.</summary>
    public IReadOnlyList<string> LastBookmarks => Volatile.Read(ref _bookmarks);

    /// <summary>The address of the URI.</summary>
    public string Address => _uri.Address.ToString();

    /// <summary>True for <c>neo4j://</c> URIs: work is routed by a routing table.</summary>
    public bool IsRouting => _routing is not null;

    /// <summary>Creates a client; no connection is opened until the first use.</summary>
    /// <exception cref="ArgumentException">The options are invalid: unknown scheme, no host, bad timeouts or sizes.</exception>
    public static BoltClient Create(BoltClientOptions options) => Create(options, BoltConnection.ConnectAsync, TimeProvider.System);

    /// <summary>Creates a client whose connections come from <paramref name="connect"/> (tests: in-memory streams).</summary>
    internal static BoltClient Create(
        BoltClientOptions options,
        Func<BoltAddress, BoltConnectionSettings, CancellationToken, Task<BoltConnection>> connect,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(connect);
        ArgumentNullException.ThrowIfNull(time);
        var uri = BoltUri.Parse(options.Uri);
        Validate(options, uri);
        return new BoltClient(options, uri, connect, time);
    }

    /// <summary>Opens (or reuses) a connection and reports who answered; for <c>neo4j://</c> this fetches a routing table first.</summary>
    public async Task<ServerInfo> VerifyConnectivityAsync(CancellationToken ct = default)
    {
        var lease = await AcquireAsync(AccessMode.Read, ct).ConfigureAwait(false);
        try
        {
            return new ServerInfo(lease.Address.ToString(), lease.Connection.ServerAgent, lease.Connection.ProtocolVersion.ToString());
        }
        finally
        {
            await lease.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs one query in an auto-commit transaction and reads its whole result. Not retried: an
    /// auto-commit query may have taken effect before a failure. Use the transaction functions for retries.
    /// </summary>
    public async Task<QueryResult> RunAsync(
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(cypher);
        var lease = await AcquireAsync(mode, ct).ConfigureAwait(false);
        try
        {
            var cursor = await lease.Connection.RunAsync(cypher, parameters, TransactionConfigFor(mode), _options.FetchSize, ct).ConfigureAwait(false);
            var records = await cursor.ToListAsync(ct).ConfigureAwait(false);
            RememberBookmark(cursor.Summary.GetValueOrDefault("bookmark") as string);
            return new QueryResult(cursor.Keys, records, cursor.Summary);
        }
        catch (Exception ex)
        {
            OnFailure(ex, lease.Address, mode);
            throw;
        }
        finally
        {
            await lease.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in an explicit write transaction and commits it. The whole
    /// function runs again, after an exponential backoff, when it fails with a transient or
    /// cluster error or a transport failure; never for security, syntax or other client errors.
    /// </summary>
    public Task<T> ExecuteWriteAsync<T>(Func<BoltTransaction, CancellationToken, Task<T>> work, CancellationToken ct = default) =>
        ExecuteAsync(AccessMode.Write, work, ct);

    /// <summary>As <see cref="ExecuteWriteAsync{T}"/>, in a read transaction (<c>mode: "r"</c>, a reader of the cluster).</summary>
    public Task<T> ExecuteReadAsync<T>(Func<BoltTransaction, CancellationToken, Task<T>> work, CancellationToken ct = default) =>
        ExecuteAsync(AccessMode.Read, work, ct);

    /// <summary>Closes every idle connection (with GOODBYE); connections in use close when their work ends.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        foreach (var pool in _pools.Values) await pool.DisposeAsync().ConfigureAwait(false);
        _routing?.Dispose();
    }

    private async Task<T> ExecuteAsync<T>(AccessMode mode, Func<BoltTransaction, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return await _retry.ExecuteAsync(token => AttemptAsync(mode, work, token), ct).ConfigureAwait(false);
    }

    private async ValueTask<T> AttemptAsync<T>(AccessMode mode, Func<BoltTransaction, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        var lease = await AcquireAsync(mode, ct).ConfigureAwait(false);
        BoltTransaction? transaction = null;
        try
        {
            await lease.Connection.BeginAsync(TransactionConfigFor(mode), ct).ConfigureAwait(false);
            transaction = new BoltTransaction(lease.Connection, _options.FetchSize);
            var result = await work(transaction, ct).ConfigureAwait(false);

            // The function swallowed a failure: the server already rolled back, so report that failure.
            if (transaction.Failure is { } failure) ExceptionDispatchInfo.Throw(failure);
            transaction.Close();
            RememberBookmark(await lease.Connection.CommitAsync(ct).ConfigureAwait(false));
            return result;
        }
        catch (Exception ex)
        {
            transaction?.Close();
            await RollbackQuietlyAsync(lease.Connection).ConfigureAwait(false);
            OnFailure(ex, lease.Address, mode);
            throw;
        }
        finally
        {
            await lease.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task RollbackQuietlyAsync(BoltConnection connection)
    {
        if (connection.State is not (BoltConnectionState.TransactionReady or BoltConnectionState.TransactionStreaming)) return;
        using var timeout = new CancellationTokenSource(RollbackTimeout);
        try
        {
            await connection.RollbackAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is BoltException or OperationCanceledException or InvalidOperationException)
        {
            // The first failure is the one to report; the pool closes the connection if it is broken.
        }
    }

    private async Task<ConnectionLease> AcquireAsync(AccessMode mode, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var address = _routing is null
            ? _uri.Address
            : await _routing.SelectAsync(_options.Database, mode, ct).ConfigureAwait(false);
        var pool = PoolFor(address);
        try
        {
            return new ConnectionLease(pool, await pool.AcquireAsync(ct).ConfigureAwait(false));
        }
        catch (TransportException)
        {
            // An unreachable server leaves the routing table; an unreachable writer makes it stale.
            _routing?.Forget(address, expire: mode == AccessMode.Write);
            throw;
        }
    }

    private async Task<IReadOnlyDictionary<string, object?>> FetchRoutingTableAsync(BoltAddress router, string? database, CancellationToken ct)
    {
        var pool = PoolFor(router);
        var connection = await pool.AcquireAsync(ct).ConfigureAwait(false);
        try
        {
            var route = new RouteMessage(_uri.RoutingContext!, LastBookmarks, database, _options.ImpersonatedUser);
            return await connection.RouteAsync(route, ct).ConfigureAwait(false);
        }
        finally
        {
            await pool.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }

    private ConnectionPool PoolFor(BoltAddress address) =>
        _pools.GetOrAdd(address, static (key, client) => new ConnectionPool(key, client._connect, client._options.MaxConnectionPoolSize), this);

    private void OnFailure(Exception error, BoltAddress address, AccessMode mode)
    {
        if (_routing is null) return;
        switch (error)
        {
            case ServerException { IsRoutingError: true }:
                // Not the leader (or read-only): drop it as a writer and fetch a new table.
                _routing.ForgetWriter(_options.Database, address);
                break;
            case TransportException:
                _routing.Forget(address, expire: mode == AccessMode.Write);
                break;
        }
    }

    private TransactionConfig TransactionConfigFor(AccessMode mode) => new()
    {
        Database = _options.Database,
        Bookmarks = LastBookmarks,
        Mode = mode,
        ImpersonatedUser = _options.ImpersonatedUser,
    };

    private void RememberBookmark(string? bookmark)
    {
        if (!string.IsNullOrEmpty(bookmark)) Volatile.Write(ref _bookmarks, [bookmark]);
    }

    private static void Validate(BoltClientOptions options, BoltUri uri)
    {
        if (options.User is not null && options.User.Length == 0) throw new ArgumentException("the user name is empty", nameof(options));
        if (options.User is null && options.Password is not null) throw new ArgumentException("a password needs a user name", nameof(options));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.UserAgent, nameof(options));
        if (options.Database is not null && string.IsNullOrWhiteSpace(options.Database)) throw new ArgumentException("the database name is empty", nameof(options));
        RequirePositive(options.ConnectTimeout, nameof(options.ConnectTimeout));
        RequirePositive(options.ReadTimeout, nameof(options.ReadTimeout));
        if (options.FetchSize == 0 || options.FetchSize < -1) throw new ArgumentException("FetchSize is positive, or -1 for all", nameof(options));
        if (options.MaxConnectionPoolSize < 1) throw new ArgumentException("MaxConnectionPoolSize is at least 1", nameof(options));
        if (options.MaxRetryAttempts < 0) throw new ArgumentException("MaxRetryAttempts is 0 or more", nameof(options));
        if (options.RetryDelay < TimeSpan.Zero || options.MaxRetryDelay < options.RetryDelay)
        {
            throw new ArgumentException("RetryDelay is 0 or more, and MaxRetryDelay at least RetryDelay", nameof(options));
        }

        if (options.TrustedRootCertificate is not null && uri.Encryption != BoltEncryption.Verified)
        {
            throw new ArgumentException("TrustedRootCertificate applies to the +s schemes (bolt+s://, neo4j+s://) only", nameof(options));
        }
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value != Timeout.InfiniteTimeSpan && value <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{name} is positive, or Timeout.InfiniteTimeSpan", name);
        }
    }
}
