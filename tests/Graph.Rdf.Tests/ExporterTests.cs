using System.Diagnostics;

namespace Graph.Rdf.Tests;

public class ExporterTests
{
    private static readonly RdfDataIris Iris = new();

    public static TheoryData<string> Formats => new() { "nt", "ttl", "nq", "trig", "jsonld" };

    private static RdfExporter Create(string format) => format switch
    {
        "nt" => new NTriplesExporter(Iris),
        "ttl" => new TurtleExporter(Iris),
        "nq" => new NQuadsExporter(Iris),
        "trig" => new TriGExporter(Iris),
        _ => new JsonLdExporter(Iris),
    };

    [Fact]
    public async Task NTriples_of_a_tiny_graph_are_exact()
    {
        using var graph = TinyGraph.Build();
        var (text, count) = await TinyGraph.WriteAsync(new NTriplesExporter(Iris), graph);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.Should().Be((int)count);
        lines.Should().Contain("<https://graph.example.org/id/person/srg-lvrv> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://graph.example.org/ontology#Person> .");
        lines.Should().Contain("<https://graph.example.org/id/claim/rel/sup> <https://graph.example.org/ontology#confidence> \"1.0E0\"^^<http://www.w3.org/2001/XMLSchema#double> .");
        lines.Should().Contain("<https://graph.example.org/id/claim/rel/sup> <https://graph.example.org/ontology#statement> <https://graph.example.org/id/statement/abc-10> .");
        lines.Should().Contain("<https://graph.example.org/id/doc/abc> <http://purl.org/dc/terms/date> \"2021-04-07\"^^<http://www.w3.org/2001/XMLSchema#date> .");
        lines.Should().Contain("<https://graph.example.org/id/statement/abc-10> <https://graph.example.org/ontology#start> \"10\"^^<http://www.w3.org/2001/XMLSchema#integer> .");
        lines.Should().Contain("<https://graph.example.org/id/statement/abc-10> <http://www.w3.org/ns/prov#wasAttributedTo> <https://graph.example.org/id/person/srg-lvrv> .");
    }

    [Fact]
    public async Task Turtle_groups_with_semicolons_and_commas()
    {
        using var graph = TinyGraph.Build();
        var (text, _) = await TinyGraph.WriteAsync(new TurtleExporter(Iris), graph);
        text.Should().Contain("person:srg-lvrv a g:Entity ,\n        g:Person ;\n    g:alias \"Lavrov\" ;\n    g:id \"person/srg-lvrv\" ;\n    g:name \"Sergey Lavrov\" .\n");
        text.Should().Contain("claim:sup a g:Claim ;");
        text.Should().Contain("g:confidence 1.0E0 ;");
    }

    [Fact]
    public async Task TriG_puts_each_document_in_its_named_graph()
    {
        using var graph = TinyGraph.Build();
        var (text, _) = await TinyGraph.WriteAsync(new TriGExporter(Iris), graph);
        text.Should().Contain("\ngraph:abc {\n    id:RUS g:supports person:srg-lvrv .\n\n    claim:said a g:Claim ;");
        var (nq, _) = await TinyGraph.WriteAsync(new NQuadsExporter(Iris), graph);
        nq.Should().Contain("<https://graph.example.org/id/RUS> <https://graph.example.org/ontology#supports> <https://graph.example.org/id/person/srg-lvrv> <https://graph.example.org/id/graph/doc/abc> .\n");
    }

    [Fact]
    public async Task JsonLd_has_an_inline_context_and_named_graphs()
    {
        using var graph = TinyGraph.Build();
        var (text, _) = await TinyGraph.WriteAsync(new JsonLdExporter(Iris), graph);
        using var json = System.Text.Json.JsonDocument.Parse(text);
        json.RootElement.GetProperty("@context").GetProperty("date").GetProperty("@type").GetString().Should().Be("http://www.w3.org/2001/XMLSchema#date");
        text.Should().Contain("\"@id\": \"https://graph.example.org/id/graph/doc/abc\"");
        text.Should().Contain("\"confidence\": \"1.0E0\"");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Same_graph_gives_same_bytes(string format)
    {
        using var a = TinyGraph.Build();
        using var b = TinyGraph.Build();
        (await TinyGraph.WriteAsync(Create(format), a)).Text.Should().Be((await TinyGraph.WriteAsync(Create(format), b)).Text);
    }

    public static TheoryData<string, string> Checked => new()
    {
        { "nt", "ntriples" }, { "ttl", "turtle" }, { "nq", "nquads" }, { "trig", "trig" },
    };

    [Theory]
    [MemberData(nameof(Checked))]
    public async Task Serdi_and_rapper_read_back_every_triple_of_a_hostile_graph(string format, string syntax)
    {
        using var graph = TinyGraph.Build(
            personName: "Quote \" back\\ new\nline\ttab \u0001 😀 \u202Eعربي <tag> #%",
            personId: "person/a b#c%d<e>{|}^`\"é",
            evidence: "\r\n\u007F\\\"'");
        using var folder = new TempFolder();
        var exporter = Create(format);
        var (text, count) = await TinyGraph.WriteAsync(exporter, graph);
        var path = folder.Write("graph." + format, text);
        var output = format is "nq" or "trig" ? "nquads" : "ntriples";
        var serdi = await RunAsync("serdi", "-i", syntax, "-o", output, path);
        serdi.ExitCode.Should().Be(0, serdi.Error);
        Lines(serdi.Output).Should().Be((int)count);
        var rapper = await RunAsync("rapper", "-q", "-i", syntax, "-o", output, path);
        rapper.ExitCode.Should().Be(0, rapper.Error);
        Lines(rapper.Output).Should().Be((int)count);
    }

    private static int Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

    internal static Task<ToolRun.Result> RunAsync(string tool, params string[] args) =>
        ToolRun.RunAsync(tool, args, "run ./test.sh (it installs serdi and raptor2-utils).");
}
