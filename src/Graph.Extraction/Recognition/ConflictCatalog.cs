using Graph.Extraction.Gazetteers;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// The known conflicts of conflicts.tsv, looked up by name, by place and by parties. The same words may name two
/// conflicts ("Gulf war" before and after 1990); the document's date and the countries it mentions choose.
/// </summary>
internal sealed class ConflictCatalog
{
    private readonly IReadOnlyList<ConflictEntry> _entries;

    /// <summary>Names and aliases of known conflicts, matched without regard to case, each with every row it may mean.</summary>
    public PhraseMatcher<List<ConflictEntry>> Names { get; } = new(ignoreCase: true);

    /// <summary>Indexes the gazetteer's conflicts once.</summary>
    public ConflictCatalog(Gazetteer gazetteer)
    {
        _entries = gazetteer.Conflicts;
        var byForm = new Dictionary<string, List<ConflictEntry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in _entries)
        {
            foreach (var form in c.Aliases.Prepend(c.Name))
            {
                if (!byForm.TryGetValue(form, out var rows))
                {
                    byForm[form] = rows = [];
                    Names.Add(form, rows);
                }
                if (!rows.Contains(c)) rows.Add(c);
            }
        }
    }

    /// <summary>
    /// Which of the rows a name may mean: the one going on at the document's date; among several, the one whose
    /// countries the document mentions most; without a date, the most recent.
    /// </summary>
    public static ConflictEntry? Choose(IReadOnlyList<ConflictEntry> rows, int? year, Func<string, bool> mentioned)
    {
        // A war that had not begun when the document was written is not the one it names: "Iraq war" in 1987 is
        // the Iran-Iraq war. A war long over is still named ("Korean War veterans"), when the name is its alone.
        var possible = year is { } y ? rows.Where(r => r.Start <= y + 1).ToList() : rows.ToList();
        var candidates = year is { } y2 ? possible.Where(r => r.IsActiveIn(y2)).ToList() : possible;
        // Long over: the latest of them ("the Gulf war" in 1993 is the war over Kuwait).
        if (candidates.Count == 0) return possible.OrderByDescending(r => r.Start).FirstOrDefault();
        return candidates.OrderByDescending(r => r.Countries.Count(mentioned)).ThenByDescending(r => r.Start).First();
    }

    /// <summary>
    /// The conflict fought in a country ("war in Syria", "civil war" in Afghanistan): a row whose first country it
    /// is, going on at the date; a civil war only if one is listed. Null when none or, undated, more than one fits.
    /// </summary>
    public ConflictEntry? ForPlace(string country, bool civil, int? year)
    {
        var candidates = _entries.Where(r => r.Countries.Count > 0 && r.Countries[0] == country && r.Kind is not ("dispute" or "rivalry"))
            .Where(r => year is not { } y || r.IsActiveIn(y)).ToList();
        if (civil) candidates = candidates.Where(r => r.Kind == "civil-war").ToList();
        if (candidates.Count == 1) return candidates[0];
        if (candidates.Count == 0 || year is null) return null;
        // Two at once ("War in Afghanistan" and a civil war): the one that began last is the news.
        return candidates.OrderByDescending(r => r.Start).First();
    }

    /// <summary>
    /// The conflict between parties ("Iran-Iraq war", "Israeli-Palestinian conflict"): a row listing them all,
    /// going on at the date, preferring one with exactly these parties and, for a dispute, one listed as such.
    /// </summary>
    public ConflictEntry? ForParties(IReadOnlyCollection<string> countries, bool dispute, int? year)
    {
        var candidates = _entries.Where(r => countries.All(r.Countries.Contains) && r.Kind != "rivalry")
            .Where(r => year is not { } y || r.IsActiveIn(y)).ToList();
        if (dispute) candidates = candidates.Where(r => r.Kind is "dispute" or "conflict").ToList();
        if (candidates.Count == 0) return null;
        // One country alone says little: only a war that is the only one it is party to.
        if (countries.Count < 2) return candidates.Count == 1 && candidates[0].Countries.Count >= 2 ? candidates[0] : null;
        var exact = candidates.Where(r => r.Countries.Count == countries.Count).ToList();
        if (exact.Count == 1) return exact[0];
        if (candidates.Count == 1) return candidates[0];
        var best = (exact.Count > 0 ? exact : candidates).OrderByDescending(r => r.Kind == "war").ThenByDescending(r => r.Start).ToList();
        return year is null && best.Count > 1 ? null : best[0];
    }

    /// <summary>
    /// The one known conflict going on at the date between countries the document mentions ("the war" in a 1987
    /// report on Iran and Iraq); null when none or several fit, or the document has no date.
    /// </summary>
    public ConflictEntry? OngoingBetweenMentioned(int? year, Func<string, bool> mentioned)
    {
        if (year is not { } y) return null;
        var candidates = _entries.Where(r => r.IsActiveIn(y) && r.Kind is not ("dispute" or "rivalry") && r.Countries.Count >= 2
            && r.Countries.Count(mentioned) >= 2 && mentioned(r.Countries[0])).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }
}
