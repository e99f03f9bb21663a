using System.Collections.Frozen;
using Graph.Extraction.Gazetteers;

namespace Graph.Extraction.Stance;

/// <summary>
/// The stance predicates of the gazetteer indexed by the inflected forms of their first word, per word
/// class, with the longest frame first so "reaffirm commitment to" is tried before "reaffirm".
/// </summary>
internal sealed class StanceLexicon
{
    private readonly FrozenDictionary<string, StancePredicateEntry[]> _verbs;
    private readonly FrozenDictionary<string, StancePredicateEntry[]> _nouns;
    private readonly FrozenDictionary<string, StancePredicateEntry[]> _adjectives;
    private readonly FrozenSet<string> _any;

    public StanceLexicon(IEnumerable<StancePredicateEntry> entries)
    {
        var verbs = new Dictionary<string, List<StancePredicateEntry>>(StringComparer.OrdinalIgnoreCase);
        var nouns = new Dictionary<string, List<StancePredicateEntry>>(StringComparer.OrdinalIgnoreCase);
        var adjectives = new Dictionary<string, List<StancePredicateEntry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries)
        {
            var target = e.Kind switch
            {
                StancePredicateKind.Verb => verbs,
                StancePredicateKind.Noun => nouns,
                _ => adjectives,
            };
            foreach (var form in e.Forms)
            {
                if (!target.TryGetValue(form, out var list)) target[form] = list = [];
                list.Add(e);
            }
        }
        static FrozenDictionary<string, StancePredicateEntry[]> Freeze(Dictionary<string, List<StancePredicateEntry>> d) =>
            d.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(e => e.FrameWords.Length).ThenBy(e => e.Phrase, StringComparer.Ordinal).ToArray(), StringComparer.OrdinalIgnoreCase);
        _verbs = Freeze(verbs);
        _nouns = Freeze(nouns);
        _adjectives = Freeze(adjectives);
        _any = verbs.Keys.Concat(nouns.Keys).Concat(adjectives.Keys).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Predicates whose first word is a verb with this form ("backed").</summary>
    public StancePredicateEntry[] Verbs(string form) => _verbs.TryGetValue(form, out var e) ? e : [];

    /// <summary>Predicates whose first word is a noun with this form ("support").</summary>
    public StancePredicateEntry[] Nouns(string form) => _nouns.TryGetValue(form, out var e) ? e : [];

    /// <summary>Predicative adjectives ("committed", "ready", "in" of "in favour of").</summary>
    public StancePredicateEntry[] Adjectives(string form) => _adjectives.TryGetValue(form, out var e) ? e : [];

    /// <summary>Every form of every stance verb.</summary>
    public IEnumerable<string> VerbForms => _verbs.Keys;

    /// <summary>
    /// Nouns of aid given to a recipient, any of which may stand for a frame's aid noun in a double-object form ("offered
    /// Chad military aid" for "offer aid to", "provided Peru with credits" for "provide aid to").
    /// </summary>
    public static readonly FrozenSet<string> AidNouns = new[]
    {
        "aid", "help", "assistance", "support", "backing", "credit", "credits", "loan", "loans", "grant", "grants", "funds", "funding", "relief",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a stance predicate may start at token <paramref name="i"/>: its first word is a form of one, and the
    /// first fixed word of its frame, if any, follows within a few words ("in" alone is no "in favour of"). Most
    /// tokens are no form at all, and one lookup says so.
    /// </summary>
    public bool MayStartAt(IReadOnlyList<Text.Token> tokens, int i)
    {
        if (!_any.Contains(tokens[i].Value)) return false;
        foreach (var table in (ReadOnlySpan<FrozenDictionary<string, StancePredicateEntry[]>>)[_verbs, _nouns, _adjectives])
        {
            if (!table.TryGetValue(tokens[i].Value, out var entries)) continue;
            foreach (var e in entries)
            {
                if (e.FrameWords.Length == 0) return true;
                var aid = AidNouns.Contains(e.FrameWords[0]);
                // An amount and its span may stand before a preposition ("contribute 300 mln dlrs over five years to").
                var reach = aid || e.FrameWords.Length == 1 && e.FrameWords[0] is "to" or "for" or "towards" ? 10 : 6;
                for (var k = i + 1; k < tokens.Count && k <= i + reach; k++)
                {
                    if (tokens[k].Value.Equals(e.FrameWords[0], StringComparison.OrdinalIgnoreCase) || aid && (AidNouns.Contains(tokens[k].Value) || Recognition.ProjectWords.Currencies.Contains(tokens[k].Value))) return true;
                }
            }
        }
        return false;
    }
}
