using System.Text;
using System.Text.RegularExpressions;
using Graph.Model;
using Graph.Neo4j.Export;

namespace Graph.Neo4j.Tests;

public class CypherScriptExporterTests
{
    private static async Task<string> ScriptAsync(GraphContent graph, int batchSize = 500)
    {
        var bytes = await TestGraphs.ExportAsync(new CypherScriptExporter(batchSize), graph);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Statements as the linter and cypher-shell split them: on a ';' outside strings, identifiers and comments.</summary>
    private static List<string> Statements(string script) =>
        CypherText.Structure(script).Split(';').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    private static GraphContent People(int count, int saidCount)
    {
        using var builder = new GraphBuilder();
        var doc = new GraphNode(GraphIds.Document(GraphIds.Hash("people")), NodeLabel.Document, [new("title", "t")]);
        var people = Enumerable.Range(0, count).Select(i => new GraphNode(GraphIds.Person("Person " + (char)('a' + i)), NodeLabel.Person, [new("name", "Person " + (char)('a' + i))])).ToList();
        var statements = Enumerable.Range(0, saidCount).Select(i => new GraphNode(GraphIds.Statement(doc.Id, i), NodeLabel.Statement, [new("text", "s")])).ToList();
        var rels = statements.Select(s => TestGraphs.Rel(RelationshipType.Said, people[0], s, [])).ToList();
        builder.Add(new DocumentGraph(doc, people, statements, rels));
        return builder.Build();
    }

    [Fact]
    public async Task The_script_starts_with_the_schema_statements()
    {
        using var graph = TestGraphs.WithStrings(TestGraphs.Hostile);
        var script = await ScriptAsync(graph);

        var schema = Statements(await File.ReadAllTextAsync(RepositoryPaths.SchemaCypher));
        schema.Should().HaveCountGreaterThan(7);
        Statements(script).Take(schema.Count).Should().Equal(schema);
        Statements(script).Skip(schema.Count).Should().AllSatisfy(s => s.Should().StartWith("UNWIND ["));
        script.Should().StartWith("//");
    }

    [Fact]
    public async Task Only_labels_and_types_of_the_fixed_set_appear()
    {
        using var graph = TestGraphs.WithStrings(TestGraphs.Hostile);
        var structure = CypherText.Structure(await ScriptAsync(graph));

        var labels = Regex.Matches(structure, @"\(\w+:(\w+)|SET \w+:(\w+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToHashSet();
        var types = Regex.Matches(structure, @"\[\w+:(\w+)").Select(m => m.Groups[1].Value).ToHashSet();

        labels.Should().BeSubsetOf(NodeLabels.All.Select(l => l.Name()).Append(NodeLabels.EntityLabel));
        labels.Should().Contain(NodeLabels.All.Select(l => l.Name()));
        types.Should().BeEquivalentTo(RelationshipTypes.All.Select(t => t.Name()));
        // Relationships are written between existing nodes, never creating them.
        Regex.Matches(structure, @"MERGE \(a\)-\[r:\w+ \{id: row\.id\}\]->\(b\)").Should().HaveCount(
            Regex.Count(structure, @"MATCH \(b:"));
    }

    [Fact]
    public async Task Entities_carry_the_entity_label_and_other_nodes_do_not()
    {
        using var graph = TestGraphs.WithStrings(TestGraphs.Hostile);
        var structure = CypherText.Structure(await ScriptAsync(graph));

        foreach (var label in NodeLabels.All)
        {
            var merge = "MERGE (n:" + label.Name() + " {id: row.id})\n";
            var at = structure.IndexOf(merge, StringComparison.Ordinal);
            at.Should().BeGreaterThan(0, label.Name());
            var rest = structure[(at + merge.Length)..];
            var body = rest[..rest.IndexOf(';', StringComparison.Ordinal)];
            if (label.IsEntity()) body.Split('\n').Should().Contain("SET n:Entity", label.Name());
            else body.Should().NotContain("Entity", label.Name());
        }
    }

    [Fact]
    public async Task Every_statement_ends_with_a_semicolon_at_the_end_of_its_line()
    {
        using var graph = TestGraphs.WithStrings(TestGraphs.Hostile);
        var script = await ScriptAsync(graph, batchSize: 7);

        script.Should().EndWith(";\n");
        var structure = CypherText.Structure(script);
        for (var i = structure.IndexOf(';', StringComparison.Ordinal); i >= 0; i = structure.IndexOf(';', i + 1))
        {
            structure[i + 1].Should().Be('\n', $"the ';' at {i} must end its line: ...{structure[Math.Max(0, i - 40)..Math.Min(structure.Length, i + 40)]}...");
        }
        // No line break hides inside a literal: every literal body is on one line.
        CypherText.Scan(script).Where(s => s.Kind == CypherText.Kind.String)
            .Should().AllSatisfy(s => s.Raw.Should().NotContainAny("\n", "\r", "\u2028", "\u2029", "\u0085"));
    }

    [Fact]
    public async Task Batches_hold_at_most_batch_size_rows()
    {
        using var graph = People(count: 3, saidCount: 3);
        var script = await ScriptAsync(graph, batchSize: 2);
        var statements = Statements(script);

        var personBatches = statements.Where(s => s.Contains("MERGE (n:Person ", StringComparison.Ordinal)).ToList();
        personBatches.Should().HaveCount(2);
        personBatches.Select(s => Regex.Count(s, @"^  \{", RegexOptions.Multiline)).Should().Equal(2, 1);
        statements.Where(s => s.Contains("[r:SAID ", StringComparison.Ordinal)).Should().HaveCount(2);
        statements.Where(s => s.Contains("MERGE (n:Statement ", StringComparison.Ordinal)).Should().HaveCount(2);
        statements.Where(s => s.Contains("MERGE (n:Document ", StringComparison.Ordinal)).Should().ContainSingle();

        using var again = People(count: 3, saidCount: 3);
        Statements(await ScriptAsync(again)).Where(s => s.Contains("MERGE (n:Person ", StringComparison.Ordinal)).Should().ContainSingle();
    }

    [Fact]
    public async Task All_nodes_are_written_before_any_relationship()
    {
        using var graph = TestGraphs.WithStrings(TestGraphs.Hostile);
        var statements = Statements(await ScriptAsync(graph, batchSize: 5));

        var lastNode = statements.FindLastIndex(s => s.Contains("MERGE (n:", StringComparison.Ordinal));
        var firstRel = statements.FindIndex(s => s.Contains("MERGE (a)-[r:", StringComparison.Ordinal));
        lastNode.Should().BeLessThan(firstRel);
    }

    [Fact]
    public async Task Every_string_of_the_graph_is_in_the_script_and_decodes_back_unchanged()
    {
        using var graph = TestGraphs.WithStrings(TestGraphs.Hostile);
        var script = await ScriptAsync(graph, batchSize: 7);

        var decoded = CypherText.StringLiterals(script).ToHashSet(StringComparer.Ordinal);

        var graphStrings = graph.Nodes().SelectMany(n => n.Properties.Values).Concat(graph.Relationships().SelectMany(r => r.Properties.Values))
            .SelectMany(v => v switch
            {
                string s => [s],
                IReadOnlyList<string> list => list,
                DateOnly d => [d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)],
                _ => Array.Empty<string>(),
            })
            .Concat(graph.Relationships().SelectMany(r => new[] { r.Start.Id, r.End.Id }))
            .ToHashSet(StringComparer.Ordinal);
        decoded.Should().Contain(TestGraphs.Hostile);
        decoded.Should().Contain(graphStrings);
    }

    [Fact]
    public async Task The_same_graph_gives_the_same_bytes()
    {
        using var first = TestGraphs.WithStrings(TestGraphs.Hostile);
        using var second = TestGraphs.WithStrings(TestGraphs.Hostile);

        var a = await TestGraphs.ExportAsync(new CypherScriptExporter(7), first);
        var b = await TestGraphs.ExportAsync(new CypherScriptExporter(7), second);
        var c = await TestGraphs.ExportAsync(new CypherScriptExporter(7), first);

        b.Should().Equal(a);
        c.Should().Equal(a);
        a.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "the script is UTF-8 without a byte order mark");
    }

    [Fact]
    public async Task An_empty_graph_gives_the_schema_alone()
    {
        using var builder = new GraphBuilder();
        using var graph = builder.Build();
        var statements = Statements(await ScriptAsync(graph));

        statements.Should().Equal(Statements(await File.ReadAllTextAsync(RepositoryPaths.SchemaCypher)));
    }
}
