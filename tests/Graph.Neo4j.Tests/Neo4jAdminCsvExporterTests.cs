using System.Globalization;
using System.Text.Json;
using Graph.Model;
using Graph.Neo4j.Export;
using Graph.TestSupport;

namespace Graph.Neo4j.Tests;

/// <summary>
/// The CSV files of Neo4j's bulk importer, read back by an independent RFC 4180 parser (csv-parse, strict) that also
/// checks the header rules of neo4j-admin database import (tests/checkers/neo4j-admin-csv-check.mjs).
/// </summary>
public class Neo4jAdminCsvExporterTests
{
    private const string Missing = "run ./test.sh (it installs Node.js and the checkers of tests/checkers).";

    private static async Task<ToolRun.Result> CheckAsync(string folder, bool dump = false) =>
        await ToolRun.RunAsync("node", dump ? ["neo4j-admin-csv-check.mjs", folder, "--dump"] : ["neo4j-admin-csv-check.mjs", folder], Missing, RepositoryPaths.Checkers);

    private static async Task<TempFolder> WriteAsync(GraphContent graph)
    {
        var folder = new TempFolder();
        await new Neo4jAdminCsvExporter().WriteAsync(graph, folder.Path);
        return folder;
    }

    /// <summary>What the writer must turn a text into: U+001F separates array elements, so it cannot stand in a value.</summary>
    private static string Expected(string text) => text.Replace('\u001f', '\uFFFD');

    [Fact]
    public async Task Hostile_names_and_texts_survive_a_strict_csv_parser_and_the_header_rules()
    {
        using var graph = TestGraphs.WithStrings(TestGraphs.Hostile);
        using var folder = await WriteAsync(graph);

        var check = await CheckAsync(folder.Path);
        check.ExitCode.Should().Be(0, check.Output + check.Error);
        check.Output.Should().Contain($"{graph.NodeCount} node rows, {graph.RelationshipCount} relationship rows, 0 errors");

        var dump = await CheckAsync(folder.Path, dump: true);
        dump.ExitCode.Should().Be(0, dump.Error);
        using var parsed = JsonDocument.Parse(dump.Output);
        var nodes = parsed.RootElement.GetProperty("nodes");
        foreach (var node in graph.Nodes())
        {
            var read = nodes.GetProperty(node.Id);
            read.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).Should().Equal(node.Label.LabelsOf());
            var properties = read.GetProperty("properties");
            foreach (var (key, value) in node.Properties)
            {
                switch (value)
                {
                    case string s:
                        properties.TryGetProperty(key, out var text).Should().BeTrue($"{node.Id}.{key} ({s.Length} characters) is a property");
                        text.GetString().Should().Be(Expected(s), $"{node.Id}.{key} comes back as written");
                        break;
                    case IReadOnlyList<string> empty when empty.All(e => e.Length == 0) && empty.Count <= 1:
                        properties.TryGetProperty(key, out _).Should().BeFalse("an empty list (or one of an empty text) is an empty field, no property");
                        break;
                    case IReadOnlyList<string> list:
                        properties.GetProperty(key).EnumerateArray().Select(e => e.GetString()).Should().Equal(list.Select(Expected), $"{node.Id}.{key}");
                        break;
                    case long l:
                        properties.GetProperty(key).GetInt64().Should().Be(l);
                        break;
                    case DateOnly d:
                        properties.GetProperty(key).GetString().Should().Be(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        break;
                }
            }
        }
        var relationships = parsed.RootElement.GetProperty("relationships").EnumerateArray().ToList();
        relationships.Should().HaveCount(graph.RelationshipCount);
        var byId = relationships.ToDictionary(r => r.GetProperty("properties").GetProperty("id").GetString()!);
        foreach (var rel in graph.Relationships())
        {
            var read = byId[rel.Id];
            read.GetProperty("type").GetString().Should().Be(rel.Type.Name());
            read.GetProperty("start").GetString().Should().Be(rel.Start.Id);
            read.GetProperty("end").GetString().Should().Be(rel.End.Id);
            foreach (var (key, value) in rel.Properties)
            {
                if (value is string s) read.GetProperty("properties").GetProperty(key).GetString().Should().Be(Expected(s), $"{rel}.{key}");
                if (value is double d) read.GetProperty("properties").GetProperty(key).GetDouble().Should().Be(d, $"{rel}.{key}");
                if (value is bool b) read.GetProperty("properties").GetProperty(key).GetBoolean().Should().Be(b, $"{rel}.{key}");
            }
        }
    }

    [Fact]
    public async Task Headers_declare_each_label_as_an_id_space_and_each_property_with_its_type()
    {
        using var graph = TestGraphs.WithStrings(TestGraphs.Hostile);
        using var folder = await WriteAsync(graph);

        File.ReadLines(folder.File("nodes-Person.csv")).First().Should().Be("id:ID(Person),aliases:string[],name,roles:string[]");
        File.ReadLines(folder.File("nodes-Statement.csv")).First().Should().Be("id:ID(Statement),date:date,documentId,end:long,quote,start:long,text,verb");
        File.ReadLines(folder.File("relationships-COMMITTED_TO-Organization-Project.csv")).First()
            .Should().Be(":START_ID(Organization),:END_ID(Project),:TYPE,id,confidence:double,date:date,document,evidence,negated:boolean,statement");
        var command = File.ReadAllText(folder.File(Neo4jAdminCsvExporter.CommandFileName));
        command.Should().Contain("database import full \"$database\"").And.Contain("--nodes=Person:Entity=nodes-Person.csv")
            .And.Contain("--nodes=Statement=nodes-Statement.csv").And.Contain("--relationships=relationships-SAID-Person-Statement.csv")
            .And.Contain("--multiline-fields=true --array-delimiter=U+001F");
    }

    [Fact]
    public async Task A_broken_file_is_caught_by_the_checker()
    {
        // The checker is what the other tests rely on: it must fail on a quote left open and on a dangling end.
        using var graph = TestGraphs.WithStrings(["plain", "names"]);
        using var folder = await WriteAsync(graph);
        (await CheckAsync(folder.Path)).ExitCode.Should().Be(0);
        var people = folder.File("nodes-Person.csv");
        var lines = File.ReadAllLines(people);
        File.WriteAllLines(people, [lines[0], "\"" + lines[1]]);
        var broken = await CheckAsync(folder.Path);
        broken.ExitCode.Should().Be(1);
        broken.Output.Should().Contain("nodes-Person.csv: not RFC 4180 CSV");

        File.WriteAllLines(people, [lines[0]]);
        var dangling = await CheckAsync(folder.Path);
        dangling.ExitCode.Should().Be(1);
        dangling.Output.Should().Contain("is no node of space Person");
    }

    [Fact]
    public async Task The_same_graph_gives_the_same_files_and_bytes()
    {
        using var first = TestGraphs.WithStrings(TestGraphs.Hostile);
        using var second = TestGraphs.WithStrings(TestGraphs.Hostile);
        using var a = await WriteAsync(first);
        using var b = await WriteAsync(second);
        var names = Directory.GetFiles(a.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Directory.GetFiles(b.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(names);
        foreach (var name in names) File.ReadAllBytes(b.File(name!)).Should().Equal(File.ReadAllBytes(a.File(name!)), name);
    }
}
