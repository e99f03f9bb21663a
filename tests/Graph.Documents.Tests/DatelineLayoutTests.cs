using static Graph.Documents.Tests.LayoutAssertions;

namespace Graph.Documents.Tests;

/// <summary>The dateline opening the first paragraph, in the shapes agencies write it.</summary>
public class DatelineLayoutTests
{
    private const string Head = "date 2022-03-11\nHARBOUR TALKS RESUME\n\n";
    private const string Rest = "Negotiators for the port of Eastbrook met again on Friday, envoy Ravi Holm said.\n";

    [Theory]
    [InlineData("WASHINGTON, Feb 26 - ", "WASHINGTON")]
    [InlineData("ISLAMABAD – ", "ISLAMABAD")]
    [InlineData("ISLAMABAD — ", "ISLAMABAD")]
    [InlineData("ISLAMABAD:", "ISLAMABAD")]
    [InlineData("ISLAMABAD: ", "ISLAMABAD")]
    [InlineData("NEW DELHI: ", "NEW DELHI")]
    [InlineData("MOSCOW, Feb 22 (RIA) - ", "MOSCOW")]
    [InlineData("SANTOS, BRAZIL, MARCH 11 - ", "SANTOS")]
    [InlineData("TAUPO, New Zealand, March 23 - ", "TAUPO")]
    [InlineData("ST. JOHN'S, Jan. 5, 2022 - ", "ST. JOHN'S")]
    public void Dateline_region_covers_place_date_agency_and_separator(string dateline, string place)
    {
        var text = Head + dateline + Rest;

        var layout = LayoutAnalyzer.Analyze(text);

        var region = layout.Regions.Should().ContainSingle(r => r.Kind == RegionKind.Dateline).Which;
        text[region.Start..region.End].Should().Be(dateline);
        layout.Dateline.Should().Be(place);
        BodyText(text, layout).Should().EndWith("\n\n" + Rest);
    }

    [Fact]
    public void Dateline_without_date_marker_or_headline_is_found()
    {
        const string text = "NEW DELHI: " + Rest;

        var layout = LayoutAnalyzer.Analyze(text);

        Slices(text, layout).Should().Equal((RegionKind.Dateline, "NEW DELHI: "));
        layout.Dateline.Should().Be("NEW DELHI");
    }

    [Theory]
    [InlineData("The minister said - after a long pause - that talks would go on.\n")]
    [InlineData("Eastbrook: a port that has waited ninety years for its new harbour wall.\n")]
    [InlineData("In WASHINGTON - and in Eastbrook - officials said talks would go on.\n")]
    public void Prose_opening_is_not_a_dateline(string paragraph)
    {
        var text = Head + paragraph;

        var layout = LayoutAnalyzer.Analyze(text);

        layout.Dateline.Should().BeNull();
        layout.Regions.Should().NotContain(r => r.Kind == RegionKind.Dateline);
    }

    [Fact]
    public void Only_the_first_paragraph_can_open_with_a_dateline()
    {
        const string text = Head + Rest + "\nOSLOBURG, March 12 - A second report followed.\n";

        var layout = LayoutAnalyzer.Analyze(text);

        layout.Regions.Should().NotContain(r => r.Kind == RegionKind.Dateline);
    }
}
