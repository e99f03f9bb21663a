using System.Collections.Frozen;
using Graph.Extraction.Text;

namespace Graph.Extraction.Syntax;

/// <summary>
/// Reads the clauses of a sentence from its tokens: finds the verb groups (auxiliaries, modals, negation and
/// adverbs around a verb the lexicons know), then for each the subject before it (across appositions, time
/// phrases and parentheticals, through coordination "Iran and Pakistan"), a shared subject for coordinated
/// verb phrases ("welcomed the plan and pledged to ...") and infinitives ("agreed to build"), and the
/// stretch after the verb where its objects and complements stand. A shallow parse: it never builds a tree,
/// but it does the few things a stance or a speech frame needs, in one pass per sentence.
/// </summary>
public sealed class ClauseReader
{
    private readonly FrozenDictionary<string, WordClass> _classes;

    /// <summary>Verbs whose object is the subject of the infinitive after it: "urged Iran to sign".</summary>
    private static readonly FrozenSet<string> ObjectControlVerbs = new[]
    {
        "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "call", "calls", "called", "calling", "invite", "invites",
        "invited", "inviting", "encourage", "encourages", "encouraged", "encouraging", "press", "presses", "pressed", "pressing",
        "persuade", "persuaded", "persuades", "tell", "tells", "told", "telling", "allow", "allows", "allowed", "force", "forced", "forces",
        "appeal", "appealed", "appeals", "request", "requested", "requests", "want", "wants", "wanted", "expect", "expects", "expected",
        "challenge", "challenged", "advise", "advised", "warn", "warned", "pressure", "pressured", "push", "pushed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of trying whose infinitive is the act of whoever makes the effort: "launched a bid to save X".</summary>
    private static readonly FrozenSet<string> EffortNouns = new[] { "effort", "efforts", "bid", "attempt", "attempts", "drive", "push", "campaign" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> BeForms = new[] { "is", "are", "was", "were", "be", "been", "being", "am" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Creates a reader that knows these verb forms (those of the stance and speech lexicons) besides the closed
    /// classes; both go into one table so that classifying a token costs one lookup.
    /// </summary>
    public ClauseReader(IEnumerable<string> verbForms) => _classes = WordClasses.WithVerbs(verbForms);

    /// <summary>
    /// The word class of every token of a sentence. A token inside a recognised name (<paramref name="isInName"/>)
    /// is a word whatever its form: "States" in "United States" is no verb.
    /// </summary>
    public WordClass[] Classify(IReadOnlyList<Token> tokens, Func<int, bool>? isInName = null)
    {
        var classes = new WordClass[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            classes[i] = WordClasses.Of(tokens[i], _classes);
            if (classes[i] == WordClass.Verb && isInName is not null && isInName(i)) classes[i] = WordClass.Word;
            // "both sides", "the backing": a verb form right after a determiner is a noun (a floating "both"/"all"/"each"
            // after a subject or an auxiliary is not a determiner of what follows: "Chile and Peru both backed", "have both signed").
            if (classes[i] == WordClass.Verb && i > 0 && classes[i - 1] == WordClass.Determiner
                && !(tokens[i - 1].Value.ToLowerInvariant() is "both" or "all" or "each" && i > 1
                    && (classes[i - 2] == WordClass.Word && char.IsUpper(tokens[i - 2].Value[0]) || classes[i - 2] is WordClass.Auxiliary or WordClass.Modal))) classes[i] = WordClass.Word;
        }
        // "the two sides", "three backers": a verb form after a number is a noun it counts.
        for (var i = 1; i < tokens.Count; i++)
        {
            if (classes[i] == WordClass.Verb && WordClasses.IsCount(tokens[i - 1].Value)) classes[i] = WordClass.Word;
        }
        MarkInlineQuotes(tokens, classes);
        return classes;
    }

    /// <summary>The most words a quotation inside a clause holds: news quotes a phrase, not a sentence, that way.</summary>
    private const int MaxInlineQuoteWords = 6;

    /// <summary>
    /// Marks the quotation marks around a phrase quoted inside a clause ('was "very supportive" of', 'gave its "full
    /// backing" to'): a pair of marks holding a few words that begin in lower case, with no comma or other boundary
    /// between them, a word before the first mark and a lower-case word after the second. Anything else, a
    /// quotation that ends the sentence or opens after "said" and a comma, keeps its marks as the edges of speech.
    /// </summary>
    private static void MarkInlineQuotes(IReadOnlyList<Token> tokens, WordClass[] classes)
    {
        for (var open = 1; open < tokens.Count; open++)
        {
            if (classes[open] != WordClass.Quote || classes[open - 1] is WordClass.Comma or WordClass.Boundary or WordClass.Quote or WordClass.Punctuation) continue;
            if (open + 1 >= tokens.Count || !char.IsLower(tokens[open + 1].Value[0])) continue;
            var close = open + 1;
            while (close < tokens.Count && close - open <= MaxInlineQuoteWords + 1 && classes[close] is not (WordClass.Quote or WordClass.Comma or WordClass.Boundary)
                   && tokens[close].Value != ".") close++;
            if (close >= tokens.Count || classes[close] != WordClass.Quote || close == open + 1 || close - open > MaxInlineQuoteWords + 1) continue;
            if (close + 1 >= tokens.Count || !char.IsLower(tokens[close + 1].Value[0])) continue;
            classes[open] = classes[close] = WordClass.InlineQuote;
            open = close;
        }
    }

    /// <summary>
    /// The clauses of a sentence, in text order. <paramref name="isNameEnd"/> tells whether a token ends a
    /// recognised name: a bare verb form after a name is a verb ("Iran and Iraq support the plan"), after any
    /// other word it is a noun unless an object follows ("U.S. support for" is a noun).
    /// </summary>
    public static List<Clause> Read(IReadOnlyList<Token> tokens, WordClass[] classes, Func<int, bool> isNameEnd)
    {
        var clauses = new List<Clause>();
        var question = tokens.Count > 0 && tokens[^1].Value == "?";
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!StartsVerbGroup(tokens, classes, i, isNameEnd))
            {
                // A verb form where no verb group can start is a noun or a modifier ("finance ministers", "the support"),
                // so that the noun phrase it stands in reads through it.
                if (classes[i] == WordClass.Verb && !(i > 0 && classes[i - 1] == WordClass.To)) classes[i] = WordClass.Word;
                continue;
            }
            var clause = VerbGroupAt(tokens, classes, i, isNameEnd);
            if (clause is null) continue;
            clause.Question = question;
            FindSubject(tokens, classes, clause, clauses);
            clause.Conditional = ConditionBefore(tokens, classes, clause.VerbStart) || ConditionAfter(tokens, classes, clause.VerbEnd);
            clause.BareInfinitive = IsBareInfinitiveAfterObject(tokens, clause);
            clauses.Add(clause);
            i = clause.VerbEnd - 1;
        }
        // A clause runs to the next boundary or the next verb group's subject, whichever comes first.
        // An infinitive belongs to the clause that governs it ("agreed to open"), so it does not end that clause.
        for (var c = 0; c < clauses.Count; c++)
        {
            var n = c + 1;
            while (n < clauses.Count && (clauses[n].Infinitive || clauses[n].BareInfinitive)) n++;
            var limit = n < clauses.Count ? (clauses[n].SubjectStart >= clauses[c].VerbEnd ? clauses[n].SubjectStart : clauses[n].VerbStart) : tokens.Count;
            var end = clauses[c].VerbEnd;
            while (end < limit && !EndsClause(classes[end])) end++;
            clauses[c].End = Math.Max(end, clauses[c].VerbEnd);
        }
        return clauses;
    }

    /// <summary>
    /// Adjectives of a scheduled act that a form of "be" carries before an infinitive, as "will" does: "Greece is set to
    /// sign", "is due to ratify", "is poised to join". Not those of others' expectation ("is expected to", "is likely to").
    /// </summary>
    private static readonly FrozenSet<string> ProspectAdjectives = new[] { "set", "due", "poised", "scheduled", "slated" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether token <paramref name="k"/> is a prospect adjective after a form of "be" (adverbs between): "is now set".</summary>
    private static bool ProspectAfterBe(IReadOnlyList<Token> tokens, WordClass[] classes, int k)
    {
        if (k < 1 || !ProspectAdjectives.Contains(tokens[k].Value)) return false;
        var b = k - 1;
        while (b > 0 && classes[b] == WordClass.Adverb) b--;
        return BeForms.Contains(tokens[b].Value);
    }

    /// <summary>Verbs whose object may be followed by a bare infinitive: "help Peru expand its ports", "let Chile join".</summary>
    private static readonly FrozenSet<string> BareInfinitiveGovernors = new[] { "help", "helps", "helped", "helping", "let", "lets", "letting" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a clause is the bare infinitive of a verb like "help" after its object ("will help Peru expand its ports"):
    /// a verb with no auxiliary whose "subject" is the object right after such a verb. It belongs to the governing clause.
    /// </summary>
    private static bool IsBareInfinitiveAfterObject(IReadOnlyList<Token> tokens, Clause clause) =>
        clause.SubjectStart > 0 && clause.SubjectEnd == clause.VerbStart && clause.VerbStart == clause.Head
        && BareInfinitiveGovernors.Contains(tokens[clause.SubjectStart - 1].Value);

    private static bool EndsClause(WordClass c) => c is WordClass.Boundary or WordClass.Quote or WordClass.Subordinator or WordClass.Relative or WordClass.Contrast;

    private static bool StartsVerbGroup(IReadOnlyList<Token> tokens, WordClass[] classes, int i, Func<int, bool> isNameEnd)
    {
        var c = classes[i];
        if (c is WordClass.Modal) return true;
        if (c is WordClass.Auxiliary) return !(i > 0 && classes[i - 1] is WordClass.Determiner);
        if (c is WordClass.To) return i + 1 < tokens.Count && classes[i + 1] == WordClass.Verb && IsVerbInPosition(tokens, classes, i + 1, isNameEnd);
        if (c is WordClass.Verb) return IsVerbInPosition(tokens, classes, i, isNameEnd);
        return false;
    }

    /// <summary>Whether a known verb form stands where a verb can: not after a determiner, a possessive or a preposition.</summary>
    private static bool IsVerbInPosition(IReadOnlyList<Token> tokens, WordClass[] classes, int i, Func<int, bool> isNameEnd)
    {
        var value = tokens[i].Value;
        if (i == 0) return char.IsUpper(value[0]) && value.EndsWith("ing", StringComparison.Ordinal);
        var before = classes[i - 1];
        if (before == WordClass.Determiner && tokens[i - 1].Value.ToLowerInvariant() is "both" or "all" or "each" && i > 1 && isNameEnd(i - 2)) return true;
        if (before is WordClass.Determiner or WordClass.Possessive or WordClass.Of) return false;
        if (before is WordClass.Preposition) return false;
        if (before is WordClass.To or WordClass.Modal or WordClass.Auxiliary or WordClass.Negation or WordClass.Adverb or WordClass.Pronoun
            or WordClass.Relative or WordClass.Coordinator or WordClass.Comma or WordClass.Subordinator or WordClass.Time) return true;
        // A hyphen glues a compound ("U.S.-backed"), which is a modifier, not a verb group; the full stop that ends an
        // abbreviated name ("the U.S. backed") is the name's own.
        if (before is WordClass.Punctuation && !(tokens[i - 1].Value == "." && isNameEnd(i - 1))) return false;
        var lower = value.ToLowerInvariant();
        // "pledged continued support", "voiced renewed backing": a participle right after a verb modifies its object.
        if (before == WordClass.Verb && lower.EndsWith("ed", StringComparison.Ordinal)) return false;
        if (lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal)) return true;
        if (isNameEnd(i - 1)) return true;
        // A bare form after a common noun is a verb only when an object or an infinitive follows it directly ("officials
        // welcome the move", "ministers intend to reaffirm").
        // "officials say they", "ministers say that": a clause of their own follows.
        return i + 1 < tokens.Count && (classes[i + 1] is WordClass.Determiner or WordClass.Pronoun || tokens[i + 1].Value == "that"
                || classes[i + 1] == WordClass.To && i + 2 < tokens.Count && classes[i + 2] == WordClass.Verb)
            && !lower.EndsWith("ing", StringComparison.Ordinal);
    }

    private static Clause? VerbGroupAt(IReadOnlyList<Token> tokens, WordClass[] classes, int i, Func<int, bool> isNameEnd)
    {
        var start = i;
        var j = i;
        var infinitive = classes[i] == WordClass.To;
        if (infinitive) j++;
        string? modal = null;
        var negated = false;
        var be = false;
        var head = -1;
        for (; j < tokens.Count; j++)
        {
            var c = classes[j];
            if (c == WordClass.Modal) { modal ??= tokens[j].Value.ToLowerInvariant(); head = j; continue; }
            if (c == WordClass.Negation) { negated = true; continue; }
            if (c == WordClass.Adverb) continue;
            // "have both ratified", "had all agreed": a floating quantifier after an auxiliary.
            if (head >= 0 && classes[head] is WordClass.Auxiliary or WordClass.Modal && j == head + 1 && tokens[j].Value is "both" or "all" or "each") continue;
            // "has yet to be approved", "has yet been approved": after an auxiliary "yet" is an adverb of negative
            // polarity, so the clause says it has not happened.
            if (c == WordClass.Contrast && head >= 0 && tokens[j].Value.Equals("yet", StringComparison.OrdinalIgnoreCase)) { negated = true; continue; }
            if (c == WordClass.Auxiliary)
            {
                be |= BeForms.Contains(tokens[j].Value);
                head = j;
                continue;
            }
            if (c == WordClass.Verb && (head < 0 || head == j - 1 || classes[j - 1] is WordClass.Adverb or WordClass.Negation || tokens[j - 1].Value is "both" or "all" or "each")) { head = j; j++; break; }
            break;
        }
        if (head < 0) return null;
        // Trailing adverbs after the verb belong to the complement; the group ends at the head.
        var end = head + 1;
        var headValue = tokens[head].Value.ToLowerInvariant();
        var participle = classes[head] == WordClass.Verb && (headValue.EndsWith("ed", StringComparison.Ordinal) || headValue.EndsWith("en", StringComparison.Ordinal) || headValue.EndsWith("wn", StringComparison.Ordinal));
        // "had been used to": a participle no lexicon knows after a form of be still makes the group passive.
        if (!participle && be && BeForms.Contains(tokens[head].Value) && head + 1 < tokens.Count && classes[head + 1] == WordClass.Word
            && tokens[head + 1].Value is { Length: > 3 } next && char.IsLower(next[0]) && next.EndsWith("ed", StringComparison.Ordinal))
        {
            participle = true;
            head++;
        }
        return new Clause
        {
            VerbStart = start,
            VerbEnd = end,
            Head = head,
            Negated = negated,
            Modal = modal,
            Passive = be && participle,
            Infinitive = infinitive,
            End = end,
        };
    }

    private static void FindSubject(IReadOnlyList<Token> tokens, WordClass[] classes, Clause clause, List<Clause> before)
    {
        var previous = before.Count > 0 ? before[^1] : null;
        if (clause.Infinitive)
        {
            // "Japan's failure to honour the pact", "a decision to build": an infinitive right after a common noun
            // complements the noun; it shares no subject with the verb before. Not the object of an urging verb
            // close before it: "called on its neighbours to back X".
            var urged = previous is not null && ObjectControlVerbs.Contains(tokens[previous.Head].Value) && clause.VerbStart - previous.VerbEnd <= 5;
            // "Japan launched an effort to save the pact": the infinitive after an effort noun is the act of the verb's subject.
            var effort = previous is not null && clause.VerbStart > 0 && EffortNouns.Contains(tokens[clause.VerbStart - 1].Value) && clause.VerbStart - previous.VerbEnd <= 5;
            if (!urged && !effort && !ProspectAfterBe(tokens, classes, clause.VerbStart - 1)
                && clause.VerbStart > 0 && classes[clause.VerbStart - 1] == WordClass.Word && char.IsLower(tokens[clause.VerbStart - 1].Value[0])
                && !tokens[clause.VerbStart - 1].Value.EndsWith("ing", StringComparison.Ordinal) && !tokens[clause.VerbStart - 1].Value.EndsWith("ed", StringComparison.Ordinal)) return;
            // "support for the applications of Finland and Sweden to join NATO": an infinitive after names that "of" attaches to a
            // noun complements that noun; its subject is theirs, not the sentence's.
            if (!urged && !effort && previous is not null && NamesAfterOf(tokens, classes, previous.VerbEnd, clause.VerbStart)) return;
            clause.Governor = previous;
            clause.SubjectFrom = previous;
            if (previous is not null && ObjectControlVerbs.Contains(tokens[previous.Head].Value))
            {
                for (var k = previous.VerbEnd; k < clause.VerbStart; k++)
                {
                    if (classes[k] is WordClass.Word or WordClass.Pronoun) { clause.ObjectControlled = true; clause.SubjectFrom = null; clause.SubjectStart = previous.VerbEnd; clause.SubjectEnd = clause.VerbStart; break; }
                }
            }
            return;
        }
        var k0 = SkipBackOverAdjuncts(tokens, classes, clause.VerbStart - 1);
        if (k0 < 0)
        {
            return;
        }
        var ck = classes[k0];
        if (ck == WordClass.Pronoun || ck == WordClass.Determiner && tokens[k0].Value.ToLowerInvariant() is "both" or "all" or "each" && k0 > 0 && classes[k0 - 1] == WordClass.Word)
        {
            if (ck == WordClass.Determiner)
            {
                // "Chile and Peru both backed": a floating quantifier after the subject.
                k0--;
                if (NounPhraseBefore(tokens, classes, k0) is { } quantified)
                {
                    clause.SubjectStart = quantified;
                    clause.SubjectEnd = k0 + 1;
                }
                return;
            }
            clause.SubjectStart = k0;
            clause.SubjectEnd = k0 + 1;
            return;
        }
        if (ck == WordClass.Relative)
        {
            var np = k0 - 1;
            if (np >= 0 && classes[np] == WordClass.Comma) np--;
            if (np >= 0 && NounPhraseBefore(tokens, classes, np) is { } rel)
            {
                clause.Relative = true;
                clause.SubjectStart = rel;
                clause.SubjectEnd = np + 1;
            }
            return;
        }
        if (ck is WordClass.Coordinator or WordClass.Contrast || ck == WordClass.Comma && tokens[clause.Head].Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            // "welcomed the plan and pledged to ...", "..., welcoming the plan": the verb phrase shares the subject before it;
            // when the verb before is one no lexicon knows ("wants to move on and committed"), the subject is the noun
            // phrase that opens the clause.
            // "urged Ghana to sign X, saying the accord would help": a participle after a comma speaks for the subject of the
            // clause the infinitives hang from, not for the one urged.
            var host = previous;
            if (ck == WordClass.Comma)
            {
                while (host is { Infinitive: true, Governor: { } up }) host = up;
            }
            if (host is not null && !OpenerBetween(classes, host.Head, k0)) clause.SubjectFrom = host;
            else if (NounPhraseOpening(tokens, classes, k0) is { } opening)
            {
                clause.SubjectStart = opening.Start;
                clause.SubjectEnd = opening.End;
            }
            return;
        }
        if (NounPhraseBefore(tokens, classes, k0) is { } subjectStart)
        {
            clause.SubjectStart = ObjectLeftBehind(tokens, classes, previous, subjectStart, k0);
            clause.SubjectEnd = k0 + 1;
        }
    }

    /// <summary>
    /// "Norway welcomed the shipping agreement and Iceland signed it": a coordination that starts right after the verb
    /// before and whose first part ends in a common noun, or that starts further on in that verb's complement, is the
    /// verb's object followed by a new subject, not one subject of two parts. Returns where the subject starts: after the
    /// last "and" in that case, <paramref name="start"/> otherwise.
    /// </summary>
    private static int ObjectLeftBehind(IReadOnlyList<Token> tokens, WordClass[] classes, Clause? previous, int start, int end)
    {
        if (previous is null || start < previous.VerbEnd) return start;
        // "pledged 50 mln dlrs to the Amazon Initiative, and Spain approved it": a coordination that starts further on in the
        // verb's complement, with nothing that opens a clause between, is the end of that complement and a new subject.
        var inComplement = start > previous.VerbEnd;
        for (var k = previous.VerbEnd; k < start && inComplement; k++) inComplement = !EndsClause(classes[k]);
        // "backed the plan, and Peru and Chile agreed": a phrase that opens right after "and" or a comma opens the new clause.
        if (inComplement && classes[start - 1] is WordClass.Coordinator or WordClass.Comma) return start;
        if (!inComplement && previous.VerbEnd != start) return start;
        // "..., and Peru and Chile agreed": a comma before "and" marks where the complement ends.
        for (var k = start + 1; k < end && inComplement; k++)
        {
            if (classes[k] == WordClass.Comma && classes[k + 1] == WordClass.Coordinator) return k + 2;
        }
        for (var k = end; k > start; k--)
        {
            if (classes[k] != WordClass.Coordinator) continue;
            if (inComplement) return k + 1;
            var before = classes[k - 1] == WordClass.Comma ? k - 2 : k - 1;
            return before >= start && classes[before] == WordClass.Word && char.IsLower(tokens[before].Value[0]) ? k + 1 : start;
        }
        return start;
    }

    /// <summary>
    /// Steps back from <paramref name="k"/> over what may stand between a subject and its verb: adverbs, time
    /// phrases ("on Tuesday", "last week") and a parenthetical set off by commas (", the foreign minister,",
    /// ", who arrived on Monday,", ", speaking in Rome,"). Returns the token where the subject should end.
    /// </summary>
    private static int SkipBackOverAdjuncts(IReadOnlyList<Token> tokens, WordClass[] classes, int k)
    {
        while (k >= 0)
        {
            var c = classes[k];
            if (c == WordClass.Adverb) { k--; continue; }
            // "The Association of Southeast Asian Nations (ASEAN) endorsed": a bracketed acronym or aside after the subject.
            if (tokens[k].Value == ")")
            {
                var open = k - 1;
                while (open >= 0 && open > k - 10 && tokens[open].Value is not ("(" or ")")) open--;
                if (open > 0 && tokens[open].Value == "(")
                {
                    k = open - 1;
                    continue;
                }
                return k;
            }
            if (c == WordClass.Time || c == WordClass.Word && IsNumber(tokens[k].Value) && k > 0 && classes[k - 1] is WordClass.Time or WordClass.Preposition)
            {
                k--;
                while (k >= 0 && (classes[k] is WordClass.Time or WordClass.Determiner || IsNumber(tokens[k].Value) || classes[k] == WordClass.Comma && k > 0 && classes[k - 1] == WordClass.Time)) k--;
                if (k >= 0 && (classes[k] == WordClass.Preposition || tokens[k].Value is "last" or "next" or "early" or "late" or "Last" or "Next")) k--;
                continue;
            }
            if (c == WordClass.Comma && k > 0)
            {
                var open = k - 1;
                while (open >= 0 && classes[open] is not (WordClass.Comma or WordClass.Boundary or WordClass.Quote or WordClass.Subordinator)) open--;
                if (open > 0 && classes[open] == WordClass.Comma && IsParenthetical(tokens, classes, open + 1, k))
                {
                    k = open - 1;
                    continue;
                }
                // "The two countries, Peru and Chile, agreed": names in apposition to a plural noun are the subject.
                if (NamesPluralNoun(tokens, classes, k)) return k - 1;
                return k;
            }
            return k;
        }
        return k;
    }

    /// <summary>
    /// Whether the comma at <paramref name="close"/> ends names coordinated with "and" ("Peru and Chile", "Peru, Chile and
    /// Ecuador") set off by a comma after a plural common noun ("the two countries, Peru and Chile,"): an apposition.
    /// </summary>
    private static bool NamesPluralNoun(IReadOnlyList<Token> tokens, WordClass[] classes, int close)
    {
        var coordinated = false;
        var names = 0;
        for (var k = close - 1; k > 0; k--)
        {
            if (classes[k] == WordClass.Coordinator && tokens[k].Value == "and") { coordinated = true; continue; }
            if (tokens[k].IsWord && char.IsUpper(tokens[k].Value[0])) { names++; continue; }
            if (tokens[k].Value is "." or "-") continue;
            if (classes[k] != WordClass.Comma) return false;
            var noun = tokens[k - 1].Value;
            if (classes[k - 1] == WordClass.Word && char.IsLower(noun[0]) && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal)) return coordinated && names >= 2;
        }
        return false;
    }

    /// <summary>Whether the words right before <paramref name="end"/> are capitalised names (with "and" and commas) that "of" introduces.</summary>
    private static bool NamesAfterOf(IReadOnlyList<Token> tokens, WordClass[] classes, int from, int end)
    {
        var k = end - 1;
        var names = 0;
        while (k > from && (tokens[k].IsWord && char.IsUpper(tokens[k].Value[0]) || tokens[k].Value is "and" or "," or "." or "-"))
        {
            if (tokens[k].IsWord && char.IsUpper(tokens[k].Value[0])) names++;
            k--;
        }
        return names > 0 && k >= from && tokens[k].Value == "of";
    }

    private static bool IsNumber(string value) => value.Length > 0 && char.IsDigit(value[0]);

    /// <summary>Whether the words between two commas are an aside the subject may be separated from its verb by.</summary>
    private static bool IsParenthetical(IReadOnlyList<Token> tokens, WordClass[] classes, int from, int to)
    {
        if (from >= to) return false;
        var first = classes[from];
        if (first is WordClass.Determiner or WordClass.Relative or WordClass.Preposition or WordClass.Time or WordClass.Adverb or WordClass.Subordinator) return true;
        var value = tokens[from].Value;
        if (char.IsLower(value[0]) && (value.EndsWith("ing", StringComparison.Ordinal) || value.EndsWith("ed", StringComparison.Ordinal))) return true;
        // ", along with Peru,", ", together with its allies,", ", alongside Chile,": a companion set off by commas.
        if (value is "along" or "together" && from + 1 < to && tokens[from + 1].Value == "with" || value == "alongside") return true;
        // ", Foreign Minister Ana Ruiz,": an apposition of a title and a name, not the next item of a list (lists end in "and").
        for (var k = from; k < to; k++)
        {
            if (classes[k] is WordClass.Coordinator or WordClass.Verb or WordClass.Auxiliary) return false;
        }
        return to - from >= 2 && char.IsUpper(value[0]);
    }

    /// <summary>
    /// The first token of the noun phrase ending at <paramref name="end"/>, through possessives, "of" chains,
    /// hyphens and coordination ("Iran and Pakistan", "Iran, Iraq and Syria"), or null when no noun ends there.
    /// </summary>
    private static int? NounPhraseBefore(IReadOnlyList<Token> tokens, WordClass[] classes, int end)
    {
        if (end < 0 || classes[end] is not (WordClass.Word or WordClass.Time) && !(classes[end] == WordClass.Punctuation && tokens[end].Value == ".")) return null;
        var start = end;
        var sawCoordinator = false;
        for (var k = end - 1; k >= 0; k--)
        {
            var c = classes[k];
            if (c is WordClass.Word or WordClass.Determiner or WordClass.Possessive or WordClass.Of || c == WordClass.Punctuation && tokens[k].Value is "-" or "." or "'" or "\u2019")
            {
                start = k;
                continue;
            }
            if (c == WordClass.Coordinator && k > 0 && (classes[k - 1] is WordClass.Word || classes[k - 1] == WordClass.Comma && k > 1 && classes[k - 2] == WordClass.Word))
            {
                sawCoordinator = true;
                start = k;
                continue;
            }
            // "Iran, Iraq and Syria": commas between names of a list that ends in "and".
            if (c == WordClass.Comma && k > 0 && classes[k - 1] == WordClass.Word
                && (sawCoordinator || classes[k + 1] == WordClass.Coordinator)
                && (char.IsUpper(tokens[k + 1].Value[0]) || classes[k + 1] is WordClass.Determiner or WordClass.Coordinator))
            {
                start = k;
                continue;
            }
            break;
        }
        // The phrase never starts on a joining word.
        while (start < end && classes[start] is WordClass.Coordinator or WordClass.Comma or WordClass.Of or WordClass.Possessive or WordClass.Punctuation) start++;
        return start;
    }

    /// <summary>
    /// The noun phrase right after the last clause opener before <paramref name="before"/> (the sentence start, a
    /// subordinator, a quotation mark, a semicolon), when a noun phrase stands there.
    /// </summary>
    private static (int Start, int End)? NounPhraseOpening(IReadOnlyList<Token> tokens, WordClass[] classes, int before)
    {
        var open = before - 1;
        while (open >= 0 && classes[open] is not (WordClass.Subordinator or WordClass.Boundary or WordClass.Quote or WordClass.Relative)) open--;
        var k = open + 1;
        var start = k;
        while (k < before && (classes[k] is WordClass.Word or WordClass.Determiner or WordClass.Possessive or WordClass.Of
            || classes[k] == WordClass.Punctuation && tokens[k].Value is "-" or "."
            || classes[k] == WordClass.Coordinator && k + 1 < before && classes[k + 1] == WordClass.Word))
        {
            // "Peru wants ...": an inflected lower-case word right after a name is its verb, not part of the phrase.
            var v = tokens[k].Value;
            if (k > start && classes[k] == WordClass.Word && char.IsLower(v[0]) && char.IsUpper(tokens[k - 1].Value[0])
                && (v.EndsWith('s') || v.EndsWith("ed", StringComparison.Ordinal))) break;
            k++;
        }
        return k > start && classes[k - 1] == WordClass.Word ? (start, k) : null;
    }

    /// <summary>Whether a clause opens between two tokens (a subordinator, a quotation mark, a semicolon).</summary>
    private static bool OpenerBetween(WordClass[] classes, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (classes[k] is WordClass.Subordinator or WordClass.Boundary or WordClass.Quote or WordClass.Relative) return true;
        }
        return false;
    }

