using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;
using Graph.Model;

namespace Graph.Extraction.Stance;

/// <summary>
/// Finds SUPPORTS and COMMITTED_TO between an actor (person, country, organisation) and a target (any entity)
/// from the predicates of <c>stance-predicates.tsv</c>, in four shapes: active ("Russia stands ready to
/// facilitate dialogue on Palestine"), passive ("a programme strongly supported by Australia"), noun
/// ("Kuwait's backing for Iraq") and compound ("U.S.-backed contras"). A negation or an expression of
/// opposition in the clause cancels it ("categorically against" is not support). A person who speaks for a
/// country makes the fact the country's, with the person kept on the relationship; "we" and "our" inside a
/// statement are its speaker.
/// </summary>
public sealed class StanceRecognizer : IExtractionStep
{
    private readonly PhraseMatcher<StancePredicateEntry> _active = new(ignoreCase: true);
    private readonly PhraseMatcher<StancePredicateEntry> _passive = new(ignoreCase: true);
    private readonly PhraseMatcher<StancePredicateEntry> _noun = new(ignoreCase: true);
    private readonly PhraseMatcher<StancePredicateEntry> _compound = new(ignoreCase: true);

    /// <summary>How far after a "... to"/"... for" predicate the target may be, in tokens.</summary>
    private const int TargetWindow = 20;

    /// <summary>How far after a transitive predicate its object may be, in tokens.</summary>
    private const int ObjectWindow = 6;

    /// <summary>How many words may stand between the actor and the predicate.</summary>
    private const int MaxActorGap = 6;

