using System.Text.Json;
using Graph.BoltServer;
using Graph.BoltServer.PackStream;
using Graph.Cli.Neo4j;
using Graph.Neo4j.Export;

namespace Graph.Cli.Tests;

/// <summary>
/// The commands that talk to Neo4j, through the real Bolt client, against the scripted Bolt double: what goes on the
/// wire (credentials in LOGON, statements, parameters, transactions) and what the user sees.
/// </summary>
public class BoltEndToEndTests
{
    private const string Password = "wire-secret";

    private static Script Connected() => Script.Handshake("5.4")
        .ExpectHello().Success(new { server = "Neo4j/5.20.0", connection_id = "bolt-1" })
        .ExpectLogon(new { scheme = "basic", principal = "neo4j", credentials = Password }).Success();

    private static async Task<CommandRun> RunAsync(params string[] args)
    {
        var environment = new CliEnvironment
        {
            GetVariable = name => name == Neo4jEnvironmentVariables.Password ? Password : null,
            ReadPassword = _ => null,
        };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GraphCommandLine.RunAsync(args, environment, output, error);
        return new CommandRun(code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_prepared_query_sends_its_statement_and_typed_parameters_and_prints_nodes_and_dates()
    {
        var query = Graph.Neo4j.Queries.PreparedQueryCatalog.Find("person-statements")!;
        var node = new PackStreamStructure(0x4E, [7L, new[] { "Person", "Entity" }, new Dictionary<string, object?> { ["name"] = "Tomas Varga" }, "4:db:7"]);
        var date = new PackStreamStructure(0x44, [(long)new DateOnly(2023, 6, 8).DayNumber - new DateOnly(1970, 1, 1).DayNumber]);
        await using var server = ScriptedBoltServer.Start(Connected()
            .ExpectRun(query.Cypher, new Dictionary<string, object?> { ["person"] = "Varga", ["from"] = date, ["to"] = null })
            .SuccessFields("person", "date")
            .ExpectPull().Record(node, date).SuccessSummary()
            .ExpectGoodbye());

        var run = await RunAsync("query", "person-statements", "--param", "person=Varga", "--param", "from=2023-06-08",
            "--neo4j", server.Uri().ToString(), "--format", "json");

        run.ExitCode.Should().Be(0, run.ToString() + (await server.WaitForCompletionAsync()));
        (await server.WaitForCompletionAsync()).Succeeded.Should().BeTrue();
        var record = JsonDocument.Parse(run.Output).RootElement[0];
        record.GetProperty("person").GetProperty("labels")[0].GetString().Should().Be("Person");
        record.GetProperty("person").GetProperty("properties").GetProperty("name").GetString().Should().Be("Tomas Varga");
        record.GetProperty("date").GetString().Should().Be("2023-06-08");
        (run.Output + run.Error).Should().NotContain(Password);
    }

    [Fact]
    public async Task A_server_error_prints_the_code_and_message_neo4j_sent()
    {
        const string message = "Invalid input 'RETRN': expected 'RETURN' (line 1, column 1 (offset: 0))";
        await using var server = ScriptedBoltServer.Start(Connected()
            .ExpectRun("RETRN 1").Failure("Neo.ClientError.Statement.SyntaxError", message)
            .ExpectPull().Ignored()
            .ExpectReset().Success()
            .ExpectGoodbye());

        var run = await RunAsync("query", "--cypher", "RETRN 1", "--neo4j", server.Uri().ToString());

        run.ExitCode.Should().Be(ExitCodes.ServerError, run.ToString());
        run.Error.Should().Be($"graph: error: Neo.ClientError.Statement.SyntaxError: {message}\n");
        (await server.WaitForCompletionAsync()).Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task Wrong_credentials_are_reported_with_the_servers_code_and_a_hint()
    {
        await using var server = ScriptedBoltServer.Start(Script.Handshake("5.4")
            .ExpectHello().Success(new { server = "Neo4j/5.20.0", connection_id = "bolt-1" })
            .ExpectLogon().Failure("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));

        var run = await RunAsync("schema", "apply", "--neo4j", server.Uri().ToString());

        run.ExitCode.Should().Be(ExitCodes.ServerError, run.ToString());
        run.Error.Should().StartWith("graph: error: Neo.ClientError.Security.Unauthorized: The client is unauthorized due to authentication failure.\n")
            .And.Contain("check the user (neo4j)");
        (run.Output + run.Error).Should().NotContain(Password);
    }

    [Fact]
    public async Task Import_applies_the_schema_then_writes_every_batch_in_its_own_transaction()
    {
        using var temp = new TempFolder();
        var article = temp.Write("talks.txt",
            "date 2021-04-07\nMOSCOW, April 7 - Russian Foreign Minister Sergei Lavrov said on Wednesday that Russia supports " +
            "the Pakistan Stream Gas Pipeline. \"We are ready to build it,\" Lavrov said.\n");
        // The statements the writer sends for this article, as the in-memory fake records them.
        var fake = new FakeNeo4j();
        fake.Variables[Neo4jEnvironmentVariables.Password] = Password;
        (await fake.RunAsync("import", article, "--neo4j", "bolt://fake:7687")).ExitCode.Should().Be(0);
        var writes = fake.Runs.Where(r => r.InTransaction).Select(r => r.Cypher).ToList();
        writes.Should().HaveCountGreaterThan(5);

        var script = Connected();
        foreach (var statement in SchemaScript.Statements)
        {
            script = script.ExpectRun(statement, new { }).SuccessFields().ExpectPull().SuccessSummary(type: "s");
        }
        // Before writing, the import asks for earlier versions of the document (same key, another text): none here.
        script = script.ExpectRun(Graph.Neo4j.Writing.Neo4jRetraction.ReplacedStatement).SuccessFields("id").ExpectPull().SuccessSummary(type: "r");
        foreach (var statement in writes)
        {
            script = script.ExpectBegin().Success()
                .ExpectRun(statement).SuccessFields()
                .ExpectPull().Success(new { type = "w", stats = new Dictionary<string, object?> { ["nodes-created"] = 1L } })
                .ExpectCommit().Success(new { bookmark = "FB:1" });
        }
        await using var server = ScriptedBoltServer.Start(script.ExpectGoodbye());

        var run = await RunAsync("import", article, "--neo4j", server.Uri().ToString());

        var report = await server.WaitForCompletionAsync();
        run.ExitCode.Should().Be(0, run.ToString() + report);
        report.Succeeded.Should().BeTrue(report.ToString());
        run.Error.Should().Contain($"merged in {writes.Count} transactions ({writes.Count} nodes created, 0 relationships created)");
        // Dates travel as Bolt Date structures (tag 44), not as text.
        var documentRun = report.Connections.Single().Received.First(m => m.ToString().Contains("MERGE (n:Document", StringComparison.Ordinal));
        var days = new DateOnly(2021, 4, 7).DayNumber - new DateOnly(1970, 1, 1).DayNumber;
        documentRun.ToString().Should().Contain($"date: Structure<0x44>({days})");
    }
}
