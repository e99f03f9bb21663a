using System.Text.Json;

namespace Graph.Cli.Tests;

/// <summary>An analyst's identity decisions (--identities) and the suggestions that feed them (graph identities suggest).</summary>
public class IdentitiesTests
{
    private const string First = "Foreign Minister Amina Okafor said on Monday that Nigeria backed the Lake Chad Water Compact.\n";
    private const string Second = "Trade Minister Amina Bello said the Lake Chad Water Compact would be signed in May.\n";
    private const string Third = "Amina Okafor met Prime Minister Tomas Varga in Budapest. Okafor said the talks went well.\n";

    private const string Decisions = """
        merge:
          - name: Amina Bello-Okafor
            label: Person
            same: [Amina Okafor, Amina Bello]
        split:
          - alias: Okafor
            from: Amina Bello-Okafor
        """;

    private static (string A, string B, string C) Articles(TempFolder temp) =>
        (temp.Write("a.txt", First), temp.Write("b.txt", Second), temp.Write("c.txt", Third));

    [Fact]
    public async Task A_merge_and_a_split_change_every_file_alike()
    {
        using var temp = new TempFolder();
        var (a, b, c) = Articles(temp);
        var file = temp.Write("identities.yaml", Decisions);

        var plain = await CommandRun.RunAsync("import", a, b, c, "--out", temp.File("plain"), "-q");
        var decided = await CommandRun.RunAsync("import", a, b, c, "--out", temp.File("decided"), "--identities", file, "--format", "all", "-q");

        plain.ExitCode.Should().Be(0, plain.ToString());
        decided.ExitCode.Should().Be(0, decided.ToString());
        var before = People(temp.File("plain"));
        var after = People(temp.File("decided"));
        before.Keys.Should().Contain(["Amina Okafor", "Amina Bello"]);
        after.Keys.Should().Contain("Amina Bello-Okafor").And.NotContain(["Amina Okafor", "Amina Bello"]);
        after["Amina Bello-Okafor"].Should().Contain(["Amina Okafor", "Amina Bello"]).And.NotContain("Okafor");
        // The same decision reaches the RDF and the Cypher script: one node, named by the decision, and no trace of the merged ids.
        var jsonl = File.ReadAllText(Path.Combine(temp.File("decided"), "graph.jsonl"));
        var mergedId = JsonDocument.Parse(jsonl.Split('\n').First(l => l.StartsWith("{\"type\":\"node\"", StringComparison.Ordinal) && l.Contains("\"Amina Bello-Okafor\"", StringComparison.Ordinal))).RootElement.GetProperty("id").GetString()!;
        foreach (var output in new[] { "graph.nt", "graph.ttl", "import.cypher" })
        {
            var text = File.ReadAllText(Path.Combine(temp.File("decided"), output));
            text.Should().Contain("Amina Bello-Okafor", output).And.Contain(mergedId, output);
            foreach (var gone in new[] { "person/amn-bl\"", "person/amn-bl>" }) text.Should().NotContain(gone, output);
        }
    }

    [Fact]
    public async Task The_same_decisions_reach_the_statements_sent_to_Neo4j()
    {
        using var temp = new TempFolder();
        var (a, b, c) = Articles(temp);
        var file = temp.Write("identities.yaml", Decisions);
        var neo4j = new FakeNeo4j();
        neo4j.Variables[Graph.Cli.Neo4j.Neo4jEnvironmentVariables.Password] = "pw";

        var run = await neo4j.RunAsync("import", a, b, c, "--neo4j", "bolt://localhost:7687", "--identities", file);

        run.ExitCode.Should().Be(0, run.ToString());
        var personRows = neo4j.Runs.Where(r => r.Cypher.Contains("MERGE (n:Person", StringComparison.Ordinal))
            .SelectMany(r => (IReadOnlyList<object?>)r.Parameters["rows"]!).Cast<IReadOnlyDictionary<string, object?>>().ToList();
        var names = personRows.Select(r => (string)((IReadOnlyDictionary<string, object?>)r["props"]!)["name"]!).ToList();
        names.Should().Contain("Amina Bello-Okafor").And.NotContain(["Amina Okafor", "Amina Bello"]);
        var ids = personRows.Select(r => (string)r["id"]!).ToList();
        ids.Should().NotContain(Graph.Model.GraphIds.Person("Amina Bello"));
        // Every SAID the documents state starts at the merged person.
        var saidStarts = neo4j.Runs.Where(r => r.Cypher.Contains("[r:SAID", StringComparison.Ordinal))
            .SelectMany(r => (IReadOnlyList<object?>)r.Parameters["rows"]!).Cast<IReadOnlyDictionary<string, object?>>().Select(r => (string)r["start"]!).Distinct().ToList();
        saidStarts.Should().NotContain(Graph.Model.GraphIds.Person("Amina Bello"));
    }

    [Fact]
    public async Task Decisions_give_the_same_bytes_whatever_the_order_of_documents()
    {
        using var temp = new TempFolder();
        var (a, b, c) = Articles(temp);
        var file = temp.Write("identities.yaml", Decisions);

        var forward = await CommandRun.RunAsync("import", a, b, c, "--out", temp.File("forward"), "--identities", file, "-q");
        var backward = await CommandRun.RunAsync("import", c, b, a, "--out", temp.File("backward"), "--identities", file, "-q");

        forward.ExitCode.Should().Be(0, forward.ToString());
        backward.ExitCode.Should().Be(0, backward.ToString());
        // Entities and entity-level facts come first, sorted; documents follow in input order, so compare the entity part.
        static string Entities(string folder) => string.Join('\n', File.ReadAllLines(Path.Combine(folder, "graph.jsonl")).Where(l => l.Contains("\"Entity\"", StringComparison.Ordinal) && l.StartsWith("{\"type\":\"node\"", StringComparison.Ordinal)));
        Entities(temp.File("backward")).Should().Be(Entities(temp.File("forward")));
    }

