namespace Graph.Documents.Tests;

/// <summary>Helpers that look at a layout the way a user of the regions would: as slices of the original text.</summary>
internal static class LayoutAssertions
{
    /// <summary>Each region as (kind, exact slice of the text).</summary>
    public static List<(RegionKind Kind, string Text)> Slices(string text, DocumentLayout layout) =>
        layout.Regions.Select(r => (r.Kind, text[r.Start..r.End])).ToList();

    /// <summary>The body: the text with every region cut out, joined.</summary>
    public static string BodyText(string text, DocumentLayout layout) =>
        string.Concat(layout.BodySpans(text.Length).Select(s => text[s.Start..s.End]));

    /// <summary>Regions and body spans together cover the text exactly once, in order, with nothing overlapping.</summary>
    public static void ShouldPartition(string text, DocumentLayout layout)
    {
        var pieces = layout.Regions.Select(r => (r.Start, r.End))
            .Concat(layout.BodySpans(text.Length))
            .OrderBy(p => p.Start)
            .ToList();
        var position = 0;
        foreach (var (start, end) in pieces)
        {
            start.Should().Be(position, "regions and body spans must tile the text without gaps or overlaps");
            end.Should().BeGreaterThan(start, "no piece is empty");
            position = end;
        }
        position.Should().Be(text.Length);
    }
}
