using System.Text;
using Graph.Extraction.Pipeline;
using Graph.Model;

namespace Graph.Extraction.Tests;

/// <summary>
/// What one hostile document may cost: bounded texts per edge and per statement, capped counts with a warning,
/// and output that grows with the document, not with its square.
/// </summary>
public class ExtractionLimitsTests
{
    /// <summary>A paragraph of unbalanced quotes after speech verbs, with no sentence end: the worst case for speech rules.</summary>
    private static string UnbalancedQuotes(int repeats)
    {
        var text = new StringBuilder("Talks stall in the capital\n\n");
        for (var i = 0; i < repeats; i++) text.Append("Maren Oskarsdottir said \"calm ");
        return text.Append('\n').ToString();
    }

    private static long TextBytes(DocumentGraph graph) =>
        graph.Nodes.Concat(graph.Entities).SelectMany(n => n.Properties.Values)
            .Concat(graph.Relationships.SelectMany(r => r.Properties.Values))
            .OfType<string>().Sum(s => (long)s.Length);

    [Fact]
    public void Every_evidence_and_statement_text_is_a_bounded_span_of_the_document()
    {
        var text = UnbalancedQuotes(400);
        var graph = new ExtractionHarness(text).Graph;

        var said = graph.Relationships.Where(r => r.Type == RelationshipType.Said).ToList();
        said.Should().NotBeEmpty();
        foreach (var r in said)
        {
            var evidence = (string)r.Properties["evidence"];
            evidence.Length.Should().BeLessThanOrEqualTo(ExtractionLimits.MaxEvidenceLength);
            // The offsets still say where the evidence is: it is exactly that span of the text.
            text[(int)(long)r.Properties["start"]..(int)(long)r.Properties["end"]].Should().Be(evidence);
        }
        foreach (var statement in graph.Nodes.Where(n => n.Label == NodeLabel.Statement))
        {
            var words = (string)statement.Properties["text"];
            words.Length.Should().BeLessThanOrEqualTo(ExtractionLimits.MaxStatementLength);
            text[(int)(long)statement.Properties["start"]..(int)(long)statement.Properties["end"]].Should().Be(words);
        }
    }

    [Fact]
    public void Output_grows_with_the_document_not_with_its_square()
    {
        var small = TextBytes(new ExtractionHarness(UnbalancedQuotes(200)).Graph);
        var large = TextBytes(new ExtractionHarness(UnbalancedQuotes(800)).Graph);

        // Four times the text may give at most about four times the output (the square would be sixteen).
        large.Should().BeLessThan(small * 5, $"200 repeats gave {small:N0} characters of text in the graph, 800 gave {large:N0}");
    }

    [Fact]
    public void A_document_with_more_statements_than_the_limit_keeps_the_first_ones_and_says_so()
    {
        // Each statement takes two of the repeats (the quote of one is the attribution of the next). Read whole: an import
        // reads a text this long in sections, each far under the limit, so the limit guards one section's worth of text.
        var context = new ExtractionHarness(UnbalancedQuotes(2 * ExtractionLimits.MaxStatementsPerDocument + 400)).Context;
        var graph = GraphAssembler.Assemble(context);

        graph.Nodes.Count(n => n.Label == NodeLabel.Statement).Should().Be(ExtractionLimits.MaxStatementsPerDocument);
        graph.Warnings.Should().ContainSingle().Which.Should().Contain("statements").And.Contain("5,000");
    }

    [Fact]
    public void An_ordinary_article_has_no_warnings_and_its_evidence_uncut()
    {
        const string text = "Brevik welcomes dam accord\n\nOSLO, May 3 - Foreign Minister Hanne Brevik said on Tuesday that Norway supported the Kvina Dam Project. \"We stand behind it,\" she told reporters.\n";
        var harness = new ExtractionHarness(text);

        harness.Graph.Warnings.Should().BeEmpty();
        harness.Evidence(RelationshipType.Supports, "Norway", "Kvina Dam Project").Should()
            .Equal("Norway supported the Kvina Dam Project");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(350)]
    [InlineData(999)]
    public void A_window_keeps_its_anchor_cuts_at_spaces_and_never_splits_a_surrogate_pair(int anchor)
    {
        // Words of emoji (two UTF-16 units each) and letters, far longer than the window.
        var text = string.Concat(Enumerable.Repeat("ab\U0001F600cd efgh ", 100));
        var (from, to) = ExtractionLimits.Window(text, 0, text.Length, anchor, 100);

        (to - from).Should().BeLessThanOrEqualTo(100);
        from.Should().BeLessThanOrEqualTo(Math.Min(anchor, text.Length)).And.BeGreaterThanOrEqualTo(Math.Max(0, Math.Min(anchor, text.Length) - 100));
        if (from > 0) text[from - 1].Should().Be(' ', "a cut starts a word");
        if (to < text.Length) text[to].Should().Be(' ', "a cut ends a word");
        Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text[from..to])).Should().Be(text[from..to], "no half of a surrogate pair");
    }
}
