using System.Text.Json;
using Graph.Cli.Commands;
using Graph.Cli.Neo4j;

namespace Graph.Cli.Tests;

/// <summary>
/// <c>graph sparql</c> against a real triplestore of its own (Debian's Virtuoso): every prepared query, run as written
/// in the repository, gives the rows oxigraph gives over the exported files; parameters and output formats work there.
/// </summary>
public sealed class SparqlOnVirtuosoTests(VirtuosoServer server) : IClassFixture<VirtuosoServer>, IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();

    public async Task InitializeAsync()
    {
        var environment = new CliEnvironment { GetVariable = name => name == SparqlOptions.PasswordVariable ? "dba" : null, ReadPassword = _ => null };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GraphCommandLine.RunAsync(
            ["import", RepositoryPaths.Samples, "-q", "--out", _folder.Path, "--format", "trig",
             "--sparql-endpoint", $"{server.HttpBase}/sparql-graph-crud-auth", "--sparql-graph-param", "graph-uri", "--sparql-user", "dba"],
            environment, output, error);
        code.Should().Be(0, error.ToString());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> QueryNames() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "queries", "sparql"), "*.rq").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(QueryNames))]
    public async Task Every_prepared_query_as_written_gives_on_virtuoso_the_rows_oxigraph_gives_over_the_export(string name)
    {
        var file = Path.Combine(RepositoryPaths.Root, "queries", "sparql", name + ".rq");
        const string missing = "install Node 20 or later, then run npm ci in tests/checkers (./test.sh does both).";
        // Virtuoso's default graph is the union of its graphs; oxigraph's is made the union of the TriG's graphs to match.
        string[] oxigraphArgs = name == "claim-sources"
            ? ["rdf-query.mjs", "--data", _folder.File("graph.trig"), "--query", file]
            : ["rdf-query.mjs", "--data", _folder.File("graph.trig"), "--query", file, "--union"];
        var oxigraph = await ToolRun.RunAsync("node", oxigraphArgs, missing, RepositoryPaths.Checkers);
        oxigraph.ExitCode.Should().Be(0, oxigraph.Error);

        var virtuoso = await CommandRun.RunAsync("sparql", "--query", file, "--endpoint", $"{server.HttpBase}/sparql", "--format", "json");

        virtuoso.ExitCode.Should().Be(0, virtuoso.ToString());
        var expected = Rows(oxigraph.Output);
        expected.Should().NotBeEmpty("the values written in the query are ones the samples hold");
        Rows(virtuoso.Output).Should().BeEquivalentTo(expected, "the same query text gives the same answer in both stores");
    }

    [Fact]
    public async Task A_prepared_query_with_parameters_prints_a_table_or_csv_from_virtuoso()
    {
        var table = await CommandRun.RunAsync("sparql", "statements-about", "--param", "entity=japan", "--param", "limit=2", "--endpoint", $"{server.HttpBase}/sparql");
        var csv = await CommandRun.RunAsync("sparql", "most-connected", "--param", "label=Country", "--param", "limit=3", "--format", "csv", "--endpoint", $"{server.HttpBase}/sparql");

        table.ExitCode.Should().Be(0, table.ToString());
        table.Output.Should().Contain("about").And.Contain("Japan");
        csv.ExitCode.Should().Be(0, csv.ToString());
        var lines = csv.Output.TrimEnd('\n').Split("\r\n");
        lines[0].Should().Be("entityName,type,relationships,documents,statements");
        lines.Should().HaveCount(4, "a header and the three rows asked for");
        lines.Skip(1).Should().OnlyContain(l => l.Contains(",Country,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_query_virtuoso_refuses_is_reported_with_its_message_and_exit_code_4()
    {
        using var temp = new TempFolder();
        var bad = temp.Write("bad.rq", "SELECT ?x WHERE { ?x ?y }\n");

        var run = await CommandRun.RunAsync("sparql", "--query", bad, "--endpoint", $"{server.HttpBase}/sparql");

        run.ExitCode.Should().Be(ExitCodes.ServerError);
        run.Error.Should().StartWith($"graph: error: {server.HttpBase}/sparql refused the query (").And.Contain("SPARQL");
    }

    /// <summary>
    /// The rows of SPARQL JSON results as sorted "var=value" lines, so two stores' answers compare as sets; a list made
    /// by GROUP_CONCAT ("a | b") is compared as a set too, since SPARQL leaves the order of its parts to the store, and the
    /// concatenation of nothing counts as unbound (Virtuoso binds it to "", oxigraph leaves it out).
    /// </summary>
    private static List<string> Rows(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray()
            .Select(row => string.Join(" || ", row.EnumerateObject().Where(p => p.Value.GetProperty("value").GetString() != "").OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => $"{p.Name}={string.Join(" | ", p.Value.GetProperty("value").GetString()!.Split(" | ").Order(StringComparer.Ordinal))}")))
            .Order(StringComparer.Ordinal).ToList();
    }
}
