namespace Graph.Documents;

/// <summary>What layout analysis found: the regions that are not body text, and the date and title they carry.</summary>
/// <param name="Regions">Non-body regions, sorted by start offset, never overlapping.</param>
/// <param name="Date">The date from a <c>date YYYY-MM-DD</c> marker, if any.</param>
/// <param name="Title">The headline's text, if any.</param>
/// <param name="Dateline">The dateline's place (e.g. <c>WASHINGTON</c>), if any.</param>
public sealed record DocumentLayout(IReadOnlyList<TextRegion> Regions, DateOnly? Date, string? Title, string? Dateline)
{
    /// <summary>A layout with no regions, for text known to be all body.</summary>
    public static DocumentLayout Empty { get; } = new([], null, null, null);

    /// <summary>The body spans: the whole text minus the regions, as (start, end) pairs in order.</summary>
    public IEnumerable<(int Start, int End)> BodySpans(int textLength)
    {
        var position = 0;
        foreach (var region in Regions)
        {
            if (region.Start > position) yield return (position, region.Start);
            position = Math.Max(position, region.End);
        }
        if (position < textLength) yield return (position, textLength);
    }
}
