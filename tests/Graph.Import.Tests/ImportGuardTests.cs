using System.Text.Json;
using Graph.Documents;
using Graph.Extraction.Pipeline;
using Graph.Model;

namespace Graph.Import.Tests;

/// <summary>
/// What an import guards against: reading its own or another import's output as articles, a folder that mixes two
/// imports, articles in a language the rules cannot read, and users' local paths in a shared graph.
/// </summary>
public class ImportGuardTests
{
    private static readonly ExtractionPipeline Pipeline = new ExtractionPipelineBuilder().UseDefaults().Build();

    private const string English = "Foreign Minister Ana Duarte said on Monday that Portugal supports the Atlantic Ferry Link and that talks with Spain would resume next month in Lisbon.";

    private static Task<ImportResult> Import(string output, IReadOnlyList<string> inputs, params string[] formats) =>
        new ImportRunner(Pipeline, new RecordingReporter()).RunAsync(new ImportOptions
        {
            Inputs = inputs,
            OutputDirectory = output,
            Formats = formats.Length > 0 ? formats : ImportFormats.Default,
            Jobs = 1,
        });

    [Fact]
    public async Task Importing_a_folder_twice_never_reads_the_output_folder_inside_it()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", English);
        var output = temp.File("graph-out");

        var first = await Import(output, [temp.Path]);
        var second = await Import(output, [temp.Path]);

