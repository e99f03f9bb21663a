using Graph.Neo4j.Database;

namespace Graph.Neo4j.Tests;

/// <summary>
/// An in-memory <see cref="ICypherSession"/>: records every statement, in auto-commit runs and in transactions, and
/// fails the statements a test says should fail. A transaction that throws is recorded as rolled back.
/// </summary>
internal sealed class FakeCypherSession : ICypherSession
{
    private int _calls;

    public sealed record Run(string Cypher, IReadOnlyDictionary<string, object?> Parameters);

    public sealed record Transaction(List<Run> Runs, bool Committed);

    /// <summary>Statements run on their own (schema, queries).</summary>
    public List<Run> AutoCommitRuns { get; } = [];

    /// <summary>Every transaction begun, committed or not, in order.</summary>
    public List<Transaction> Transactions { get; } = [];

    /// <summary>Decides per statement (and the number of the call, from 1) whether it fails, and how.</summary>
    public Func<Run, int, Exception?> Fail { get; set; } = (_, _) => null;

    /// <summary>What a statement returns; by default nothing, with one node created per row.</summary>
    public Func<Run, CypherResult> Answer { get; set; } = run =>
        new CypherResult([], [], new Dictionary<string, long> { ["nodes-created"] = Rows(run).Count });

    public string Target => "bolt://fake:7687";

    public IEnumerable<Transaction> Committed => Transactions.Where(t => t.Committed);

    public static IReadOnlyList<object?> Rows(Run run) =>
        run.Parameters.TryGetValue("rows", out var rows) && rows is IReadOnlyList<object?> list ? list : [];

    public Task<CypherResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default)
    {
        var run = new Run(cypher, parameters);
        AutoCommitRuns.Add(run);
        return Task.FromResult(Execute(run));
    }

    public async Task ExecuteWriteAsync(Func<ICypherRunner, CancellationToken, Task> work, CancellationToken cancellationToken = default)
    {
        var runs = new List<Run>();
        try
        {
            await work(new TransactionRunner(this, runs), cancellationToken);
        }
        catch
        {
            Transactions.Add(new Transaction(runs, Committed: false));
            throw;
        }
        Transactions.Add(new Transaction(runs, Committed: true));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private CypherResult Execute(Run run)
    {
        if (Fail(run, ++_calls) is { } failure) throw failure;
        return Answer(run);
    }

    private sealed class TransactionRunner(FakeCypherSession session, List<Run> runs) : ICypherRunner
    {
        public Task<CypherResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default)
        {
            var run = new Run(cypher, parameters);
            runs.Add(run);
            return Task.FromResult(session.Execute(run));
        }
    }
}
