using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using Graph.Model;
using Graph.Neo4j.Export;

namespace Graph.Neo4j.Tests;

public class ApocJsonLinesExporterTests
{
    private static async Task<List<JsonElement>> LinesAsync(GraphContent graph)
    {
        var bytes = await TestGraphs.ExportAsync(new ApocJsonLinesExporter(), graph);
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "JSON Lines are UTF-8 without a byte order mark");
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        if (text.Length > 0) text.Should().EndWith("\n");
        var lines = text.Split('\n')[..^1];
        lines.Should().AllSatisfy(l => l.Should().NotBeEmpty());
        return lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    private static string[] Keys(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToArray();

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(x => x.GetString()!).ToArray();

    [Fact]
    public async Task Each_line_is_a_node_or_relationship_in_apoc_shape()
    {
        using var graph = TestGraphs.WithStrings(TestGraphs.Hostile);
        var lines = await LinesAsync(graph);

        lines.Should().HaveCount(graph.NodeCount + graph.RelationshipCount);
        var nodes = lines.Where(l => l.GetProperty("type").GetString() == "node").ToList();
        var rels = lines.Where(l => l.GetProperty("type").GetString() == "relationship").ToList();
        nodes.Should().HaveCount(graph.NodeCount);
        rels.Should().HaveCount(graph.RelationshipCount);

        nodes.Should().AllSatisfy(n =>
        {
            Keys(n).Should().BeEquivalentTo("type", "id", "labels", "properties");
            n.GetProperty("properties").GetProperty("id").GetString().Should().Be(n.GetProperty("id").GetString());
        });
        var labelsById = nodes.ToDictionary(n => n.GetProperty("id").GetString()!, n => Strings(n.GetProperty("labels")));
        rels.Should().AllSatisfy(r =>
        {
            Keys(r).Should().BeEquivalentTo("type", "id", "label", "start", "end", "properties");
            RelationshipTypes.All.Select(t => t.Name()).Should().Contain(r.GetProperty("label").GetString());
            foreach (var end in new[] { r.GetProperty("start"), r.GetProperty("end") })
            {
                Keys(end).Should().BeEquivalentTo("id", "labels");
                // The end points at a node of the file, with the same labels.
                labelsById.Should().ContainKey(end.GetProperty("id").GetString()!)
                    .WhoseValue.Should().Equal(Strings(end.GetProperty("labels")));
            }
        });
    }

    [Fact]
    public async Task Node_lines_come_before_relationship_lines()
    {
        using var graph = TestGraphs.WithStrings(TestGraphs.Hostile);
        var types = (await LinesAsync(graph)).Select(l => l.GetProperty("type").GetString()).ToList();

        types.Should().StartWith(Enumerable.Repeat("node", graph.NodeCount));
        types.Skip(graph.NodeCount).Should().AllBe("relationship");
    }

    [Fact]
    public async Task Entities_carry_their_label_and_entity()
    {
        using var graph = TestGraphs.WithStrings(TestGraphs.Hostile);
        var labels = (await LinesAsync(graph)).Where(l => l.GetProperty("type").GetString() == "node")
            .Select(l => Strings(l.GetProperty("labels"))).ToList();

        foreach (var label in NodeLabels.All)
        {
            var expected = label.IsEntity() ? new[] { label.Name(), "Entity" } : [label.Name()];
            labels.Where(l => l[0] == label.Name()).Should().NotBeEmpty().And.AllSatisfy(l => l.Should().Equal(expected));
        }
    }

    [Fact]
    public async Task Every_property_comes_back_with_its_value_and_json_type()
    {
        using var graph = TestGraphs.WithStrings(TestGraphs.Hostile);
        var lines = await LinesAsync(graph);
        var expected = graph.Nodes().Select(n => (n.Id, n.Properties)).Concat(graph.Relationships().Select(r => (r.Id, r.Properties))).ToList();

        lines.Select(l => l.GetProperty("id").GetString()).Should().Equal(expected.Select(e => e.Id));
        foreach (var (line, (id, properties)) in lines.Zip(expected))
        {
            var json = line.GetProperty("properties");
            Keys(json).Should().BeEquivalentTo(properties.Keys, id);
            foreach (var (key, value) in properties) ShouldMatch(json.GetProperty(key), value, $"{id}.{key}");
        }
    }

    private static void ShouldMatch(JsonElement json, object value, string because)
    {
        switch (value)
        {
            case string s:
                json.ValueKind.Should().Be(JsonValueKind.String, because);
                json.GetString().Should().Be(s, because);
                break;
            case long l:
                json.ValueKind.Should().Be(JsonValueKind.Number, because);
                json.GetInt64().Should().Be(l, because);
                break;
            case double d:
                json.ValueKind.Should().Be(JsonValueKind.Number, because);
                json.GetDouble().Should().Be(d, because);
                // Written as a float, so apoc.import.json does not turn 1.0 into the integer 1.
                json.GetRawText().Should().ContainAny([".", "E"], because);
                break;
            case bool b:
                json.ValueKind.Should().Be(b ? JsonValueKind.True : JsonValueKind.False, because);
                break;
            case DateOnly date:
                json.ValueKind.Should().Be(JsonValueKind.String, because);
                json.GetString().Should().MatchRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", because)
                    .And.Be(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), because);
                break;
            case IReadOnlyList<string> list:
                json.ValueKind.Should().Be(JsonValueKind.Array, because);
                Strings(json).Should().Equal(list, because);
                break;
            default:
                throw new InvalidOperationException(because);
        }
    }

