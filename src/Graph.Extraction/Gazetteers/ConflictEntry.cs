namespace Graph.Extraction.Gazetteers;

/// <summary>A well-known war or conflict.</summary>
/// <param name="Id">A short stable key (<c>iran-iraq-war</c>).</param>
/// <param name="Name">Canonical English name ("Iran-Iraq war").</param>
/// <param name="Aliases">Other names it goes by in the news ("Iraq-Iran war", "Gulf war"), matched without regard to case.</param>
/// <param name="Countries">ISO 3166-1 alpha-3 codes: where the fighting took place first, then the other principal parties.</param>
/// <param name="Kind">war, civil-war, insurgency, conflict, dispute or rivalry.</param>
/// <param name="Start">Year it began.</param>
/// <param name="End">Year it ended; null while it goes on.</param>
public sealed record ConflictEntry(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Countries, string Kind, int Start, int? End)
{
    /// <summary>
    /// Whether the conflict was going on in a year, with a year's grace on either side: news of January
    /// still speaks of a war that ended in December, and a war is talked about before its first shot.
    /// </summary>
    public bool IsActiveIn(int year) => year >= Start - 1 && (End is null || year <= End.Value + 1);
}
