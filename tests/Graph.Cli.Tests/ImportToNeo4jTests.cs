using System.Text.Json;
using Graph.Cli.Neo4j;
using Graph.Neo4j.Database;
using Graph.Neo4j.Export;

namespace Graph.Cli.Tests;

/// <summary><c>graph import --neo4j</c> on the sample articles, against a fake Neo4j.</summary>
public class ImportToNeo4jTests
{
    private static FakeNeo4j Server()
    {
        var neo4j = new FakeNeo4j();
        neo4j.Variables[Neo4jEnvironmentVariables.Password] = "pw";
        neo4j.Answer = run => new CypherResult([], [], new Dictionary<string, long> { ["nodes-created"] = Rows(run).Count });
        return neo4j;
    }

    private static IReadOnlyList<object?> Rows(FakeNeo4j.Run run) =>
        run.Parameters.TryGetValue("rows", out var rows) && rows is IReadOnlyList<object?> list ? list : [];

    private static string Id(object? row) => (string)((IReadOnlyDictionary<string, object?>)row!)["id"]!;

    [Fact]
    public async Task The_schema_goes_first_then_every_node_and_relationship_in_transactions()
    {
        var neo4j = Server();

        var run = await neo4j.RunAsync("import", RepositoryPaths.Samples, "--neo4j", "bolt://localhost:7687", "--jobs", "2");

        run.ExitCode.Should().Be(0, run.ToString());
        neo4j.Runs.Take(SchemaScript.Statements.Count).Select(r => r.Cypher).Should().Equal(SchemaScript.Statements);
        // Then one read for earlier versions of the documents (same key, another text), which a fresh database has none of.
        var lookup = neo4j.Runs[SchemaScript.Statements.Count];
        lookup.Cypher.Should().Be(Graph.Neo4j.Writing.Neo4jRetraction.ReplacedStatement);
        ((IReadOnlyList<object?>)lookup.Parameters["documents"]!).Should().HaveCount(10);
        var writes = neo4j.Runs.Skip(SchemaScript.Statements.Count + 1).ToList();
        writes.Should().AllSatisfy(r =>
        {
            r.InTransaction.Should().BeTrue();
            r.Cypher.Should().StartWith("UNWIND $rows AS row\n");
        });
        var nodeRows = writes.Where(r => r.Cypher.Contains("\nMERGE (n:", StringComparison.Ordinal)).SelectMany(Rows).Select(Id).ToList();
        var relRows = writes.Where(r => r.Cypher.Contains("\nMATCH (a:", StringComparison.Ordinal)).SelectMany(Rows).ToList();
        nodeRows.Should().OnlyHaveUniqueItems().And.Contain(["RUS", "person/tms-vrg"]);
        run.Error.Should().Contain($"wrote to Neo4j at bolt://localhost:7687: {nodeRows.Count} nodes and {relRows.Count:N0} relationships merged in {writes.Count} transactions");
        run.Error.Should().Contain("10 documents imported").And.NotContain("wrote graph-out", "with --neo4j alone the server is the only output");
    }

    [Fact]
    public async Task Batch_size_sets_the_rows_per_transaction()
    {
        var neo4j = Server();

        var run = await neo4j.RunAsync("import", RepositoryPaths.Samples, "--neo4j", "bolt://localhost:7687", "--batch-size", "40");

        run.ExitCode.Should().Be(0, run.ToString());
        var sizes = neo4j.Runs.Where(r => r.InTransaction).Select(r => Rows(r).Count).ToList();
        sizes.Should().AllSatisfy(n => n.Should().BeInRange(1, 40)).And.Contain(40);
    }

    [Fact]
    public async Task Importing_twice_sends_the_same_statements_with_the_same_rows()
    {
        static string Sent(FakeNeo4j neo4j) => JsonSerializer.Serialize(neo4j.Runs.Select(r => new { r.Cypher, r.Parameters }));
        var first = Server();
        var second = Server();

        await first.RunAsync("import", RepositoryPaths.Samples, "--neo4j", "bolt://localhost:7687", "--jobs", "1");
        await second.RunAsync("import", RepositoryPaths.Samples, "--neo4j", "bolt://localhost:7687", "--jobs", "3");

        Sent(second).Should().Be(Sent(first));
    }

