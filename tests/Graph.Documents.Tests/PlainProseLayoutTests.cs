using static Graph.Documents.Tests.LayoutAssertions;

namespace Graph.Documents.Tests;

/// <summary>Text with no marker, headline or boilerplate is all body.</summary>
public class PlainProseLayoutTests
{
    private const string Text =
        "The Eastbrook council voted on Monday to close the old ferry terminal, ending ninety years of crossings to Pellin Island.\n" +
        "Residents led by Ingrid Solberg had campaigned for months to keep it open.\n";

    [Fact]
    public void Prose_has_no_regions_title_date_or_dateline()
    {
        var layout = LayoutAnalyzer.Analyze(Text);

        layout.Regions.Should().BeEmpty();
        layout.Title.Should().BeNull();
        layout.Date.Should().BeNull();
        layout.Dateline.Should().BeNull();
    }

    [Fact]
    public void Prose_is_one_body_span_over_the_whole_text()
    {
        var layout = LayoutAnalyzer.Analyze(Text);

        layout.BodySpans(Text.Length).Should().Equal((0, Text.Length));
        BodyText(Text, layout).Should().Be(Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("Ferry.")]
    public void Tiny_or_empty_text_has_no_regions(string text)
    {
        var layout = LayoutAnalyzer.Analyze(text);

        layout.Regions.Should().BeEmpty();
        layout.Title.Should().BeNull();
    }
}
