namespace Graph.Extraction.Text;

/// <summary>
/// Splits text into words and punctuation. Dots and apostrophes inside a word stay in it ("U.S", "O'Neill",
/// "d'Ivoire"); a possessive "'s" becomes a token of its own so "Pakistan's" still matches "Pakistan";
/// hyphens are tokens of their own so "Russia-Pakistan" gives both countries. The same tokenizer reads the
/// gazetteers, so their forms and the text always agree.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokens of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (c is '\'' or '\u2019' && i > start && char.IsLetterOrDigit(text[i - 1]) && IsPossessive(text, i, end))
            {
                tokens.Add(new Token(i, i + 2, text.Substring(i, 2)));
                i += 2;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                // Surrogate pairs (emoji) stay whole.
                var len = char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1;
                tokens.Add(new Token(i, i + len, text.Substring(i, len)));
                i += len;
                continue;
            }
            var j = i + 1;
            while (j < end)
            {
                var d = text[j];
                if (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) == System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    j++;
                }
                else if (d is '.' or '\'' or '\u2019' && j + 1 < end && char.IsLetterOrDigit(text[j + 1]) && !IsPossessive(text, j, end))
                {
                    j += 2;
                }
                else if (d == ',' && j + 1 < end && char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1]))
                {
                    j += 2; // 1,000
                }
                else
                {
                    break;
                }
            }
            tokens.Add(new Token(i, j, text[i..j]));
            i = j;
        }
        return tokens;
    }

    /// <summary>Tokens of a whole string (used for gazetteer forms).</summary>
    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    private static bool IsPossessive(string text, int apostrophe, int end) =>
        text[apostrophe] is '\'' or '\u2019'
        && apostrophe + 1 < end && text[apostrophe + 1] is 's' or 'S'
        && (apostrophe + 2 >= end || !char.IsLetterOrDigit(text[apostrophe + 2]));
}
