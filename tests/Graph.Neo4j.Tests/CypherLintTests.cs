using System.Text;
using Graph.Neo4j.Export;

namespace Graph.Neo4j.Tests;

/// <summary>
/// The generated Cypher checked by Neo4j's own parser and semantic analysis (tests/checkers/lint-cypher.mjs),
/// not by our reading of the grammar. Needs Node.js and `npm ci` in tests/checkers.
/// </summary>
public sealed class CypherLintTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("graph-lint-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static int StatementCount(string script) =>
        CypherText.Structure(script).Split(';').Count(s => s.Trim().Length > 0);

    [Fact]
    public async Task The_import_script_of_a_graph_full_of_hostile_strings_lints_clean()
    {
        // The hostile strings plus a few pseudo-random ones from all of Unicode: about 150 rows in all.
        using var graph = TestGraphs.WithStrings([.. TestGraphs.Hostile, .. TestGraphs.RandomStrings(12, seed: 2024)]);
        var path = Path.Combine(_dir, "import.cypher");
        await using (var file = File.Create(path))
        {
            // A small batch size, so the script has several statements per label and type.
            await new CypherScriptExporter(batchSize: 16).WriteAsync(graph, file);
        }
        var script = await File.ReadAllTextAsync(path);

        var result = await CypherLinter.LintAsync(path);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain(", 0 errors", result.ToString());
        // The linter saw every statement we wrote, not one swallowed into another.
        result.Statements.Should().Be(StatementCount(script), result.ToString());
        result.Statements.Should().BeGreaterThan(SchemaScript.Statements.Count + 15);
    }

    [Fact]
    public async Task The_schema_lints_clean()
    {
        var result = await CypherLinter.LintAsync(RepositoryPaths.SchemaCypher);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain($"linted {SchemaScript.Statements.Count} statements, 0 errors", result.ToString());
    }

    [Fact]
    public async Task The_linter_fails_on_broken_cypher()
    {
        // Negative control: the mistakes escaping exists to prevent must make the check fail.
        var path = Path.Combine(_dir, "broken.cypher");
        await File.WriteAllTextAsync(path,
            "MERGE (n:Person {id: 'it's'});\n" +
            "RETURN 1;\n" +
            "MATCH (n) RETURN m;\n",
            new UTF8Encoding(false));

        var result = await CypherLinter.LintAsync(path);

        result.ExitCode.Should().Be(1, result.ToString());
        result.HasSummary.Should().BeTrue(result.ToString());
        result.Errors.Should().BeGreaterThan(0, result.ToString());
    }
}
