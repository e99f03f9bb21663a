using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Text;
using Graph.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Finds projects: named undertakings that parties support or commit to. A project's name ends in a head noun
/// from project-heads.tsv and starts with something that names it: capitalised words ("Stream Gas Pipeline
/// project", "Generalised System of Preferences (GSP)"), an acronym or an organisation ("INF treaty", "GATT
/// talks"), countries ("U.S.-Canada free trade agreement", "the Canadian and Israeli pacts", "free trade
/// agreements with Chile and Peru"), or a count of points ("a seven-point plan"). Later, "the project" or
/// "the pact" refers back to the last project of its kind, and an acronym defined in parentheses is the project
/// wherever it stands alone. Runs after organisations, so their names are never read as projects.
/// </summary>
public sealed partial class ProjectRecognizer : IExtractionStep
{
    private readonly PhraseMatcher<HeadWordEntry> _heads = new(ignoreCase: true);

    /// <summary>Adjectives that may stand between "the" and a head that refers back ("the bilateral agreement").</summary>
    private static readonly HashSet<string> ReferenceAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "new", "bilateral", "proposed", "planned", "original", "whole", "entire", "same", "latest", "revised", "final",
        "interim", "tentative", "preliminary", "current", "existing", "controversial", "landmark", "historic", "joint",
    };

    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
    };

    /// <summary>Builds the matcher once.</summary>
    public ProjectRecognizer(Gazetteer gazetteer)
    {
        foreach (var h in gazetteer.HeadWords.Where(h => h.Label == NodeLabel.Project))
        {
            foreach (var f in h.Forms) _heads.Add(f, h);
        }
    }

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        var index = new MentionIndex(context);
        var words = CapitalizedWords.For(context);
        var found = new ProjectRegistry();
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var tokens = context.Tokens[s];
            var taken = new bool[tokens.Count];
            for (var i = 0; i < tokens.Count; i++)
            {
                if (NumberedPlan(context, s, tokens, i, index) is { } plan)
                {
                    found.Add(plan);
                    Take(tokens, taken, plan.Start, plan.End);
                }
            }
            // Right to left, so that a head takes the words before it before they are read as a head's of their own:
            // "Stream Gas Pipeline project" is one project.
            for (var i = tokens.Count - 1; i >= 0; i--)
            {
                var (length, head) = _heads.MatchAt(tokens, i);
                if (length == 0 || head is null || taken[i] || context.IsCovered(tokens[i].Start, tokens[i].End)) continue;
                var reader = new ProjectNameReader(context, s, tokens, index, words, taken, _heads);
                foreach (var candidate in reader.Read(i, length, head))
                {
                    found.Add(candidate);
                    Take(tokens, taken, candidate.Start, candidate.End);
                }
            }
        }
        found.MergeOneCountryIntoPairs();
        found.MergeAcronymsIntoNames();
        found.MergeDescriptionsIntoNames();
        found.MergePurposesIntoNames();
        var mentions = found.Mentions((a, b) => context.Text[a..b]).ToList();
        mentions.AddRange(Acronyms(context, found));
        mentions.AddRange(References(context, found, mentions));
        foreach (var m in mentions.OrderBy(m => m.Start)) context.AddMention(m);
        foreach (var p in found.Projects)
        {
            context.Define(NodeLabel.Project, p.Key, p.Name, [.. p.Aliases.Where(IsName)]);
            // "a gas pipeline", "the peace treaty": a description names a work of this document only; another report's
            // gas pipeline is another one unless a proper name joins them (IdentityResolver).
            if (!p.Name.Any(char.IsUpper)) context.Definitions[(NodeLabel.Project, p.Key)] = context.Definitions[(NodeLabel.Project, p.Key)] with { Scope = context.Document.Id };
            var first = found.FirstMention(p.Key);
            foreach (var (label, key) in p.Parties)
            {
                context.Facts.Add(new FactCandidate(RelationshipType.Involves, NodeLabel.Project, p.Key, label, key,
                    first.Sentence, first.Start, first.End, "project.involves", 0.8, []));
            }
        }
    }

    /// <summary>"a seven-point plan", "Canada's five point programme": a plan counted in points is a named proposal.</summary>
    private ProjectCandidate? NumberedPlan(ExtractionContext context, int s, List<Token> tokens, int i, MentionIndex index)
    {
        var t = tokens[i];
        if (!(NumberWords.Contains(t.Value) || t.Value.All(char.IsDigit) && t.Value.Length <= 2)) return null;
        var j = i + 1;
        if (j < tokens.Count && tokens[j].Value == "-") j++;
        if (j >= tokens.Count || !tokens[j].Value.Equals("point", StringComparison.OrdinalIgnoreCase)) return null;
        j++;
        // "a ten-point peace plan": up to two words describing it.
        for (var k = 0; k < 3 && j < tokens.Count; k++, j++)
        {
            if (_heads.MatchAt(tokens, j) is { Length: > 0, Value: { Family: "programme" } head } && !head.IsPlural(tokens[j].Value))
            {
                var name = Normalise(context.Text[t.Start..tokens[j].End]);
                var parties = new List<(NodeLabel, string)>();
                var aliases = new List<string>();
                // "Canada's five point programme".
                if (i >= 2 && tokens[i - 1].Value is "'s" or "\u2019s" && index.EndingAt(tokens, i - 2) is { Mention.Label: NodeLabel.Country } owner)
                {
                    parties.Add((NodeLabel.Country, owner.Mention.Key));
                    aliases.Add(Normalise(context.Text[tokens[owner.First].Start..tokens[j].End]));
                }
                var key = "points/" + name.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal) + "/" + string.Join('+', parties.Select(p => p.Item2));
                return new ProjectCandidate(key, name, aliases, parties, "programme", s, t.Start, tokens[j].End, Named: false, Acronym: null);
            }
            if (!tokens[j].IsWord || char.IsUpper(tokens[j].Value[0]) || ProjectWords.NotModifiers.Contains(tokens[j].Value)) return null;
        }
        return null;
    }

    /// <summary>
    /// Bare acronyms of a project: defined in parentheses after its name ("GSP status"), or used without definition
    /// when every capitalised word of a project's proper name gives one of its letters ("CPEC" for the
    /// China-Pakistan Economic Corridor named in the same document).
    /// </summary>
    private static IEnumerable<Mention> Acronyms(ExtractionContext context, ProjectRegistry found)
    {
        var acronyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in found.Projects.Where(p => p.Acronym is not null)) acronyms.TryAdd(p.Acronym!, p.Key);
        var named = found.Projects.Where(p => p.Named && p.Acronym is null).ToList();
        if (acronyms.Count == 0 && named.Count == 0) yield break;
        var own = found.Projects.SelectMany(p => p.Places).Select(c => (c.Start, c.End)).ToList();
        var undefined = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            foreach (var t in context.Tokens[s])
            {
                if (!Recognition.Acronyms.IsAcronym(t)) continue;
                if (!acronyms.TryGetValue(t.Value, out var key))
                {
                    if (named.Count == 0 || t.Value.Count(char.IsLetter) < 3) continue;
                    if (!undefined.TryGetValue(t.Value, out key))
                    {
                        var fits = named.Where(p => AbbreviatesAll(t.Value, p.Name)).Take(2).ToList();
                        undefined[t.Value] = key = fits.Count == 1 ? fits[0].Key : null;
                        if (key is not null) found.AddAlias(key, t.Value);
                    }
                    if (key is null) continue;
                }
                if (context.IsCovered(t.Start, t.End) || own.Any(o => o.Start <= t.Start && t.End <= o.End)) continue;
                yield return new Mention(t.Start, t.End, s, NodeLabel.Project, key, t.Value, MentionKind.Name, "project.acronym");
            }
        }
    }

    /// <summary>Whether an acronym takes one letter from each capitalised word of a name, in order ("CPEC", "BRI").</summary>
    private static bool AbbreviatesAll(string acronym, string name)
    {
        var letters = acronym.Count(char.IsLetter);
        var capitalised = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsUpper(w[0]));
        return capitalised >= 2 && letters == capitalised && Recognition.Acronyms.Abbreviates(acronym, string.Join(' ', name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0]))));
    }

    /// <summary>
    /// "the project", "the pact", "last September's bilateral agreement": the last project of that kind named
    /// before, as a short name of it (so that what is said of it reaches the project).
    /// </summary>
    private List<Mention> References(ExtractionContext context, ProjectRegistry found, List<Mention> named)
    {
        var all = named.OrderBy(m => m.Start).ToList();
        var results = new List<Mention>();
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var tokens = context.Tokens[s];
            for (var i = 1; i < tokens.Count; i++)
            {
                var (length, head) = _heads.MatchAt(tokens, i);
                if (length != 1 || head is null || !head.Anaphor || head.IsPlural(tokens[i].Value) || tokens[i].IsCapitalized) continue;
                var t = tokens[i];
                if (context.IsCovered(t.Start, t.End) || all.Any(m => m.Start <= t.Start && t.End <= m.End)) continue;
                var j = i - 1;
                // "the bilateral agreement", "the $25 billion project": adjectives or an amount between the determiner and the head.
                while (j > 0 && i - j <= 5 && (ReferenceAdjectives.Contains(tokens[j].Value) && i - j <= 2 || ProjectWords.IsAmountWord(tokens[j].Value))) j--;
                var determiner = tokens[j].Value is "the" or "The" or "this" or "This" or "that" or "its" or "their"
                    || tokens[j].Value is "'s" or "\u2019s" && j > 0 && (CapitalizedWords.IsStopWord(tokens[j - 1].Value) || tokens[j - 1].Value is "year" or "week" or "month");
                if (!determiner) continue;
                // "the new agreement on trade", "the plan for the port": what follows says which it is, another one.
                // "in the framework of the agreement", "the plan of the ministry": a head with an "of" phrase is another thing.
                if (i + 2 < tokens.Count && tokens[i + 1].Value == "of" && tokens[i + 2].Value is "the" or "a" or "an" or "its" or "their") continue;
                // "the pact on Monday" says when, not which; "the accord on schedule" how.
                if (i + 1 < tokens.Count && tokens[i + 1].Value is "on" or "for" && head.Family is "agreement" or "programme"
                    && !(i + 2 < tokens.Count && (ProjectWords.TimeOwners.Contains(tokens[i + 2].Value) && tokens[i + 2].IsCapitalized
                        || tokens[i + 2].Value is "the" && i + 3 < tokens.Count && tokens[i + 3].Value is "first" or "second" or "same"
                        // "implement the accord on schedule", "keep the plan on track": an idiom of how, not which.
                        || tokens[i + 1].Value == "on" && tokens[i + 2].Value is "schedule" or "time" or "track" or "hold" or "course"))) continue;
                // "the pact with Israel": of the projects of its kind, one that involves Israel.
                string? partner = null;
                if (i + 2 < tokens.Count && tokens[i + 1].Value is "with" or "between")
                {
                    var p = tokens[i + 2].Value == "the" ? i + 3 : i + 2;
                    partner = p < tokens.Count ? context.MentionsStartingAt(tokens[p].Start).FirstOrDefault(m => m.Label == NodeLabel.Country)?.Key : null;
                    if (partner is null) continue;
                }
                // The nearest before it (references are added as they are read, after every name); two named at one
                // place ("the Canadian and Israeli pacts") leave it undecided.
                Mention? antecedent = null;
                var tie = false;
                foreach (var m in all)
                {
                    if (m.Start >= t.Start || antecedent is not null && m.Start < antecedent.Start || !found.Refers(head, m.Key)) continue;
                    if (partner is not null && !found.Involves(m.Key, partner)) continue;
                    if (antecedent is not null && m.Start == antecedent.Start) { tie |= m.Key != antecedent.Key; continue; }
                    antecedent = m;
                    tie = false;
                }
                if (antecedent is null || tie) continue;
                var start = tokens[j + 1].Start;
                var mention = new Mention(start, t.End, s, NodeLabel.Project, antecedent.Key, context.Text[start..t.End], MentionKind.Reference, "project.reference");
                results.Add(mention);
                all.Add(mention);
            }
        }
        return results;
    }

    /// <summary>
    /// Whether a form may be a name of a project: it starts and ends with a word that is not a function word
    /// ("-Pakistan Economic Corridor", "the deal" and "agreement with" are not), and it is more than a bare head.
    /// </summary>
    internal bool IsName(string form)
    {
        var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !char.IsLetterOrDigit(form[0]) || !char.IsLetterOrDigit(form[^1]) && form[^1] != '.') return false;
        if (ProjectWords.FunctionWords.Contains(words[0]) || ProjectWords.FunctionWords.Contains(words[^1])) return false;
        var single = new Token(0, form.Length, form);
        return words.Length > 1 || _heads.MatchAt([single], 0).Length == 0 || Recognition.Acronyms.IsAcronym(single);
    }

    private static void Take(List<Token> tokens, bool[] taken, int start, int end)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Start >= start && tokens[k].End <= end) taken[k] = true;
        }
    }

    /// <summary>A name on one line with single spaces, and a hyphen between two names closed up ("U.S.- Japanese").</summary>
    internal static string Normalise(string text) =>
        SpacedHyphen().Replace(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), "$1-$2");

    [System.Text.RegularExpressions.GeneratedRegex(@"(\S)- (\S)|(?<=\S) -(?=\S)")]
    private static partial System.Text.RegularExpressions.Regex SpacedHyphen();
}
