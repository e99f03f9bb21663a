using Graph.Extraction.Pipeline;
using Graph.Extraction.Text;
using Graph.Model;
using static Graph.Extraction.Speech.AttributionWords;

namespace Graph.Extraction.Speech;

/// <summary>
/// The words between a speech verb and what was said, which belong to the attribution and not to the statement:
/// the addressee of a verb of telling ("told reporters", "assured the official news agency", "told Lavrov") and the
/// setting ("in an interview with Reuters", "at a news conference in Moscow on Tuesday", "on his return from London",
/// "here", "recently"). Each phrase is read by its grammar: a preposition, a determiner, and a head that is a
/// setting noun, a time word or a name; a phrase that does not end so is left to the statement.
/// </summary>
internal static class AttributionTail
{
    /// <summary>How far ahead a complementiser "that" may close a chain of setting phrases.</summary>
    private const int ThatReach = 14;

    /// <summary>The index of the first token after the addressee and setting that follow the verb.</summary>
    public static int Skip(ExtractionContext context, List<Token> tokens, int index, bool takesAddressee)
    {
        var i = SkipAdverbs(tokens, index);
        if (takesAddressee && i < tokens.Count && !IsClauseMarker(tokens[i].Value))
        {
            // "told the U.S. cattlemen that", "told reporters traveling with him that": the addressee runs to "that".
            if (ThatAhead(tokens, i, AddresseeThatReach) is { } that) return that;
            i = SkipAdverbs(tokens, Addressee(context, tokens, i));
        }
        while (i < tokens.Count)
        {
            var next = Setting(context, tokens, i);
            if (next == i) break;
            i = SkipAdverbs(tokens, next);
        }
        // A chain of phrases the grammar above could not read, closed by "that": "told reporters at the airport on
        // arriving for talks that ...". Only words (and commas) may stand between, and the chain must open with a preposition.
        if (i < tokens.Count && SettingPrepositions.Contains(tokens[i].Value) && tokens[i].Value is not ("that" or "while" or "when")
            && ThatAhead(tokens, i + 1, ThatReach) is { } closing)
        {
            return closing;
        }
        return i;
    }

    /// <summary>How far ahead of a verb of telling a "that" may close its addressee.</summary>
    private const int AddresseeThatReach = 9;

    /// <summary>The index of a complementiser "that" within reach, with only words (and commas) before it; else null.</summary>
    private static int? ThatAhead(List<Token> tokens, int from, int reach)
    {
        for (var j = from; j < tokens.Count && j <= from + reach; j++)
        {
            var v = tokens[j].Value;
            if (v.Equals("that", StringComparison.OrdinalIgnoreCase)) return j + 1 < tokens.Count && !Determiners.Contains(tokens[j - 1].Value) ? j : null;
            if (!tokens[j].IsWord && v is not ("," or "-" or "." or "'s" or "’s") || IsQuote(v)) return null;
        }
        return null;
    }

    /// <summary>Adverbs of time and place ("recently", "here", "on Tuesday" is a setting), never "tonight's".</summary>
    public static int SkipAdverbs(List<Token> tokens, int i)
    {
        while (i < tokens.Count && (TimeAdverbs.Contains(tokens[i].Value) || IsTimeWord(tokens[i].Value) && !IsNoun(tokens, i))
            && !(i + 1 < tokens.Count && tokens[i + 1].Value is "'s" or "’s"))
        {
            i++;
        }
        // "last week", "this month", "earlier this year".
        if (i + 1 < tokens.Count && tokens[i].Value.ToLowerInvariant() is "last" or "this" or "next" && TimeNouns.Contains(tokens[i + 1].Value)
            && !(i + 2 < tokens.Count && tokens[i + 2].Value is "'s" or "’s"))
        {
            var k = i + 2;
            if (k < tokens.Count && char.IsDigit(tokens[k].Value[0]) && tokens[k].Value.Length <= 2) k++; // "last March 27"
            return SkipAdverbs(tokens, k);
        }
        return i;
    }

    private static bool IsTimeWord(string value) => value.ToLowerInvariant() is "today" or "yesterday" or "tonight" or "tomorrow";

    /// <summary>"today's vote": a time word that is the possessor of a noun phrase opens the statement.</summary>
    private static bool IsNoun(List<Token> tokens, int i) => i + 1 < tokens.Count && tokens[i + 1].Value is "'s" or "’s";

