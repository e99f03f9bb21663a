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

    /// <summary>How far after the predicate the target may be, in tokens.</summary>
    private const int TargetWindow = 20;

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
        ";", ":", "but", "while", "whereas", "although", "however",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "of", "for", "at", "on", "to", "from", "with", "by", "against", ",", ".",
    };

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

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
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
        var target = TargetAfter(context, tokens, end, actors);
        if (target is null) return false;
        foreach (var actor in actors) Add(context, sentence, tokens, clauseStart, Math.Max(end, target.Value.EndToken), predicate, actor, target.Value.Mention, "stance.active");
        return true;
    }

    /// <summary>TARGET ... predicate ACTOR: "a plan supported by Australia".</summary>
    private static bool Passive(ExtractionContext context, int sentence, List<Token> tokens, int start, int end, StancePredicateEntry predicate)
    {
        if (end >= tokens.Count) return false;
        var actor = ActorAt(context, tokens[end]);
        if (actor is null) return false;
        var clauseStart = ClauseStart(tokens, start);
        if (HasNegation(tokens, clauseStart, start)) return false;
        Mention? target = null;
        for (var k = start - 1; k >= 0 && k >= start - TargetWindow; k--)
        {
            if (context.MentionEndingAt(tokens[k].End) is { } m && m.Label.IsEntity() && m.Key != actor.Value.Mention.Key) { target = m; break; }
        }
        if (target is null) return false;
        Add(context, sentence, tokens, Math.Max(0, start - 3), Math.Min(tokens.Count, end + 2), predicate, actor.Value, target, "stance.passive");
        return true;
    }

    /// <summary>ACTOR's predicate TARGET: "Kuwait's backing for Iraq", "U.S. support for the accord".</summary>
    private static bool Noun(ExtractionContext context, int sentence, List<Token> tokens, int start, int end, StancePredicateEntry predicate)
    {
        var k = start - 1;
        if (k >= 0 && tokens[k].Value is "'s" or "’s") k--;
        if (k < 0) return false;
        var actor = ActorEndingAt(context, tokens[k]);
        if (actor is null) return false;
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
                var person = context.People.People.FirstOrDefault(p => p.Key == m.Key);
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
    private static (Mention Mention, int EndToken)? TargetAfter(ExtractionContext context, List<Token> tokens, int from, IReadOnlyList<Actor> actors)
    {
        (Mention, int)? first = null;
        for (var k = from; k < tokens.Count && k < from + TargetWindow; k++)
        {
            if (ClauseEnders.Contains(tokens[k].Value)) break;
            if (context.MentionStartingAt(tokens[k].Start) is not { } m || !m.Label.IsEntity()) continue;
            if (actors.Any(a => a.Mention.Key == m.Key && a.Mention.Label == m.Label)) continue;
            // "his plan" names no target; "Iran's war enemy Iraq" targets Iraq, the head of the phrase, not Iran.
            if (m.Label == NodeLabel.Person && m.Kind == MentionKind.Pronoun) continue;
            var after = k;
            while (after < tokens.Count && tokens[after].End <= m.End) after++;
            if (after < tokens.Count && tokens[after].Value is "'s" or "’s" && HeadMentionAfter(context, tokens, after + 1)) continue;
            // A person who speaks for the actor's own country is on the actor's side, not a target.
            if (m.Label == NodeLabel.Person && context.People.People.FirstOrDefault(p => p.Key == m.Key)?.Country is { } country
                && actors.Any(a => a.Mention.Label == NodeLabel.Country && a.Mention.Key == country)) continue;
            if (m.Label is NodeLabel.Project or NodeLabel.Conflict) return (m, k + 1);
            first ??= (m, k + 1);
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
