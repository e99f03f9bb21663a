using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Text;
using Graph.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Finds countries and organisations by their names, abbreviations, demonyms and capitals. A capital
/// counts as its country only where it acts ("Moscow has always advocated"), not as a place ("in Moscow").
/// </summary>
public sealed class GazetteerRecognizer : IExtractionStep
{
    private readonly PhraseMatcher<(NodeLabel Label, string Key, MentionKind Kind)> _matcher = new();
    private readonly Dictionary<string, FormerCapitalEntry[]> _formerCapitals;

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "to", "from", "near", "into", "outside", "around", "via", "through", "toward", "towards",
        "across", "inside", "within", "visit", "visited", "visiting", "arrived", "left", "reached", "between",
        // A government is never "the Moscow": with an article the capital names a place or modifies a noun ("the Paris Club").
        "the",
    };

    /// <summary>Words of region that a nationality may follow ("South American", "Central Asian").</summary>
    private static readonly HashSet<string> RegionWords = new(StringComparer.Ordinal)
    {
        "South", "North", "East", "West", "Central", "Latin", "Southeast", "Northeast", "Southwest", "Northwest", "Southern", "Northern", "Eastern", "Western",
    };

    /// <summary>Capitalised words of seas, gulfs, bays and straits, which a country's name may complete ("Gulf of Oman").</summary>
    private static readonly HashSet<string> WaterBodies = new(StringComparer.Ordinal) { "Gulf", "Sea", "Bay", "Strait", "Straits", "Bight" };

    /// <summary>Builds the matcher from the gazetteer once; the step is then shared by every document.</summary>
    public GazetteerRecognizer(Gazetteer gazetteer)
    {
        // Names first: when a form is both a name and something else, the name wins (first added is kept).
        foreach (var c in gazetteer.Countries)
        {
            _matcher.Add(c.Name, (NodeLabel.Country, c.Id, MentionKind.Name));
            foreach (var n in c.Names) _matcher.Add(StripArticle(n), (NodeLabel.Country, c.Id, MentionKind.Name));
        }
        foreach (var o in gazetteer.Organizations)
        {
            _matcher.Add(StripArticle(o.Name), (NodeLabel.Organization, o.Id, MentionKind.Name));
            if (o.Acronym.Length > 0) _matcher.Add(o.Acronym, (NodeLabel.Organization, o.Id, MentionKind.Name));
            foreach (var n in o.Names) _matcher.Add(StripArticle(n), (NodeLabel.Organization, o.Id, MentionKind.Name));
        }
        foreach (var c in gazetteer.Countries)
        {
            foreach (var d in c.Demonyms) _matcher.Add(d, (NodeLabel.Country, c.Id, MentionKind.Demonym));
        }
        foreach (var c in gazetteer.Countries)
        {
            foreach (var cap in c.Capitals) _matcher.Add(cap, (NodeLabel.Country, c.Id, MentionKind.Capital));
        }
        // A former capital that is no capital today ("East Berlin") still names its state in old reports.
        foreach (var f in gazetteer.FormerCapitals) _matcher.Add(f.Capital, (NodeLabel.Country, f.CountryId, MentionKind.Capital));
        _formerCapitals = gazetteer.FormerCapitals.GroupBy(f => f.Capital, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f.Until).ToArray(), StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var tokens = context.Tokens[s];
            var previousEnd = 0;
            foreach (var (index, length, value) in _matcher.FindAll(tokens))
            {
                var start = tokens[index].Start;
                var end = tokens[index + length - 1].End;
                var afterPrevious = index == previousEnd;
                previousEnd = index + length;
                // A listed organ at the end of a longer capitalised name is not that organ: "National Security
                // Council" is not the U.N. Security Council. The organisation recogniser reads the whole name.
                if (value.Label == NodeLabel.Organization && index > 0 && !afterPrevious && tokens[index - 1].IsWord
                    && tokens[index - 1].IsCapitalized && !CapitalizedWords.IsStopWord(tokens[index - 1].Value))
                {
                    continue;
                }
                if (value.Kind == MentionKind.Capital && index > 0 && PlacePrepositions.Contains(tokens[index - 1].Value))
                {
                    context.Reserve(start, end);
                    continue;
                }
                // "South American", "Latin American", "West African": a nationality after a word of region names the region's
                // people, not the country's ("the South American Climate Fund" is no American fund).
                if (value.Kind == MentionKind.Demonym && index > 0 && RegionWords.Contains(tokens[index - 1].Value)) continue;
                // "the Gulf of Mexico", "the Sea of Japan", "the Gulf of Guinea": a sea or gulf named after a country is a
                // place of its own, not a mention of that country.
                if (value.Label == NodeLabel.Country && index > 1 && tokens[index - 1].Value == "of" && WaterBodies.Contains(tokens[index - 2].Value))
                {
                    context.Reserve(start, end);
                    continue;
                }
                var key = value.Kind == MentionKind.Capital ? CapitalOn(context.Text[start..end], value.Key, context.Document.Date) : value.Key;
                context.AddMention(new Mention(start, end, s, value.Label, key, context.Text[start..end], value.Kind, "gazetteer"));
            }
        }
    }

    /// <summary>The state a capital stood for on the document's date: Moscow in a 1987 report is the Soviet Union's.</summary>
    private string CapitalOn(string capital, string current, DateOnly? date)
    {
        if (date is not { } d || !_formerCapitals.TryGetValue(capital, out var former)) return current;
        foreach (var f in former)
        {
            if (d.Year <= f.Until) return f.CountryId;
        }
        return current;
    }

    private static string StripArticle(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
}
