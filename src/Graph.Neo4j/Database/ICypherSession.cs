namespace Graph.Neo4j.Database;

/// <summary>
/// A connection to one database of a Neo4j server: statements run on their own as auto-commit transactions
/// (<see cref="ICypherRunner.RunAsync"/>: schema commands, queries), or together in an explicit write
/// transaction (<see cref="ExecuteWriteAsync"/>: batches of the graph writer).
/// </summary>
public interface ICypherSession : ICypherRunner, IAsyncDisposable
{
    /// <summary>Where the session connects, for messages: the URI and database, never credentials.</summary>
    string Target { get; }

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit write transaction (BEGIN, the work's statements, COMMIT).
    /// If the work throws, the transaction is rolled back and the exception propagates. Runs the work once:
    /// retrying is the caller's decision, so that callers can count and report attempts.
    /// </summary>
    Task ExecuteWriteAsync(Func<ICypherRunner, CancellationToken, Task> work, CancellationToken cancellationToken = default);
}
