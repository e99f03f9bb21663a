using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Graph.Cli.Commands;
using Graph.Cli.Neo4j;

namespace Graph.Cli.Tests;

/// <summary>
/// <c>graph import --sparql-endpoint</c> against a real triplestore, Debian's Virtuoso (see TOOLS.md): what the store
/// holds afterwards is compared, graph by graph, with the same SPARQL run by oxigraph over the exported graph.trig,
/// and a second import replaces the graphs instead of adding to them.
/// </summary>
public sealed class VirtuosoPushTests(VirtuosoServer server) : IClassFixture<VirtuosoServer>
{
    private const string GraphPrefix = "https://graph.example.org/id/graph/";
    private const string EntitiesGraph = GraphPrefix + "entities";

    private const string PerGraph = $$"""
        SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "{{GraphPrefix}}")) } GROUP BY ?g
        """;

    private const string Said = $$"""
        SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <https://graph.example.org/ontology#said> ?o } FILTER(STRSTARTS(STR(?g), "{{GraphPrefix}}")) }
        """;

    private async Task<CommandRun> ImportAsync(string password, params string[] extra)
    {
        var environment = new CliEnvironment
        {
            GetVariable = name => name == SparqlOptions.PasswordVariable ? password : null,
            ReadPassword = _ => null,
        };
        string[] args =
        [
            "import", RepositoryPaths.Samples, "-j", "2",
            "--sparql-endpoint", $"{server.HttpBase}/sparql-graph-crud-auth", "--sparql-graph-param", "graph-uri", "--sparql-user", "dba",
            .. extra,
        ];
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GraphCommandLine.RunAsync(args, environment, output, error);
        return new CommandRun(code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Virtuoso_holds_each_graph_as_exported_and_a_second_import_replaces_rather_than_duplicates()
    {
        using var folder = new TempFolder();
        var run = await ImportAsync("dba", "--out", folder.Path, "--format", "trig");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().Contain("named graphs replaced").And.NotContain("dba@");
        var trig = folder.File("graph.trig");

        // Oxigraph over the file: the named graphs as they are, and the default graph, which the push puts in <…graph/entities>.
        var expected = (await Oxigraph(trig, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"))
            .Select(r => (r["g"], long.Parse(r["n"], System.Globalization.CultureInfo.InvariantCulture)))
            .Append((EntitiesGraph, long.Parse((await Oxigraph(trig, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))[0]["n"], System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(r => r.Item1, StringComparer.Ordinal).ToArray();
        var expectedSaid = long.Parse((await Oxigraph(trig, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <https://graph.example.org/ontology#said> ?o } }"))[0]["n"], System.Globalization.CultureInfo.InvariantCulture);

        var first = await server.PerGraphAsync(PerGraph);
        first.Should().Equal(expected);
        (await server.CountAsync(Said)).Should().Be(expectedSaid).And.BeGreaterThan(0);
        expected.Length.Should().Be(11, "ten sample documents plus the entity graph");

        var again = await ImportAsync("dba", "--quiet");
        again.ExitCode.Should().Be(0, again.ToString());
        (await server.PerGraphAsync(PerGraph)).Should().Equal(expected, "PUT replaces each graph, so importing again does not double anything");
        (await server.CountAsync(Said)).Should().Be(expectedSaid);
    }

    [Fact]
    public async Task A_prepared_query_over_the_endpoint_returns_the_rows_oxigraph_returns_over_the_files()
    {
        using var folder = new TempFolder();
        var run = await ImportAsync("dba", "--out", folder.Path, "--format", "trig");
        run.ExitCode.Should().Be(0, run.ToString());
        var prepared = Path.Combine(RepositoryPaths.Root, "queries", "sparql", "statements-about.rq");
        const string missing = "install Node 20 or later, then run npm ci in tests/checkers (./test.sh does both).";

        // The same text for both stores: the runner binds the header's example parameters and prints the query.
        var query = (await ToolRun.RunAsync("node", ["rdf-query.mjs", "--query", prepared, "--examples", "--print-query"], missing, RepositoryPaths.Checkers)).Output;
        var oxigraph = await ToolRun.RunAsync("node", ["rdf-query.mjs", "--data", folder.File("graph.trig"), "--query", prepared, "--examples", "--union"], missing, RepositoryPaths.Checkers);
        oxigraph.ExitCode.Should().Be(0, oxigraph.Error);
        using var json = JsonDocument.Parse(oxigraph.Output);
        var expected = json.RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray()
            .Select(row => Row(row.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("value").GetString()!)))
            .Order(StringComparer.Ordinal).ToList();

        var actual = (await server.SelectAsync(query)).Select(Row).Order(StringComparer.Ordinal).ToList();

        expected.Should().NotBeEmpty("the example entity is talked about in the samples");
        actual.Should().Equal(expected, "Virtuoso over the pushed graphs and oxigraph over the file answer the prepared query alike");

        static string Row(Dictionary<string, string> r) =>
            string.Join(" | ", new[] { "about", "speaker", "date", "statement", "document" }.Select(k => r.GetValueOrDefault(k, "")));
    }

    [Fact]
    public async Task A_wrong_password_stops_at_the_first_graph_exits_1_and_is_never_printed()
    {
        const string wrong = "not-the-password-4711";
        var run = await ImportAsync(wrong, "--quiet");
        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain("refused the user name or password (401)")
            .And.Contain("stopped writing to the triplestore")
            .And.Contain("did not reach the triplestore")
            .And.NotContain(wrong);
    }

    [Fact]
    public async Task Retracting_documents_leaves_what_others_state_and_an_entity_goes_with_the_last_that_mentions_it()
    {
        // A base of its own, so the samples the other tests push are not touched.
        const string Base = "https://retract.example.org/id/";
        const string Okafor = $"<{Base}person/amn-okfr>";
        using var folder = new TempFolder();
        string[] articles =
        [
            folder.Write("a.txt", "Foreign Minister Amina Okafor of Nigeria said on Monday that the Lake Chad Water Compact would be signed in May.\n"),
            folder.Write("b.txt", "Amina Okafor, Nigeria's foreign minister, told reporters the Lake Chad Water Compact was ready.\n"),
            folder.Write("c.txt", "Nigerian Foreign Minister Amina Okafor met envoys in Abuja on Friday. Okafor said talks went well.\n"),
        ];
        var environment = new CliEnvironment { GetVariable = name => name == SparqlOptions.PasswordVariable ? "dba" : null, ReadPassword = _ => null };
        async Task<CommandRun> Graph(params string[] args)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await GraphCommandLine.RunAsync(args, environment, output, error);
            return new CommandRun(code, output.ToString(), error.ToString());
        }
        async Task<CommandRun> Import(params string[] inputs) => await Graph(
            ["import", .. inputs, "--base-iri", Base, "-q", "--sparql-endpoint", $"{server.HttpBase}/sparql-graph-crud-auth", "--sparql-graph-param", "graph-uri", "--sparql-user", "dba"]);
        async Task<CommandRun> Retract(params string[] keys) => await Graph(
            ["retract", .. keys, "--base-iri", Base, "--sparql-update-endpoint", $"{server.HttpBase}/sparql-auth", "--sparql-user", "dba"]);
        Task<long> PersonTriples() => server.CountAsync($"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{Base}graph/entities> {{ {Okafor} ?p ?o }} }}");
        Task<long> Documents() => server.CountAsync($"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ GRAPH ?g {{ ?d a <https://graph.example.org/ontology#Document> }} FILTER(STRSTARTS(STR(?g), \"{Base}\")) }}");
        Task<long> Said() => server.CountAsync($"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ {Okafor} <https://graph.example.org/ontology#said> ?s }} FILTER(STRSTARTS(STR(?g), \"{Base}\")) }}");

        (await Import(articles)).ExitCode.Should().Be(0);
        var person = await PersonTriples();
        var said = await Said();
        person.Should().BeGreaterThan(3);
        said.Should().BeGreaterThanOrEqualTo(3);
        (await Documents()).Should().Be(3);

        var one = await Retract(articles[0]);
        one.ExitCode.Should().Be(0, one.ToString());
        (await Documents()).Should().Be(2);
        (await PersonTriples()).Should().Be(person, "two documents still mention her");
        (await Said()).Should().BeLessThan(said).And.BeGreaterThan(0);

        (await Retract(articles[0])).ExitCode.Should().Be(0, "retracting again finds nothing and fails nothing");
        (await Documents()).Should().Be(2);

        var rest = await Retract(articles[1], articles[2]);
        rest.ExitCode.Should().Be(0, rest.ToString());
        (await Documents()).Should().Be(0);
        (await PersonTriples()).Should().Be(0, "no document mentions her any more");
        (await Said()).Should().Be(0);

        (await Import(articles)).ExitCode.Should().Be(0);
        (await PersonTriples()).Should().Be(person, "importing again brings back what was retracted");
        (await Documents()).Should().Be(3);

        // A corrected text of a.txt, imported with the update endpoint, replaces its earlier version.
        File.WriteAllText(articles[0], "Foreign Minister Amina Okafor of Nigeria said on Tuesday that the Lake Chad Water Compact would be signed in June.\n");
        var corrected = await Graph(
            ["import", articles[0], "--base-iri", Base, "-q", "--sparql-endpoint", $"{server.HttpBase}/sparql-graph-crud-auth", "--sparql-graph-param", "graph-uri",
             "--sparql-user", "dba", "--sparql-update-endpoint", $"{server.HttpBase}/sparql-auth"]);
        corrected.ExitCode.Should().Be(0, corrected.ToString());
        (await Documents()).Should().Be(3, "the corrected version replaces the earlier one");
        (await server.CountAsync($"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s <https://graph.example.org/ontology#text> ?t }} FILTER(CONTAINS(?t, \"Monday\") && STRSTARTS(STR(?g), \"{Base}\")) }}"))
            .Should().Be(0, "nothing of the earlier text is left");
    }

    /// <summary>Rows of a SELECT run by oxigraph (tests/checkers/rdf-count.mjs) over <paramref name="file"/>.</summary>
    private static async Task<List<Dictionary<string, string>>> Oxigraph(string file, string query)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.Checkers,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "rdf-count.mjs", "--data", file, "--query", query }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.Should().Be(0, $"rdf-count.mjs failed (run ./test.sh to install the checkers): {await error}");
        return JsonSerializer.Deserialize<List<Dictionary<string, string>>>(await output)!;
    }
}

/// <summary>
/// A throwaway Virtuoso (<c>virtuoso-t</c>, Debian package virtuoso-opensource-7-bin) on two free 127.0.0.1 ports,
/// with its database in a temp folder; killed and deleted on dispose. A fresh database has user dba, password dba.
/// </summary>
public sealed class VirtuosoServer : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("graph-virtuoso-").FullName;
    private Process? _process;
    private readonly System.Text.StringBuilder _log = new();

    public string HttpBase { get; private set; } = "";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync()
    {
        var (sqlPort, httpPort) = (FreePort(), FreePort());
        while (httpPort == sqlPort) httpPort = FreePort();
        var dir = _dir;
        var ini = Path.Combine(dir, "virtuoso.ini");
        await File.WriteAllTextAsync(ini, $"""
            [Database]
            DatabaseFile = {dir}/virtuoso.db
            ErrorLogFile = {dir}/virtuoso.log
            LockFile = {dir}/virtuoso.lck
            TransactionFile = {dir}/virtuoso.trx
            xa_persistent_file = {dir}/virtuoso.pxa
            Striping = 0
            TempStorage = TempDatabase

            [TempDatabase]
            DatabaseFile = {dir}/virtuoso-temp.db
            TransactionFile = {dir}/virtuoso-temp.trx
            Striping = 0

            [Parameters]
            ServerPort = 127.0.0.1:{sqlPort}
            DisableUnixSocket = 1
            NumberOfBuffers = 10000
            MaxDirtyBuffers = 6000
            DirsAllowed = {dir}

            [HTTPServer]
            ServerPort = 127.0.0.1:{httpPort}
            ServerRoot = {dir}
            MaxClientConnections = 5
            ServerThreads = 5

            [SPARQL]
            ResultSetMaxRows = 1000000
            MaxQueryExecutionTime = 60
            """);
        HttpBase = $"http://127.0.0.1:{httpPort}";
        var start = new ProcessStartInfo("virtuoso-t")
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "+configfile", ini, "+foreground" }) start.ArgumentList.Add(a);
        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("virtuoso-t did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"virtuoso-t (Debian package virtuoso-opensource-7-bin) is not installed ({e.Message}): run ./test.sh");
            throw;
        }
        _process.OutputDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_process.HasExited) Assert.Fail($"virtuoso-t exited with {_process.ExitCode} before answering:\n{Log()}");
            try
            {
                using var probe = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                using var answer = await Http.GetAsync($"{HttpBase}/sparql?query=ASK%7B%7D", probe.Token);
                if (answer.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        Assert.Fail($"virtuoso-t did not answer HTTP at {HttpBase} within 30 s:\n{Log()}");
    }

    /// <summary>Rows (graph, count) of a SELECT ?g ?n, sorted by graph.</summary>
    public async Task<(string Graph, long Count)[]> PerGraphAsync(string query) =>
        (await SelectAsync(query)).Select(r => (r["g"], long.Parse(r["n"], System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(r => r.Item1, StringComparer.Ordinal).ToArray();

    /// <summary>The single ?n of a SELECT (COUNT(*) AS ?n).</summary>
    public async Task<long> CountAsync(string query) =>
        long.Parse((await SelectAsync(query)).Single()["n"], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The rows of a SELECT run by Virtuoso, each as variable -> value.</summary>
    public async Task<List<Dictionary<string, string>>> SelectAsync(string query)
    {
        var url = $"{HttpBase}/sparql?query={Uri.EscapeDataString(query)}&format={Uri.EscapeDataString("application/sparql-results+json")}";
        using var response = await Http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray()
            .Select(row => row.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("value").GetString()!))
            .ToList();
    }

    private string Log()
    {
        lock (_log) return _log.ToString();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (_process is { } process)
        {
            try
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await process.WaitForExitAsync(wait.Token);
            }
            catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or Win32Exception)
            {
                // already gone, or it did not die in 10 s: nothing more to do from here
            }
            process.Dispose();
        }
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open: the temp folder is cleaned by the system later
        }
    }
}
