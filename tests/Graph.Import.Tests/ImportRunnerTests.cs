using System.Text.Json;
using Graph.Documents;
using Graph.Extraction.Pipeline;
using Graph.Model;
using Graph.Neo4j.Writing;

namespace Graph.Import.Tests;

/// <summary>
/// The import pipeline as a .NET program uses it: an <see cref="ImportRunner"/> over the default extraction pipeline,
/// with no command line, no console and no process of its own.
/// </summary>
public class ImportRunnerTests
{
    private static readonly ExtractionPipeline Pipeline = new ExtractionPipelineBuilder().UseDefaults().Build();

    private static ImportOptions Options(string output, int jobs, params string[] formats) => new()
    {
        Inputs = [RepositoryPaths.Samples],
        OutputDirectory = output,
        Formats = formats,
        Jobs = jobs,
        Reader = new ReaderOptions(),
    };

    [Fact]
    public async Task A_program_imports_the_samples_into_files_and_hears_of_every_document()
    {
        using var temp = new TempFolder();
        var reporter = new RecordingReporter();

        var result = await new ImportRunner(Pipeline, reporter).RunAsync(Options(temp.Path, 2, "jsonl", "csv"));

        result.DocumentsImported.Should().Be(10);
        result.Failures.Should().BeEmpty();
        reporter.Documents.Should().HaveCount(10);
        reporter.Phases.Should().Contain(p => p.StartsWith("writing", StringComparison.Ordinal));
        result.FilesWritten.Select(f => Path.GetFileName(f.Path)).Should().Equal("graph.jsonl", "neo4j-admin", "manifest.json");
        result.NodeCounts[NodeLabel.Document].Should().Be(10);
        var people = File.ReadLines(temp.File("graph.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("type").GetString() == "node" && e.GetProperty("labels")[0].GetString() == "Person")
            .Select(e => e.GetProperty("properties").GetProperty("name").GetString());
        people.Should().Contain("Tomas Varga");
        File.Exists(Path.Combine(temp.File("neo4j-admin"), "import.sh")).Should().BeTrue();
    }

    [Fact]
    public async Task One_job_or_two_gives_the_same_bytes_in_every_format_written_one_after_another_or_at_once()
    {
        // With one job the formats are written one after another; with several, at once: every file is the same.
        using var one = new TempFolder();
        using var two = new TempFolder();
        await new ImportRunner(Pipeline, new RecordingReporter()).RunAsync(Options(one.Path, 1, [.. ImportFormats.All]));
        await new ImportRunner(Pipeline, new RecordingReporter()).RunAsync(Options(two.Path, 2, [.. ImportFormats.All]));

        var files = Directory.EnumerateFiles(one.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(one.Path, f)).Order(StringComparer.Ordinal).ToList();
        files.Should().Contain(["graph.nt", "graph.ttl", "graph.nq", "graph.trig", "graph.jsonld", "graph.jsonl", "import.cypher", "manifest.json"]);
        Directory.EnumerateFiles(two.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(two.Path, f)).Order(StringComparer.Ordinal).Should().Equal(files);
        foreach (var file in files) File.ReadAllBytes(two.File(file)).Should().Equal(File.ReadAllBytes(one.File(file)), file);
    }

    [Fact]
    public async Task A_program_writes_to_a_neo4j_session_of_its_own_without_files()
    {
        var session = new RecordingSession();
        var sink = new Neo4jSink(session, session.Target, new Neo4jWriterOptions { BatchSize = 1000 });
        using var temp = new TempFolder();

        var result = await new ImportRunner(Pipeline, new RecordingReporter(), sink).RunAsync(Options(temp.Path, 2));

        result.FilesWritten.Should().BeEmpty();
        Directory.EnumerateFileSystemEntries(temp.Path).Should().BeEmpty("no format was asked for");
        var merged = session.Runs.Where(r => r.Cypher.Contains("MERGE", StringComparison.Ordinal)).ToList();
        merged.Should().NotBeEmpty();
        var rows = merged.Sum(r => r.Parameters.TryGetValue("rows", out var v) && v is System.Collections.ICollection c ? c.Count : 0);
        rows.Should().Be(result.NodeCounts.Values.Sum() + result.RelationshipCounts.Values.Sum(), "every node and relationship reaches the session once");
    }
}
