using System.Collections.Frozen;
using Graph.Extraction.Recognition;
using Graph.Extraction.Syntax;
using Graph.Model;

namespace Graph.Extraction.Stance;

/// <summary>
/// Evaluation as support: "Peru described the pact as a historic step", "Chile called the accord a breakthrough",
/// "Kenya said the initiative was an important achievement", "Chile said the corridor would boost regional trade". Praising what a thing is, rather than naming a verb of
/// praise, is how diplomats welcome an undertaking (CAMEO's 051 "praise or endorse"); the words of praise are a closed
/// class of English evaluative adjectives and nouns, and any word of blame, negation or doubt in the phrase undoes it.
/// </summary>
public sealed partial class StanceRecognizer
{
    /// <summary>Adjectives that praise what they describe.</summary>
    private static readonly FrozenSet<string> PraiseAdjectives = new[]
    {
        "historic", "positive", "important", "significant", "good", "useful", "constructive", "welcome", "encouraging", "promising",
        "excellent", "valuable", "great", "crucial", "vital", "fair", "balanced", "sound", "visionary", "beneficial", "helpful",
        "remarkable", "landmark", "major", "big", "giant", "decisive", "meaningful", "substantial", "successful", "fruitful", "effective",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that praise what they are said of.</summary>
    private static readonly FrozenSet<string> PraiseNouns = new[]
    {
        "breakthrough", "milestone", "achievement", "success", "landmark", "cornerstone", "triumph", "victory", "boost", "model",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that blame, deny or doubt: with one in the phrase, it is no praise ("a step backwards", "not a success").</summary>
    private static readonly FrozenSet<string> BlameWords = new[]
    {
        "failure", "mistake", "setback", "blow", "disaster", "threat", "danger", "sham", "farce", "betrayal", "negative", "bad", "unfair",
        "unacceptable", "dangerous", "useless", "inadequate", "insufficient", "disappointing", "backward", "backwards", "back", "not", "no",
        "never", "too", "hardly", "little", "less", "only", "premature", "empty", "hollow", "meaningless", "worthless", "flawed",
        "one-sided", "unbalanced", "illegal", "illegitimate", "null", "void", "provocation", "obstacle", "violation", "insult",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that set an object and what it is called: "described X as", "called X a", "sees X as".</summary>
    private static readonly FrozenSet<string> NamingVerbs = new[]
    {
        "describe", "describes", "described", "describing", "call", "calls", "called", "calling", "term", "terms", "termed", "terming",
        "see", "sees", "saw", "seeing", "view", "views", "viewed", "viewing", "regard", "regards", "regarded", "regarding",
        "consider", "considers", "considered", "considering", "hail", "hails", "hailed", "hailing", "welcome", "welcomes", "welcomed",
        "praise", "praises", "praised", "praising", "label", "labels", "labelled", "labeled", "characterise", "characterised",
        "characterize", "characterized",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of doing good whose subject is praised when what they bring is good: "the corridor will boost trade".</summary>
    private static readonly FrozenSet<string> BenefitVerbs = new[]
    {
        "boost", "boosts", "boosted", "strengthen", "strengthens", "strengthened", "enhance", "enhances", "enhanced", "benefit", "benefits",
        "benefited", "benefitted", "promote", "promotes", "promoted", "improve", "improves", "improved", "bring", "brings", "brought",
        "foster", "fosters", "fostered", "deepen", "deepens", "deepened", "advance", "advances", "advanced", "pave", "paves", "paved",
        "spur", "spurs", "spurred", "serve", "serves", "served", "increase", "increases", "increased", "expand", "expands", "expanded",
        "help", "helps", "helped",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>What is good to bring, boost or serve: trade, growth, peace, ties ... (never tensions, inflation or losses).</summary>
    private static readonly FrozenSet<string> GoodThings = new[]
    {
        "trade", "growth", "prosperity", "cooperation", "co-operation", "ties", "relations", "stability", "security", "peace", "development",
        "investment", "investments", "jobs", "employment", "exports", "economy", "economies", "integration", "connectivity", "partnership",
        "friendship", "confidence", "trust", "welfare", "well-being", "progress", "liberalization", "liberalisation", "recovery", "benefits",
        "interests", "dialogue", "understanding", "way", "competitiveness", "efficiency", "transparency", "supply", "supplies", "access",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word may start an evaluation, so that a sentence with one is parsed.</summary>
    private static bool MayEvaluate(string word) => PraiseAdjectives.Contains(word) || PraiseNouns.Contains(word) || BenefitVerbs.Contains(word);

    /// <summary>The verbs <see cref="ReadEvaluation"/> needs the clause reader to know.</summary>
    private static IEnumerable<string> EvaluationVerbs => NamingVerbs.Concat(BenefitVerbs);

    /// <summary>
    /// Reads "X described Y as a historic step" (a naming verb, its object, what it is called), "X said Y was an
    /// important step" (a copula in a clause reported by a verb of saying) and "X said Y would boost trade" (a verb of
    /// doing good in such a clause): the subject supports Y when the description praises or what Y brings is good, and
    /// nothing in it blames, denies or hedges.
    /// </summary>
    private void ReadEvaluation(SentenceView s)
    {
        foreach (var clause in s.Clauses)
        {
            var head = s.Tokens[clause.Head].Value;
            if (clause.Passive || Blocked(s, clause)) continue;
            if (NamingVerbs.Contains(head))
            {
                var k = clause.VerbEnd;
                while (k < s.Tokens.Count && s.Classes[k] == WordClass.Determiner && s.Context.MentionStartingAt(s.Tokens[k].Start) is null) k++;
                if (k >= s.Tokens.Count || s.Context.MentionsStartingAt(s.Tokens[k].Start).FirstOrDefault(m => IsEvaluated(m)) is not { } target) continue;
                var after = k;
                while (after < s.Tokens.Count && s.Tokens[after].End <= target.End) after++;
                if (after < s.Tokens.Count && s.Tokens[after].Value.Equals("as", StringComparison.OrdinalIgnoreCase)) after++;
                // "called the accord a breakthrough": without "as", only verbs that take two objects ("called", "termed", "considered").
                else if (head.StartsWith("describ", StringComparison.OrdinalIgnoreCase) || head.StartsWith("see", StringComparison.OrdinalIgnoreCase)
                    || head is "saw" or "sees" || head.StartsWith("view", StringComparison.OrdinalIgnoreCase) || head.StartsWith("regard", StringComparison.OrdinalIgnoreCase)
                    || head.StartsWith("hail", StringComparison.OrdinalIgnoreCase) || head.StartsWith("welcom", StringComparison.OrdinalIgnoreCase)
                    || head.StartsWith("prais", StringComparison.OrdinalIgnoreCase)) continue;
                // "as" may be read as a subordinator that ends the clause: the phrase runs on to the next boundary.
                if (PraiseEnd(s, after, s.Tokens.Count) is not { } end) continue;
                foreach (var actor in SubjectActors(s, clause)) Add(s, clause.FirstToken(), end, head + " as", RelationshipType.Supports, actor, new Target(target, end, false, null), "stance.evaluation");
                s.Read.Add(clause);
                continue;
            }
            // "Kenya said the initiative was an important achievement": a copula whose subject is the undertaking, in a
            // clause reported by the nearest verb of saying before it.
            var benefit = BenefitVerbs.Contains(head);
            if (!Copulas.Contains(head) && !benefit || clause.Modal is { } modal && HedgingModals.Contains(modal)) continue;
            var subjectStart = clause.SubjectStart;
            // "the pact", "a stronger Andean Community": past an article and adjectives to the name.
            while (subjectStart >= 0 && subjectStart < clause.SubjectEnd - 1 && s.Context.MentionStartingAt(s.Tokens[subjectStart].Start) is null
                && (s.Classes[subjectStart] == WordClass.Determiner || s.Classes[subjectStart] == WordClass.Word && char.IsLower(s.Tokens[subjectStart].Value[0]))) subjectStart++;
            if (clause.SubjectStart < 0 || s.Context.MentionsStartingAt(s.Tokens[subjectStart].Start).FirstOrDefault(m => IsEvaluated(m)) is not { } subject) continue;
            var subjectEnd = subjectStart;
            while (subjectEnd < s.Tokens.Count && s.Tokens[subjectEnd].End <= subject.End) subjectEnd++;
            if (subjectEnd != clause.SubjectEnd) continue;
            if ((benefit ? GoodEnd(s, clause.VerbEnd) : PraiseEnd(s, clause.VerbEnd, s.Tokens.Count)) is not { } praiseEnd) continue;
            if (ReportingClause(s, clause) is not { } governor) continue;
            foreach (var actor in SubjectActors(s, governor))
            {
                Add(s, governor.FirstToken(), praiseEnd, s.Tokens[governor.Head].Value + " " + head, RelationshipType.Supports, actor, new Target(subject, praiseEnd, false, null), "stance.evaluation");
            }
        }
    }

    /// <summary>
    /// The end of what a verb of doing good brings, starting at <paramref name="from"/>: within six words a good thing
    /// ("regional trade", "the way for freer trade") or a country or organisation it benefits ("benefit both Peru and
    /// Chile"), with no word of blame or doubt; null otherwise.
    /// </summary>
    private static int? GoodEnd(SentenceView s, int from)
    {
        for (var k = from; k < s.Tokens.Count && k < from + 7; k++)
        {
            var word = s.Tokens[k].Value;
            if (BlameWords.Contains(word) || s.Classes[k] is WordClass.Negation or WordClass.Modal or WordClass.Boundary or WordClass.Subordinator or WordClass.Relative or WordClass.Quote) return null;
            if (GoodThings.Contains(word) || s.Context.MentionsStartingAt(s.Tokens[k].Start).Any(m => m.Label is NodeLabel.Country or NodeLabel.Organization && m.Kind != MentionKind.Demonym))
                return Clear(s, k + 1) ? k + 1 : null;
        }
        return null;
    }

    /// <summary>Whether no word of blame or contrast follows in the rest of the clause.</summary>
    private static bool Clear(SentenceView s, int from)
    {
        for (var k = from; k < s.Tokens.Count && s.Classes[k] is not (WordClass.Boundary or WordClass.Quote); k++)
        {
            if (BlameWords.Contains(s.Tokens[k].Value) || s.Classes[k] == WordClass.Contrast) return false;
        }
        return true;
    }

    /// <summary>What may be praised: an undertaking or an organisation, named or referred back to; not a person or a war.</summary>
    private static bool IsEvaluated(Mention m) => m.Label is NodeLabel.Project or NodeLabel.Organization && m.Kind != MentionKind.Demonym;

    /// <summary>
    /// The end of a phrase that praises, starting at <paramref name="from"/>: an optional article, then within six words
    /// a word of praise ("a historic step", "an important step forward", "a breakthrough for the region"), with no word
    /// of blame, denial or doubt anywhere up to the end of the clause; null when it does not praise.
    /// </summary>
    private static int? PraiseEnd(SentenceView s, int from, int limit)
    {
        int? end = null;
        for (var k = from; k < limit && k < s.Tokens.Count && k < from + 8; k++)
        {
            var word = s.Tokens[k].Value;
            if (BlameWords.Contains(word) || s.Classes[k] is WordClass.Negation or WordClass.Modal) return null;
            if (s.Classes[k] is WordClass.Boundary or WordClass.Comma or WordClass.Quote or WordClass.Subordinator or WordClass.Relative) break;
            if (PraiseNouns.Contains(word) || PraiseAdjectives.Contains(word)) end ??= k + 1;
            else if (end is not null && s.Classes[k] is WordClass.Word && char.IsLower(word[0])) end = k + 1;
            else if (end is not null) break;
        }
        if (end is null) return null;
        // "a historic step but one that ...": blame later in the sentence's clause still undoes it.
        for (var k = end.Value; k < limit && k < s.Tokens.Count && s.Classes[k] is not (WordClass.Boundary or WordClass.Quote); k++)
        {
            if (BlameWords.Contains(s.Tokens[k].Value) || s.Classes[k] == WordClass.Contrast) return null;
        }
        return end;
    }
}
