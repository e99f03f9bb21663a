using static Graph.Documents.Tests.LayoutAssertions;

namespace Graph.Documents.Tests;

/// <summary>Layout B: a date marker line, an all-capitals headline, then a paragraph opening with a dateline.</summary>
public class NewswireLayoutTests
{
    private const string Article =
        "date 1987-02-26\n" +
        "KARVIAN WOOL EXPORTS RISE IN JANUARY\n" +
        "\n" +
        "WASHINGTON, Feb 26 - Wool exports from Karvia rose eight pct in January, trade official Jonas Pellin said.\n" +
        "He said shipments to Eastbrook doubled.\n";

    [Fact]
    public void Date_title_and_dateline_are_read()
    {
        var layout = LayoutAnalyzer.Analyze(Article);

        layout.Date.Should().Be(new DateOnly(1987, 2, 26));
        layout.Title.Should().Be("KARVIAN WOOL EXPORTS RISE IN JANUARY");
        layout.Dateline.Should().Be("WASHINGTON");
    }

    [Fact]
    public void Regions_are_marker_headline_and_dateline_with_exact_offsets()
    {
        var layout = LayoutAnalyzer.Analyze(Article);

        Slices(Article, layout).Should().Equal(
            (RegionKind.DateMarker, "date 1987-02-26"),
            (RegionKind.Headline, "KARVIAN WOOL EXPORTS RISE IN JANUARY"),
            (RegionKind.Dateline, "WASHINGTON, Feb 26 - "));
        var dateline = layout.Regions[2];
        Article[dateline.Start..dateline.End].Should().Be("WASHINGTON, Feb 26 - ");
        ShouldPartition(Article, layout);
    }

    [Fact]
    public void Body_spans_leave_out_exactly_the_regions()
    {
        var layout = LayoutAnalyzer.Analyze(Article);

        BodyText(Article, layout).Should().Be(
            "\n\n\nWool exports from Karvia rose eight pct in January, trade official Jonas Pellin said.\n" +
            "He said shipments to Eastbrook doubled.\n");
    }

    [Fact]
    public void Headline_containing_a_spaced_dash_is_still_a_headline()
    {
        const string text =
            "date 2021-06-01\n" +
            "ECONOMIC SPOTLIGHT - SOMELAND\n" +
            "\n" +
            "KARVIA, June 1 - The central bank of Someland kept its rate at four pct, governor Anna Brisk said.\n";

        var layout = LayoutAnalyzer.Analyze(text);

        layout.Title.Should().Be("ECONOMIC SPOTLIGHT - SOMELAND");
        Slices(text, layout).Should().Equal(
            (RegionKind.DateMarker, "date 2021-06-01"),
            (RegionKind.Headline, "ECONOMIC SPOTLIGHT - SOMELAND"),
            (RegionKind.Dateline, "KARVIA, June 1 - "));
        layout.Dateline.Should().Be("KARVIA");
    }

    [Fact]
    public void Headline_directly_followed_by_the_dateline_paragraph_is_found()
    {
        const string text =
            "date 1987-03-02\n" +
            "PELLIN ISLAND FERRY SOLD\n" +
            "OSLOBURG, March 2 - The Pellin Island ferry line was sold to Brisk Shipping, its owners said.\n";

        var layout = LayoutAnalyzer.Analyze(text);

        Slices(text, layout).Should().Equal(
            (RegionKind.DateMarker, "date 1987-03-02"),
            (RegionKind.Headline, "PELLIN ISLAND FERRY SOLD"),
            (RegionKind.Dateline, "OSLOBURG, March 2 - "));
    }

    [Fact]
    public void Dateline_paragraph_without_headline_is_not_taken_for_a_headline()
    {
        const string text =
            "date 1987-03-02\n" +
            "OSLOBURG, March 2 - The Pellin Island ferry line was sold to Brisk Shipping, its owners said.\n";

        var layout = LayoutAnalyzer.Analyze(text);

        layout.Title.Should().BeNull();
        Slices(text, layout).Should().Equal(
            (RegionKind.DateMarker, "date 1987-03-02"),
            (RegionKind.Dateline, "OSLOBURG, March 2 - "));
    }

    [Fact]
    public void Headline_with_windows_line_endings_excludes_the_carriage_return()
    {
        var text = Article.ReplaceLineEndings("\r\n");

        var layout = LayoutAnalyzer.Analyze(text);

        layout.Title.Should().Be("KARVIAN WOOL EXPORTS RISE IN JANUARY");
        Slices(text, layout).Should().Equal(
            (RegionKind.DateMarker, "date 1987-02-26"),
            (RegionKind.Headline, "KARVIAN WOOL EXPORTS RISE IN JANUARY"),
            (RegionKind.Dateline, "WASHINGTON, Feb 26 - "));
    }
}
