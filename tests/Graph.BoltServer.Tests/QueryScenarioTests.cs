using Xunit.Abstractions;

namespace Graph.BoltServer.Tests;

/// <summary>(b) auto-commit, (c) explicit transactions with bookmarks, (d) FAILURE then RESET, (f) executeQuery.</summary>
public class QueryScenarioTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Auto_commit_query_returns_the_scripted_record()
    {
        await using var server = ScriptedBoltServer.Start(Scripts.Connected()
            .ExpectRun("RETURN 1 AS n", parameters: new { }, extra: new { }).SuccessFields("n")
            .ExpectPull(n: 1000).Record(1).SuccessSummary(bookmark: "FB:auto-1")
            .ExpectGoodbye());

        var run = await Scenario.RunAsync(output, "autocommit", server);

        run.ShouldSucceed();
        run.Values["records"].Should().Be("1");
        run.Values["keys"].Should().Be("""["n"]""");
        run.Values["n"].Should().Be("1");
        run.Values["bookmarks"].Should().Be("""["FB:auto-1"]""", "an auto-commit query's bookmark comes in the SUCCESS after PULL");
    }

    [Fact]
    public async Task Explicit_transaction_commits_and_its_bookmark_goes_into_the_next_sessions_begin()
    {
        await using var server = ScriptedBoltServer.Start(Scripts.Connected()
            .ExpectBegin(bookmarks: []).Success()
            .ExpectRun("CREATE (t:Thing {name: $name}) RETURN t.name AS name", new { name = "first" }).Success(new { fields = new[] { "name" }, t_first = 1, qid = 0 })
            .ExpectPull(n: 1000).Record("first").SuccessSummary(type: "w")
            .ExpectCommit().Success(new { bookmark = "FB:bm-1" })
            .ExpectBegin(bookmarks: ["FB:bm-1"], extra: new { mode = "r" }).Success()
            .ExpectRun("MATCH (t:Thing) RETURN count(t) AS things", new { }).Success(new { fields = new[] { "things" }, t_first = 1, qid = 0 })
            .ExpectPull(n: 1000).Record(1).SuccessSummary()
            .ExpectCommit().Success(new { bookmark = "FB:bm-2" })
            .ExpectGoodbye());

        var run = await Scenario.RunAsync(output, "transaction", server);

        run.ShouldSucceed();
        run.Values["name"].Should().Be("first");
        run.Values["bookmarks"].Should().Be("""["FB:bm-1"]""");
        run.Values["things"].Should().Be("1");
        run.Values["second_bookmarks"].Should().Be("""["FB:bm-2"]""");
    }

    [Theory]
    [InlineData("5.4")]
    [InlineData("5.8")]
    public async Task A_syntax_error_reaches_the_caller_with_its_code_and_reset_clears_it(string version)
    {
        // From 5.7 FAILURE carries neo4j_code and GQL fields instead of code: the double shapes it by version.
        const string message = "Invalid input 'RETRUN': expected 'RETURN' (line 1, column 1 (offset: 0))";
        await using var server = ScriptedBoltServer.Start(Scripts.Connected(version)
            .ExpectRun("RETRUN 1").Failure("Neo.ClientError.Statement.SyntaxError", message)
            .ExpectPull().Ignored()
            .ExpectReset().Success()
            .ExpectRun("RETURN 1 AS n").SuccessFields("n")
            .ExpectPull().Record(1).SuccessSummary()
            .ExpectGoodbye());

        var run = await Scenario.RunAsync(output, "failure-reset", server);

        run.ShouldSucceed();
        run.Values["failed"].Should().Be("true");
        run.Values["code"].Should().Be("Neo.ClientError.Statement.SyntaxError");
        run.Values["message"].Should().Be(message);
        run.Values["n"].Should().Be("1");
    }

    [Fact]
    public async Task Execute_query_runs_a_managed_transaction_and_telemetry_is_answered_automatically()
    {
        await using var server = ScriptedBoltServer.Start(Scripts.Connected(hints: new Dictionary<string, object?> { ["telemetry.enabled"] = true })
            .ExpectBegin().Success()
            .ExpectRun("RETURN $x AS n", new { x = 41.0 }).Success(new { fields = new[] { "n" }, t_first = 1, qid = 0 })
            .ExpectPull().Record(42).SuccessSummary()
            .ExpectCommit().Success(new { bookmark = "FB:eq-1" })
            .ExpectGoodbye());

        var run = await Scenario.RunAsync(output, "execute-query", server);

        run.ShouldSucceed();
        run.Values["n"].Should().Be("42");
        run.Values["bookmarks"].Should().Be("""["FB:eq-1"]""");
        run.Report.Connections.Single().Transcript.Should().Contain(line => line.StartsWith("S: SUCCESS {} (automatic answer to TELEMETRY)", StringComparison.Ordinal), run.Because);
    }

    [Fact]
    public async Task A_strict_script_can_expect_telemetry_itself()
    {
        await using var server = ScriptedBoltServer.Start(Scripts.Connected(hints: new Dictionary<string, object?> { ["telemetry.enabled"] = true }).Strict()
            .ExpectTelemetry(api: 3).Success() // 3: driver.executeQuery
            .ExpectBegin().Success()
            .ExpectRun("RETURN $x AS n").Success(new { fields = new[] { "n" }, t_first = 1, qid = 0 })
            .ExpectPull().Record(42).SuccessSummary()
            .ExpectCommit().Success(new { bookmark = "FB:eq-1" })
            .ExpectGoodbye());

        var run = await Scenario.RunAsync(output, "execute-query", server);

        run.ShouldSucceed();
    }
}
