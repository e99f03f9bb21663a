using Xunit.Abstractions;

namespace Graph.BoltServer.Tests;

/// <summary>A node scenario run against one or more doubles, with every double's report.</summary>
internal sealed record ScenarioResult(NodeResult Node, IReadOnlyList<ScriptReport> Reports)
{
    /// <summary>The first double's report (the one node was pointed at).</summary>
    public ScriptReport Report => Reports[0];

    /// <summary>Everything, for assertion messages: node's output and each double's transcript.</summary>
    public string Because => "\n" + Node + "\n" + string.Join("\n", Reports);

    public IReadOnlyDictionary<string, string> Values => Node.Values;

    /// <summary>Node exited 0 and every double played its script to the end with no unexpected message.</summary>
    public void ShouldSucceed()
    {
        Node.ExitCode.Should().Be(0, Because);
        foreach (var report in Reports) report.Errors.Should().BeEmpty(Because);
    }
}

internal static class Scenario
{
    /// <summary>How long the doubles may still take once node has exited (all their clients are gone by then).</summary>
    private static readonly TimeSpan AfterExit = TimeSpan.FromSeconds(3);

    /// <summary>Runs <c>node tests/checkers/bolt/SCENARIO.mjs ARGUMENTS</c>, then collects the doubles' reports.</summary>
    public static async Task<ScenarioResult> RunAsync(ITestOutputHelper output, string scenario, IReadOnlyList<ScriptedBoltServer> servers, params object[] arguments)
    {
        var node = await NodeScenario.RunAsync(scenario, arguments);
        output.WriteLine(node.ToString());
        var reports = new List<ScriptReport>();
        foreach (var server in servers)
        {
            var report = await server.WaitForCompletionAsync(AfterExit);
            output.WriteLine(report.ToString());
            reports.Add(report);
        }
        return new ScenarioResult(node, reports);
    }

    /// <summary>One double, node pointed at its port.</summary>
    public static Task<ScenarioResult> RunAsync(ITestOutputHelper output, string scenario, ScriptedBoltServer server, params object[] extraArguments) =>
        RunAsync(output, scenario, [server], [server.Port, .. extraArguments]);
}
