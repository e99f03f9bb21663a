using Graph.Documents;
using Graph.Extraction.Pipeline;

namespace Graph.Import.Tests;

/// <summary>
/// The outputs of an import as one transaction: all replaced together or none, the earlier ones intact when an import
/// is stopped, one import at a time per folder, the user's own files never touched.
/// </summary>
public class OutputTransactionTests
{
    private static readonly ExtractionPipeline Pipeline = new ExtractionPipelineBuilder().UseDefaults().Build();

    private static ImportOptions Options(string output, params string[] formats) => new()
    {
        Inputs = [RepositoryPaths.Samples],
        OutputDirectory = output,
        Formats = formats,
        Reader = new ReaderOptions(),
    };

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    /// <summary>Cancels the import as soon as it starts writing its second output.</summary>
    private sealed class CancelWhileWriting(CancellationTokenSource source) : IImportReporter
    {
        private int _writes;
        public void DocumentDone(string source, long characters) { }
        public void Issue(DocumentIssue issue) { }
        public void Phase(string description)
        {
            if (description.StartsWith("writing", StringComparison.Ordinal) && ++_writes == 2) source.Cancel();
        }
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    [Fact]
    public async Task An_import_stopped_while_writing_leaves_every_earlier_file_as_it_was()
    {
        using var temp = new TempFolder();
        await new ImportRunner(Pipeline, new RecordingReporter()).RunAsync(Options(temp.Path, "ttl", "jsonl"));
        File.WriteAllText(temp.File("notes.md"), "the analyst's own notes");
        var before = Snapshot(temp.Path);
        using var cancel = new CancellationTokenSource();

        var run = () => new ImportRunner(Pipeline, new CancelWhileWriting(cancel)).RunAsync(Options(temp.Path, "ttl", "jsonl", "nt", "cypher"), cancel.Token);

        (await run.Should().ThrowAsync<ImportCancelledException>()).Which.Message.Should().Contain("earlier files as they were");
        Snapshot(temp.Path).Should().BeEquivalentTo(before, "nothing was replaced, added or left behind");
        Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Should().BeEquivalentTo("graph.ttl", "graph.jsonl", "manifest.json", "notes.md");
    }

    [Fact]
    public async Task A_second_import_into_a_folder_in_use_stops_at_once_and_names_it()
    {
        using var temp = new TempFolder();
        using var first = OutputTransaction.Begin(temp.Path);

        var second = () => new ImportRunner(Pipeline, new RecordingReporter()).RunAsync(Options(temp.Path, "ttl"));

        (await second.Should().ThrowAsync<OutputLockedException>()).Which.Message.Should().Contain(temp.Path).And.Contain("another graph import");
        File.Exists(temp.File("graph.ttl")).Should().BeFalse();
    }

    [Fact]
    public async Task What_a_killed_import_left_is_cleared_by_the_next_and_does_not_block_it()
    {
        using var temp = new TempFolder();
        // A killed import leaves its lock file (no longer locked: the process is gone) and a half-written staging folder.
        File.WriteAllText(temp.File(OutputTransaction.LockFileName), "graph import, process 1, since 2026-01-01T00:00:00Z\n");
        Directory.CreateDirectory(temp.File(".graph-staging-1"));
        File.WriteAllText(Path.Combine(temp.File(".graph-staging-1"), "graph.ttl"), "@prefix half");

        var result = await new ImportRunner(Pipeline, new RecordingReporter()).RunAsync(Options(temp.Path, "ttl"));

        result.DocumentsImported.Should().Be(10);
        Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Should().BeEquivalentTo("graph.ttl", "manifest.json");
    }

    [Fact]
    public async Task A_second_import_names_what_it_replaced_and_keeps_the_users_other_files()
    {
        using var temp = new TempFolder();
        await new ImportRunner(Pipeline, new RecordingReporter()).RunAsync(Options(temp.Path, "ttl", "csv"));
        File.WriteAllText(temp.File("notes.md"), "the analyst's own notes");

        var result = await new ImportRunner(Pipeline, new RecordingReporter()).RunAsync(Options(temp.Path, "ttl", "jsonl", "csv"));

        result.FilesReplaced.Select(Path.GetFileName).Should().BeEquivalentTo("graph.ttl", "neo4j-admin", "manifest.json");
        ImportSummary.Format(result).Should().Contain("graph.ttl (").And.Contain("replacing the earlier one");
        File.ReadAllText(temp.File("notes.md")).Should().Be("the analyst's own notes");
        File.Exists(Path.Combine(temp.File("neo4j-admin"), "import.sh")).Should().BeTrue();
    }

    [Fact]
    public async Task An_import_with_nothing_to_write_leaves_no_folder_behind()
    {
        using var temp = new TempFolder();
        var options = Options(temp.File("out"), "ttl") with { Inputs = [temp.File("missing.txt")] };

        var result = await new ImportRunner(Pipeline, new RecordingReporter()).RunAsync(options);

        result.DocumentsImported.Should().Be(0);
        Directory.Exists(temp.File("out")).Should().BeFalse();
    }
}
