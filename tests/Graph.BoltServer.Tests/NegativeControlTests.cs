using Xunit.Abstractions;

namespace Graph.BoltServer.Tests;

/// <summary>
/// The double must also say no: a script that does not fit what the driver does fails the scenario, with a
/// description of the mismatch in both the double's report and the driver's error.
/// </summary>
public class NegativeControlTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_script_expecting_another_query_fails_the_scenario_with_the_mismatch()
    {
        await using var server = ScriptedBoltServer.Start(Scripts.Connected()
            .ExpectRun("RETURN 2 AS n").SuccessFields("n")
            .ExpectPull().Record(2).SuccessSummary()
            .ExpectGoodbye());

        var run = await Scenario.RunAsync(output, "autocommit", server);

        const string mismatch = """connection 1: step 6 of 11: expected RUN "RETURN 2 AS n" * *, but the client sent RUN "RETURN 1 AS n" {} {} (query: expected "RETURN 2 AS n", got "RETURN 1 AS n")""";
        run.Report.Errors.Should().Contain(mismatch, run.Because);
        run.Node.ExitCode.Should().Be(1, run.Because);
        run.Node.Error.Should().Contain("Neo.ClientError.Request.Invalid Graph.BoltServer script mismatch on connection 1: step 6 of 11: expected RUN \"RETURN 2 AS n\" * *, but the client sent RUN \"RETURN 1 AS n\" {} {}", run.Because)
            .And.Contain("""(query: expected "RETURN 2 AS n", got "RETURN 1 AS n")""");
    }

    [Fact]
    public async Task Parameters_must_match_in_type_too()
    {
        // executeQuery sends the JavaScript number 41 as a Float: a script expecting Integer 41 must fail.
        await using var server = ScriptedBoltServer.Start(Scripts.Connected()
            .ExpectBegin().Success()
            .ExpectRun("RETURN $x AS n", new { x = 41 }).SuccessFields("n")
            .ExpectPull().Record(42).SuccessSummary()
            .ExpectCommit().Success(new { bookmark = "FB:1" })
            .ExpectGoodbye());

        var run = await Scenario.RunAsync(output, "execute-query", server);

        run.Report.Errors.Should().ContainMatch("*(parameters.x: expected 41, got 41.0)", run.Because);
        run.Node.ExitCode.Should().Be(1, run.Because);
    }

    [Fact]
    public async Task Other_credentials_fail_at_logon()
    {
        await using var server = ScriptedBoltServer.Start(Script.Handshake("5.4")
            .ExpectHello().Success(new { server = Scripts.Agent, connection_id = "bolt-1" })
            .ExpectLogon(new { scheme = "basic", principal = "neo4j", credentials = "other" }).Success()
            .ExpectGoodbye());

        var run = await Scenario.RunAsync(output, "hello", server);

        run.Report.Errors.Should().ContainMatch("""*the client sent LOGON {*} (auth.credentials: expected "other", got "secret")""", run.Because);
        run.Node.ExitCode.Should().Be(1, run.Because);
        run.Node.Error.Should().Contain("script mismatch", run.Because);
    }

    [Fact]
    public async Task A_version_the_driver_does_not_offer_fails_the_handshake()
    {
        await using var server = ScriptedBoltServer.Start(Scripts.Connected("5.9").ExpectGoodbye());

        var run = await Scenario.RunAsync(output, "hello", server);

        run.Report.Errors.Should().Contain("connection 1: handshake: the client offered manifest v1, 5.8-5.0, 4.4-4.2, 3.0, not 5.9", run.Because);
        run.Node.ExitCode.Should().Be(1, run.Because);
    }

    [Fact]
    public async Task A_longer_script_than_the_conversation_is_reported_even_when_the_driver_is_content()
    {
        // The driver does not care how its GOODBYE is received: node succeeds, the report does not.
        await using var server = ScriptedBoltServer.Start(Scripts.Connected().ExpectReset().Success().ExpectGoodbye());

        var run = await Scenario.RunAsync(output, "hello", server);

        run.Node.ExitCode.Should().Be(0, run.Because);
        run.Report.Errors.Should().Contain("connection 1: step 6 of 8: expected RESET, but the client sent GOODBYE", run.Because);
        run.Report.Errors.Should().Contain("connection 1: the script was not played to its end; it stopped at step 6 of 8: C: RESET", run.Because);
    }

    [Fact]
    public async Task A_scripted_connection_that_never_comes_is_reported()
    {
        await using var server = ScriptedBoltServer.Start(Scripts.Connected().ExpectGoodbye(), Scripts.Connected().ExpectGoodbye());

        var run = await Scenario.RunAsync(output, "hello", server);

        run.Node.ExitCode.Should().Be(0, run.Because);
        run.Report.Errors.Should().Equal(["connection 2: the client never opened it (2 scripted, 1 opened)"], run.Because);
    }

    [Fact]
    public async Task Dropping_the_connection_surfaces_as_a_driver_error()
    {
        // The "drop the connection now" step for robustness tests: the official driver sees the server go away.
        await using var server = ScriptedBoltServer.Start(Scripts.Connected().ExpectRun("RETURN 1 AS n").Drop());

        var run = await Scenario.RunAsync(output, "autocommit", server);

        run.Report.Errors.Should().BeEmpty(run.Because);
        run.Node.ExitCode.Should().Be(1, run.Because);
        run.Node.Error.Should().MatchRegex("error: (ServiceUnavailable|SessionExpired) ", run.Because);
    }

    [Fact]
    public async Task Without_the_driver_installed_the_scenario_fails_and_says_to_run_npm_ci()
    {
        using var empty = new TempFolder();

        var act = () => NodeScenario.RunAsync(empty.Path, "hello", 7687);

        (await act.Should().ThrowAsync<Xunit.Sdk.FailException>()).WithMessage("*run npm ci in tests/checkers*");
    }
}
