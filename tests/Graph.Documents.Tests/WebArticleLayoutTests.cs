using static Graph.Documents.Tests.LayoutAssertions;

namespace Graph.Documents.Tests;

/// <summary>
/// Layout C: no date marker; a title-case headline, a byline, a dateline, photo captions, a sign-off and a
/// copyright line, all set aside from the body.
/// </summary>
public class WebArticleLayoutTests
{
    private static string Article(string copyright) =>
        "Harbour Bridge Reopens After Storm Repairs\n" +
        "By Maria Lindqvist\n" +
        "\n" +
        "PORTVILLE, March 3 - The Halden Street bridge reopened on Thursday after three weeks of repairs, city engineer Tomas Varga said.\n" +
        "\n" +
        "Photo: Workers from Varga Construction fasten the last railing on the Halden Street bridge.\n" +
        "FILE PHOTO: The bridge during the February storm.\n" +
        "\n" +
        "Traffic will be limited to one lane until April, Varga said.\n" +
        "Reuter\n" +
        copyright + "\n";

    public static TheoryData<string> CopyrightLines => new()
    {
        "© 2022 Example News. All rights reserved.",
        "Copyright 2022 Example News Ltd.",
    };

    [Theory]
    [MemberData(nameof(CopyrightLines))]
    public void Every_boilerplate_region_is_found_with_exact_offsets(string copyright)
    {
        var text = Article(copyright);

        var layout = LayoutAnalyzer.Analyze(text);

        Slices(text, layout).Should().Equal(
            (RegionKind.Headline, "Harbour Bridge Reopens After Storm Repairs"),
            (RegionKind.Byline, "By Maria Lindqvist"),
            (RegionKind.Dateline, "PORTVILLE, March 3 - "),
            (RegionKind.Caption, "Photo: Workers from Varga Construction fasten the last railing on the Halden Street bridge."),
            (RegionKind.Caption, "FILE PHOTO: The bridge during the February storm."),
            (RegionKind.Signoff, "Reuter"),
            (RegionKind.Copyright, copyright));
        ShouldPartition(text, layout);
    }

    [Theory]
    [MemberData(nameof(CopyrightLines))]
    public void Body_spans_keep_only_the_article_sentences(string copyright)
    {
        var text = Article(copyright);

        var layout = LayoutAnalyzer.Analyze(text);

        BodyText(text, layout).Should().Be(
            "\n\n\n" +
            "The Halden Street bridge reopened on Thursday after three weeks of repairs, city engineer Tomas Varga said.\n" +
            "\n\n\n\n" +
            "Traffic will be limited to one lane until April, Varga said.\n" +
            "\n\n");
    }

    [Fact]
    public void Title_and_dateline_are_read_and_there_is_no_date()
    {
        var text = Article("© 2022 Example News. All rights reserved.");

        var layout = LayoutAnalyzer.Analyze(text);

        layout.Title.Should().Be("Harbour Bridge Reopens After Storm Repairs");
        layout.Dateline.Should().Be("PORTVILLE");
        layout.Date.Should().BeNull();
    }

    [Fact]
    public void Title_line_is_a_headline_when_a_blank_line_follows()
    {
        const string text = "Harbour Bridge Reopens\n\nThe Halden Street bridge reopened on Thursday, city engineer Tomas Varga said.\n";

        var layout = LayoutAnalyzer.Analyze(text);

        layout.Title.Should().Be("Harbour Bridge Reopens");
        Slices(text, layout).Should().Equal((RegionKind.Headline, "Harbour Bridge Reopens"));
    }

    [Fact]
    public void Short_first_line_running_into_a_paragraph_is_not_a_headline()
    {
        const string text = "Harbour Bridge Reopens\nThe Halden Street bridge reopened on Thursday, city engineer Tomas Varga said.\n";

        var layout = LayoutAnalyzer.Analyze(text);

        layout.Title.Should().BeNull();
        layout.Regions.Should().BeEmpty();
    }

    [Fact]
    public void Several_bylines_under_the_headline_are_all_set_aside()
    {
        const string text =
            "Harbour Bridge Reopens\n" +
            "By Maria Lindqvist\n" +
            "By Tomas Varga and Anna Brisk, Example News\n" +
            "\n" +
            "The Halden Street bridge reopened on Thursday.\n";

        var layout = LayoutAnalyzer.Analyze(text);

        Slices(text, layout).Should().Equal(
            (RegionKind.Headline, "Harbour Bridge Reopens"),
            (RegionKind.Byline, "By Maria Lindqvist"),
            (RegionKind.Byline, "By Tomas Varga and Anna Brisk, Example News"));
    }

    [Fact]
    public void Caption_before_the_first_paragraph_does_not_hide_the_dateline()
    {
        const string text =
            "Harbour Bridge Reopens\n" +
            "\n" +
            "Photo: The Halden Street bridge at dawn.\n" +
            "PORTVILLE, March 3 - The bridge reopened on Thursday, city engineer Tomas Varga said.\n";

        var layout = LayoutAnalyzer.Analyze(text);

        Slices(text, layout).Should().Equal(
            (RegionKind.Headline, "Harbour Bridge Reopens"),
            (RegionKind.Caption, "Photo: The Halden Street bridge at dawn."),
            (RegionKind.Dateline, "PORTVILLE, March 3 - "));
    }

    [Fact]
    public void Agency_name_in_the_middle_of_the_article_is_not_a_signoff()
    {
        const string text =
            "The Halden Street bridge reopened on Thursday, city engineer Tomas Varga said.\n" +
            "Reuter\n" +
            "Traffic will be limited to one lane until April, Varga said.\n";

        var layout = LayoutAnalyzer.Analyze(text);

        layout.Regions.Should().BeEmpty();
    }
}
