using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Text;
using Graph.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// The conflicts of one document while they are read, by key: their names, the parties they involve and where
/// they are mentioned. <see cref="Commit"/> hands them to the context as definitions, mentions and INVOLVES facts.
/// </summary>
internal sealed class ConflictRegistry(ExtractionContext context, MentionIndex index)
{
    private sealed class Conflict(string key, string name, bool settled)
    {
        public string Key { get; } = key;
        public string Name { get; set; } = name;

        /// <summary>Whether the name is a listed one or as written, which a name made up later does not replace.</summary>
        public bool Settled { get; set; } = settled;
        public List<string> Aliases { get; } = [];
        public List<(NodeLabel Label, string Key)> Parties { get; } = [];
        public List<Mention> Mentions { get; } = [];

        /// <summary>Where it was first read: the evidence of its INVOLVES facts.</summary>
        public (int Sentence, int Start, int End) First { get; set; } = (-1, int.MaxValue, 0);
    }

    private readonly Dictionary<string, Conflict> _conflicts = new(StringComparer.Ordinal);

    /// <summary>A known conflict named in the text ("Iran-Iraq war", "the Gulf war").</summary>
    public void AddKnown(ConflictEntry row, int sentence, List<Token> tokens, int at, int end, string rule) =>
        Add(row, "known/" + row.Id, row.Name, [], sentence, tokens[at].Start, tokens[end - 1].End, null, rule);

    /// <summary>
    /// A conflict read in the text: its row if it is a known one, else the name made from the text; the parties
    /// it is between or the places it is in; where it is mentioned and what the text calls it there.
    /// </summary>
    public void Add(ConflictEntry? row, string key, string name, IEnumerable<Mention> parties, int sentence, int start, int end, string? surface, string rule, bool mention = true)
    {
        // A name as written ("U.S.-Japan trade row") is better than one made from the parties' names ("United
        // States-Japan trade row"); a listed name is best.
        var settled = row is not null || surface == name;
        if (!_conflicts.TryGetValue(key, out var c)) _conflicts[key] = c = new Conflict(key, row?.Name ?? name, settled);
        if (!c.Settled && settled && name != c.Name)
        {
            c.Aliases.Add(c.Name);
            c.Name = name;
            c.Settled = true;
        }
        if (name != c.Name) c.Aliases.Add(name);
        foreach (var p in parties)
        {
            if (p.Label is NodeLabel.Country or NodeLabel.Organization && !c.Parties.Contains((p.Label, p.Key))) c.Parties.Add((p.Label, p.Key));
        }
        // A listed conflict involves its countries, as far as the document names them.
        foreach (var country in row?.Countries ?? [])
        {
            if (index.Mentions(country) && !c.Parties.Contains((NodeLabel.Country, country))) c.Parties.Add((NodeLabel.Country, country));
        }
        var text = surface ?? ProjectRecognizer.Normalise(context.Text[start..end]);
        if (text != c.Name) c.Aliases.Add(text);
        if (start < c.First.Start) c.First = (sentence, start, end);
        // A conflict implied rather than named ("Iran's war enemy Iraq") has no mention: the words are about the enemy.
        if (!mention) return;
        // The mention starts after any country or organisation at its start ("Iran-Iraq war" from "war"), so that
        // a look-up by offset still finds the country there; its surface is the whole name.
        var from = start;
        while (from < end && context.Mentions.FirstOrDefault(m => m.Label is NodeLabel.Country or NodeLabel.Organization && m.Start <= from && from < m.End) is { } covering)
        {
            from = covering.End;
            while (from < end && (char.IsWhiteSpace(context.Text[from]) || context.Text[from] is '-' or '\'')) from++;
            if (from < end && context.Text[from] == 's' && from > 0 && context.Text[from - 1] == '\'') from++;
        }
        if (from >= end) from = start;
        while (from < end && char.IsWhiteSpace(context.Text[from])) from++;
        c.Mentions.Add(new Mention(from, end, sentence, NodeLabel.Conflict, key, text, MentionKind.Name, rule));
    }

    /// <summary>"the war": a later reference to a conflict already named.</summary>
    public void Refer(string key, int sentence, int start, int end, string surface) =>
        _conflicts[key].Mentions.Add(new Mention(start, end, sentence, NodeLabel.Conflict, key, surface, MentionKind.Reference, "conflict.reference"));

    /// <summary>The conflict mentioned last before an offset, if any.</summary>
    public string? Last(int before) =>
        _conflicts.Values.Select(c => (c.Key, Start: c.Mentions.Select(m => m.Start).Append(c.First.Start).Where(x => x < before).DefaultIfEmpty(-1).Max()))
            .Where(x => x.Start >= 0).OrderBy(x => x.Start).LastOrDefault().Key;

    /// <summary>Parties listed from token <paramref name="at"/>: "Iran and Iraq", "the U.S. and the EC".</summary>
    public List<Mention> List(List<Token> tokens, int at, out int end)
    {
        var list = new List<Mention>();
        var m = at;
        end = at;
        while (m < tokens.Count)
        {
            if (tokens[m].Value == "the" && m + 1 < tokens.Count) m++;
            if (index.StartingAt(tokens, m) is not { } p) break;
            list.Add(p.Mention);
            m += p.Length;
            end = m;
            if (m < tokens.Count && tokens[m].Value is "and" or ",") m++;
            else break;
        }
        return list;
    }

    /// <summary>A country's short name ("Afghanistan" for "Afghan").</summary>
    public string CountryName(string key) => context.Gazetteer.CountriesById.TryGetValue(key, out var c) ? c.Name : key;

    /// <summary>The document's text between two offsets.</summary>
    public string Text(int start, int end) => context.Text[start..end];

    /// <summary>Defines the conflicts, adds their mentions and their INVOLVES facts to the context.</summary>
    public void Commit()
    {
        foreach (var c in _conflicts.Values.OrderBy(c => c.First.Start))
        {
            context.Define(NodeLabel.Conflict, c.Key, c.Name, [.. c.Aliases]);
            foreach (var m in c.Mentions) context.AddMention(m);
            foreach (var (label, key) in c.Parties)
            {
                context.Facts.Add(new FactCandidate(RelationshipType.Involves, NodeLabel.Conflict, c.Key, label, key,
                    c.First.Sentence, c.First.Start, c.First.End, "conflict.involves", 0.8, []));
            }
        }
    }
}
