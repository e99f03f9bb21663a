using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Text;
using Graph.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Finds wars and conflicts: known ones by name (conflicts.tsv: "Iran-Iraq war", "Gulf war" read by the
/// document's date), conflicts between parties ("U.S.-Japan trade row", "war between Iran and Iraq", "Iran's
/// war with Iraq"), conflicts in places ("the conflicts in Chad, Mali, Sudan and Armenia and Azerbaijan" are
/// four: one in each country and one between Israel and Palestine), and "civil war" or "the war" tied to the
/// country the text is about. Each conflict INVOLVES the countries and organisations it is fought between.
/// A known conflict keeps its listed name; another is named from the text ("conflict in Syria").
/// </summary>
public sealed class ConflictRecognizer : IExtractionStep
{
    private readonly ConflictCatalog _catalog;

    /// <summary>Nouns for armed conflict, singular and plural.</summary>
    private static readonly Dictionary<string, string> ArmedHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        ["war"] = "war", ["wars"] = "war", ["conflict"] = "conflict", ["conflicts"] = "conflict", ["fighting"] = "conflict",
        ["hostilities"] = "conflict", ["insurgency"] = "conflict", ["warfare"] = "war",
        // "Russian aggression against Ukraine", "the invasion of Kuwait": an armed attack by one state on another is the war between them.
        ["aggression"] = "war", ["invasion"] = "war",
    };

    /// <summary>Nouns for a dispute, named only from its parties ("U.S.-Japan trade row").</summary>
    private static readonly Dictionary<string, string> DisputeHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dispute"] = "dispute", ["disputes"] = "dispute", ["row"] = "row",
    };

    /// <summary>Words describing a dispute about trade rather than an armed conflict ("trade war", "farm subsidy war").</summary>
    private static readonly HashSet<string> TradeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "trade", "farm", "subsidy", "subsidies", "chip", "microchip", "semiconductor", "tariff", "price", "currency", "fishing",
        "textile", "steel", "grain", "wheat", "beef", "oil", "banana", "cash", "budget", "airline", "shipping",
    };

    /// <summary>What may follow a conflict noun; anything else makes it a modifier ("war enemy", "war effort").</summary>
    private static readonly HashSet<string> AfterHead = new(StringComparer.OrdinalIgnoreCase)
    {
        ".", ",", ";", ":", "\"", "\u201D", "'", ")", "(", "-", "in", "with", "between", "against", "over", "of", "since", "that",
        "which", "who", "and", "or", "but", "is", "was", "has", "had", "have", "will", "would", "could", "should", "may", "might",
        "must", "can", "began", "begun", "broke", "ended", "ends", "continues", "continued", "raged", "rages", "to", "from",
        "for", "by", "at", "as", "until", "unless", "if", "when", "while", "because", "after", "before", "on", "there", "are",
        "were", "be", "been", "being", "not", "now", "still", "so", "than", "erupted", "escalated", "spread", "through",
        "across", "within", "among", "amid", "along", "around", "despite", "during", "without", "toward", "towards", "near",
        "into", "throughout", "inside", "outside", "about", "under", "entered", "enters",
    };

    /// <summary>Words that say nothing of which conflict it is: "the latest trade row" is the trade row.</summary>
    private static readonly HashSet<string> Vague = new(StringComparer.OrdinalIgnoreCase)
    {
        "latest", "growing", "bitter", "long-running", "new", "current", "continuing", "ongoing", "escalating", "worsening",
        "full-scale", "major", "serious", "simmering", "festering", "deepening", "lengthy", "long", "protracted", "bloody",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "this", "that", "its" };

    /// <summary>Builds the catalogue once.</summary>
    public ConflictRecognizer(Gazetteer gazetteer) => _catalog = new ConflictCatalog(gazetteer);

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        var index = new MentionIndex(context);
        var year = context.Document.Date?.Year;
        var found = new ConflictRegistry(context, index);
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var tokens = context.Tokens[s];
            var taken = new bool[tokens.Count];
            foreach (var (at, length, rows) in _catalog.Names.FindAll(tokens))
            {
                var end = at + length;
                // "the 1973 War Powers Act" names a law, not the 1973 war.
                if (end < tokens.Count && tokens[end].IsCapitalized && tokens[end].IsWord) continue;
                if (context.Mentions.Any(m => m.Label is NodeLabel.Project or NodeLabel.Organization && m.Start < tokens[end - 1].End && tokens[at].Start < m.End)) continue;
                if (ConflictCatalog.Choose(rows, year, index.Mentions) is not { } row) continue;
                found.AddKnown(row, s, tokens, at, end, "conflict.known");
                for (var k = at; k < end; k++) taken[k] = true;
            }
            for (var i = 0; i < tokens.Count; i++)
            {
                if (taken[i]) continue;
                var (length, head, armed) = Head(tokens, i);
                if (length == 0) continue;
                var next = i + length;
                if (armed && Enemy(found, s, tokens, i, next, year, index))
                {
                    i = next;
                    continue;
                }
                // "war enemy", "war effort": a noun after it makes it a modifier; a verb ("deepened") does not.
                if (next < tokens.Count && !AfterHead.Contains(tokens[next].Value) && char.IsLower(tokens[next].Value[0])
                    && !tokens[next].Value.EndsWith("ed", StringComparison.Ordinal)) continue;
                // "war on terrorism", "war on drugs" are campaigns, not conflicts between parties; a "conflict of
                // interest" is no conflict at all.
                if (next < tokens.Count && tokens[next].Value == "on") continue;
                if (next + 1 < tokens.Count && tokens[next].Value == "of" && tokens[next + 1].Value is "interest" or "interests") continue;
                var plural = tokens[i + length - 1].Value.EndsWith('s') && !head.EndsWith('s');
                var handled = Pair(context, found, s, tokens, i, length, head, armed, year, index)
                    || Between(found, s, tokens, i, next, head, armed, year)
                    || armed && In(context, found, s, tokens, i, next, head, plural, year, index)
                    || armed && Attack(found, s, tokens, i, next, year, index)
                    || armed && With(found, s, tokens, i, next, head, year, index)
                    || armed && !AttackHeads.Contains(tokens[i].Value) && Described(found, s, tokens, i, next, head, year, index)
                    || armed && !AttackHeads.Contains(tokens[i].Value) && Bare(context, found, s, tokens, i, next, head, year, index);
                if (handled) i = next - 1;
            }
        }
        found.Commit();
    }

    /// <summary>The conflict noun at token <paramref name="i"/>: its length, its canonical form, and whether it is armed.</summary>
    private static (int Length, string Head, bool Armed) Head(List<Token> tokens, int i)
    {
        var t = tokens[i].Value;
        if (t.Equals("civil", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Count && tokens[i + 1].Value is "war" or "wars") return (2, "civil war", true);
        if (ArmedHeads.TryGetValue(t, out var armed) && char.IsLower(t[0])) return (1, armed, true);
        if (DisputeHeads.TryGetValue(t, out var dispute) && char.IsLower(t[0])) return (1, dispute, false);
        return (0, "", false);
    }

    /// <summary>
    /// "Iran-Iraq war", "U.S.-Japan trade row", "U.S.-EC farm subsidy war": two parties joined by a hyphen, then
    /// words describing the conflict, then the noun.
    /// </summary>
    private bool Pair(ExtractionContext context, ConflictRegistry found, int s, List<Token> tokens, int i, int length, string head, bool armed, int? year, MentionIndex index)
    {
        var j = i - 1;
        var describing = new List<string>();
        while (j >= 0 && describing.Count < 3 && tokens[j].IsWord && char.IsLower(tokens[j].Value[0]) && !Determiners.Contains(tokens[j].Value) && tokens[j].Value is not ("and" or "of" or "a" or "an"))
        {
            describing.Insert(0, tokens[j].Value);
            j--;
        }
        if (index.EndingAt(tokens, j) is not { } second || j < 2) return false;
        var hyphen = second.First - 1;
        if (hyphen < 1 || tokens[hyphen].Value is not ("-" or "/") || index.EndingAt(tokens, hyphen - 1) is not { } first) return false;
        var parties = new[] { first.Mention, second.Mention };
        if (parties.Any(p => p.Kind == MentionKind.Capital) || first.Mention.Key == second.Mention.Key) return false;
        var trade = !armed || describing.Any(TradeWords.Contains);
        // A trade war is named only when both parties are given; a hypothetical "trade war" is no conflict.
        var written = ProjectRecognizer.Normalise(context.Text[tokens[first.First].Start..tokens[i + length - 1].End]);
        var vague = describing.TakeWhile(Vague.Contains).Count();
        var name = vague == 0 ? written : ProjectRecognizer.Normalise($"{first.Mention.Surface}-{second.Mention.Surface} {string.Join(' ', describing.Skip(vague).Append(head))}");
        var countries = parties.Where(p => p.Label == NodeLabel.Country).Select(p => p.Key).ToList();
        var row = countries.Count == 2 && !trade ? _catalog.ForParties(countries, dispute: head != "war", year) : null;
        var start = tokens[i - describing.Count].Start;
        found.Add(row, Key(row, parties, trade), name, parties, s, start, tokens[i + length - 1].End, written, "conflict.pair");
        return true;
    }

    /// <summary>"the war between Iran and Iraq", "the trade dispute between Chile and Peru".</summary>
    private bool Between(ConflictRegistry found, int s, List<Token> tokens, int i, int next, string head, bool armed, int? year)
    {
        if (next >= tokens.Count || tokens[next].Value != "between") return false;
        var parties = found.List(tokens, next + 1, out var end);
        if (parties.Count != 2 || parties[0].Key == parties[1].Key) return false;
        var describing = Describing(tokens, i);
        var trade = !armed || describing.Any(TradeWords.Contains);
        var countries = parties.Where(p => p.Label == NodeLabel.Country).Select(p => p.Key).ToList();
        var row = countries.Count == 2 && !trade ? _catalog.ForParties(countries, dispute: head != "war", year) : null;
        var vague = describing.TakeWhile(Vague.Contains).Count();
        var start = i - describing.Count + vague;
        var written = found.Text(tokens[start].Start, tokens[end - 1].End);
        var name = $"{parties[0].Surface}-{parties[1].Surface} {string.Join(' ', describing.Skip(vague).Append(head))}";
        found.Add(row, Key(row, parties, trade), name, parties, s, tokens[start].Start, tokens[end - 1].End, ProjectRecognizer.Normalise(written), "conflict.between");
        return true;
    }

    /// <summary>
    /// "war in Syria", "the conflicts in Chad, Mali, Sudan and Armenia and Azerbaijan": one conflict per place.
    /// A plural noun lists conflicts; a last item "A and B" after a list that already used "and" is one conflict
    /// between the two ("Libya and Palestine and Israel" is Libya, then Palestine and Israel together).
    /// </summary>
    private bool In(ExtractionContext context, ConflictRegistry found, int s, List<Token> tokens, int i, int next, string head, bool plural, int? year, MentionIndex index)
    {
        if (next >= tokens.Count || tokens[next].Value != "in") return false;
        var items = new List<List<Mention>> { new() };
        var separators = new List<string>();
        var m = next + 1;
        var ends = new List<int>();
        while (m < tokens.Count)
        {
            if (tokens[m].Value == "the") m++;
            if (index.StartingAt(tokens, m) is not { Mention: { Label: NodeLabel.Country, Kind: MentionKind.Name or MentionKind.Capital } } c) break;
            items[^1].Add(c.Mention);
            m += c.Length;
            ends.Add(tokens[m - 1].End);
            if (m < tokens.Count && tokens[m].Value is "," or "and" && m + 1 < tokens.Count && index.StartingAt(tokens, tokens[m + 1].Value == "the" ? m + 2 : m + 1) is { Mention.Label: NodeLabel.Country })
            {
                separators.Add(tokens[m].Value);
                items.Add([]);
                m++;
                continue;
            }
            break;
        }
        var places = items.Where(g => g.Count > 0).Select(g => g[0]).ToList();
        if (places.Count == 0) return false;
        // Group the places into conflicts.
        var groups = new List<List<Mention>>();
        if (!plural)
        {
            // "the conflict in Israel and Palestine" is one conflict between them when one is known; "fighting in
            // Yemen and Ethiopia" is two.
            var all = places.Select(p => p.Key).Distinct().ToList();
            if (all.Count == 1 || _catalog.ForParties(all, dispute: false, year) is not null) groups.Add(places);
            else groups.AddRange(places.Select(p => new List<Mention> { p }));
        }
        else
        {
            groups.AddRange(places.Select(p => new List<Mention> { p }));
            var ands = separators.Count(x => x == "and");
            if (ands >= 2 && separators.Count >= 2 && separators[^1] == "and" && separators[^2] == "and")
            {
                groups.RemoveRange(groups.Count - 2, 2);
                groups.Add([places[^2], places[^1]]);
            }
        }
        var written0 = context.Text[tokens[i].Start..tokens[next].End];
        var civil = head == "civil war";
        foreach (var group in groups)
        {
            var countries = group.Select(g => g.Key).Distinct().ToList();
            var row = countries.Count == 1 ? _catalog.ForPlace(countries[0], civil, year) : _catalog.ForParties(countries, dispute: false, year);
            var headWord = civil ? "civil war" : head;
            var written = $"{headWord} in {string.Join(" and ", group.Select(g => g.Surface))}";
            var end = ends[places.IndexOf(group[^1])];
            // Every item's mention starts at the noun, so that no conflict starts where a country does.
            found.Add(row, Key(row, group, trade: false), written, group, s, tokens[i].Start, end,
                groups.Count == 1 ? ProjectRecognizer.Normalise(context.Text[tokens[i].Start..end]) : written, "conflict.in");
        }
        return written0.Length > 0;
    }

    /// <summary>Nouns of an attack by one state on another: named by who attacks and who is attacked, never by a place alone.</summary>
    private static readonly HashSet<string> AttackHeads = new(StringComparer.OrdinalIgnoreCase) { "aggression", "invasion" };

    /// <summary>
    /// "Russian aggression against Ukraine", "Iraq's invasion of Kuwait", "the invasion of Kuwait" when a known war
    /// fits: the war between the attacker and the attacked. "Russian aggression" alone names no war.
    /// </summary>
    private bool Attack(ConflictRegistry found, int s, List<Token> tokens, int i, int next, int? year, MentionIndex index)
    {
        if (!AttackHeads.Contains(tokens[i].Value) || next >= tokens.Count || tokens[next].Value is not ("against" or "of" or "on")) return false;
        var other = found.List(tokens, next + 1, out var end);
        if (other.Count != 1 || other[0].Label != NodeLabel.Country || other[0].Kind == MentionKind.Demonym) return false;
        var k = i - 1;
        while (k >= 0 && (Vague.Contains(tokens[k].Value) || tokens[k].Value is "military" or "armed")) k--;
        Mention? self = null;
        if (k >= 1 && tokens[k].Value is "'s" or "\u2019s") self = index.EndingAt(tokens, k - 1)?.Mention;
        else if (k >= 0) self = index.EndingAt(tokens, k)?.Mention;
        if (self is not { Label: NodeLabel.Country } || self.Key == other[0].Key) self = null;
        var countries = new List<string> { other[0].Key };
        if (self is not null) countries.Insert(0, self.Key);
        var row = _catalog.ForParties(countries, dispute: false, year);
        if (countries.Count < 2 && (row is null || !row.Countries.All(index.Mentions))) return false;
        var parties = self is not null ? [self, other[0]] : other;
        var written = $"{tokens[i].Value} {tokens[next].Value} {other[0].Surface}";
        var name = self is not null ? $"{self.Surface} {written}" : written;
        found.Add(row, Key(row, parties, trade: false), name, parties, s, tokens[i].Start, tokens[end - 1].End, written, "conflict.attack");
        return true;
    }

    /// <summary>"Iran's war with Iraq", "its war with Iraq", "war with Iran" when a known war fits.</summary>
    private bool With(ConflictRegistry found, int s, List<Token> tokens, int i, int next, string head, int? year, MentionIndex index)
    {
        if (next >= tokens.Count || tokens[next].Value != "with") return false;
        // "a trade war with Canada" is feared far more often than fought.
        if (Describing(tokens, i).Any(TradeWords.Contains)) return false;
        var other = found.List(tokens, next + 1, out var end);
        if (other.Count != 1 || other[0].Label != NodeLabel.Country || other[0].Kind == MentionKind.Demonym) return false;
        var self = i >= 2 && tokens[i - 1].Value is "'s" or "\u2019s" ? index.EndingAt(tokens, i - 2)?.Mention : null;
        var countries = new List<string> { other[0].Key };
        if (self is { Label: NodeLabel.Country } && self.Key != other[0].Key) countries.Insert(0, self.Key);
        var row = _catalog.ForParties(countries, dispute: false, year);
        // "in the event of a war with Chile" is a fear, not a war: without a pair named, only a known war whose
        // every party the document mentions counts.
        if (countries.Count < 2 && (row is null || !row.Countries.All(index.Mentions))) return false;
        var parties = countries.Count == 2 ? [self!, other[0]] : other;
        var name = countries.Count == 2 ? $"{self!.Surface}-{other[0].Surface} {head}" : $"{head} with {other[0].Surface}";
        found.Add(row, Key(row, parties, trade: false), name, parties, s, tokens[i].Start, tokens[end - 1].End, $"{head} with {other[0].Surface}", "conflict.with");
        return true;
    }

    /// <summary>"Iran's war enemy Iraq", "its war foe Iraq": the two sides of a war, one of them the possessor.</summary>
    private bool Enemy(ConflictRegistry found, int s, List<Token> tokens, int i, int next, int? year, MentionIndex index)
    {
        if (next + 1 >= tokens.Count || tokens[next].Value is not ("enemy" or "enemies" or "foe" or "foes" or "adversary" or "opponent")) return false;
        if (i < 2 || tokens[i - 1].Value is not ("'s" or "\u2019s") || index.EndingAt(tokens, i - 2) is not { Mention.Label: NodeLabel.Country } self) return false;
        if (index.StartingAt(tokens, next + 1) is not { Mention: { Label: NodeLabel.Country, Kind: MentionKind.Name } } other || other.Mention.Key == self.Mention.Key) return false;
        var parties = new[] { self.Mention, other.Mention };
        var row = _catalog.ForParties([self.Mention.Key, other.Mention.Key], dispute: false, year);
        var name = $"{self.Mention.Surface}-{other.Mention.Surface} war";
        found.Add(row, Key(row, parties, trade: false), name, parties, s, tokens[i].Start, tokens[i].End, name, "conflict.enemy", mention: false);
        return true;
    }

    /// <summary>"the Syrian civil war", "Lebanon's civil war", "the Afghan conflict": a country before the noun.</summary>
    private bool Described(ConflictRegistry found, int s, List<Token> tokens, int i, int next, string head, int? year, MentionIndex index)
    {
        var j = i - 1;
        if (j >= 1 && tokens[j].Value is "'s" or "\u2019s") j--;
        if (index.EndingAt(tokens, j) is not { Mention: { Label: NodeLabel.Country, Kind: MentionKind.Name or MentionKind.Demonym } place }) return false;
        var civil = head == "civil war";
        var row = _catalog.ForPlace(place.Key, civil, year);
        var written = $"{(civil ? "civil war" : head)} in {found.CountryName(place.Key)}";
        found.Add(row, Key(row, [place], trade: false), written, [place], s, tokens[i].Start, tokens[next - 1].End,
            ProjectRecognizer.Normalise(found.Text(tokens[j].Start, tokens[next - 1].End)), "conflict.described");
        return true;
    }

    /// <summary>
    /// "civil war" or "the war" alone: a civil war is in the country the text places it (the sentence, else the
    /// paragraph so far, else the document's main country); "the war" is the last conflict named, or the one
    /// known war going on between countries the document mentions.
    /// </summary>
    private bool Bare(ExtractionContext context, ConflictRegistry found, int s, List<Token> tokens, int i, int next, string head, int? year, MentionIndex index)
    {
        var civil = head == "civil war";
        if (tokens[next - 1].Value.EndsWith('s')) return false;
        // "the nine-year-old conflict", "the long war".
        var j = i - 1;
        while (j >= 0 && i - j <= 10 && (tokens[j].Value is "-" or "/" || tokens[j].Value.All(char.IsDigit)
            || tokens[j].IsWord && char.IsLower(tokens[j].Value[0]) && !Determiners.Contains(tokens[j].Value) && tokens[j].Value is not ("a" or "an" or "of" or "to" or "and" or "in" or "on")))
        {
            j--;
        }
        var determined = j >= 0 && Determiners.Contains(tokens[j].Value);
        if (civil)
        {
            if (PlaceInContext(context, s, tokens[i].Start, index) is not { } place) return false;
            var row = _catalog.ForPlace(place.Key, civil: true, year);
            var written = $"civil war in {found.CountryName(place.Key)}";
            found.Add(row, Key(row, [place], trade: false), written, [place], s, tokens[i].Start, tokens[next - 1].End, written, "conflict.civil-war");
            return true;
        }
        // "the fighting" refers back like "the conflict"; "the insurgency" or "the hostilities" may be a new one.
        if (!determined || head == "conflict" && tokens[i].Value is not ("conflict" or "fighting")) return false;
        if (found.Last(tokens[i].Start) is { } last)
        {
            found.Refer(last, s, tokens[i].Start, tokens[next - 1].End, context.Text[tokens[i].Start..tokens[next - 1].End]);
            return true;
        }
        if (_catalog.OngoingBetweenMentioned(year, index.Mentions) is not { } ongoing) return false;
        found.Add(ongoing, Key(ongoing, [], trade: false), ongoing.Name, [], s, tokens[i].Start, tokens[next - 1].End, null, "conflict.ongoing");
        return true;
    }

    /// <summary>
    /// The country a civil war is in: one the sentence places something in ("the situation in Afghanistan"), else
    /// the only one it names; else the same in the paragraph so far; else the document's main country.
    /// </summary>
    private static Mention? PlaceInContext(ExtractionContext context, int s, int at, MentionIndex index)
    {
        var paragraph = context.Sentences[s].Paragraph;
        for (var k = s; k >= 0 && context.Sentences[k].Paragraph == paragraph; k--)
        {
            var countries = index.CountriesIn(k).ToList();
            var placed = countries.Where(c => c.Before is "in" or "inside" or "across" or "throughout").Select(c => c.Mention).ToList();
            // The nearest place before the words "civil war", else the first after them.
            if (placed.Count > 0) return placed.LastOrDefault(c => c.Start < at) ?? placed[0];
            var distinct = countries.Select(c => c.Mention).DistinctBy(m => m.Key).ToList();
            if (distinct.Count == 1) return distinct[0];
        }
        var dominant = index.DominantCountry();
        return dominant is null ? null : context.Mentions.First(m => m.Label == NodeLabel.Country && m.Key == dominant);
    }

    private static List<string> Describing(List<Token> tokens, int i)
    {
        var words = new List<string>();
        for (var j = i - 1; j >= 0 && words.Count < 3 && tokens[j].IsWord && char.IsLower(tokens[j].Value[0]) && !Determiners.Contains(tokens[j].Value) && tokens[j].Value is not ("a" or "an" or "and" or "of"); j--)
        {
            words.Insert(0, tokens[j].Value);
        }
        return words;
    }

    /// <summary>
    /// A known conflict is its row; another is its parties and whether it is about trade: "the U.S.-Japan trade
    /// row" and "the trade dispute between Chile and Peru" are one, the conflicts in Syria and in Yemen two.
    /// </summary>
    private static string Key(ConflictEntry? row, IEnumerable<Mention> parties, bool trade) =>
        row is not null ? "known/" + row.Id : (trade ? "dispute/" : "conflict/") + string.Join('+', parties.Select(p => p.Key).Distinct().Order(StringComparer.Ordinal));
}
