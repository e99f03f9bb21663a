using Graph.Neo4j.Export;
using Graph.Neo4j.Writing;

namespace Graph.Neo4j.Tests;

/// <summary>
/// Every statement the Bolt writer sends, checked by Neo4j's own parser and semantic analysis
/// (tests/checkers/lint-cypher.mjs --json-statements). Needs Node.js and `npm ci` in tests/checkers.
/// </summary>
public class WriterCypherLintTests
{
    [Fact]
    public async Task Every_statement_the_writer_sends_lints_clean()
    {
        var session = new FakeCypherSession();
        using var graph = TestGraphs.WithStrings([.. TestGraphs.Hostile, .. TestGraphs.RandomStrings(12, seed: 7)]);
        var writer = new Neo4jGraphWriter(session, new Neo4jWriterOptions { BatchSize = 16 });
        await writer.ApplySchemaAsync();
        await writer.WriteAsync(graph);

        var statements = session.AutoCommitRuns.Concat(session.Transactions.SelectMany(t => t.Runs))
            .Select(r => r.Cypher)
            .Distinct()
            .ToArray();
        statements.Length.Should().BeGreaterThan(SchemaScript.Statements.Count + 15, "every label and relationship shape of the graph");

        var result = await CypherLinter.LintStatementsAsync(statements);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain($"linted {statements.Length} statements, 0 errors", result.ToString());
    }

    [Fact]
    public async Task The_statement_linter_fails_on_a_broken_statement()
    {
        // Negative control for the JSON route: an undefined variable and an unclosed pattern must be errors.
        var result = await CypherLinter.LintStatementsAsync(["UNWIND $rows AS row MERGE (n:Person {id: row.id}) SET m.name = row.name", "MATCH (n RETURN n"]);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().BeGreaterThanOrEqualTo(2, result.ToString());
    }
}
