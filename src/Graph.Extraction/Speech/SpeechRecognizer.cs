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
    private readonly PhraseMatcher<SpeechVerbEntry> _verbs = new(ignoreCase: true);

    /// <summary>Words that may stand between the speaker and the verb: "Lavrov also said", "He, however, stressed".</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "however", "further", "again", "later", "earlier", "then", "repeatedly", "separately", "previously",
        "once", "had", "has", "have", "was", "is", "would", "will", "has", "recently", "today", "yesterday", "publicly",
        "firmly", "strongly", "clearly", "specifically", "explicitly", "openly", "reportedly", "had", "further",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "He", "he", "She", "she" };

    /// <summary>Builds the verb matcher once.</summary>
    public SpeechRecognizer(Gazetteer gazetteer)
    {
        foreach (var v in gazetteer.SpeechVerbs)
        {
            foreach (var f in v.Forms) _verbs.Add(f, v);
        }
    }

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        var people = PersonMentionsByStart(context);
        string? lastSpeaker = null;
        var taken = new HashSet<(int, int)>();
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var sentence = context.Sentences[s];
            var tokens = context.Tokens[s];
            for (var v = 0; v < tokens.Count; v++)
            {
                var (length, verb) = _verbs.MatchAt(tokens, v);
                if (length == 0 || verb is null) continue;
                if (context.QuoteAt(tokens[v].Start) is not null) continue; // "said" inside someone's quotation
                var verbEnd = v + length;
                var isSource = verb.Kind == "source";
                var subjectStart = tokens[v].Start;
                var speaker = isSource ? null : SpeakerBefore(context, tokens, v, lastSpeaker, sentence, ref subjectStart);
                var afterVerb = verbEnd;
                if (speaker is null)
                {
                    speaker = SpeakerAfter(tokens, verbEnd, people, out afterVerb);
                    if (speaker is null) continue;
                    if (!isSource) subjectStart = tokens[v].Start;
                }
                var candidate = Content(context, sentence, tokens, v, afterVerb, subjectStart, speaker.Value, tokens[v..verbEnd], verb);
                if (candidate is null || !taken.Add((candidate.Start, candidate.End))) continue;
                context.Statements.Add(candidate);
                lastSpeaker = speaker.Value.Key;
                v = verbEnd - 1;
            }
        }
    }

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

    /// <summary>The speaker written before the verb: a person, a pronoun, or a person followed by an apposition.</summary>
    private static Speaker? SpeakerBefore(ExtractionContext context, List<Token> tokens, int verb, string? lastSpeaker, Sentence sentence, ref int subjectStart)
    {
        var i = verb - 1;
        // Skip adverbs and the commas around them: "He, however, stressed".
        while (i >= 0 && (Adverbs.Contains(tokens[i].Value)
            || tokens[i].Value == "," && (i > 0 && Adverbs.Contains(tokens[i - 1].Value) || i + 1 < verb && Adverbs.Contains(tokens[i + 1].Value)))) i--;
        if (i < 0) return null;
        // "Qureshi, the foreign minister, said": skip back over a short apposition.
        if (tokens[i].Value == ",")
        {
            var j = i - 1;
            while (j >= 0 && j > i - 12 && tokens[j].Value != ",") j--;
            if (j > 0 && tokens[j].Value == ",") i = j - 1;
            else return null;
        }
        var t = tokens[i];
        if (Pronouns.Contains(t.Value))
        {
            var key = lastSpeaker ?? LastPersonBefore(context, t.Start);
            if (key is null) return null;
            subjectStart = t.Start;
            context.AddMention(new Mention(t.Start, t.End, sentence.Index, NodeLabel.Person, key, t.Value, MentionKind.Pronoun, "speech.pronoun"));
            return new Speaker(key, true);
        }
        foreach (var m in context.Mentions)
        {
            if (m.Label == NodeLabel.Person && m.End == t.End && m.Kind != MentionKind.Pronoun)
            {
                subjectStart = m.Start;
                return new Speaker(m.Key, false);
            }
        }
        return null;
    }

    /// <summary>The speaker written after the verb: "said Lavrov", "according to Amina Okafor".</summary>
    private static Speaker? SpeakerAfter(List<Token> tokens, int index, Dictionary<int, Mention> people, out int after)
    {
        after = index;
        // Skip a title between the verb and the name: "said Foreign Minister X" is found by the title's mention.
        for (var i = index; i < tokens.Count && i < index + 5; i++)
        {
            if (people.TryGetValue(tokens[i].Start, out var m) && m.Kind != MentionKind.Pronoun)
            {
                var j = i;
                while (j < tokens.Count && tokens[j].End <= m.End) j++;
                after = j;
                return new Speaker(m.Key, false);
            }
            if (tokens[i].Value is "." or ";" or "\"" or "\u201C") break;
        }
        return null;
    }

    private static string? LastPersonBefore(ExtractionContext context, int offset)
    {
        Mention? best = null;
        foreach (var m in context.Mentions)
        {
            if (m.Label == NodeLabel.Person && m.End <= offset && (best is null || m.End > best.End)) best = m;
        }
        return best?.Key;
    }

    /// <summary>What was said: the attached quotation, else the reported clause after or before the attribution.</summary>
    private static StatementCandidate? Content(ExtractionContext context, Sentence sentence, List<Token> tokens, int verb, int afterVerb, int subjectStart, Speaker speaker, List<Token> verbTokens, SpeechVerbEntry entry)
    {
        var text = context.Text;
        var verbText = text[verbTokens[0].Start..verbTokens[^1].End];
        var confidence = speaker.ViaPronoun ? 0.8 : 0.9;
        var attributionStart = Math.Min(subjectStart, verbTokens[0].Start);
        var attributionEnd = afterVerb < tokens.Count ? tokens[afterVerb - 1].End : tokens[^1].End;

        // 1. A quotation closing just before the attribution: “...,” he said / "..." said Lavrov.
        foreach (var q in context.Quotes)
        {
            if (q.IsClosed && q.Close <= attributionStart && IsOnly(text, q.Close, attributionStart, " ,\t\n\r-–—"))
            {
                return Make(q.ContentStart, q.ContentEnd, true, "said.quote-before", confidence, Math.Min(q.Open, sentence.Start), Math.Max(attributionEnd, sentence.End));
            }
            // 2. A quotation opening just after it: Lavrov said "..." / said: “...”.
            if (q.Open >= attributionEnd && IsOnly(text, attributionEnd, q.Open, " ,:\t\n\r"))
            {
                return Make(q.ContentStart, q.ContentEnd, true, "said.quote-after", confidence, sentence.Start, Math.Max(q.Close, sentence.End));
            }
        }

        // 3. Reported speech after the verb: X said (that) ...
        var start = afterVerb < tokens.Count ? tokens[afterVerb].Start : sentence.End;
        if (afterVerb < tokens.Count && tokens[afterVerb].Value is "that" or ":" or ",") start = afterVerb + 1 < tokens.Count ? tokens[afterVerb + 1].Start : sentence.End;
        var end = TrimEndPunctuation(text, start, sentence.End);
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
