using Graph.Bolt.Connection;

namespace Graph.Bolt.Client;

/// <summary>
/// An explicit transaction handed to a transaction function of <see cref="BoltClient"/>; the client
/// commits it when the function returns and rolls it back when the function throws. One query at a time.
/// </summary>
public sealed class BoltTransaction
{
    private readonly BoltConnection _connection;
    private readonly long _fetchSize;
    private int _busy;
    private bool _closed;

    internal BoltTransaction(BoltConnection connection, long fetchSize)
    {
        _connection = connection;
        _fetchSize = fetchSize;
    }

    /// <summary>The failure that ended the transaction early, if any; the server has already rolled it back.</summary>
    internal Exception? Failure { get; private set; }

    /// <summary>Runs a query in the transaction and reads its whole result.</summary>
    /// <exception cref="ServerException">The server refused the query; the transaction is rolled back.</exception>
    /// <exception cref="InvalidOperationException">The transaction is over, failed earlier, or is running another query.</exception>
    public async Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(cypher);
        if (_closed) throw new InvalidOperationException("the transaction is over: run its queries inside the transaction function");
        if (Failure is not null) throw new InvalidOperationException("an earlier query failed, so the transaction was rolled back", Failure);
        if (Interlocked.Exchange(ref _busy, 1) == 1) throw new InvalidOperationException("a transaction runs one query at a time: await each RunAsync");
        try
        {
            var cursor = await _connection.RunAsync(cypher, parameters, autoCommit: null, _fetchSize, ct).ConfigureAwait(false);
            var records = await cursor.ToListAsync(ct).ConfigureAwait(false);
            return new QueryResult(cursor.Keys, records, cursor.Summary);
        }
        catch (Exception ex) when (ex is BoltException or OperationCanceledException)
        {
            Failure = ex;
            throw;
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    internal void Close() => _closed = true;
}
