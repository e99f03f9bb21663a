using Graph.Extraction.Pipeline;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;
using Graph.Model;
using static Graph.Extraction.Speech.AttributionWords;

namespace Graph.Extraction.Speech;

/// <summary>
/// A speaker phrase that names no person: an unnamed person or group ("one banking source", "a senior official",
/// "diplomats", "sources close to the ministry"), a body ("the ministry", "Iran", "the White House") or a document
/// ("the report", "a statement"). The statement is kept with this text as its source and credited to nobody.
/// </summary>
internal static class UnnamedSource
{
    /// <summary>How many tokens a source phrase may hold.</summary>
    private const int MaxTokens = 10;

    /// <summary>The source phrase whose last token is <paramref name="last"/> (the subject before the verb), or null.</summary>
    public static (int Start, string Text)? Before(ExtractionContext context, List<Token> tokens, int last)
    {
        // "The European Community (EC) warned": the parenthesis belongs to the phrase before it.
        if (last > 0 && tokens[last].Value == ")")
        {
            var open = last - 1;
            while (open > 0 && open > last - 8 && tokens[open].Value != "(") open--;
            if (tokens[open].Value == "(") last = open - 1;
        }
        // "... and said": the verb shares a subject further back, not the words before "and".
        if (last < 0 || !tokens[last].IsWord || SubjectBoundaries.Contains(tokens[last].Value)) return null;
        var start = last;
        var verbs = context.Gazetteer.SpeechVerbMatcher;
        // Walk left to the start of the phrase: punctuation, a conjunction, a relative word, a verb or an adverb ends it.
        while (start > 0 && start > last - MaxTokens)
        {
            // A name is read whole: "the Ministry of International Trade and Industry".
            if (context.MentionEndingAt(tokens[start].End) is { } named && named.Start < tokens[start].Start)
            {
                while (start > 0 && tokens[start].Start > named.Start) start--;
                if (start == 0) break;
            }
            var t = tokens[start - 1];
            if (!t.IsWord && !(t.Value is "-" or "." or "'s" or "’s" or "&" && IsWordInternal(tokens, start - 1))) break;
            if (SubjectBoundaries.Contains(t.Value) && !(t.Value == "and" && IsNameEnd(context, tokens, start - 2) && IsName(context, tokens, start))) break;
            if (IsVerbLike(t, start - 2 >= 0 ? tokens[start - 2].Value : "") || verbs.MatchAt(tokens, start - 1).Length > 0) break;
            if (SubjectPronouns.Contains(t.Value) && !t.Value.Equals("this", StringComparison.OrdinalIgnoreCase)) break;
            // A lower-case word followed by its object ("backed a plan", "estimate the figure") is a verb.
            if (char.IsLower(t.Value[0]) && tokens[start].Value is "a" or "an" or "the" && !SettingPrepositions.Contains(t.Value) && !Determiners.Contains(t.Value) && t.Value is not ("close" or "familiar")) break;
            // A person named inside the phrase is the speaker, unless a preposition makes the person a qualifier ("an aide to Chirac").
            if (context.MentionEndingAt(t.End) is { Label: NodeLabel.Person, Kind: not MentionKind.Pronoun } && !(tokens[start].Value is "to" or "for" or "of" or "at" or "with" or "near")) return null;
            start--;
        }
        while (start < last && tokens[start].Value is "." or "-" or "'s" or "’s") start++;
        return IsSourcePhrase(context, tokens, start, last + 1) ? (tokens[start].Start, context.Text[tokens[start].Start..tokens[last].End]) : null;
    }

    /// <summary>
    /// The source phrase opening at <paramref name="index"/> (after "said" or "according to": "said one source",
    /// "according to a statement"), ending at punctuation or at the end of the sentence, or null.
    /// </summary>
    public static (int End, string Text)? After(ExtractionContext context, List<Token> tokens, int index)
    {
        if (index >= tokens.Count) return null;
        var end = index;
        while (end < tokens.Count && end < index + MaxTokens + 4)
        {
            var t = tokens[end];
            if (!t.IsWord && t.Value is not ("-" or "." or "'s" or "’s" or "&")) break;
            if (t.Value == "." && (end + 1 >= tokens.Count || !tokens[end + 1].IsWord)) break;
            if (end > index && (t.Value is "as" or "to" or "that" || context.Gazetteer.SpeechVerbMatcher.MatchAt(tokens, end).Length > 0 || IsVerbLike(t, tokens[end - 1].Value))) break;
            if (end > index && t.Value is "who" or "which" or "that" or "on" or "in" or "at" or "during" or "after" or "adding"
                && !IsPostModifier(tokens, end)) break;
            end++;
        }
        if (end == index) return null;
        return IsSourcePhrase(context, tokens, index, end) ? (end, context.Text[tokens[index].Start..tokens[end - 1].End]) : null;
    }

