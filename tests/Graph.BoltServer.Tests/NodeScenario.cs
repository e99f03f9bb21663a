using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Graph.BoltServer.Tests;

/// <summary>What a <c>node tests/checkers/bolt/SCENARIO.mjs</c> run printed.</summary>
internal sealed record NodeResult(int ExitCode, string Output, string Error)
{
    /// <summary>The KEY=VALUE lines of standard output.</summary>
    public IReadOnlyDictionary<string, string> Values => Output
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => line.Split('=', 2))
        .Where(parts => parts.Length == 2)
        .GroupBy(parts => parts[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.Ordinal);

    public override string ToString() => $"node exited {ExitCode}\nstdout:\n{Output}stderr:\n{Error}";
}

/// <summary>Runs a Bolt scenario of tests/checkers/bolt with the official Neo4j JavaScript driver.</summary>
internal static class NodeScenario
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static Task<NodeResult> RunAsync(string scenario, params object[] arguments) => RunAsync(RepositoryPaths.Checkers, scenario, arguments);

    /// <summary>Runs <c>node CHECKERS/bolt/SCENARIO.mjs ARGUMENTS</c> with a 30 s limit; fails the test when the driver is not installed.</summary>
    public static async Task<NodeResult> RunAsync(string checkers, string scenario, params object[] arguments)
    {
        if (!File.Exists(Path.Combine(checkers, "node_modules", "neo4j-driver", "package.json")))
        {
            Assert.Fail($"The Neo4j JavaScript driver is not installed: run npm ci in tests/checkers ({checkers}).");
        }
        var script = Path.Combine(checkers, "bolt", scenario + ".mjs");
        File.Exists(script).Should().BeTrue($"the scenario {script} exists");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = checkers,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments) start.ArgumentList.Add(Convert.ToString(argument, CultureInfo.InvariantCulture)!);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"Node.js is needed for the Bolt scenarios but `node` could not be started ({e.Message}); install Node 20 or later, then run npm ci in tests/checkers.");
            throw;
        }
        using (process)
        {
            using var timeout = new CancellationTokenSource(Limit);
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"node {scenario}.mjs took more than {Limit.TotalSeconds:0} s and was killed");
            }
            return new NodeResult(process.ExitCode, await output, await error);
        }
    }
}
