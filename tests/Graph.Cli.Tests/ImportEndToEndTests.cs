using System.Text.Json;

namespace Graph.Cli.Tests;

/// <summary>`graph import` on the repository's own sample articles, as a user runs it.</summary>
public class ImportEndToEndTests
{
    [Fact]
    public async Task Importing_the_samples_writes_a_graph_whose_every_line_is_json()
    {
        using var temp = new TempFolder();
        var run = await CommandRun.RunAsync("import", RepositoryPaths.Samples, "--out", temp.Path);

        run.ExitCode.Should().Be(0, run.ToString());
        var lines = File.ReadAllLines(temp.File("graph.jsonl"));
        lines.Should().NotBeEmpty();
        var nodes = new List<JsonElement>();
        var relationships = new List<JsonElement>();
        foreach (var line in lines)
        {
            var element = JsonDocument.Parse(line).RootElement;
            var type = element.GetProperty("type").GetString();
            (type == "node" ? nodes : relationships).Add(element);
            type.Should().BeOneOf("node", "relationship");
        }
        // APOC reads nodes before the relationships that point at them.
        var lastNode = Array.FindLastIndex(lines, l => l.StartsWith("{\"type\":\"node\"", StringComparison.Ordinal));
        var firstRel = Array.FindIndex(lines, l => l.StartsWith("{\"type\":\"relationship\"", StringComparison.Ordinal));
        lastNode.Should().BeLessThan(firstRel);

        string[] Names(string label) => nodes
            .Where(n => n.GetProperty("labels")[0].GetString() == label)
            .Select(n => n.GetProperty("properties").GetProperty("name").GetString()!)
            .ToArray();
        Names("Person").Should().Contain(["Tomas Varga", "Amina Okafor", "Lars-Erik Holmgren", "Gülşen Aydın", "Zainab Mirza"]);
        Names("Country").Should().Contain(["Hungary", "Nigeria", "Kuwait", "Turkey", "Pakistan"]);
        nodes.Count(n => n.GetProperty("labels")[0].GetString() == "Document").Should().Be(10, "eight files, one of them JSON Lines with three articles");

        var ids = nodes.Select(n => n.GetProperty("id").GetString()).ToHashSet();
        foreach (var rel in relationships)
        {
            ids.Should().Contain(rel.GetProperty("start").GetProperty("id").GetString(), "every relationship starts at a node in the file");
            ids.Should().Contain(rel.GetProperty("end").GetProperty("id").GetString(), "every relationship ends at a node in the file");
        }
        relationships.Count(r => r.GetProperty("label").GetString() == "SAID").Should().BeGreaterThan(50);
        run.Error.Should().Contain("10 documents imported").And.Contain("MB/s");
    }

    [Fact]
    public async Task By_default_each_fact_is_written_once_for_rdf_and_once_per_way_into_neo4j_and_all_gives_every_format()
    {
        using var plain = new TempFolder();
        using var all = new TempFolder();
        (await CommandRun.RunAsync("import", RepositoryPaths.Samples, "--out", plain.Path, "-q")).ExitCode.Should().Be(0);
        (await CommandRun.RunAsync("import", RepositoryPaths.Samples, "--out", all.Path, "--format", "all", "-q")).ExitCode.Should().Be(0);

        Directory.EnumerateFileSystemEntries(plain.Path).Select(Path.GetFileName).Should().BeEquivalentTo("graph.ttl", "graph.jsonl", "import.cypher", "manifest.json");
        Directory.EnumerateFileSystemEntries(all.Path).Select(Path.GetFileName).Should().BeEquivalentTo(
            "graph.nt", "graph.ttl", "graph.nq", "graph.trig", "graph.jsonld", "graph.jsonl", "import.cypher", "neo4j-admin", "manifest.json");
        File.ReadAllBytes(plain.File("graph.ttl")).Should().Equal(File.ReadAllBytes(all.File("graph.ttl")), "a format's bytes do not depend on the others asked for");
    }

