using System.Text;
using CsCheck;
using Graph.Documents;
using Graph.Extraction.Pipeline;
using Graph.Model;

namespace Graph.Extraction.Tests;

/// <summary>
/// A document far longer than any article is read in sections, so that time and memory grow with its length; its
/// graph is still one document's graph, with counts and sentence numbers for the whole text.
/// </summary>
public class DocumentSectionsTests
{
    private static readonly ExtractionPipeline Pipeline = new ExtractionPipelineBuilder().UseDefaults().Build();

    private static string Paragraph(int i) =>
        $"Harbour chief Ola Brisk{i % 7} said on Monday that Norway backed the Eastbrook Ferry Project. \"We will finish the pier,\" she told reporters in Oslo.\n\n";

    private static string LongText(int paragraphs)
    {
        var text = new StringBuilder("Ferry talks go on\n\n");
        for (var i = 0; i < paragraphs; i++) text.Append(Paragraph(i));
        return text.ToString();
    }

    [Fact]
    public void Sections_cover_the_text_in_order_without_overlap_and_cut_at_paragraph_breaks()
    {
        var text = LongText(3_000);

        var sections = DocumentSections.Split(text).ToList();

        sections.Count.Should().BeGreaterThan(1);
        sections[0].Start.Should().Be(0);
        sections[^1].End.Should().Be(text.Length);
        sections.Zip(sections.Skip(1)).Should().OnlyContain(pair => pair.First.End == pair.Second.Start);
        sections.Should().OnlyContain(s => s.End - s.Start <= DocumentSections.Length);
        sections.SkipLast(1).Select(s => text.Substring(s.End - 2, 2)).Should().OnlyContain(cut => cut == "\n\n", "each cut follows a paragraph break");
    }

    [Fact]
    public void Any_text_is_covered_whole_by_sections_of_at_most_the_length_and_no_pair_is_split()
    {
        Gen.String[Gen.Char, 0, 3_000].Sample(text =>
        {
            var sections = DocumentSections.Split(text, 100).ToList();
            string.Concat(sections.Select(s => text[s.Start..s.End])).Should().Be(text);
            sections.Should().OnlyContain(s => s.End - s.Start <= 100 && s.End > s.Start);
            sections.SkipLast(1).Should().OnlyContain(s => !(char.IsHighSurrogate(text[s.End - 1]) && char.IsLowSurrogate(text[s.End])));
        }, iter: 500);
    }

    [Fact]
    public void A_long_document_is_one_document_with_mentions_counted_over_all_sections_and_sentences_numbered_from_its_start()
    {
        var text = LongText(3_000);
        var document = DocumentFactory.Create("long.txt", text);

        var graph = Pipeline.Extract(document);

        graph.Warnings.Should().ContainSingle(w => w.Contains("sections", StringComparison.Ordinal));
        var norway = graph.Relationships.Where(r => r.Type == RelationshipType.Mentions && r.End.Id == "NOR").Should().ContainSingle().Subject;
        ((long)norway.Properties["count"]).Should().BeGreaterThanOrEqualTo(3_000);
        graph.Nodes.Count(n => n.Label == NodeLabel.Statement).Should().BeGreaterThanOrEqualTo(3_000);
        var sentences = graph.Relationships.Where(r => r.Type == RelationshipType.Said).Select(r => (long)r.Properties["sentence"]).ToList();
        sentences.Max().Should().BeGreaterThan(3_000, "sentence numbers run on across sections");
        sentences.Should().OnlyHaveUniqueItems();
        // The evidence at each sentence number is the text at its offsets, wherever the section began.
        foreach (var said in graph.Relationships.Where(r => r.Type == RelationshipType.Said).Take(50))
        {
            text[(int)(long)said.Properties["start"]..(int)(long)said.Properties["end"]].Should().Be((string)said.Properties["evidence"]);
        }
    }

    [Fact]
    public void The_parts_of_a_long_document_hold_its_mentions_once_in_the_last_part()
    {
        var document = DocumentFactory.Create("long.txt", LongText(3_000));

        var parts = Pipeline.ExtractSections(document).ToList();

        parts.Count.Should().BeGreaterThan(1);
        parts.SkipLast(1).SelectMany(p => p.Relationships).Should().NotContain(r => r.Type == RelationshipType.Mentions);
        parts[^1].Relationships.Where(r => r.Type == RelationshipType.Mentions).Select(r => r.Id).Should().OnlyHaveUniqueItems();
        parts.Select(p => p.Document.Id).Distinct().Should().ContainSingle();
    }

    [Fact]
    public void An_article_is_one_part_and_the_same_graph_as_extract_gives()
    {
        var document = DocumentFactory.Create("short.txt", LongText(3));

        var parts = Pipeline.ExtractSections(document).ToList();

        var whole = Pipeline.Extract(document);
        parts.Should().ContainSingle();
        parts[0].Relationships.Select(r => r.Id).Should().Equal(whole.Relationships.Select(r => r.Id));
        parts[0].Warnings.Should().BeEmpty();
    }
}
