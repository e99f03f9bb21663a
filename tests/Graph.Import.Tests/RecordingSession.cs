using Graph.Neo4j.Database;

namespace Graph.Import.Tests;

/// <summary>A Cypher session that records every statement and its rows and answers with nothing found.</summary>
internal sealed class RecordingSession : ICypherSession
{
    public List<(string Cypher, IReadOnlyDictionary<string, object?> Parameters)> Runs { get; } = [];

    public string Target => "bolt://recording:7687";

    public Task<CypherResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default)
    {
        Runs.Add((cypher, parameters));
        return Task.FromResult(CypherResult.Empty);
    }

    public Task ExecuteWriteAsync(Func<ICypherRunner, CancellationToken, Task> work, CancellationToken cancellationToken = default) => work(this, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