    [Fact]
    public async Task Documents_whose_facts_did_not_land_are_named_by_file_and_a_rerun_is_suggested()
    {
        var neo4j = Server();
        var answer = neo4j.Answer;
        // Statements of the Gulf article are refused, for good.
        neo4j.Answer = run => run.Cypher.Contains("MERGE (n:Statement", StringComparison.Ordinal)
            ? throw new Neo4jServerException("Neo.DatabaseError.Statement.ExecutionFailed", "out of memory", false)
            : answer(run);

        var run = await neo4j.RunAsync("import", RepositoryPaths.Samples, "--neo4j", "bolt://localhost:7687", "--batch-size", "20");

        run.ExitCode.Should().Be(ExitCodes.PartialFailure, run.ToString());
        run.Error.Should().Contain("not written to Neo4j: 20 Statement nodes after 1 try: Neo.DatabaseError.Statement.ExecutionFailed: out of memory")
            .And.Contain("1987-reuters-style-gulf.txt (doc/7ddff1bfa11593a3)")
            .And.Contain("run the same command again to complete the import");
    }

    [Fact]
    public async Task Problems_with_neo4j_are_printed_even_when_quiet()
    {
        var neo4j = Server();
        neo4j.Answer = run => run.InTransaction
            ? throw new Neo4jServerException("Neo.ClientError.Statement.TypeError", "bad", false)
            : CypherResult.Empty;

        var run = await neo4j.RunAsync("import", RepositoryPaths.Samples, "--neo4j", "bolt://localhost:7687", "-q");

        run.ExitCode.Should().Be(ExitCodes.PartialFailure);
        run.Error.Should().Contain("facts of 10 documents did not reach Neo4j").And.NotContain("documents imported");
    }

    [Fact]
    public async Task Files_are_written_too_when_asked_for()
    {
        using var temp = new TempFolder();
        var neo4j = Server();

        var run = await neo4j.RunAsync("import", RepositoryPaths.Samples, "--neo4j", "bolt://localhost:7687", "--out", temp.Path);

        run.ExitCode.Should().Be(0, run.ToString());
        File.Exists(temp.File("graph.jsonl")).Should().BeTrue();
        File.Exists(temp.File("import.cypher")).Should().BeTrue();
        run.Error.Should().Contain("wrote to Neo4j");
    }

    [Fact]
    public async Task A_bare_neo4j_option_takes_the_uri_from_NEO4J_URI()
    {
        var neo4j = Server();
        neo4j.Variables[Neo4jEnvironmentVariables.Uri] = "bolt://from-env:7687";

        var run = await neo4j.RunAsync("import", RepositoryPaths.Samples, "--neo4j");

        run.ExitCode.Should().Be(0, run.ToString());
        neo4j.Connections.Single().Uri.OriginalString.Should().Be("bolt://from-env:7687");
    }

    [Fact]
    public async Task A_folder_after_a_bare_neo4j_option_is_explained()
    {
        var run = await Server().RunAsync("import", "--neo4j", RepositoryPaths.Samples);

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain("is not a Neo4j URI").And.Contain("give --neo4j after the inputs");
    }

    [Fact]
    public async Task A_server_that_refuses_the_schema_stops_the_import_before_any_reading()
    {
        var neo4j = Server();
        neo4j.Answer = _ => throw new Neo4jServerException("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.", false);

        var run = await neo4j.RunAsync("import", RepositoryPaths.Samples, "--neo4j", "bolt://localhost:7687");

        run.ExitCode.Should().Be(ExitCodes.ServerError);
        run.Error.Should().StartWith("graph: error: Neo.ClientError.Security.Unauthorized: The client is unauthorized")
            .And.NotContain("documents imported");
        neo4j.Runs.Should().ContainSingle();
    }

    [Fact]
    public async Task An_unreachable_server_stops_the_import_before_any_reading()
    {
        var neo4j = Server();
        neo4j.Answer = _ => throw new Neo4jConnectionException("localhost:7687: Connection refused");

        var run = await neo4j.RunAsync("import", RepositoryPaths.Samples, "--neo4j", "localhost:7687");

        run.ExitCode.Should().Be(ExitCodes.Unavailable);
        run.Error.Should().Be("graph: error: cannot connect to Neo4j at neo4j://localhost:7687: localhost:7687: Connection refused\n");
    }

    [Fact]
    public async Task An_unreachable_server_still_lets_the_files_asked_for_be_written_and_says_so()
    {
        using var temp = new TempFolder();
        var neo4j = Server();
        neo4j.Answer = _ => throw new Neo4jConnectionException("localhost:7687: Connection refused");

        var run = await neo4j.RunAsync("import", RepositoryPaths.Samples, "--neo4j", "localhost:7687", "--out", temp.Path, "-q");

        run.ExitCode.Should().Be(ExitCodes.Unavailable, "the job is not complete: Neo4j was not written");
        run.Error.Should().Contain("the files are written all the same").And.EndWith("graph: error: cannot connect to Neo4j at neo4j://localhost:7687: localhost:7687: Connection refused\n");
        File.ReadAllText(temp.File("graph.jsonl")).Should().Contain("Tomas Varga");
        File.Exists(temp.File("import.cypher")).Should().BeTrue();
        File.Exists(temp.File("manifest.json")).Should().BeTrue();
    }
}