    private static bool IsClauseMarker(string value) => value is "that" or ":" or "," or "(" || IsQuote(value);

    private static bool IsQuote(string value) => value is "\"" or "\u201C" or "\u201D" or "'" or "\u2018" or "\u2019";

    /// <summary>
    /// The addressee: a named entity or an object pronoun ("told Lavrov", "told him"), or a noun phrase whose head
    /// is a word for an audience or a medium ("reporters", "the official news agency", "a news conference").
    /// </summary>
    private static int Addressee(ExtractionContext context, List<Token> tokens, int i)
    {
        var start = i;
        if (tokens[i].Value.ToLowerInvariant() is "him" or "her" or "them" or "us" or "me" or "you") return i + 1;
        if (tokens[i].Value.Equals("the", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Count) i++;
        if (context.MentionStartingAt(tokens[i].Start) is { } m && m.Label is NodeLabel.Person or NodeLabel.Organization or NodeLabel.Country
            && m.Surface.ToLowerInvariant() is not ("his" or "her" or "their" or "its"))
        {
            var j = i;
            while (j < tokens.Count && tokens[j].End <= m.End) j++;
            // "told the Iranian news agency": a demonym is a modifier, the head follows.
            if (j < tokens.Count && tokens[j].IsWord && AddresseeHeads.Contains(tokens[j].Value)) i = j;
            else return j;
        }
        i = start;
        if (Determiners.Contains(tokens[i].Value)) i++;
        var head = -1;
        for (var j = i; j < tokens.Count && j < i + 6; j++)
        {
            var t = tokens[j];
            if (!t.IsWord && t.Value is not ("-" or "'s" or "’s" or ".")) break;
            if (j > i && (Determiners.Contains(t.Value) || SubjectPronouns.Contains(t.Value) || SettingPrepositions.Contains(t.Value)
                || TimeAdverbs.Contains(t.Value) || t.Value.Equals("that", StringComparison.OrdinalIgnoreCase))) break;
            if (t.Value == "-" && head == j - 1) { head = j; continue; } // "the daily Al-Ittihad"
            if (AddresseeHeads.Contains(t.Value) || t.IsCapitalized && j == i && !Determiners.Contains(tokens[start].Value)) head = j;
            // "told Reuters", "told Radio Free Europe", "the daily Al-Ittihad"; not "told reporters Japan ...".
            else if (t.IsCapitalized && head == j - 1 && (tokens[head].IsCapitalized || tokens[head].Value == "-" || char.IsLower(tokens[head].Value[0]) && !AddresseeHeads.Contains(tokens[head].Value))) head = j;
        }
        // "told sailors, "We sail at dawn."": a short phrase closed by a comma and a quotation is whom it was told to.
        if (head < 0)
        {
            var k = i;
            while (k < tokens.Count && k < i + 3 && tokens[k].IsWord) k++;
            if (k > i && k + 1 < tokens.Count && tokens[k].Value == "," && IsQuote(tokens[k + 1].Value)) return k;
            return start;
        }
        var end = head + 1;
        // "a seminar organised by the Andean Coffee Council": a participle and its agent belong to the addressee.
        if (end + 1 < tokens.Count && tokens[end].Value.EndsWith("ed", StringComparison.Ordinal) && tokens[end + 1].Value is "by")
        {
            var agent = Phrase(context, tokens, end + 2, out var ok);
            if (ok) end = agent;
        }
        return end;
    }

    /// <summary>A setting phrase at <paramref name="i"/>: "in an interview", "with Reuters", "on Tuesday", "at the airport"; else <paramref name="i"/>.</summary>
    private static int Setting(ExtractionContext context, List<Token> tokens, int i)
    {
        var start = i;
        var word = tokens[i].Value.ToLowerInvariant();
        if (word is "late" or "early" && i + 1 < tokens.Count && tokens[i + 1].Value is "on" or "in") i++;
        if (word == "ahead" && i + 1 < tokens.Count && tokens[i + 1].Value == "of") i++;
        var prep = tokens[i].Value.ToLowerInvariant();
        if (!SettingPrepositions.Contains(prep) || prep is "while" or "when" or "that") return start;
        var end = Phrase(context, tokens, i + 1, out var ok, acceptPlural: prep == "of");
        if (!ok) return start;
        // "to", "of", "by"... only introduce an audience, a medium or a name: "said to reporters", not "said to be".
        if (prep is "to" or "of" or "for" or "from" or "by" or "with" or "into" or "between" or "under" or "near")
        {
            var last = tokens[end - 1];
            // "a group of fishermen": after "of", a plural noun names the audience too.
            var plural = prep == "of" && char.IsLower(last.Value[0]) && (last.Value.EndsWith('s') || last.Value.EndsWith("men", StringComparison.Ordinal));
            if (!(plural || last.IsCapitalized || AddresseeHeads.Contains(last.Value) || SettingNouns.Contains(last.Value) || TimeNouns.Contains(last.Value))) return start;
        }
        return end;
    }

    /// <summary>
    /// The noun phrase after a preposition, ended by its head: a time word ("Tuesday"), a setting noun and the nouns
    /// compounded with it ("news conference"), a name ("Moscow", "Reuters") or a number. The word after it must
    /// end the phrase (punctuation, "that", a determiner, a pronoun, a preposition, a time adverb).
    /// </summary>
    private static int Phrase(ExtractionContext context, List<Token> tokens, int i, out bool ok, bool acceptPlural = false)
    {
        ok = false;
        if (i >= tokens.Count) return i;
        if (Determiners.Contains(tokens[i].Value) && !TimeNouns.Contains(tokens[i].Value)) i++;
        if (i < tokens.Count && tokens[i].Value.ToLowerInvariant() is "own") i++;
        // Every word that may be the head; the phrase ends at the last one that the next word closes
        // ("of American farm leaders", "at a news conference in", "on Tuesday").
        var best = -1;
        for (var j = i; j < tokens.Count && j < i + 6; j++)
        {
            var t = tokens[j];
            if (!t.IsWord && t.Value is not ("-" or "." or "'s" or "’s" or "&")) break;
            if (j > i && (Determiners.Contains(t.Value) || SubjectPronouns.Contains(t.Value) || SettingPrepositions.Contains(t.Value))) break;
            if (TimeNouns.Contains(t.Value) && (t.IsCapitalized || !t.Value.Equals("may", StringComparison.OrdinalIgnoreCase)))
            {
                // "on Tuesday morning", "on March 3": the next word may complete the time; a time word ends the phrase.
                var timeEnd = j + 1 < tokens.Count && (TimeNouns.Contains(tokens[j + 1].Value) || char.IsDigit(tokens[j + 1].Value[0])) ? j + 2 : j + 1;
                if (Closes(tokens, timeEnd)) best = timeEnd;
                break;
            }
            var plural = acceptPlural && (t.Value.EndsWith('s') || t.Value.EndsWith("men", StringComparison.Ordinal));
            if (!(plural || SettingNouns.Contains(t.Value) || t.IsCapitalized || char.IsDigit(t.Value[0]) || AddresseeHeads.Contains(t.Value))) continue;
            var end = j + 1;
            // A mention running past the head ends the phrase with it ("in New Delhi").
            if (context.MentionStartingAt(t.Start) is { } m && m.End > t.End && context.MentionEndingAt(t.End) is null)
            {
                while (end < tokens.Count && tokens[end].End <= m.End) end++;
                j = end - 1;
            }
            // "in a statement Japan would ...": a capitalised word after a lower-case setting noun opens the clause.
            if (Closes(tokens, end) || char.IsLower(t.Value[0]) && SettingNouns.Contains(t.Value) && end < tokens.Count && tokens[end].IsCapitalized
                && !(end + 1 < tokens.Count && tokens[end + 1].Value is "'s" or "’s")) best = end;
        }
        if (best < 0) return i;
        ok = true;
        return best;
    }

    /// <summary>Whether the token at <paramref name="end"/> can follow a finished phrase: punctuation, "that", a determiner, a pronoun, a preposition, a time word.</summary>
    private static bool Closes(List<Token> tokens, int end)
    {
        if (end >= tokens.Count) return true;
        var next = tokens[end];
        return !next.IsWord || Determiners.Contains(next.Value) || SubjectPronouns.Contains(next.Value)
            || SettingPrepositions.Contains(next.Value) || TimeAdverbs.Contains(next.Value) || TimeNouns.Contains(next.Value)
            || next.Value.Equals("that", StringComparison.OrdinalIgnoreCase) || next.Value is "late" or "early" or "last";
    }
}