    private static readonly HashSet<string> BeForms = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "was", "were", "be", "been", "being" };

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "away", "down", "off", "out" };

    private static readonly HashSet<string> Negations = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "n't", "never", "no", "against", "opposed", "opposes", "oppose", "rejected", "rejects", "reject",
        "refused", "refuses", "declined", "declines", "condemned", "condemns", "denounced", "cannot", "nor",
    };

    /// <summary>Words that open a new clause: the actor of a predicate is looked for after the last of them.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", ";", ":", "that", "said", "says", "told", "\"", "\u201C", "\u201D", "but", "while", "whereas", "although", "because", "which", "who",
    };

    /// <summary>Words that end the stretch in which the target is looked for.</summary>
    private static readonly HashSet<string> ClauseEnders = new(StringComparer.OrdinalIgnoreCase)
    {
        ";", ":", "but", "while", "whereas", "although", "however", "unless", "if", "because", "after", "before", "until",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "of", "for", "at", "on", "to", "from", "with", "by", "against", ",", ".",
    };

    private static bool OpposedBetween(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Opposition.Contains(tokens[k].Value)) return true;
        }
        return false;
    }

    /// <summary>Words that turn what follows into something acted against.</summary>
    private static readonly HashSet<string> Opposition = new(StringComparer.OrdinalIgnoreCase)
    {
        "against", "sanctions", "retaliatory", "retaliation", "retaliate", "punish", "punitive", "violations", "violating", "breaking",
        "breach", "block", "boycott", "curb", "oppose", "opposing", "reject", "rejecting", "condemn", "condemning", "challenge",
    };

    /// <summary>"agreed on Tuesday to open ...": a "to" after a short time phrase leads into the verb phrase.</summary>
    private static bool InfinitiveFollows(List<Token> tokens, int end)
    {
        for (var k = end; k < tokens.Count && k < end + 4; k++)
        {
            if (tokens[k].Value == "to") return true;
            if (!LinkWords.Contains(tokens[k].Value)) return false;
        }
        return false;
    }

    private static bool OnlyLinkWords(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!LinkWords.Contains(tokens[k].Value)) return false;
        }
        return true;
    }

    /// <summary>Words that may stand between an actor and its predicate.</summary>
    private static readonly HashSet<string> LinkWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "shall", "should", "could", "can", "may", "might", "must", "did", "does", "do",
        "also", "now", "already", "still", "again", "further", "fully", "strongly", "firmly", "formally", "officially", "publicly", "openly",
        "repeatedly", "tentatively", "previously", "recently", "reportedly", "always", "long", "so", "far", "both", "all", "together", "jointly",
        "today", "yesterday", "tonight", "last", "this", "next", "week", "month", "year", "on", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "to", "wants", "want", "wanted", "go", "ahead", "and", "is", "ready", "been", "being", "had", "not",
        "once", "then", "in", "principle", "effectively", "unanimously", "quickly", "immediately", "broadly", "generally", "largely",
        // A country acting through its institutions: "Norway's parliament has approved", "the U.S. government backs".
        "'s", "’s", "government", "parliament", "cabinet", "delegation", "delegations", "administration", "leadership", "authorities",
        "officials", "legislature", "ministers", "leaders", "negotiators", "diplomats",
        "remain", "remains", "remained", "stay", "stays", "stayed", "be", "become", "became", "becomes", "very", "deeply", "totally", "entirely",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "their", "this", "that", "these", "those", "his", "her", "our" };

    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "to", "did", "does", "do", "could", "should", "may", "might", "must", "cannot", "also", "not", "firmly", "strongly", "fully",
    };

    private static readonly HashSet<string> Quantifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "all", "some", "most", "each", "one", "both", "many", "several", "much", "part", "any", "none", "two", "three",
    };

    /// <summary>Verbs that carry a support noun: "gave the clearest backing to", "expressed support for".</summary>
    private static readonly HashSet<string> LightVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "give", "gives", "gave", "given", "giving", "lend", "lends", "lent", "offer", "offers", "offered", "express", "expresses",
        "expressed", "voice", "voiced", "reaffirm", "reaffirms", "reaffirmed", "pledge", "pledged", "declare", "declared", "renew", "renewed",
    };

    private static readonly HashSet<string> PartnerPrepositions = new(StringComparer.OrdinalIgnoreCase) { "from", "with", "against", "by", "between", "among" };

    private static readonly HashSet<string> FirstPersonPlural = new(StringComparer.OrdinalIgnoreCase) { "we", "our", "us" };

    /// <summary>Builds the matchers once.</summary>
    public StanceRecognizer(Gazetteer gazetteer)
    {
        foreach (var p in gazetteer.StancePredicates)
        {
            var matcher = p.Form switch
            {
                "passive" => _passive,
                "noun" => _noun,
                "compound" => _compound,
                _ => _active,
            };
            matcher.Add(p.Phrase, p);
        }
    }

    /// <summary>Heads of projects that belong to whoever put them forward: "Canada's five-point programme".</summary>
    private static readonly HashSet<string> OwnedHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "plan", "programme", "program", "proposal", "proposals", "package", "initiative", "approach", "scheme", "strategy", "reform", "reforms",
    };

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        AddOwners(context);
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var tokens = context.Tokens[s];
            for (var i = 0; i < tokens.Count; i++)
            {
                if (Try(context, s, tokens, i, _compound, Compound) is { } c) { i = c - 1; continue; }
                if (Try(context, s, tokens, i, _passive, Passive) is { } p) { i = p - 1; continue; }
                if (Try(context, s, tokens, i, _noun, Noun) is { } n) { i = n - 1; continue; }
                if (Try(context, s, tokens, i, _active, Active) is { } a) i = a - 1;
            }
        }
    }

    /// <summary>
    /// "Canada's five-point programme", "the Australian plan": a country or organisation that puts a plan forward
    /// supports it. Only for proposals and programmes (a plan's owner backs it), never for treaties or pipelines,
    /// which are shared by their parties.
    /// </summary>
    private static void AddOwners(ExtractionContext context)
    {
        foreach (var project in context.Mentions.Where(m => m.Label == NodeLabel.Project).ToList())
        {
            var words = project.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || !OwnedHeads.Contains(words[^1])) continue;
            var tokens = context.Tokens[project.Sentence];
            var first = tokens.FindIndex(t => t.Start >= project.Start);
            if (first < 1) continue;
            var k = first - 1;
            if (tokens[k].Value is "'s" or "’s" && k > 0) k--;
            if (context.MentionEndingAt(tokens[k].End) is not { Label: NodeLabel.Country or NodeLabel.Organization } owner) continue;
            var actor = AsActor(context, owner);
            if (actor is null) continue;
            context.Facts.Add(new FactCandidate(RelationshipType.Supports, actor.Value.Mention.Label, actor.Value.Mention.Key, NodeLabel.Project, project.Key,
                project.Sentence, owner.Start, project.End, "stance.owner", 0.5, [new("predicate", "'s " + words[^1])]));
        }
    }

    private delegate bool Shape(ExtractionContext context, int sentence, List<Token> tokens, int start, int end, StancePredicateEntry predicate);

    private static int? Try(ExtractionContext context, int sentence, List<Token> tokens, int index, PhraseMatcher<StancePredicateEntry> matcher, Shape shape)
    {
        var (length, predicate) = matcher.MatchAt(tokens, index);
        if (length == 0 || predicate is null) return null;
        return shape(context, sentence, tokens, index, index + length, predicate) ? index + length : null;
    }

    /// <summary>ACTOR [aux] predicate ... TARGET.</summary>
    private static bool Active(ExtractionContext context, int sentence, List<Token> tokens, int start, int end, StancePredicateEntry predicate)
    {
        var clauseStart = ClauseStart(tokens, start);
        var actors = ActorsIn(context, tokens, clauseStart, start, out var actorsEnd);
        if (actors.Count == 0) return false;
        // Only a negation between the actor and the predicate counts: "we are against X, instead we promote Y".
        if (HasNegation(tokens, actorsEnd, start)) return false;
        // The actor must be the subject: only auxiliaries, adverbs and time words stand between ("Pakistan wants to go
        // ahead and committed to"), never a noun it modifies ("U.S. soybean producers", "Iran-contra investigators").
        if (start - actorsEnd > MaxActorGap || !OnlyLinkWords(tokens, actorsEnd, start)) return false;
        // "the proposed tax": a participle after a determiner is an adjective.
        if (start > 0 && Determiners.Contains(tokens[start - 1].Value)) return false;
        // "strike back against", "sent food back to": "back" as a particle is not support.
        if (tokens[start].Value.Equals("back", StringComparison.OrdinalIgnoreCase) && start > actorsEnd && !Modals.Contains(tokens[start - 1].Value)) return false;
        if (tokens[start].Value.Equals("back", StringComparison.OrdinalIgnoreCase) && end < tokens.Count && Prepositions.Contains(tokens[end].Value)) return false;
        // "the proposal being approved", "was backed": a passive verb says nothing of the subject's stance.
        if (start > 0 && BeForms.Contains(tokens[start - 1].Value) && tokens[end - 1].Value.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return false;
        // "back away from", "back down": not support.
        if (end < tokens.Count && Particles.Contains(tokens[end].Value)) return false;
        // A predicate ending in "to"/"for" leads into a verb phrase ("agreed to facilitate talks on Syria"); a
        // transitive verb takes its target from the object right after it ("backed the plan").
        var reach = predicate.Phrase.EndsWith(" to", StringComparison.Ordinal) || predicate.Phrase.EndsWith(" for", StringComparison.Ordinal) || predicate.Phrase.EndsWith(" of", StringComparison.Ordinal)
            || InfinitiveFollows(tokens, end) ? TargetWindow : ObjectWindow;
        var target = TargetAfter(context, tokens, end, actors, reach, stopAtPrepositions: reach == ObjectWindow);
        if (target is null) return false;
        foreach (var actor in actors) Add(context, sentence, tokens, clauseStart, Math.Max(end, target.Value.EndToken), predicate, actor, target.Value.Mention, "stance.active");
        return true;
    }

    /// <summary>TARGET ... predicate ACTOR: "a plan supported by Australia".</summary>
    private static bool Passive(ExtractionContext context, int sentence, List<Token> tokens, int start, int end, StancePredicateEntry predicate)
    {
        if (end >= tokens.Count) return false;
        // "signed by the two sides": a pair stands for both its countries.
        var by = end < tokens.Count && tokens[end].Value == "the" && end + 1 < tokens.Count ? end + 1 : end;
        var actors = context.MentionsStartingAt(tokens[by].Start).Concat(context.MentionsStartingAt(tokens[end].Start)).Distinct()
            .Select(m => AsActor(context, m)).OfType<Actor>().ToList();
        if (actors.Count == 0) return false;
        var actor = (Actor?)actors[0];
        var clauseStart = ClauseStart(tokens, start);
        if (HasNegation(tokens, clauseStart, start)) return false;
        Mention? target = null;
        for (var k = start - 1; k >= 0 && k >= start - TargetWindow; k--)
        {
            if (context.MentionEndingAt(tokens[k].End) is { } m && m.Label.IsEntity() && m.Key != actor.Value.Mention.Key && m.Kind != MentionKind.Demonym) { target = m; break; }
        }
        if (target is null) return false;
        foreach (var a in actors) Add(context, sentence, tokens, Math.Max(0, start - 3), Math.Min(tokens.Count, end + 2), predicate, a, target, "stance.passive");
        return true;
    }

    /// <summary>ACTOR's predicate TARGET: "Kuwait's backing for Iraq", "U.S. support for the accord".</summary>
    private static bool Noun(ExtractionContext context, int sentence, List<Token> tokens, int start, int end, StancePredicateEntry predicate)
    {
        var k = start - 1;
        if (k >= 0 && tokens[k].Value is "'s" or "’s") k--;
        if (k < 0) return false;
        var actor = ActorEndingAt(context, tokens[k]);
        if (actor is null)
        {
            // "Britain has given the clearest backing to ...", "Japan expressed support for ...": a light verb
            // carries the noun, and the clause's actor is the one who supports.
            var light = -1;
            for (var j = start - 1; j >= 0 && j >= start - 4; j--)
            {
                if (LightVerbs.Contains(tokens[j].Value)) { light = j; break; }
            }
            if (light < 0) return false;
            var clauseStart = ClauseStart(tokens, light);
            var actors = ActorsIn(context, tokens, clauseStart, light, out var actorsEnd);
            if (actors.Count == 0 || HasNegation(tokens, actorsEnd, start) || light - actorsEnd > MaxActorGap) return false;
            var found = TargetAfter(context, tokens, end, actors);
            if (found is null) return false;
            foreach (var a in actors) Add(context, sentence, tokens, clauseStart, found.Value.EndToken, predicate, a, found.Value.Mention, "stance.light-verb");
            return true;
        }
        var target = TargetAfter(context, tokens, end, [actor.Value]);
        if (target is null) return false;
        Add(context, sentence, tokens, k, target.Value.EndToken, predicate, actor.Value, target.Value.Mention, "stance.noun");
        return true;
    }

    /// <summary>ACTOR-predicate TARGET: "U.S.-backed contra rebels".</summary>
    private static bool Compound(ExtractionContext context, int sentence, List<Token> tokens, int start, int end, StancePredicateEntry predicate)
    {
        if (start < 2 || tokens[start - 1].Value != "-" || tokens[start - 1].Start != tokens[start - 2].End) return false;
        var actor = ActorEndingAt(context, tokens[start - 2]);
        if (actor is null) return false;
        // The target is the noun the compound modifies: "U.S.-backed contras", not "... rebels in Nicaragua".
        for (var k = end; k < tokens.Count && k < end + 4 && !Prepositions.Contains(tokens[k].Value); k++)
        {
            if (context.MentionStartingAt(tokens[k].Start) is { } m && m.Label.IsEntity() && m.Key != actor.Value.Mention.Key)
            {
                Add(context, sentence, tokens, start - 2, k + 1, predicate, actor.Value, m, "stance.compound");
                return true;
            }
        }
        return false;
    }

    private readonly record struct Actor(Mention Mention, string? Person);

    /// <summary>The clause a predicate belongs to starts after the last clause opener before it.</summary>
    private static int ClauseStart(List<Token> tokens, int predicate)
    {
        for (var k = predicate - 1; k >= 0; k--)
        {
            if (ClauseOpeners.Contains(tokens[k].Value)) return k + 1;
        }
        return 0;
    }

    private static bool HasNegation(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Negations.Contains(tokens[k].Value)) return true;
        }
        return false;
    }

    /// <summary>
    /// The actors of a predicate: the last actor mention of its clause before it, with those coordinated with it
    /// ("Pakistan and Russia have agreed"); "we"/"our" in a statement stand for its speaker.
    /// <paramref name="end"/> is the token after the last actor.
    /// </summary>
    private static List<Actor> ActorsIn(ExtractionContext context, List<Token> tokens, int from, int to, out int end)
    {
        var groups = new List<List<Actor>>();
        var current = new List<Actor>();
        end = from;
        for (var k = from; k < to; k++)
        {
            var here = context.MentionsStartingAt(tokens[k].Start).Select(m => AsActor(context, m)).OfType<Actor>().ToList();
            if (here.Count == 0 && WeAt(context, tokens[k]) is { } we) here.Add(we);
            if (here.Count == 0)
            {
                if (current.Count > 0 && tokens[k].Value is not ("and" or ","))
                {
                    groups.Add(current);
                    current = [];
                }
                continue;
            }
            if (current.Count > 0 && tokens[k - 1].Value is not ("and" or ","))
            {
                groups.Add(current);
                current = [];
            }
            current.AddRange(here);
            var mentionEnd = here.Max(a => a.Mention.End);
            while (k + 1 < to && tokens[k + 1].End <= mentionEnd) k++;
            end = k + 1;
        }
        if (current.Count > 0) groups.Add(current);
        return groups.Count > 0 ? groups[^1] : [];
    }

    /// <summary>An actor mention starting at this token.</summary>
    private static Actor? ActorAt(ExtractionContext context, Token token) =>
        context.MentionStartingAt(token.Start) is { } m ? AsActor(context, m) : null;

    private static Actor? ActorEndingAt(ExtractionContext context, Token token) =>
        context.MentionEndingAt(token.End) is { } m ? AsActor(context, m) : null;

    /// <summary>A person who speaks for a country acts for it: the fact is the country's, the person is kept.</summary>
    private static Actor? AsActor(ExtractionContext context, Mention m)
    {
        switch (m.Label)
        {
            case NodeLabel.Country or NodeLabel.Organization:
                return new Actor(m, null);
            case NodeLabel.Person:
            {
                // "his plan": a possessive pronoun qualifies a noun; it does not act.
                if (m.Kind == MentionKind.Pronoun && m.Surface.ToLowerInvariant() is "his" or "her") return null;
                var person = context.People.Get(m.Key);
                if (person?.Country is { } country)
                {
                    return new Actor(m with { Label = NodeLabel.Country, Key = country }, person.Name);
                }
                return new Actor(m, null);
            }
            default:
                return null;
        }
    }

    /// <summary>"we", "our" inside a statement: its speaker (and so the speaker's country).</summary>
    private static Actor? WeAt(ExtractionContext context, Token token)
    {
        if (!FirstPersonPlural.Contains(token.Value)) return null;
        var statement = context.Statements.FirstOrDefault(st => token.Start >= st.Start && token.End <= st.End);
        if (statement is null) return null;
        var mention = new Mention(token.Start, token.End, -1, NodeLabel.Person, statement.SpeakerKey, token.Value, MentionKind.Pronoun, "stance.we");
        return AsActor(context, mention);
    }

    /// <summary>
    /// The target after a predicate: the first project or conflict within reach (what one supports or commits
    /// to is most often an undertaking), else the first other entity.
    /// </summary>
    private static (Mention Mention, int EndToken)? TargetAfter(ExtractionContext context, List<Token> tokens, int from, IReadOnlyList<Actor> actors, int reach = TargetWindow, bool stopAtPrepositions = false)
    {
        (Mention, int)? first = null;
        for (var k = from; k < tokens.Count && k < from + reach; k++)
        {
            if (ClauseEnders.Contains(tokens[k].Value) || tokens[k].Value == ",") break;
            // "endorsed all of the commission's recommendations": "of" after a quantifier is still the object.
            if (stopAtPrepositions && k > from && tokens[k].Value != "." && Prepositions.Contains(tokens[k].Value)
                && !(tokens[k].Value.Equals("of", StringComparison.OrdinalIgnoreCase) && Quantifiers.Contains(tokens[k - 1].Value))) break;
            // The longest name wins: "a U.S. Supreme Court decision" targets the court, not the U.S.
            if (context.MentionsStartingAt(tokens[k].Start).Where(x => x.Label.IsEntity()).MaxBy(x => x.End) is not { } m) continue;
            // "agreed to charter tankers from the Soviet Union": a partner or source is not the target.
            if (k > from && (PartnerPrepositions.Contains(tokens[k - 1].Value)
                || k - 1 > from && Determiners.Contains(tokens[k - 1].Value) && PartnerPrepositions.Contains(tokens[k - 2].Value))) continue;
            // "Japanese imports", "Danish pigmeat": an adjective of nationality describes, it is not the target.
            if (m.Kind == MentionKind.Demonym) continue;
            if (actors.Any(a => a.Mention.Key == m.Key && a.Mention.Label == m.Label)) continue;
            // "his plan" names no target; "Iran's war enemy Iraq" targets Iraq, the head of the phrase, not Iran.
            if (m.Label == NodeLabel.Person && m.Kind == MentionKind.Pronoun) continue;
            var after = k;
            while (after < tokens.Count && tokens[after].End <= m.End) after++;
            if (after < tokens.Count && tokens[after].Value is "'s" or "’s" && HeadMentionAfter(context, tokens, after + 1)) continue;
            // "a U.S. Supreme Court decision": a country naming whose court or plan it is modifies the next name.
            if (m.Label == NodeLabel.Country && after < tokens.Count
                && context.MentionsStartingAt(tokens[after].Start).Any(x => x.Label is NodeLabel.Organization or NodeLabel.Project)) continue;
            // A person who speaks for the actor's own country is on the actor's side, not a target.
            if (m.Label == NodeLabel.Person && context.People.Get(m.Key)?.Country is { } country
                && actors.Any(a => a.Mention.Label == NodeLabel.Country && a.Mention.Key == country)) continue;
            // "ready to impose sanctions against Japan for breaking its agreement": acting against is no commitment to it.
            if (OpposedBetween(tokens, from, k)) break;
            // The evidence runs to the end of the target's name, not its first word.
            if (m.Label is NodeLabel.Project or NodeLabel.Conflict) return (m, after);
            first ??= (m, after);
        }
        return first;
    }

    /// <summary>Whether an entity is named in the few words after a possessive, before any preposition.</summary>
    private static bool HeadMentionAfter(ExtractionContext context, List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + 4 && !Prepositions.Contains(tokens[k].Value); k++)
        {
            if (context.MentionStartingAt(tokens[k].Start) is { } m && m.Label.IsEntity()) return true;
        }
        return false;
    }

    private static void Add(ExtractionContext context, int sentence, List<Token> tokens, int fromToken, int toToken, StancePredicateEntry predicate, Actor actor, Mention target, string rule)
    {
        if (actor.Mention.Label == target.Label && actor.Mention.Key == target.Key) return;
        var start = tokens[Math.Clamp(fromToken, 0, tokens.Count - 1)].Start;
        var end = tokens[Math.Clamp(toToken - 1, 0, tokens.Count - 1)].End;
        var properties = new List<KeyValuePair<string, object>> { new("predicate", predicate.Phrase) };
        if (actor.Person is not null) properties.Add(new("person", actor.Person));
        context.Facts.Add(new FactCandidate(predicate.Relation, actor.Mention.Label, actor.Mention.Key, target.Label, target.Key,
            sentence, start, end, rule, actor.Mention.Kind == MentionKind.Pronoun ? 0.6 : 0.7, properties));
    }
}
