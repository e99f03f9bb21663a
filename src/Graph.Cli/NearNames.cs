using F23.StringSimilarity;

namespace Graph.Cli;

/// <summary>
/// The names a mistyped one was probably meant to be: names (not options) that contain it or that it contains, then
/// those a small edit away (Levenshtein distance at most a quarter of its length, and at least 2). One rule for
/// options, commands and prepared queries, so every "did you mean" answers alike.
/// </summary>
public static class NearNames
{
    private static readonly Levenshtein Distance = new();

    /// <summary>Up to three names near <paramref name="typed"/>, nearest first.</summary>
    public static IReadOnlyList<string> Of(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
        var names = candidates.Distinct(StringComparer.Ordinal).ToList();
        // Names that hold what was typed (or that it holds) first, in the order given; then the nearest by edits.
        var containing = names.Where(c => !c.StartsWith('-') && !typed.StartsWith('-') && typed.Length > 2
            && (c.Contains(typed, StringComparison.OrdinalIgnoreCase) || typed.Contains(c, StringComparison.OrdinalIgnoreCase))).ToList();
        var near = names.Except(containing)
            .Select(c => (Name: c, Cost: Distance.Distance(c, typed)))
            .Where(c => c.Cost <= Math.Max(2, typed.Length / 4))
            .OrderBy(c => c.Cost).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name);
        return containing.Concat(near).Take(3).ToArray();
    }

    /// <summary>"; did you mean a or b?" for the names near <paramref name="typed"/>, or nothing.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> candidates)
    {
        var near = Of(typed, candidates);
        return near.Count == 0 ? "" : $"; did you mean {string.Join(" or ", near)}?";
    }
}
