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
        var run = await ToolRun.RunAsync("node", ["lint-cypher.mjs", .. files],
            $"install Node 20 or later, then run `npm ci` in {checkers}.", checkers);
        return new LintResult(run.ExitCode, run.Output, run.Error);
    }
}
