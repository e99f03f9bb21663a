using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Text;
using Graph.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Resolves what stands for a named entity, reading the document in order and keeping track of who is
/// being talked about: "he"/"she" (the person last in subject position, of a compatible gender), a title
/// without a name ("the Russian Foreign Minister", "the minister") to the person who holds or fits it,
/// "his country"/"her government" to that person's country, and "both countries"/"the two sides" to the
/// two countries the document is about. It also completes roles ("his Pakistani counterpart X" gets the
/// other minister's office) and turns every known role into a REPRESENTS fact.
/// </summary>
public sealed class ReferenceResolver : IExtractionStep
{
    private readonly PhraseMatcher<TitleEntry> _titles = new(ignoreCase: true);
    private readonly PhraseMatcher<SpeechVerbEntry> _speech;

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "of", "about", "to", "for", "with", "by", "from", "in", "at", "against", "over", "under", "after", "before", "toward",
        "towards", "into", "than", "like", "between", "among", "despite", "without", "through",
    };

    private static readonly HashSet<string> Male = new(StringComparer.Ordinal) { "He", "he", "His", "his", "Him", "him" };
    private static readonly HashSet<string> Female = new(StringComparer.Ordinal) { "She", "she", "Her", "her" };
    private static readonly HashSet<string> CountryNouns = new(StringComparer.OrdinalIgnoreCase) { "country", "government", "nation", "administration" };
    private static readonly HashSet<string> PairNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "countries", "sides", "nations", "governments", "neighbours", "neighbors",
        // "the two leaders", "both foreign ministers": the heads who meet stand for their countries.
        "leaders", "ministers", "presidents", "premiers", "delegations",
    };

    /// <summary>Builds the matchers once.</summary>
    public ReferenceResolver(Gazetteer gazetteer)
    {
        foreach (var t in gazetteer.Titles.Where(t => !t.IsHonorific)) _titles.Add(t.Title, t);
        _speech = gazetteer.SpeechVerbMatcher;
    }

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        CompleteCounterparts(context);
        string? subject = null;
        var recent = new List<string>();
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var tokens = context.Tokens[s];
            string? sentenceSubject = null;
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                var existing = context.MentionStartingAt(t.Start);
                if (existing is { Label: NodeLabel.Person })
                {
                    // A person named inside a quotation ("as Secretary Blinken has said, ...") is the speaker's topic, not the
                    // subject a following "he said" takes up.
                    if (context.QuoteAt(existing.Start) is null) sentenceSubject ??= IsSubject(tokens, i, existing, context) ? existing.Key : null;
                    Touch(recent, existing.Key);
                    continue;
                }
                if (context.IsCovered(t.Start, t.End)) continue;

                if (Male.Contains(t.Value) || Female.Contains(t.Value))
                {
                    // Within a sentence, its own subject comes first: "Shultz said his country welcomed ...".
                    var person = Pronoun(context, t, sentenceSubject ?? subject, recent);
                    if (person is null) continue;
                    Touch(recent, person.Key);
                    context.AddMention(new Mention(t.Start, t.End, s, NodeLabel.Person, person.Key, t.Value, MentionKind.Pronoun, "reference.pronoun"));
                    if (t.Value.ToLowerInvariant() is "he" or "she") sentenceSubject ??= i == 0 || IsBeforeVerb(tokens, i + 1) ? person.Key : null;
                    // "his country", "her government": the country the person speaks for.
                    if (t.Value.ToLowerInvariant() is "his" or "her" && i + 1 < tokens.Count && CountryNouns.Contains(tokens[i + 1].Value) && person.Country is { } country)
                    {
                        var noun = tokens[i + 1];
                        context.AddMention(new Mention(t.Start, noun.End, s, NodeLabel.Country, country, context.Text[t.Start..noun.End], MentionKind.Pronoun, "reference.his-country"));
                        i++;
                    }
                    continue;
                }
                if (Pair(context, tokens, i, s) is { } pairEnd)
                {
                    i = pairEnd - 1;
                    continue;
                }
                if (TitleReference(context, tokens, i, s, subject) is { } titleEnd)
                {
                    var m = context.MentionStartingAt(tokens[i].Start)!;
                    sentenceSubject ??= IsBeforeVerb(tokens, titleEnd) ? m.Key : null;
                    i = titleEnd - 1;
                }
            }
            if (sentenceSubject is not null) subject = sentenceSubject;
        }
        AddRepresents(context);
    }

    /// <summary>Moves a person to the front of the people met so far.</summary>
    private static void Touch(List<string> recent, string key)
    {
        recent.Remove(key);
        recent.Insert(0, key);
        if (recent.Count > 16) recent.RemoveAt(recent.Count - 1);
    }

    /// <summary>A person mention is the subject when it opens the sentence (after an introductory phrase) or comes right before a verb.</summary>
    private bool IsSubject(List<Token> tokens, int index, Mention mention, ExtractionContext context)
    {
        var after = index;
        while (after < tokens.Count && tokens[after].End <= mention.End) after++;
        // "Commenting on President Reagan's decision, Baldrige said": a possessor inside the sentence, or a name after a
        // preposition, is no subject; one that opens the sentence ("Reagan's move follows ...") is still its topic.
        if (index > 0 && after < tokens.Count && tokens[after].Value is "'s" or "\u2019s") return false;
        if (index > 0 && Prepositions.Contains(tokens[index - 1].Value)) return false;
        // Before a speech verb, or opening the sentence (after at most a title: "Foreign Minister Tomas Varga met ...").
        return IsBeforeVerb(tokens, after) || index <= 4 && !tokens.Take(index).Any(t => context.MentionStartingAt(t.Start) is { Label: NodeLabel.Person })
            || tokens[index - 1].Value == ",";
    }

    /// <summary>Whether a speech verb (or a verb after an apposition) follows.</summary>
    private bool IsBeforeVerb(List<Token> tokens, int index)
    {
        if (index >= tokens.Count) return false;
        if (_speech.MatchAt(tokens, index).Length > 0) return true;
        // "He, however, stressed", "He also said".
        for (var j = index; j < tokens.Count && j < index + 4; j++)
        {
            if (_speech.MatchAt(tokens, j).Length > 0) return true;
            // Another name before the verb is that verb's subject: "..., Grace Wanjiru, Sergei Volkov said".
            if (tokens[j].IsCapitalized && tokens[j].IsWord) return false;
        }
        return false;
    }

    /// <summary>"he"/"she": the current subject if the gender fits, else the latest person mentioned whose gender fits.</summary>
    private static PersonRegistry.PersonRecord? Pronoun(ExtractionContext context, Token pronoun, string? subject, List<string> recent)
    {
        var gender = Male.Contains(pronoun.Value) ? 'm' : 'f';
        bool Fits(PersonRegistry.PersonRecord p) => p.Gender is null || p.Gender == gender;
        var people = context.People.People;
        if (subject is not null && context.People.Get(subject) is { } current && Fits(current)) return current;
        // The people met so far, latest first: kept while reading, so a pronoun costs no scan of the document.
        var resolved = recent.Select(context.People.Get).FirstOrDefault(p => p is not null && Fits(p));
        // Learn the gender from the pronoun only when the choice was unambiguous.
        if (resolved is not null && resolved.Gender is null && people.Count == 1) resolved.Gender = gender;
        return resolved;
    }

    /// <summary>
    /// "the (Russian) Foreign Minister", "the minister": a title with no name after it, resolved to the person who
    /// holds that role (for that country), else to the current subject if nothing contradicts it. The role is learned.
    /// </summary>
    private int? TitleReference(ExtractionContext context, List<Token> tokens, int index, int sentence, string? subject)
    {
        if (!tokens[index].Value.Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        var i = index + 1;
        (NodeLabel Label, string Key)? affiliation = null;
        if (i < tokens.Count && context.MentionStartingAt(tokens[i].Start) is { Label: NodeLabel.Country or NodeLabel.Organization } a)
        {
            affiliation = (a.Label, a.Key);
            while (i < tokens.Count && tokens[i].End <= a.End) i++;
        }
        var (length, title) = _titles.MatchAt(tokens, i);
        if (length == 0 || title is null) return null;
        var end = i + length;
        // A name right after the title was already read as a person: this is not a bare title.
        if (end < tokens.Count && context.MentionStartingAt(tokens[end].Start) is { Label: NodeLabel.Person }) return null;
        if (end < tokens.Count && tokens[end].Value is "of" or "for" && affiliation is null) return null;

        var role = title.Role;
        var people = context.People.People;
        bool Compatible(PersonRegistry.PersonRecord p) =>
            (affiliation is null || p.Roles.Count == 0 || p.Roles.Any(r => r.AffiliationKey is null || r.AffiliationKey == affiliation.Value.Key))
            && (p.Role is null || RoleMatches(p, role));
        bool Holds(PersonRegistry.PersonRecord p) =>
            p.Roles.Any(r => RoleMatches(r.Role, role) && (affiliation is null || r.AffiliationKey == affiliation.Value.Key));

        var holders = people.Where(Holds).ToList();
        // Several holders ("the Foreign Minister" with two foreign ministers present): the one being talked about.
        PersonRegistry.PersonRecord? person = holders.Count == 1 ? holders[0] : holders.FirstOrDefault(p => p.Key == subject);
        if (person is null && holders.Count == 0 && subject is not null && people.FirstOrDefault(p => p.Key == subject) is { } current && Compatible(current))
        {
            person = current;
        }
        if (person is null) return null;
        person.AddRole(new PersonRole(role, affiliation?.Label, affiliation?.Key));
        var start = tokens[index].Start;
        var stop = tokens[end - 1].End;
        context.AddMention(new Mention(start, stop, sentence, NodeLabel.Person, person.Key, context.Text[start..stop], MentionKind.Pronoun, "reference.title"));
        return end;
    }

    private static bool RoleMatches(PersonRegistry.PersonRecord p, string role) => p.Roles.Any(r => r.Role.Length == 0 || RoleMatches(r.Role, role));

    /// <summary>"Minister" fits "Foreign Minister"; "Foreign Minister" does not fit "Prime Minister".</summary>
    private static bool RoleMatches(string held, string asked) =>
        held.Equals(asked, StringComparison.OrdinalIgnoreCase)
        || held.EndsWith(" " + asked, StringComparison.OrdinalIgnoreCase)
        || asked.EndsWith(" " + held, StringComparison.OrdinalIgnoreCase);

    /// <summary>"the two sides", "the three countries": how many a definite group counts.</summary>
    private static readonly Dictionary<string, int> GroupSizes = new(StringComparer.OrdinalIgnoreCase) { ["two"] = 2, ["three"] = 3, ["four"] = 4 };

    /// <summary>
    /// "both countries", "the two sides", "the three countries": mentions of the two (three, four) countries the document
    /// speaks of most, the latest first among equals.
    /// </summary>
    private static int? Pair(ExtractionContext context, List<Token> tokens, int index, int sentence)
    {
        var first = tokens[index].Value;
        int nounIndex;
        var size = 2;
        if (first.Equals("both", StringComparison.OrdinalIgnoreCase)) nounIndex = index + 1;
        else if (first.Equals("the", StringComparison.OrdinalIgnoreCase) && index + 1 < tokens.Count && GroupSizes.TryGetValue(tokens[index + 1].Value, out size)) nounIndex = index + 2;
        else if (first.Equals("two", StringComparison.OrdinalIgnoreCase) && (index == 0 || tokens[index - 1].Value is "by" or "between" or "," or "and")) nounIndex = index + 1;
        else return null;
        if (nounIndex < tokens.Count && tokens[nounIndex].Value == "the") nounIndex++;
        // "the two foreign ministers": one describing word before the noun.
        if (nounIndex + 1 < tokens.Count && tokens[nounIndex].IsWord && char.IsLower(tokens[nounIndex].Value[0]) && !PairNouns.Contains(tokens[nounIndex].Value)
            && PairNouns.Contains(tokens[nounIndex + 1].Value)) nounIndex++;
        if (nounIndex >= tokens.Count || !PairNouns.Contains(tokens[nounIndex].Value)) return null;
        var earlier = context.Mentions
            .Where(m => m.Label == NodeLabel.Country && m.End <= tokens[index].Start && m.Kind != MentionKind.Pronoun)
            .ToList();
        List<string> keys;
        if (size == 2)
        {
            // Two: the two countries the document speaks of most, the latest first among equals.
            keys = earlier.GroupBy(m => m.Key)
                .Select(g => (Key: g.Key, Count: g.Count(), Last: g.Max(m => m.End)))
                .OrderByDescending(c => c.Count).ThenByDescending(c => c.Last)
                .Take(2).Select(c => c.Key).ToList();
        }
        else
        {
            // Three or four: the latest list that names exactly that many ("India, Oman and the UAE ... the three
            // countries"), else every country named when there are no more than that; a critic's country mentioned as
            // often as the partners' is no part of "the three".
            keys = LastListOf(context, earlier, size) ?? earlier.Select(m => m.Key).Distinct().ToList();
            if (keys.Count != size) return null;
        }
        if (keys.Count < size) return null;
        var start = tokens[index].Start;
        var end = tokens[nounIndex].End;
        foreach (var key in keys.Order(StringComparer.Ordinal))
        {
            context.AddMention(new Mention(start, end, sentence, NodeLabel.Country, key, context.Text[start..end], MentionKind.Pronoun, "reference.pair"));
        }
        return nounIndex + 1;
    }

    /// <summary>
    /// The countries of the latest coordinated list of exactly <paramref name="size"/> of them ("Kenya, Uganda and
    /// Tanzania"): names one after another with only a comma, "and" or ", and" between them.
    /// </summary>
    private static List<string>? LastListOf(ExtractionContext context, List<Mention> countries, int size)
    {
        var ordered = countries.Where(m => m.Kind != MentionKind.Demonym).OrderBy(m => m.Start).ToList();
        List<string>? found = null;
        var run = new List<string>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var joined = i > 0 && ordered[i].Start >= ordered[i - 1].End
                && context.Text[ordered[i - 1].End..ordered[i].Start].Trim() is "," or "and" or ", and" or "and the" or ", and the" or ", the";
            if (!joined)
            {
                if (run.Distinct().Count() == size) found = run.Distinct().ToList();
                run = [];
            }
            run.Add(ordered[i].Key);
        }
        if (run.Distinct().Count() == size) found = run.Distinct().ToList();
        return found;
    }

    /// <summary>"his Pakistani counterpart X": X holds the office of the other named person of that sentence.</summary>
    private static void CompleteCounterparts(ExtractionContext context)
    {
        foreach (var person in context.People.People)
        {
            if (person.CounterpartSentence is not { } s) continue;
            var other = context.Mentions
                .Where(m => m.Label == NodeLabel.Person && m.Sentence == s && m.Key != person.Key)
                .Select(m => context.People.Get(m.Key)!)
                .FirstOrDefault();
            if (other?.Role is { } role)
            {
                var country = person.Country;
                person.AddRole(new PersonRole(role, country is null ? null : NodeLabel.Country, country));
            }
            else if (other is not null)
            {
                // The other's office may only be learned later ("the Russian Foreign Minister"); link them for then.
                other.Counterparts.Add(person);
            }
        }
    }

    /// <summary>Every role with an affiliation becomes REPRESENTS {role}.</summary>
    private static void AddRepresents(ExtractionContext context)
    {
        foreach (var person in context.People.People)
        {
            // A counterpart learns the office once the other's is known.
            foreach (var counterpart in person.Counterparts)
            {
                if (person.Role is { } role && counterpart.Role is null)
                {
                    var country = counterpart.Country;
                    counterpart.AddRole(new PersonRole(role, country is null ? null : NodeLabel.Country, country));
                }
            }
        }
        foreach (var person in context.People.People)
        {
            var mention = context.Mentions.FirstOrDefault(m => m.Label == NodeLabel.Person && m.Key == person.Key);
            if (mention is null) continue;
            foreach (var role in person.Roles)
            {
                if (role.AffiliationLabel is not { } label || role.AffiliationKey is not { } key) continue;
                var properties = role.Role.Length > 0 ? new KeyValuePair<string, object>[] { new("role", role.Role) } : [];
                context.Facts.Add(new FactCandidate(RelationshipType.Represents, NodeLabel.Person, person.Key, label, key,
                    mention.Sentence, mention.Start, mention.End, "represents.title", 0.8, properties));
            }
        }
    }
}
