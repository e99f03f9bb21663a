using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Graph.TestSupport;

/// <summary>Runs Neo4j's own Cypher linter (tests/checkers/lint-cypher.mjs) on files.</summary>
public static class CypherLinter
{
    /// <summary>
    /// Lints statements as sent over Bolt (parameterised, one statement each, no closing ';'): they are written to a
    /// JSON file and passed with <c>--json-statements</c>. Positions in the output are inside each statement.
    /// </summary>
    public static async Task<LintResult> LintStatementsAsync(IEnumerable<string> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var path = Path.Combine(Path.GetTempPath(), $"graph-statements-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(statements.ToArray()), new UTF8Encoding(false));
        try
        {
            return await LintAsync("--json-statements", path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Lints Cypher script files; the arguments are passed to lint-cypher.mjs as they are, so options such as <c>--json-statements FILE</c> work too.</summary>
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
