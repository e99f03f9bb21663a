using static Graph.Documents.Tests.LayoutAssertions;

namespace Graph.Documents.Tests;

/// <summary>Layout A: a leading <c>date YYYY-MM-DD</c> marker with the article going on on the same line.</summary>
public class DateMarkerLayoutTests
{
    private const string Article =
        " date 2021-04-07 Addressing a crowd of fishermen in Portville on Tuesday, mayor Elin Sorensen promised a new harbour wall before winter.\n" +
        "The council will vote on the plan next month.\n";

    [Fact]
    public void Marker_followed_by_text_on_the_same_line_sets_the_date()
    {
        var layout = LayoutAnalyzer.Analyze(Article);

        layout.Date.Should().Be(new DateOnly(2021, 4, 7));
    }

    [Fact]
    public void Marker_on_the_same_line_is_the_only_region_and_slices_the_marker_exactly()
    {
        var layout = LayoutAnalyzer.Analyze(Article);

        Slices(Article, layout).Should().Equal((RegionKind.DateMarker, " date 2021-04-07 "));
        ShouldPartition(Article, layout);
    }

    [Fact]
    public void Sentence_after_the_marker_is_not_taken_for_a_headline_or_dateline()
    {
        var layout = LayoutAnalyzer.Analyze(Article);

        layout.Title.Should().BeNull();
        layout.Dateline.Should().BeNull();
    }

    [Fact]
    public void Body_starts_right_after_the_marker()
    {
        var layout = LayoutAnalyzer.Analyze(Article);

        layout.BodySpans(Article.Length).Should().Equal((17, Article.Length));
        BodyText(Article, layout).Should().StartWith("Addressing a crowd");
    }

    [Fact]
    public void Marker_alone_on_its_line_covers_just_the_marker()
    {
        const string text = "date 1987-02-26\nThe Eastbrook mill reported higher wool sales for the winter season, its owner said.\n";

        var layout = LayoutAnalyzer.Analyze(text);

        layout.Date.Should().Be(new DateOnly(1987, 2, 26));
        Slices(text, layout).Should().Equal((RegionKind.DateMarker, "date 1987-02-26"));
        BodyText(text, layout).Should().Be("\nThe Eastbrook mill reported higher wool sales for the winter season, its owner said.\n");
    }

    [Fact]
    public void Marker_under_a_headline_sets_the_date_and_is_no_part_of_the_dateline_sentence()
    {
        const string text = "MILL OWNERS BACK NEW HARBOUR WALL\ndate 1987-02-26\nPORTVILLE, Feb 26 - The Eastbrook mill owners backed the harbour wall, their chairman said.\n";

        var layout = LayoutAnalyzer.Analyze(text);

        layout.Date.Should().Be(new DateOnly(1987, 2, 26));
        layout.Title.Should().Be("MILL OWNERS BACK NEW HARBOUR WALL");
        layout.Dateline.Should().Be("PORTVILLE");
        Slices(text, layout).Select(r => r.Item1).Should().Equal(RegionKind.Headline, RegionKind.DateMarker, RegionKind.Dateline);
        BodyText(text, layout).Trim().Should().StartWith("The Eastbrook mill owners");
    }

    [Fact]
    public void A_title_in_ordinary_case_with_the_date_under_it_is_the_headline()
    {
        const string text = "Mill owners back new harbour wall in Portville\ndate 2019-03-20\nPORTVILLE, March 20 (Coast News) - The mill owners backed the wall, their chairman said.\n";

        var layout = LayoutAnalyzer.Analyze(text);

        layout.Title.Should().Be("Mill owners back new harbour wall in Portville");
        layout.Date.Should().Be(new DateOnly(2019, 3, 20));
        BodyText(text, layout).Trim().Should().StartWith("The mill owners backed");
    }

    [Fact]
    public void A_date_line_lower_in_the_body_is_text()
    {
        const string text = "MILL OWNERS BACK NEW HARBOUR WALL\nThe owners met on Monday.\ndate 1987-02-26\n";

        var layout = LayoutAnalyzer.Analyze(text);

        layout.Date.Should().BeNull();
    }

    [Fact]
    public void Marker_with_windows_line_endings_leaves_the_carriage_return_in_the_body()
    {
        const string text = "date 1987-02-26\r\nThe Eastbrook mill reported higher wool sales for the winter season, its owner said.\r\n";

        var layout = LayoutAnalyzer.Analyze(text);

        layout.Date.Should().Be(new DateOnly(1987, 2, 26));
        Slices(text, layout).Should().Equal((RegionKind.DateMarker, "date 1987-02-26"));
    }

    [Fact]
    public void Impossible_calendar_date_is_not_a_marker()
    {
        const string text = "date 2021-02-30 The Eastbrook mill reported higher wool sales for the winter season, its owner said.\n";

        var layout = LayoutAnalyzer.Analyze(text);

        layout.Date.Should().BeNull();
        layout.Regions.Should().BeEmpty();
    }

    [Fact]
    public void Date_words_later_in_the_text_are_not_a_marker()
    {
        const string text = "The Eastbrook mill set the date 2021-05-01 for its reopening after the flood, its owner said.\n";

        var layout = LayoutAnalyzer.Analyze(text);

        layout.Date.Should().BeNull();
        layout.Regions.Should().BeEmpty();
    }
}
