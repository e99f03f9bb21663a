using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;
using Graph.Model;

namespace Graph.Extraction.Speech;

/// <summary>
/// Finds who said what. Around each speech verb it looks for the speaker (a person mention, or "he"/"she"
/// resolved to the person last speaking or named) and for what was said: the quotation attached to the
/// attribution (<c>“...,” he said</c>, <c>X said: "..."</c>) or, for reported speech, the clause after the
/// verb (<c>X said (that) ...</c>) or before the attribution (<c>..., X said.</c>).
/// </summary>
public sealed class SpeechRecognizer : IExtractionStep
{
    private readonly PhraseMatcher<SpeechVerbEntry> _verbs;

    /// <summary>Words that may stand between the speaker and the verb: "Lavrov also said", "He, however, stressed".</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "however", "further", "again", "later", "earlier", "then", "repeatedly", "separately", "previously",
        "once", "had", "has", "have", "was", "is", "would", "will", "has", "recently", "today", "yesterday", "publicly",
        "firmly", "strongly", "clearly", "specifically", "explicitly", "openly", "reportedly", "had", "further",
    };

    /// <summary>Builds the verb matcher once.</summary>
    public SpeechRecognizer(Gazetteer gazetteer)
    {
        _verbs = gazetteer.SpeechVerbMatcher;
    }

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        var people = PersonMentionsByStart(context);
        var taken = new HashSet<(int, int)>();
        var lastSpeakerByParagraph = new Dictionary<int, string>();
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var sentence = context.Sentences[s];
            var tokens = context.Tokens[s];
            Speaker? sentenceSpeaker = null;
            for (var v = 0; v < tokens.Count; v++)
            {
                var (length, verb) = _verbs.MatchAt(tokens, v);
                if (length == 0 || verb is null) continue;
                if (context.QuoteAt(tokens[v].Start) is not null) continue; // "said" inside someone's quotation
                // A participle is speech only in ", saying ..." — "a plan calling for" is not a statement.
                if (verb.Kind != "source" && tokens[v].Value.EndsWith("ing", StringComparison.Ordinal) && (v == 0 || tokens[v - 1].Value != ",")) continue;
                var verbEnd = v + length;
                var isSource = verb.Kind == "source";
                var subjectStart = tokens[v].Start;
                var speaker = isSource ? null : SpeakerBefore(context, tokens, v, ref subjectStart);
                // "He noted that ... and said ...": a second verb shares the subject of the first.
                if (speaker is null && !isSource && sentenceSpeaker is not null && v > 0 && tokens[v - 1].Value == "and")
                {
                    speaker = sentenceSpeaker;
                    subjectStart = tokens[v - 1].Start;
                }
                var afterVerb = SkipAdverbs(tokens, verbEnd);
                if (speaker is null)
                {
                    speaker = SpeakerAfter(tokens, verbEnd, people, out afterVerb);
                    if (speaker is null) continue;
                    if (!isSource) subjectStart = tokens[v].Start;
                }
                var candidate = Content(context, sentence, tokens, afterVerb, subjectStart, speaker.Value, tokens[v..verbEnd], verb);
                if (candidate is null || !taken.Add((candidate.Start, candidate.End))) continue;
                context.Statements.Add(candidate);
                sentenceSpeaker = speaker;
                lastSpeakerByParagraph[sentence.Paragraph] = speaker.Value.Key;
                v = verbEnd - 1;
            }
        }
        AddContinuations(context, lastSpeakerByParagraph, taken);
    }

    /// <summary>
    /// Newswire continues a speaker's quotation in the next paragraph without repeating who speaks: a paragraph
    /// that opens with a quotation and holds no attribution of its own belongs to the previous paragraph's speaker.
    /// </summary>
    private static void AddContinuations(ExtractionContext context, Dictionary<int, string> lastSpeakerByParagraph, HashSet<(int, int)> taken)
    {
        foreach (var paragraph in context.Sentences.GroupBy(s => s.Paragraph))
        {
            if (lastSpeakerByParagraph.ContainsKey(paragraph.Key)) continue;
            if (!lastSpeakerByParagraph.TryGetValue(paragraph.Key - 1, out var speaker)) continue;
            var first = paragraph.First();
            var quote = context.Quotes.FirstOrDefault(q => q.Open == first.Start);
            if (quote.ContentEnd <= quote.ContentStart || context.Statements.Any(st => st.Start >= first.Start && st.End <= paragraph.Last().End)) continue;
            if (!taken.Add((quote.ContentStart, quote.ContentEnd))) continue;
            context.Statements.Add(new StatementCandidate(speaker, quote.ContentStart, quote.ContentEnd, first.Index, quote.Open, Math.Max(quote.Close, first.End),
                IsDirect: true, Verb: "", Rule: "said.continuation", Confidence: 0.7));
            lastSpeakerByParagraph[paragraph.Key] = speaker;
        }
    }

    /// <summary>Time words and adverbs after the verb ("admitted tonight that") belong to the attribution.</summary>
    private static int SkipAdverbs(List<Token> tokens, int index)
    {
        while (index < tokens.Count && (Adverbs.Contains(tokens[index].Value) || TimeWords.Contains(tokens[index].Value))) index++;
        return index;
    }

    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "tonight", "today", "yesterday", "earlier", "later", "recently", "now", "again",
    };

    private readonly record struct Speaker(string Key, bool ViaPronoun);

    private static Dictionary<int, Mention> PersonMentionsByStart(ExtractionContext context)
    {
        var map = new Dictionary<int, Mention>();
        foreach (var m in context.Mentions)
        {
            if (m.Label == NodeLabel.Person) map[m.Start] = m;
        }
        return map;
    }

    /// <summary>
    /// The speaker written before the verb: a person (named, or a pronoun or title resolved by the
    /// <see cref="ReferenceResolver"/>), after an apposition ("Qureshi, the foreign minister, said"), a
    /// relative clause ("Chen Shibiao, who said") or a group led by the person ("He and other officials said").
    /// </summary>
    private static Speaker? SpeakerBefore(ExtractionContext context, List<Token> tokens, int verb, ref int subjectStart)
    {
        var i = verb - 1;
        // Skip adverbs and the commas around them: "He, however, stressed".
        while (i >= 0 && (Adverbs.Contains(tokens[i].Value)
            || tokens[i].Value == "," && (i > 0 && Adverbs.Contains(tokens[i - 1].Value) || i + 1 < verb && Adverbs.Contains(tokens[i + 1].Value)))) i--;
        if (i < 0) return null;
        if (tokens[i].Value.Equals("who", StringComparison.OrdinalIgnoreCase) && i > 1 && tokens[i - 1].Value == ",") i -= 2;
        else if (tokens[i].Value == ",")
        {
            // "Oman's Minister of Energy, Salim al-Harthy, said": the name closes the apposition; otherwise skip back
            // over up to two comma groups ("Danjuma, Nigeria's water minister, who came with her, said").
            var comma = i;
            for (var group = 0; group < 3; group++)
            {
                if (comma > 0 && PersonEndingAt(context, tokens[comma - 1]) is { } named)
                {
                    subjectStart = named.Start;
                    return new Speaker(named.Key, named.Kind == MentionKind.Pronoun);
                }
                var j = comma - 1;
                while (j >= 0 && j > comma - 32 && tokens[j].Value != "," && tokens[j].Value != "\u201D" && tokens[j].Value != "\"") j--;
                if (j <= 0 || tokens[j].Value != ",") return null;
                comma = j;
            }
            return null;
        }
        else if (LedGroup(context, tokens, i) is { } leader)
        {
            subjectStart = leader.Start;
            return new Speaker(leader.Key, leader.Kind == MentionKind.Pronoun);
        }
        if (PersonEndingAt(context, tokens[i]) is { } m)
        {
            subjectStart = m.Start;
            return new Speaker(m.Key, m.Kind == MentionKind.Pronoun);
        }
        // "Priya Raghavan of the Centre for Energy Diplomacy in New Delhi said": a name and where the person is from.
        if (AffiliationPhrase(context, tokens, i) is { } affiliated)
        {
            subjectStart = affiliated.Start;
            return new Speaker(affiliated.Key, false);
        }
        return null;
    }

    private static Mention? PersonEndingAt(ExtractionContext context, Token token) =>
        context.MentionEndingAt(token.End) is { Label: NodeLabel.Person } m && m.Surface.ToLowerInvariant() is not ("him" or "her" or "his") ? m : null;

    /// <summary>A named person followed by "of"/"at"/"from" and a short phrase without commas, ending at <paramref name="last"/>.</summary>
    internal static Mention? AffiliationPhrase(ExtractionContext context, List<Token> tokens, int last)
    {
        for (var j = last; j > 0 && j > last - 12; j--)
        {
            var t = tokens[j];
            if (t.Value is "," or ";" or "\"" or "\u201C" or "\u201D") return null;
            if (t.Value is "of" or "at" or "from" && context.MentionEndingAt(tokens[j - 1].End) is { Label: NodeLabel.Person, Kind: not MentionKind.Pronoun } m) return m;
        }
        return null;
    }

    /// <summary>"He and other U.S. officials said", "Wallis and others said": the person leading the group speaks.</summary>
    private static Mention? LedGroup(ExtractionContext context, List<Token> tokens, int last)
    {
        for (var j = last; j >= 1 && j > last - 6; j--)
        {
            if (!tokens[j].Value.Equals("and", StringComparison.Ordinal)) continue;
            if (j + 1 > last || !tokens[j + 1].Value.StartsWith("other", StringComparison.OrdinalIgnoreCase)) return null;
            return context.MentionEndingAt(tokens[j - 1].End) is { Label: NodeLabel.Person } m ? m : null;
        }
        return null;
    }

    /// <summary>
    /// The speaker written after the verb: "said Lavrov", "said Foreign Minister Tomas Varga", "according to
    /// Amina Okafor". The name must end the attribution ("said the Reagan administration" names no speaker).
    /// </summary>
    private static Speaker? SpeakerAfter(List<Token> tokens, int index, Dictionary<int, Mention> people, out int after)
    {
        after = index;
        for (var i = index; i < tokens.Count && i < index + 6; i++)
        {
            if (people.TryGetValue(tokens[i].Start, out var m) && m.Surface.ToLowerInvariant() is not ("him" or "her" or "his"))
            {
                var j = i;
                while (j < tokens.Count && tokens[j].End <= m.End) j++;
                if (j < tokens.Count && tokens[j].IsWord && !char.IsUpper(tokens[j].Value[0]) && !Attribution.Contains(tokens[j].Value)) return null;
                if (j < tokens.Count && tokens[j].Value is "'s" or "’s") return null; // "said Reagan's ..." names no speaker
                after = j;
                return new Speaker(m.Key, m.Kind == MentionKind.Pronoun);
            }
            // Only a title may stand between the verb and the name.
            var t = tokens[i];
            if (!(t.IsCapitalized || t.Value is "the" or "'s" or "’s" or "." or "-")) break;
        }
        return null;
    }

    /// <summary>Words that may follow the speaker's name in an inverted attribution.</summary>
    private static readonly HashSet<string> Attribution = new(StringComparer.Ordinal)
    {
        "who", "on", "in", "at", "during", "after", "before", "when", "while", "told", "adding", "and", "as", "of", "from", "to",
    };

    /// <summary>What was said: the attached quotation, else the reported clause after or before the attribution.</summary>
    private StatementCandidate? Content(ExtractionContext context, Sentence sentence, List<Token> tokens, int afterVerb, int subjectStart, Speaker speaker, List<Token> verbTokens, SpeechVerbEntry entry)
    {
        var text = context.Text;
        var verbText = text[verbTokens[0].Start..verbTokens[^1].End];
        var confidence = speaker.ViaPronoun ? 0.8 : 0.9;
        var attributionStart = Math.Min(subjectStart, verbTokens[0].Start);
        var attributionEnd = afterVerb < tokens.Count ? tokens[afterVerb - 1].End : tokens[^1].End;

        // 1. A quotation closing just before the attribution: “...,” he said / "..." said Lavrov.
        // Only the quotations next to the attribution can qualify; they are found by binary search, in text order.
        var near = context.LastQuoteStartingAtOrBefore(attributionEnd);
        for (var qi = Math.Max(0, near - 2); qi < context.Quotes.Count && qi <= near + 2; qi++)
        {
            var q = context.Quotes[qi];
            // The quotation must open the sentence: "the Australian "quick fix", Wallis said" quotes a phrase, not a statement.
            if (q.IsClosed && q.Close <= attributionStart && q.Close > sentence.Start && IsOnly(text, q.Close, attributionStart, " ,\t\n\r-–—")
                && (q.Open <= sentence.Start || IsOnly(text, ParagraphStart(context, sentence), q.Open, " \t\n\r")))
            {
                return Make(q.ContentStart, q.ContentEnd, true, "said.quote-before", confidence, Math.Min(q.Open, sentence.Start), Math.Max(attributionEnd, sentence.End));
            }
            // 2. A quotation opening just after it: Lavrov said "..." / said: “...”.
            // ... and only when the quotation is what was said, not a phrase inside it: nothing but punctuation after it.
            if (q.Open >= attributionEnd && IsOnly(text, attributionEnd, q.Open, " ,:\t\n\r")
                && (q.Close >= sentence.End || IsOnly(text, q.Close, sentence.End, " .,;!?\t\n\r\"\u201D")))
            {
                return Make(q.ContentStart, q.ContentEnd, true, "said.quote-after", confidence, sentence.Start, Math.Max(q.Close, sentence.End));
            }
        }

        // 3. Reported speech after the verb: X said (that) ...
        var start = afterVerb < tokens.Count ? tokens[afterVerb].Start : sentence.End;
        if (afterVerb < tokens.Count && tokens[afterVerb].Value is "that" or ":" or ",") start = afterVerb + 1 < tokens.Count ? tokens[afterVerb + 1].Start : sentence.End;
        var end = TrimEndPunctuation(text, start, CoordinatedVerb(tokens, afterVerb) ?? sentence.End);
        if (end - start >= 12 && context.QuoteAt(start) is null)
        {
            return Make(start, end, false, entry.Kind == "source" ? "said.according-to" : "said.reported-after", confidence - 0.1, sentence.Start, sentence.End);
        }

        // 4. Reported speech before the attribution: ..., X said.
        // The attribution may carry a title: "..., Minister Ivan Petrenko said." Cut at the last comma before it.
        var comma = attributionStart > sentence.Start ? text.LastIndexOf(',', attributionStart - 1, attributionStart - sentence.Start) : -1;
        var beforeEnd = comma > sentence.Start && attributionStart - comma <= 60 ? TrimEndPunctuation(text, sentence.Start, comma) : sentence.Start;
        if (beforeEnd - sentence.Start >= 12)
        {
            return Make(sentence.Start, beforeEnd, false, "said.reported-before", confidence - 0.1, sentence.Start, sentence.End);
        }
        return null;

        StatementCandidate Make(int s, int e, bool direct, string rule, double conf, int evStart, int evEnd) =>
            new(speaker.Key, s, e, sentence.Index, evStart, evEnd, direct, verbText, rule, Math.Round(conf, 2));

        // Where "... and said ..." starts a second statement of the same speaker.
        int? CoordinatedVerb(List<Token> all, int from)
        {
            for (var k = from; k + 1 < all.Count; k++)
            {
                if (all[k].Value == "and" && _verbs.MatchAt(all, k + 1).Length > 0 && !all[k + 1].Value.EndsWith("ing", StringComparison.Ordinal)) return all[k].Start;
            }
            return null;
        }
    }

    private static int ParagraphStart(ExtractionContext context, Sentence sentence)
    {
        var i = sentence.Index;
        while (i > 0 && context.Sentences[i - 1].Paragraph == sentence.Paragraph) i--;
        return context.Sentences[i].Start;
    }

    private static bool IsOnly(string text, int start, int end, string allowed)
    {
        if (end < start) return false;
        var between = text.AsSpan(start, end - start).Trim();
        if (between.SequenceEqual("that")) return true;
        foreach (var c in between)
        {
            if (!allowed.Contains(c)) return false;
        }
        return true;
    }

    private static int TrimEndPunctuation(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?')) end--;
        return end;
    }
}
