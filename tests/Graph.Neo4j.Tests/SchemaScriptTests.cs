using System.Text.RegularExpressions;
using Graph.Model;
using Graph.Neo4j.Export;

namespace Graph.Neo4j.Tests;

public class SchemaScriptTests
{
    [Fact]
    public void The_shipped_schema_is_graph_schema_schema_cypher()
    {
        SchemaScript.Script.Should().Be(File.ReadAllText(RepositoryPaths.SchemaCypher).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Every_label_and_entity_has_a_unique_id_constraint()
    {
        var keyed = SchemaScript.Statements
            .Select(s => Regex.Match(s, @"^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE n\.id IS UNIQUE$"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value);

        keyed.Should().BeEquivalentTo(NodeLabels.All.Select(l => l.Name()).Append(NodeLabels.EntityLabel));
    }

    [Fact]
    public void Statements_are_the_script_without_comments_or_semicolons()
    {
        SchemaScript.Statements.Should().NotBeEmpty().And.AllSatisfy(s =>
        {
            s.Should().StartWith("CREATE ");
            s.Should().NotEndWith(";");
        });
        SchemaScript.Statements.Should().HaveCount(SchemaScript.Script.Split('\n').Count(l => l.TrimEnd().EndsWith(';')));
        SchemaScript.Statements.Should().Contain(s => s.StartsWith("CREATE FULLTEXT INDEX entity_names ", StringComparison.Ordinal));
    }
}
