using Graph.Extraction.Pipeline;
using Graph.Extraction.Text;
using Graph.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// The country and organisation mentions found so far, looked up by token: the recognisers of projects and
/// conflicts read names around them ("U.S.-Canada free trade agreement", "conflicts in Syria, Yemen").
/// </summary>
internal sealed class MentionIndex
{
    private readonly ExtractionContext _context;
    private readonly Dictionary<int, Mention> _byStart = [];
    private readonly Dictionary<int, Mention> _byEnd = [];

    /// <summary>Indexes the country and organisation mentions of the context as they are now.</summary>
    public MentionIndex(ExtractionContext context)
    {
        _context = context;
        foreach (var m in context.Mentions)
        {
            if (m.Label is not (NodeLabel.Country or NodeLabel.Organization)) continue;
            // The longest mention at an offset wins ("Soviet Union" over "Soviet").
            if (!_byStart.TryGetValue(m.Start, out var s) || s.End < m.End) _byStart[m.Start] = m;
            if (!_byEnd.TryGetValue(m.End, out var e) || e.Start > m.Start) _byEnd[m.End] = m;
        }
    }

    /// <summary>
    /// A country or organisation mention that starts at token <paramref name="index"/>, with its length in
    /// tokens; null if there is none.
    /// </summary>
    public (Mention Mention, int Length)? StartingAt(IReadOnlyList<Token> tokens, int index)
    {
        if (index < 0 || index >= tokens.Count || !_byStart.TryGetValue(tokens[index].Start, out var m)) return null;
        var j = index;
        while (j < tokens.Count && tokens[j].End <= m.End) j++;
        return j == index ? null : (m, j - index);
    }

    /// <summary>A country or organisation mention that ends at token <paramref name="index"/>, with its first token; null if none.</summary>
    public (Mention Mention, int First)? EndingAt(IReadOnlyList<Token> tokens, int index)
    {
        if (index < 0 || index >= tokens.Count || !_byEnd.TryGetValue(tokens[index].End, out var m)) return null;
        var j = index;
        while (j > 0 && tokens[j - 1].Start >= m.Start) j--;
        return (m, j);
    }

    /// <summary>Countries mentioned in a sentence, in order, with the token before each ("in" marks a place).</summary>
    public IEnumerable<(Mention Mention, string Before)> CountriesIn(int sentence)
    {
        var tokens = _context.Tokens[sentence];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (StartingAt(tokens, i) is not { } hit) continue;
            if (hit.Mention.Label == NodeLabel.Country) yield return (hit.Mention, i > 0 ? tokens[i - 1].Value : "");
            i += hit.Length - 1;
        }
    }

    /// <summary>The country the document talks about most (ties go to the one named first), or null.</summary>
    public string? DominantCountry()
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        foreach (var m in _context.Mentions)
        {
            if (m.Label != NodeLabel.Country) continue;
            counts[m.Key] = counts.TryGetValue(m.Key, out var c) ? (c.Count + 1, c.First) : (1, m.Start);
        }
        return counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).First().Key;
    }

    /// <summary>Whether a country is mentioned anywhere in the document.</summary>
    public bool Mentions(string countryKey) => _context.Mentions.Any(m => m.Label == NodeLabel.Country && m.Key == countryKey);
}
