using Graph.Cli;
using System.Text.RegularExpressions;

namespace Graph.Rdf.CheckTests;

/// <summary>The samples exported once (every format) through the command line, shared by the tests of a class.</summary>
public sealed class SampleExports : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _temp = new();

    public string Folder => _temp.Path;

    public string File(string name) => _temp.File(name);

    /// <summary>The import's summary on standard error (it names each file with what its writer counted).</summary>
    public string Summary { get; private set; } = "";

    public async Task InitializeAsync()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GraphCommandLine.RunAsync(["import", RepositoryPaths.Samples, "--out", _temp.Path, "--format", "all"], output, error);
        if (code != 0) throw new InvalidOperationException($"graph import failed ({code}): {output}\n{error}");
        Summary = error.ToString();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();
}

/// <summary>Every RDF export of the samples, checked by npm oxigraph, jsonld and rdf-validate-shacl.</summary>
public partial class ExportCheckTests(SampleExports exports) : IClassFixture<SampleExports>
{
    private static readonly string Shapes = Path.Combine(RepositoryPaths.Root, "graph-schema", "shapes.ttl");
    private static readonly string Ontology = Path.Combine(RepositoryPaths.Root, "graph-schema", "ontology.ttl");
    private static readonly string Queries = Path.Combine(RepositoryPaths.Root, "queries", "sparql");
    private static readonly string Golden = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "sparql-golden");

    [GeneratedRegex(@"^(?<file>.+): (?<format>\w+), (?<quads>\d+) quads, (?<triples>\d+) distinct triples, (?<default>\d+) in the default graph, (?<graphs>\d+) named graphs", RegexOptions.Multiline)]
    private static partial Regex CountLine();

    [Fact]
    public async Task Every_export_loads_into_oxigraph_with_consistent_counts_and_valid_literals()
    {
        string[] formats = ["nt", "ttl", "nq", "trig", "jsonld"];
        var run = await RdfCheckers.LoadAsync(["--check-literals", .. formats.Select(f => exports.File("graph." + f))]);

        run.ExitCode.Should().Be(0, run.ToString());
        var counts = CountLine().Matches(run.Output).ToDictionary(m => m.Groups["format"].Value, m => m);
        counts.Keys.Should().BeEquivalentTo(formats);
        long N(string format, string group) => long.Parse(counts[format].Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

        N("nt", "quads").Should().BeGreaterThan(1000);
        N("ttl", "quads").Should().Be(N("nt", "quads"), "Turtle says what N-Triples says");
        N("nq", "quads").Should().Be(N("trig", "quads"), "TriG says what N-Quads says");
        N("nq", "graphs").Should().Be(N("trig", "graphs")).And.Be(10, "one named graph per document");
        N("nq", "triples").Should().Be(N("nt", "triples"), "the quads, without their graphs, are the triples");
        N("jsonld", "quads").Should().Be(N("nq", "quads"));
        N("nt", "graphs").Should().Be(0);
        run.Output.Should().Contain("0 bad literals").And.NotContainAny(formats.Select(_ => "1 bad literals"));
    }

    [Fact]
    public async Task JsonLd_expands_in_safe_mode_to_the_triples_of_the_ntriples_and_the_quads_of_the_nquads()
    {
        var triples = await RdfCheckers.JsonLdAsync(exports.File("graph.jsonld"), exports.File("graph.nt"));
        triples.ExitCode.Should().Be(0, triples.ToString());
        triples.Output.Should().Contain("equal to");

        var quads = await RdfCheckers.JsonLdAsync(exports.File("graph.jsonld"), exports.File("graph.nq"));
        quads.ExitCode.Should().Be(0, quads.ToString());
    }

    [Theory]
    [InlineData("nt")]
    [InlineData("ttl")]
    [InlineData("nq")]
    [InlineData("trig")]
    [InlineData("jsonld")]
    public async Task Every_export_conforms_to_the_shapes(string format)
    {
        var run = await RdfCheckers.ShaclAsync(Shapes, exports.File("graph." + format));

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("conforms:");
    }

    [Fact]
    public async Task The_shapes_and_the_ontology_parse()
    {
        var files = new List<string> { Shapes };
        if (System.IO.File.Exists(Ontology)) files.Add(Ontology);
        var run = await RdfCheckers.LoadAsync([.. files]);

        run.ExitCode.Should().Be(0, run.ToString());
        System.IO.File.Exists(Ontology).Should().BeTrue("graph-schema/ontology.ttl defines the vocabulary the shapes and queries use");
    }

    public static TheoryData<string> QueryNames() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "queries", "sparql"), "*.rq").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(QueryNames))]
    public async Task Every_prepared_query_returns_its_golden_rows_on_the_samples(string name)
    {
        // The named-graph query reads the documents' graphs: N-Quads; the others read the default graph: N-Triples.
        var data = name == "claim-sources" ? exports.File("graph.nq") : exports.File("graph.nt");
        var golden = Path.Combine(Golden, name + ".json");
        System.IO.File.Exists(golden).Should().BeTrue($"every query has a golden file: {golden}");
        System.IO.File.ReadAllText(golden).Should().Contain("\n  {", "a golden result finds something in the samples");

        var run = await RdfCheckers.QueryAsync("--data", data, "--query", Path.Combine(Queries, name + ".rq"), "--examples", "--expect", golden);

        run.ExitCode.Should().Be(0, run.ToString());
    }

    [Theory]
    [MemberData(nameof(QueryNames))]
    public async Task Every_prepared_query_parses_and_runs_as_written_and_finds_something_in_the_samples(string name)
    {
        // No parameter given: the file's own VALUES line and LIMIT, as a user pasting it into a triplestore runs it.
        var data = name == "claim-sources" ? exports.File("graph.nq") : exports.File("graph.nt");

        var run = await RdfCheckers.QueryAsync("--data", data, "--query", Path.Combine(Queries, name + ".rq"));

        run.ExitCode.Should().Be(0, run.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("results").GetProperty("bindings").GetArrayLength().Should().BeGreaterThan(0, "the values written in the query are ones the samples hold");
    }

    [Fact]
    public async Task The_same_queries_give_the_same_rows_on_turtle_and_on_trig_as_a_union()
    {
        var ttl = await RdfCheckers.QueryAsync("--data", exports.File("graph.ttl"), "--query", Path.Combine(Queries, "supporters.rq"), "--examples", "--expect", Path.Combine(Golden, "supporters.json"));
        ttl.ExitCode.Should().Be(0, ttl.ToString());
        var trig = await RdfCheckers.QueryAsync("--data", exports.File("graph.trig"), "--union", "--query", Path.Combine(Queries, "statements-about.rq"), "--examples", "--expect", Path.Combine(Golden, "statements-about.json"));
        trig.ExitCode.Should().Be(0, trig.ToString());
        var named = await RdfCheckers.QueryAsync("--data", exports.File("graph.trig"), "--query", Path.Combine(Queries, "claim-sources.rq"), "--examples", "--expect", Path.Combine(Golden, "claim-sources.json"));
        named.ExitCode.Should().Be(0, named.ToString());
    }

    [Fact]
    public void There_is_a_sparql_query_for_every_cypher_question_that_makes_sense_in_rdf_plus_the_named_graph_one()
    {
        var sparql = Directory.GetFiles(Queries, "*.rq").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        var cypher = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "queries", "cypher"), "*.cypher").Select(Path.GetFileNameWithoutExtension);
        // shortest-path: SPARQL property paths cannot return the path or its length.
        sparql.Should().Contain(cypher.Where(n => n != "shortest-path")).And.Contain("claim-sources");
        sparql.Count.Should().BeGreaterThanOrEqualTo(9);
        foreach (var file in Directory.GetFiles(Queries, "*.rq"))
        {
            var text = System.IO.File.ReadAllText(file);
            text.Should().StartWith($"# Name: {Path.GetFileNameWithoutExtension(file)}\n# Description: ", file);
            text.Should().Contain("\n# Parameters:\n", file);
        }
    }

    // ---- Negative controls: each check can fail on a damaged export --------------------------------------------

    [Fact]
    public async Task A_corrupted_turtle_export_fails_to_load_with_its_position()
    {
        using var temp = new TempFolder();
        var lines = System.IO.File.ReadAllLines(exports.File("graph.ttl")).ToList();
        var at = lines.FindIndex(l => l.Contains("g:name", StringComparison.Ordinal));
        lines[at] = lines[at].Replace("g:name", "g:name <not an iri>", StringComparison.Ordinal);
        var bad = temp.Write("graph.ttl", string.Join('\n', lines) + "\n");

        var run = await RdfCheckers.LoadAsync(bad);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain($"line {at + 1}");
    }

    [Fact]
    public async Task An_export_with_an_impossible_date_fails_the_literal_check()
    {
        using var temp = new TempFolder();
        var text = System.IO.File.ReadAllText(exports.File("graph.nt"));
        var bad = temp.Write("graph.nt", text + "<https://graph.example.org/id/x> <http://purl.org/dc/terms/date> \"1990-13-45\"^^<http://www.w3.org/2001/XMLSchema#date> .\n");

        var run = await RdfCheckers.LoadAsync("--check-literals", bad);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain("1990-13-45");
    }

    [Fact]
    public async Task A_statement_without_its_speaker_or_text_violates_the_shapes()
    {
        using var temp = new TempFolder();
        var lines = System.IO.File.ReadAllLines(exports.File("graph.nt"));
        var text = lines.First(l => l.Contains("<https://graph.example.org/ontology#text>", StringComparison.Ordinal));
        var bad = temp.Write("graph.nt", string.Join('\n', lines.Where(l => l != text)) + "\n"
            + "<https://graph.example.org/id/RUS> <https://graph.example.org/ontology#said> <https://graph.example.org/id/JPN> .\n");

        var run = await RdfCheckers.ShaclAsync(Shapes, bad);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Output.Should().Contain("does not conform").And.Contain("ontology#text").And.Contain("SaidShape");
    }

    [Fact]
    public async Task JsonLd_with_one_triple_less_than_the_ntriples_fails()
    {
        using var temp = new TempFolder();
        var lines = System.IO.File.ReadAllLines(exports.File("graph.nt"));
        var bad = temp.Write("graph.nt", string.Join('\n', lines.Skip(1)) + "\n");

        var run = await RdfCheckers.JsonLdAsync(exports.File("graph.jsonld"), bad);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain("1 only in the JSON-LD, 0 only in");
    }

    [Fact]
    public async Task A_changed_golden_file_fails_the_query_check()
    {
        using var temp = new TempFolder();
        var golden = System.IO.File.ReadAllText(Path.Combine(Golden, "statements-about.json"));
        var changed = temp.Write("statements-about.json", golden.Replace("Kenji Morimoto", "Someone Else", StringComparison.Ordinal));
        changed.Should().NotBe(golden);

        var run = await RdfCheckers.QueryAsync("--data", exports.File("graph.nt"), "--query", Path.Combine(Queries, "statements-about.rq"), "--examples", "--expect", changed);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain("differs from").And.Contain("Someone Else");
    }
}
