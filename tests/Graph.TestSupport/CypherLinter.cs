using System.ComponentModel;
using System.Diagnostics;

namespace Graph.TestSupport;

/// <summary>Runs Neo4j's own Cypher linter (tests/checkers/lint-cypher.mjs) on files.</summary>
public static class CypherLinter
{
    public static async Task<LintResult> LintAsync(params string[] files)
    {
        var checkers = RepositoryPaths.Checkers;
        if (!Directory.Exists(Path.Combine(checkers, "node_modules", "@neo4j-cypher", "language-support")))
        {
            Assert.Fail($"The Cypher linter is not installed: run `npm ci` in {checkers} (see tests/checkers/README.md).");
        }
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = checkers,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("lint-cypher.mjs");
        foreach (var file in files) start.ArgumentList.Add(file);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"Node.js is needed to run the Cypher linter but `node` could not be started ({e.Message}); install Node 20 or later, then run `npm ci` in {checkers}.");
            throw;
        }
        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"the Cypher linter took more than 3 minutes on {string.Join(", ", files)}");
            }
            return new LintResult(process.ExitCode, await output, await error);
        }
    }
}
