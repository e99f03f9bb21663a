using CsCheck;
using Graph.Model;
using Graph.Neo4j.Export;

namespace Graph.Neo4j.Tests;

/// <summary>Every string written into a Cypher statement decodes back, by Cypher's escape rules, to the original.</summary>
public class CypherLiteralRoundTripTests
{
    [Theory]
    [InlineData(@"it\'s", "it's")]
    [InlineData(@"say \""hi\""", "say \"hi\"")]
    [InlineData(@"\\ \n\r\t\b\f", "\\ \n\r\t\b\f")]
    [InlineData(@"\u00E9\u202e", "é\u202E")]
    [InlineData(@"\U0001F600", "😀")]
    public void The_test_decoder_follows_the_cypher_manual(string body, string expected) =>
        CypherText.Unescape(body).Should().Be(expected);

    [Theory]
    [InlineData(@"\q")]
    [InlineData(@"\u12")]
    [InlineData(@"ends with \")]
    public void The_test_decoder_rejects_what_cypher_rejects(string body) =>
        FluentActions.Invoking(() => CypherText.Unescape(body)).Should().Throw<FormatException>();

    [Fact]
    public void Node_statements_carry_every_string_unchanged()
    {
        var strings = CypherGen.HostileString.Array[1, 6];
        Gen.Select(strings, CypherGen.HostileString.Array[0, 4]).Sample((values, aliases) =>
        {
            var props = values.Select((v, i) => new KeyValuePair<string, object>("p" + i, v)).Append(new("aliases", aliases));
            var node = new GraphNode("person/x", NodeLabel.Person, props);

            var statement = CypherScriptExporter.NodeStatement(NodeLabel.Person, [node]);

            // The row's literals in order: the id (once: MERGE sets it, so it is not repeated among the scalars), the other
            // scalar properties by key, then the list items.
            var expected = new List<string> { "person/x" };
            expected.AddRange(node.Properties.Where(p => p.Value is string && p.Key != "id").Select(p => (string)p.Value));
            expected.AddRange(aliases);
            // Only the row's literals: the statement's own template has fixed literals (' ' to count words).
            var rows = statement[..statement.IndexOf("\n] AS row\n", StringComparison.Ordinal)];
            CypherText.StringLiterals(rows).Should().Equal(expected);
            StatementShapeIsIntact(statement, rows: 1);
        }, iter: 1000);
    }

    [Fact]
    public void Relationship_statements_carry_every_string_unchanged()
    {
        Gen.Select(CypherGen.HostileString, CypherGen.HostileString.Array[0, 3]).Sample((evidence, documents) =>
        {
            var start = new NodeRef("RUS", NodeLabel.Country);
            var end = new NodeRef("project/x", NodeLabel.Project);
            var rel = new GraphRelationship("rel/1", RelationshipType.Supports, start, end,
                [new("evidence", evidence), new("documents", documents), new("confidence", 0.5)]);

            var statement = CypherScriptExporter.RelationshipStatement((RelationshipType.Supports, NodeLabel.Country, NodeLabel.Project), [rel]);

            CypherText.StringLiterals(statement).Should().Equal(["rel/1", "RUS", "project/x", evidence, .. documents]);
            StatementShapeIsIntact(statement, rows: 1);
        }, iter: 1000);
    }

    /// <summary>Whatever the strings, the statement keeps its lines: "UNWIND [", one line per row, "] AS row", the clauses.</summary>
    private static void StatementShapeIsIntact(string statement, int rows)
    {
        var lines = statement.Split('\n');
        lines[0].Should().Be("UNWIND [");
        lines[rows + 1].Should().Be("] AS row");
        lines[^1].Should().BeEmpty();
        lines[^2].Should().EndWith(";");
        CypherText.Structure(statement).Count(c => c == ';').Should().Be(1);
    }
}
