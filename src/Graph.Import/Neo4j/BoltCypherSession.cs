using Graph.Bolt;
using Graph.Bolt.Client;
using Graph.Neo4j.Database;

namespace Graph.Import.Neo4j;

/// <summary>
/// <see cref="ICypherSession"/> over the project's own Bolt client: auto-commit statements with
/// <see cref="BoltClient.RunAsync"/>, write transactions with <see cref="BoltClient.ExecuteWriteAsync{T}"/>. The Bolt
/// client's own retries are off: the graph writer retries a batch itself, so it can count the attempts it reports,
/// and this adapter marks every error the client would have retried as transient.
/// </summary>
public sealed class BoltCypherSession : ICypherSession
{
    private readonly BoltClient _client;
    private readonly AccessMode _mode;

    private BoltCypherSession(BoltClient client, string target, AccessMode mode)
    {
        _client = client;
        Target = target;
        _mode = mode;
    }

    /// <inheritdoc />
    public string Target { get; }

    /// <summary>Creates a session for <paramref name="connection"/>; the first statement opens the connection.</summary>
    public static ICypherSession Open(Neo4jConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var client = BoltClient.Create(new BoltClientOptions
        {
            Uri = connection.Uri,
            User = connection.User,
            Password = connection.Password,
            Database = connection.Database,
            MaxRetryAttempts = 0,
            // Records arrive as the server streams them, in a handful of PULLs for any result a table can show.
            FetchSize = 10_000,
            ConnectTimeout = connection.ConnectTimeout,
            ReadTimeout = connection.ReadTimeout,
        });
        return new BoltCypherSession(client, connection.Target, AccessMode.Write);
    }

    /// <inheritdoc />
    public async Task<CypherResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default)
    {
        try
        {
            return Convert(await _client.RunAsync(cypher, parameters, _mode, cancellationToken).ConfigureAwait(false));
        }
        catch (BoltException e)
        {
            throw Translate(e);
        }
    }

    /// <inheritdoc />
    public async Task ExecuteWriteAsync(Func<ICypherRunner, CancellationToken, Task> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await _client.ExecuteWriteAsync<bool>(async (transaction, ct) =>
            {
                await work(new TransactionRunner(transaction), ct).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (BoltException e)
        {
            throw Translate(e);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _client.DisposeAsync();

    private static CypherResult Convert(QueryResult result)
    {
        var records = result.Records.Select(record => (IReadOnlyList<object?>)record.Select(BoltValues.Convert).ToArray()).ToArray();
        var counters = new Dictionary<string, long>(StringComparer.Ordinal);
        if (result.Summary.GetValueOrDefault("stats") is IReadOnlyDictionary<string, object?> stats)
        {
            foreach (var (key, value) in stats)
            {
                if (value is long count) counters[key] = count;
            }
        }
        return new CypherResult(result.Keys, records, counters);
    }

    /// <summary>The client's errors as the session's: the server's code and message, or what failed on the way to it.</summary>
    private static Exception Translate(Exception error) => error switch
    {
        ServerException server => new Neo4jServerException(server.Code, server.ServerMessage, server.IsRetryable, server),
        // A wrapped server error (a transaction function that failed): report the server's own.
        _ when error.InnerException is ServerException inner => Translate(inner),
        TransportException transport => new Neo4jConnectionException(transport.Message, transport),
        _ => new Neo4jConnectionException($"the server broke the Bolt protocol: {error.Message}", error),
    };

    /// <summary>The runner a transaction function gets: statements inside one explicit transaction.</summary>
    private sealed class TransactionRunner(BoltTransaction transaction) : ICypherRunner
    {
        public async Task<CypherResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default) =>
            Convert(await transaction.RunAsync(cypher, parameters, cancellationToken).ConfigureAwait(false));
    }
}