    [Fact]
    public async Task Dates_are_iso_strings()
    {
        using var graph = TestGraphs.WithStrings(TestGraphs.Hostile);
        var document = (await LinesAsync(graph)).Single(l => l.GetProperty("type").GetString() == "node" && Strings(l.GetProperty("labels"))[0] == "Document");

        document.GetProperty("properties").GetProperty("date").GetString().Should().Be("2021-04-07");
    }

    [Fact]
    public async Task Hostile_strings_round_trip_unchanged()
    {
        using var graph = TestGraphs.WithStrings(TestGraphs.Hostile);
        var lines = await LinesAsync(graph);

        var texts = lines.Where(l => l.GetProperty("type").GetString() == "node" && Strings(l.GetProperty("labels"))[0] == "Statement")
            .Select(l => l.GetProperty("properties").GetProperty("text").GetString()).ToList();
        texts.Should().Equal(TestGraphs.Hostile);
    }

    [Fact]
    public async Task Generated_strings_round_trip_unchanged()
    {
        await CypherGen.HostileString.Array[1, 8].SampleAsync(async strings =>
        {
            using var graph = TestGraphs.WithStrings(strings);
            var lines = await LinesAsync(graph);
            lines.Where(l => l.GetProperty("type").GetString() == "node" && Strings(l.GetProperty("labels"))[0] == "Statement")
                .Select(l => l.GetProperty("properties").GetProperty("text").GetString())
                .Should().Equal(strings);
        }, iter: 100);
    }

    [Fact]
    public async Task The_same_graph_gives_the_same_bytes()
    {
        using var first = TestGraphs.WithStrings(TestGraphs.Hostile);
        using var second = TestGraphs.WithStrings(TestGraphs.Hostile);

        var a = await TestGraphs.ExportAsync(new ApocJsonLinesExporter(), first);
        var b = await TestGraphs.ExportAsync(new ApocJsonLinesExporter(), second);
        var c = await TestGraphs.ExportAsync(new ApocJsonLinesExporter(), first);

        b.Should().Equal(a);
        c.Should().Equal(a);
    }

    [Fact]
    public async Task A_large_graph_is_written_completely()
    {
        // More than the exporter's 64 KiB buffer: every line must reach the stream, in order.
        using var graph = TestGraphs.WithStrings(TestGraphs.RandomStrings(600, seed: 7));
        var lines = await LinesAsync(graph);

        lines.Should().HaveCount(graph.NodeCount + graph.RelationshipCount);
        lines.Where(l => l.GetProperty("type").GetString() == "node" && Strings(l.GetProperty("labels"))[0] == "Statement")
            .Select(l => l.GetProperty("properties").GetProperty("text").GetString())
            .Should().Equal(TestGraphs.RandomStrings(600, seed: 7));
    }
}
