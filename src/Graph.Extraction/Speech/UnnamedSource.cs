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
        if (last < 0 || !tokens[last].IsWord) return null;
        var start = last;
        // Walk left to the start of the phrase: punctuation, a conjunction or a relative word ends it.
        while (start > 0 && start > last - MaxTokens)
        {
            var t = tokens[start - 1];
            if (!t.IsWord && t.Value is not ("-" or "." or "'s" or "’s" or "&")) break;
            if (SubjectBoundaries.Contains(t.Value) && !(t.Value == "and" && IsNameEnd(context, tokens, start - 2) && IsName(context, tokens, start))) break;
            if (context.MentionEndingAt(t.End) is { Label: NodeLabel.Person, Kind: not MentionKind.Pronoun }) return null; // a person is part of it
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
            if (end > index && t.Value is "who" or "which" or "that" or "on" or "in" or "at" or "during" or "after" or "adding"
                && !IsPostModifier(tokens, end)) break;
            end++;
        }
        if (end == index) return null;
        return IsSourcePhrase(context, tokens, index, end) ? (end, context.Text[tokens[index].Start..tokens[end - 1].End]) : null;
    }

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