    /// <summary>
    /// "X will sign the pact only if Y cuts its duties", "X would back the plan provided that ...": a condition after the
    /// verb in the same stretch of the sentence (before a comma, a relative or a quotation) makes the clause conditional;
    /// "even if" concedes and does not.
    /// </summary>
    private static bool ConditionAfter(IReadOnlyList<Token> tokens, WordClass[] classes, int from)
    {
        for (var k = from; k < tokens.Count; k++)
        {
            // "praised the plan but warned of retaliation if ...": a condition after a coordinated clause is that clause's;
            // one after an infinitive ("committed to providing the funds if ...") is the infinitive's.
            if (classes[k] is WordClass.Boundary or WordClass.Quote or WordClass.Comma or WordClass.Relative or WordClass.Contrast or WordClass.Coordinator or WordClass.To) return false;
            var value = tokens[k].Value.ToLowerInvariant();
            if (classes[k] == WordClass.Subordinator && value is not ("if" or "unless")) return false;
            var concessive = k > 0 && tokens[k - 1].Value.Equals("even", StringComparison.OrdinalIgnoreCase);
            if (value is "if" or "unless" && !concessive) return true;
            // "provided that", never the verb ("providing the funds").
            if (value is "provided" or "providing" && k + 1 < tokens.Count && tokens[k + 1].Value == "that") return true;
            if (value == "on" && k + 2 < tokens.Count && tokens[k + 1].Value == "condition" && tokens[k + 2].Value == "that") return true;
        }
        return false;
    }

    /// <summary>Whether "if" or "unless" opens the stretch of the sentence the verb group is in.</summary>
    private static bool ConditionBefore(IReadOnlyList<Token> tokens, WordClass[] classes, int verb)
    {
        // "If the talks succeed, X will sign": a fronted condition governs the main clause after its comma.
        if (tokens.Count > 0 && tokens[0].Value is "If" or "Unless") return true;
        for (var k = verb - 1; k >= 0; k--)
        {
            if (classes[k] is WordClass.Boundary or WordClass.Quote || classes[k] is WordClass.Comma && k < verb - 1) return false;
            if (classes[k] == WordClass.Subordinator) return tokens[k].Value.ToLowerInvariant() is "if" or "unless" or "whether";
        }
        return false;
    }
}
