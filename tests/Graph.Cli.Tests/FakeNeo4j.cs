using Graph.Cli.Neo4j;
using Graph.Import.Neo4j;
using Graph.Neo4j.Database;

namespace Graph.Cli.Tests;

/// <summary>
/// A stand-in for the world outside the command line: environment variables, a terminal that may type a password,
/// and a Neo4j that records what it is sent and answers as the test says.
/// </summary>
internal sealed class FakeNeo4j : ICypherSession
{
    public sealed record Run(string Cypher, IReadOnlyDictionary<string, object?> Parameters, bool InTransaction);

    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>What the terminal types when asked for a password; null for no terminal.</summary>
    public string? TypedPassword { get; set; }

    /// <summary>The prompts shown.</summary>
    public List<string> Prompts { get; } = [];

    /// <summary>The settings each connection was opened with.</summary>
    public List<Neo4jConnection> Connections { get; } = [];

    public List<Run> Runs { get; } = [];

    /// <summary>Answers a statement, or throws to fail it.</summary>
    public Func<Run, CypherResult> Answer { get; set; } = _ => CypherResult.Empty;

    public bool Disposed { get; private set; }

    public string Target => "fake";

    public CliEnvironment Environment => new()
    {
        GetVariable = name => Variables.TryGetValue(name, out var value) ? value : null,
        ReadPassword = prompt =>
        {
            Prompts.Add(prompt);
            return TypedPassword;
        },
        Connect = connection =>
        {
            Connections.Add(connection);
            return this;
        },
    };

    public async Task<CommandRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GraphCommandLine.RunAsync(args, Environment, output, error);
        return new CommandRun(code, output.ToString(), error.ToString());
    }

    public Task<CypherResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default) =>
        Task.FromResult(Execute(new Run(cypher, parameters, false)));

    public async Task ExecuteWriteAsync(Func<ICypherRunner, CancellationToken, Task> work, CancellationToken cancellationToken = default) =>
        await work(new Transaction(this), cancellationToken);

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }

    private CypherResult Execute(Run run)
    {
        Runs.Add(run);
        return Answer(run);
    }

    private sealed class Transaction(FakeNeo4j server) : ICypherRunner
    {
        public Task<CypherResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default) =>
            Task.FromResult(server.Execute(new Run(cypher, parameters, true)));
    }
}