        first.Failures.Should().BeEmpty();
        second.Failures.Should().BeEmpty();
        second.DocumentsImported.Should().Be(1, "graph-out/graph.jsonl and the other outputs are not articles");
        File.ReadAllBytes(temp.File("graph-out/graph.jsonl")).Should().Equal(File.ReadAllBytes(temp.File("graph-out/graph.jsonl")));
    }

    [Fact]
    public async Task Another_imports_output_folder_is_skipped_and_named_and_its_files_are_refused_when_given_by_name()
    {
        using var temp = new TempFolder();
        temp.Write("news/a.txt", English);
        await Import(temp.File("news/old-graph"), [temp.File("news")]);
        var reporter = new RecordingReporter();

        var result = await new ImportRunner(Pipeline, reporter).RunAsync(new ImportOptions
        {
            Inputs = [temp.File("news"), temp.File("news/old-graph/graph.jsonl")],
            OutputDirectory = temp.File("out"),
            Jobs = 1,
        });

        result.DocumentsImported.Should().Be(1);
        reporter.Issues.Should().Contain(i => i.Source.EndsWith("old-graph/", StringComparison.Ordinal) && i.Message.Contains("the output folder of a graph import", StringComparison.Ordinal) && !i.IsFatal);
        result.Failures.Should().ContainSingle().Which.Should().Contain("graph.jsonl: an output of graph import, not an article; not read");
    }

    [Fact]
    public async Task Every_import_writes_a_manifest_of_its_documents_formats_files_and_counts()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", English);
        temp.Write("in/b.txt", "Kenyan President Amina Wafula said on Friday that Kenya backs the Lamu Port Project and will sign the deal in June.");

        var result = await Import(temp.File("out"), [temp.File("in")], "ttl", "jsonl");

        using var manifest = JsonDocument.Parse(File.ReadAllText(temp.File("out/manifest.json")));
        var root = manifest.RootElement;
        root.GetProperty("generator").GetString().Should().Be("graph import");
        root.GetProperty("version").GetString().Should().NotBeNullOrEmpty();
        root.GetProperty("formats").EnumerateArray().Select(f => f.GetString()).Should().Equal("ttl", "jsonl");
        root.GetProperty("files").EnumerateArray().Select(f => (f.GetProperty("name").GetString(), f.GetProperty("bytes").GetInt64()))
            .Should().Equal(("graph.jsonl", new FileInfo(temp.File("out/graph.jsonl")).Length), ("graph.ttl", new FileInfo(temp.File("out/graph.ttl")).Length));
        root.GetProperty("counts").GetProperty("documents").GetInt32().Should().Be(2);
        root.GetProperty("counts").GetProperty("nodes").GetProperty("Document").GetInt32().Should().Be(result.NodeCounts[NodeLabel.Document]);
        var documents = root.GetProperty("documents").EnumerateArray().ToList();
        documents.Select(d => Path.GetFileName(d.GetProperty("source").GetString())).Should().Equal("a.txt", "b.txt");
        documents.Should().OnlyContain(d => d.GetProperty("sha256").GetString()!.Length == 64 && d.GetProperty("id").GetString()!.StartsWith("doc/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_manifest_is_the_same_bytes_for_the_same_input()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", English);

        await Import(temp.File("one"), [temp.File("in")]);
        await Import(temp.File("two"), [temp.File("in")]);

        File.ReadAllBytes(temp.File("one/manifest.json")).Should().Equal(File.ReadAllBytes(temp.File("two/manifest.json")));
    }

    [Fact]
    public async Task Files_of_formats_not_written_again_are_removed_when_the_earlier_manifest_lists_them()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", English);
        var output = temp.File("out");
        await Import(output, [temp.File("in")], "ttl", "jsonl", "cypher", "nt");
        File.WriteAllText(Path.Combine(output, "my-notes.md"), "mine");

        var result = await Import(output, [temp.File("in")], "cypher");

        Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName).Should().BeEquivalentTo(["import.cypher", "manifest.json", "my-notes.md"]);
        result.FilesRemoved.Select(Path.GetFileName).Should().Equal("graph.jsonl", "graph.nt", "graph.ttl");
        File.ReadAllText(Path.Combine(output, "my-notes.md")).Should().Be("mine", "a user's own file is never touched");
    }

    [Fact]
    public async Task Output_files_of_an_earlier_import_without_a_manifest_are_named_not_removed()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", English);
        var output = Directory.CreateDirectory(temp.File("out")).FullName;
        File.WriteAllText(Path.Combine(output, "graph.nt"), "<a> <b> <c> .\n");

        var result = await Import(output, [temp.File("in")], "cypher");

        result.FilesLeft.Should().ContainSingle().Which.Should().EndWith("graph.nt");
        File.Exists(Path.Combine(output, "graph.nt")).Should().BeTrue();
        ImportSummary.Format(result).Should().Contain("left " + Path.Combine(output, "graph.nt") + ": an earlier import's output, not written by this one");
    }

    [Fact]
    public async Task An_article_in_another_language_is_imported_without_facts_named_and_counted()
    {
        using var temp = new TempFolder();
        temp.Write("in/en.txt", English);
        temp.Write("in/fr.txt", "Le ministre des Affaires étrangères Paul Girard a déclaré lundi que la France soutient le projet de ligne ferroviaire et que les discussions avec l'Espagne reprendront le mois prochain.");
        temp.Write("in/ru.txt", "Министр иностранных дел Иван Петров заявил в понедельник, что Россия поддерживает проект железной дороги и что переговоры возобновятся в следующем месяце.");
        var reporter = new RecordingReporter();

        var result = await new ImportRunner(Pipeline, reporter).RunAsync(new ImportOptions { Inputs = [temp.File("in")], OutputDirectory = temp.File("out"), Jobs = 1 });

        result.DocumentsImported.Should().Be(3);
        result.NotEnglish.Select(Path.GetFileName).Should().Equal("fr.txt (French)", "ru.txt (Russian)");
        reporter.Issues.Should().Contain(i => i.Source.EndsWith("fr.txt", StringComparison.Ordinal) && i.Message == "looks like French, not English; imported without facts (only English is read)");
        result.RelationshipCounts.GetValueOrDefault(RelationshipType.Said).Should().Be(1, "only the English article gives facts");
        ImportSummary.Format(result).Should().Contain("2 documents are not in English and were imported without facts");
    }

    [Fact]
    public async Task A_source_is_stored_from_the_input_roots_own_name_on_never_with_the_users_local_folders()
    {
        using var temp = new TempFolder();
        temp.Write("home/ana/news/2024/a.txt", English);

        await Import(temp.File("out"), [temp.File("home/ana/news")], "jsonl");

        var graph = File.ReadAllText(temp.File("out/graph.jsonl"));
        graph.Should().Contain("\"source\":\"news/2024/a.txt\"").And.NotContain(temp.Path);
        File.ReadAllText(temp.File("out/manifest.json")).Should().NotContain(temp.Path);
    }
}