    [Fact]
    public async Task The_same_decisions_read_from_tab_separated_text()
    {
        using var temp = new TempFolder();
        var (a, b, c) = Articles(temp);
        var file = temp.Write("identities.tsv", "# decision\tname\tlabel\tmembers\nmerge\tAmina Bello-Okafor\tPerson\tAmina Okafor|Amina Bello\nsplit\tOkafor\t-\tAmina Bello-Okafor\n");

        var run = await CommandRun.RunAsync("import", a, b, c, "--out", temp.File("out"), "--identities", file, "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        People(temp.File("out"))["Amina Bello-Okafor"].Should().NotContain("Okafor");
    }

    [Fact]
    public async Task An_empty_suggestion_list_is_an_empty_decisions_file()
    {
        using var temp = new TempFolder();
        var (a, _, _) = Articles(temp);
        var file = temp.Write("identities.yaml", "# 0 suggested merges\nmerge:\n");

        var run = await CommandRun.RunAsync("import", a, "--out", temp.File("out"), "--identities", file, "-q");

        run.ExitCode.Should().Be(0, run.ToString());
    }

    [Theory]
    [InlineData("identities.yaml", "merge:\n  - name: X\n    same: []\n", "identities.yaml:2: merge 'X' needs 'same'")]
    [InlineData("identities.yaml", "merge:\n  - name: X\n    label: City\n    same: [Y]\n", "identities.yaml:3: unknown label 'City'")]
    [InlineData("identities.yaml", "joins:\n  - name: X\n", "identities.yaml:1: unknown section 'joins'")]
    [InlineData("identities.tsv", "merge\tX\n", "identities.tsv:1: 'merge' needs four tab-separated cells")]
    public async Task A_broken_decisions_file_is_a_usage_error_naming_file_and_line(string name, string content, string message)
    {
        using var temp = new TempFolder();
        var (a, _, _) = Articles(temp);
        var file = temp.Write(name, content);

        var run = await CommandRun.RunAsync("import", a, "--out", temp.File("out"), "--identities", file);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain(message);
        Directory.Exists(temp.File("out")).Should().BeFalse("nothing is imported when the decisions cannot be read");
    }

    [Fact]
    public async Task Suggestions_are_a_merge_list_that_the_import_reads_back()
    {
        using var temp = new TempFolder();
        var a = temp.Write("a.txt", "Foreign Minister Sergio Marquez said on Monday that Chile backed the Andes Water Compact.\n");
        var b = temp.Write("b.txt", "Foreign Minister Sergio Marques told reporters the Andes Water Compact would be signed in May.\n");

        var suggest = await CommandRun.RunAsync("identities", "suggest", a, b);

        suggest.ExitCode.Should().Be(0, suggest.ToString());
        suggest.Output.Should().Contain("merge:").And.Contain("similar names (Jaro-Winkler").And.Contain("label: Person");
        var file = temp.Write("suggested.yaml", suggest.Output);
        var import = await CommandRun.RunAsync("import", a, b, "--out", temp.File("out"), "--identities", file, "-q");
        import.ExitCode.Should().Be(0, import.ToString());
        People(temp.File("out")).Keys.Where(k => k.StartsWith("Sergio Marq", StringComparison.Ordinal)).Should().ContainSingle();
    }

    [Fact]
    public async Task A_work_named_only_by_a_description_is_one_per_report_and_a_proper_name_joins_reports()
    {
        using var temp = new TempFolder();
        var a = temp.Write("a.txt", "Ghana and Togo signed a deal for a gas pipeline on Monday. Officials said the pipeline would open in 2028. Ghana backs the Volta Basin Railway project.\n");
        var b = temp.Write("b.txt", "Kenya plans a gas pipeline to Uganda. Engineers said the pipeline would cost $2 billion. Kenya also backs the Volta Basin Railway.\n");

        var run = await CommandRun.RunAsync("import", a, b, "--out", temp.File("out"), "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        var projects = File.ReadAllLines(Path.Combine(temp.File("out"), "graph.jsonl"))
            .Where(l => l.StartsWith("{\"type\":\"node\"", StringComparison.Ordinal) && l.Contains("\"labels\":[\"Project\"", StringComparison.Ordinal))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (Id: e.GetProperty("id").GetString()!, Name: e.GetProperty("properties").GetProperty("name").GetString()!)).ToList();
        projects.Where(p => p.Name == "gas pipeline").Should().HaveCount(2, "two reports' gas pipelines are two works");
        projects.Where(p => p.Name.StartsWith("Volta Basin Railway", StringComparison.Ordinal)).Should().ContainSingle("a proper name is one work across reports");
    }

    /// <summary>The people of an import's graph.jsonl: name to aliases.</summary>
    private static Dictionary<string, string[]> People(string folder) =>
        File.ReadAllLines(Path.Combine(folder, "graph.jsonl"))
            .Where(l => l.StartsWith("{\"type\":\"node\"", StringComparison.Ordinal) && l.Contains("\"labels\":[\"Person\"", StringComparison.Ordinal))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("properties"))
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.TryGetProperty("aliases", out var al) ? al.EnumerateArray().Select(x => x.GetString()!).ToArray() : []);
}
