using System.Text;
using System.Text.Json;
using Graph.Documents;
using Graph.Extraction.Pipeline;

namespace Graph.Import.Tests;

/// <summary>A document far longer than an article is imported section by section into one document's graph.</summary>
public class LongDocumentImportTests
{
    private static readonly ExtractionPipeline Pipeline = new ExtractionPipelineBuilder().UseDefaults().Build();

    [Fact]
    public async Task A_long_document_is_imported_as_one_document_whose_mentions_are_counted_once_per_entity()
    {
        using var temp = new TempFolder();
        var text = new StringBuilder("Ferry talks go on\n\n");
        for (var i = 0; i < 2_500; i++) text.Append(System.Globalization.CultureInfo.InvariantCulture, $"Harbour chief Ola Brisk said on day {i} that Norway backed the Eastbrook Ferry Project.\n\n");
        var path = temp.Write("long.txt", text.ToString());
        var short1 = temp.Write("short.txt", "Mayor Elin Sorensen said Denmark backed the Eastbrook Ferry Project.\n");
        var options = new ImportOptions { Inputs = [path, short1], OutputDirectory = temp.File("out"), Formats = ["jsonl"], Reader = new ReaderOptions(), Jobs = 2 };
        var reporter = new RecordingReporter();

        var result = await new ImportRunner(Pipeline, reporter).RunAsync(options);

        result.DocumentsImported.Should().Be(2);
        reporter.Issues.Should().ContainSingle(i => i.Message.Contains("sections", StringComparison.Ordinal) && !i.IsFatal);
        var lines = File.ReadLines(temp.File("out/graph.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Count(l => l.GetProperty("type").GetString() == "node" && l.GetProperty("labels")[0].GetString() == "Document").Should().Be(2);
        var mentions = lines.Where(l => l.GetProperty("type").GetString() == "relationship" && l.GetProperty("label").GetString() == "MENTIONS").ToList();
        mentions.Select(m => m.GetProperty("id").GetString()).Should().OnlyHaveUniqueItems();
        mentions.Max(m => m.GetProperty("properties").GetProperty("count").GetInt64()).Should().BeGreaterThanOrEqualTo(2_500);
        result.RelationshipCounts[Graph.Model.RelationshipType.Mentions].Should().Be(mentions.Count);
    }
}