    [Fact]
    public async Task Documents_carry_the_date_title_and_dateline_of_each_layout()
    {
        using var temp = new TempFolder();
        var run = await CommandRun.RunAsync("import", RepositoryPaths.Samples, "--out", temp.Path, "--format", "jsonl");
        run.ExitCode.Should().Be(0, run.ToString());

        var documents = File.ReadLines(temp.File("graph.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("type").GetString() == "node" && e.GetProperty("labels")[0].GetString() == "Document")
            .ToDictionary(e => Path.GetFileName(e.GetProperty("properties").GetProperty("source").GetString()!), e => e.GetProperty("properties"));

        string? Get(string file, string key) => documents[file].TryGetProperty(key, out var v) ? v.GetString() : null;
        Get("1988-reuters-style-trade.txt", "date").Should().Be("1988-03-14");
        Get("1988-reuters-style-trade.txt", "title").Should().Be("EC MINISTERS SPURN U.S. PLAN TO FREEZE FARM EXPORT AID");
        Get("1988-reuters-style-trade.txt", "dateline").Should().Be("BRUSSELS");
        Get("2023-joint-press-conference.txt", "date").Should().Be("2023-06-08");
        Get("no-date-summit.txt", "date").Should().BeNull();
        Get("no-date-summit.txt", "title").Should().StartWith("Regional Ministers Endorse");
        Get("no-date-summit.txt", "dateline").Should().Be("ISLAMABAD");
        Get("ria-dateline.txt", "dateline").Should().Be("MOSCOW");
        Get("utf16-bulletin.txt", "date").Should().Be("2019-11-05");
        Get("articles.jsonl:1 (id ex-001)", "url").Should().StartWith("https://example.org/");
    }

    [Fact]
    public async Task A_second_run_gives_byte_identical_files()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        (await CommandRun.RunAsync("import", RepositoryPaths.Samples, "--out", first.Path)).ExitCode.Should().Be(0);
        (await CommandRun.RunAsync("import", RepositoryPaths.Samples, "--out", second.Path)).ExitCode.Should().Be(0);

        foreach (var file in new[] { "graph.jsonl", "import.cypher" })
        {
            File.ReadAllBytes(second.File(file)).Should().Equal(File.ReadAllBytes(first.File(file)), file + " must not change between runs");
        }
    }

    [Fact]
    public async Task One_job_and_many_jobs_give_the_same_bytes()
    {
        using var one = new TempFolder();
        using var many = new TempFolder();
        (await CommandRun.RunAsync("import", RepositoryPaths.Samples, "--out", one.Path, "--jobs", "1")).ExitCode.Should().Be(0);
        (await CommandRun.RunAsync("import", RepositoryPaths.Samples, "--out", many.Path, "--jobs", "8")).ExitCode.Should().Be(0);

        File.ReadAllBytes(many.File("graph.jsonl")).Should().Equal(File.ReadAllBytes(one.File("graph.jsonl")));
        File.ReadAllBytes(many.File("import.cypher")).Should().Equal(File.ReadAllBytes(one.File("import.cypher")));
    }

    [Fact]
    public async Task The_same_article_under_two_paths_is_one_document()
    {
        using var temp = new TempFolder();
        var sample = Path.Combine(RepositoryPaths.Samples, "ria-dateline.txt");
        var copy = temp.File("copy.txt");
        File.Copy(sample, copy);
        var run = await CommandRun.RunAsync("import", sample, copy, "--out", temp.File("out"));

        run.ExitCode.Should().Be(0, "a duplicate is not a failure");
        run.Error.Should().Contain("1 documents imported").And.Contain("copy.txt").And.Contain("duplicate");
    }

    [Fact]
    public async Task Bad_inputs_are_named_and_the_rest_is_imported()
    {
        using var temp = new TempFolder();
        var input = Directory.CreateDirectory(temp.File("in")).FullName;
        File.Copy(Path.Combine(RepositoryPaths.Samples, "colon-dateline.txt"), Path.Combine(input, "good.txt"));
        File.WriteAllBytes(Path.Combine(input, "photo.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        File.WriteAllText(Path.Combine(input, "feed.jsonl"), "{\"text\": \"Foreign Minister Ana Duarte said the treaty was ready.\"}\n{\"text\": \"unterminated\n");
        var run = await CommandRun.RunAsync("import", input, temp.File("missing.txt"), "--out", temp.File("out"));

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain("photo.txt: binary file");
        run.Error.Should().Contain("feed.jsonl:2: not valid JSON");
        run.Error.Should().Contain("missing.txt: no such file or folder");
        run.Error.Should().Contain("2 documents imported");
        File.ReadAllText(temp.File(Path.Combine("out", "graph.jsonl"))).Should().Contain("Ana Duarte").And.Contain("Rajiv Menon");
    }

    [Fact]
    public async Task Invalid_utf8_is_repaired_with_a_warning_naming_the_byte()
    {
        using var temp = new TempFolder();
        var bytes = "Trade Minister Pia Lund said the talks would resume.\n"u8.ToArray().Concat(new byte[] { 0xFF }).ToArray();
        File.WriteAllBytes(temp.File("broken.txt"), bytes);
        var run = await CommandRun.RunAsync("import", temp.File("broken.txt"), "--out", temp.File("out"));

        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().Contain($"broken.txt: invalid UTF-8 at byte {bytes.Length - 1}");
        File.ReadAllText(temp.File(Path.Combine("out", "graph.jsonl"))).Should().Contain("Pia Lund");
    }

    [Fact]
    public async Task Only_the_chosen_formats_are_written()
    {
        using var temp = new TempFolder();
        var run = await CommandRun.RunAsync("import", Path.Combine(RepositoryPaths.Samples, "ria-dateline.txt"), "--out", temp.Path, "--format", "cypher", "--quiet");

        run.ExitCode.Should().Be(0);
        File.Exists(temp.File("import.cypher")).Should().BeTrue();
        File.Exists(temp.File("graph.jsonl")).Should().BeFalse();
        run.Error.Should().BeEmpty("--quiet prints nothing when nothing goes wrong");
    }

    [Fact]
    public async Task Every_statement_of_the_samples_import_script_passes_neo4js_linter()
    {
        using var temp = new TempFolder();
        (await CommandRun.RunAsync("import", RepositoryPaths.Samples, "--out", temp.Path, "--format", "cypher", "-q")).ExitCode.Should().Be(0);

        var lint = await CypherLinter.LintAsync(temp.File("import.cypher"));

        lint.ExitCode.Should().Be(0, lint.ToString());
        lint.Errors.Should().Be(0, lint.ToString());
        lint.Statements.Should().BeGreaterThan(SchemaStatementCount(), "the data batches are linted too, not only the schema");
    }

    private static int SchemaStatementCount() =>
        File.ReadAllLines(RepositoryPaths.SchemaCypher).Count(l => l.TrimEnd().EndsWith(';'));
}