    /// <summary>Words that cannot stand inside a subject phrase: auxiliaries, infinitive "to", participles, adverbs of frequency.</summary>
    private static bool IsVerbLike(Token t, string before)
    {
        var v = t.Value;
        if (v.ToLowerInvariant() is "is" or "was" or "were" or "are" or "has" or "have" or "had" or "be" or "been" or "will" or "would"
            or "can" or "could" or "may" or "might" or "should" or "must" or "often" or "usually" or "generally" or "also" or "now" or "then"
            or "however" or "meanwhile" or "not") return true;
        if (v == "to") return before.ToLowerInvariant() is not ("close" or "next" or "according") && !SourceHeads.Contains(before); // "an aide to X"
        return char.IsLower(v[0]) && v.Length > 4 && v.EndsWith("ing", StringComparison.Ordinal) && v is not ("leading" or "ruling" or "banking" or "shipping" or "trading" or "visiting" or "opposing" or "governing" or "outgoing");
    }

    /// <summary>A hyphen, period or apostrophe written inside a word ("Al-Ittihad", "U.S.", "Iran's"), not a dash between clauses.</summary>
    private static bool IsWordInternal(List<Token> tokens, int k) =>
        k > 0 && k + 1 < tokens.Count && (tokens[k - 1].End == tokens[k].Start || tokens[k].Value is "'s" or "’s") && (tokens[k].End == tokens[k + 1].Start || tokens[k].Value is "." or "'s" or "’s");

    /// <summary>"sources in the ministry", "officials at the embassy", "a diplomat in Moscow": a place after an unnamed speaker.</summary>
    private static bool IsPostModifier(List<Token> tokens, int at) =>
        at > 0 && SourceHeads.Contains(tokens[at - 1].Value) && tokens[at].Value is "in" or "at";

    /// <summary>
    /// Whether tokens [start, end) are a speaker phrase that is not a person: its head (the last word before
    /// a post-modifier such as "close to X", "for X", "at X") is an unnamed-source noun, or the phrase is a
    /// country or an organisation ("Iran", "the Pentagon", "Iran's foreign ministry").
    /// </summary>
    private static bool IsSourcePhrase(ExtractionContext context, List<Token> tokens, int start, int end)
    {
        var head = end - 1;
        for (var j = start + 1; j < end; j++)
        {
            if (tokens[j].Value.ToLowerInvariant() is "of" or "for" or "at" or "from" or "in" or "close" or "familiar" or "with" or "on" or "near" or "within" or "inside" or "to")
            {
                head = j - 1;
                break;
            }
        }
        if (head < start) return false;
        // A pronoun or a person anywhere up to the head makes it someone's phrase ("his aides" stays anonymous, "Lavrov's aide" too,
        // but a person as the head is a person).
        if (context.MentionEndingAt(tokens[head].End) is { } m)
        {
            if (m.Label == NodeLabel.Person) return false;
            if (m.Label is NodeLabel.Country or NodeLabel.Organization) return true;
        }
        var headWord = tokens[head].Value;
        if (!SourceHeads.Contains(headWord)) return false;
        // "Officials" and "sources" alone are enough; a bare singular noun needs a determiner or modifiers ("the report", "one source").
        return head > start || headWord.EndsWith('s') || char.IsUpper(headWord[0]) && head == start && start == 0;
    }

    private static bool IsNameEnd(ExtractionContext context, List<Token> tokens, int index) =>
        index >= 0 && context.MentionEndingAt(tokens[index].End) is { Label: NodeLabel.Country or NodeLabel.Organization };

    private static bool IsName(ExtractionContext context, List<Token> tokens, int index) =>
        index < tokens.Count && context.MentionStartingAt(tokens[index].Start) is { Label: NodeLabel.Country or NodeLabel.Organization };
}
