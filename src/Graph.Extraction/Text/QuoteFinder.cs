namespace Graph.Extraction.Text;

/// <summary>
/// Finds quotations in a paragraph: curly “…” and straight "…" marks. An opening mark never closed ends
/// at the paragraph's end (newswire quotes that run on into the next paragraph reopen there).
/// Single quotes are not used: ’ is far more often an apostrophe.
/// </summary>
public static class QuoteFinder
{
    /// <summary>Quotations between <paramref name="start"/> and <paramref name="end"/>, in order.</summary>
    public static List<Quote> Find(string text, int start, int end)
    {
        var quotes = new List<Quote>();
        var open = -1;
        var openChar = '\0';
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (open < 0)
            {
                // The paragraph's first mark closes a quotation that began in an earlier paragraph ("...between our
                // nations," the president added): a mark that touches the word before it and not the one after.
                if (quotes.Count == 0 && c is '"' or '\u201D' && IsClosingShape(text, start, end, i) && !HasOpeningBefore(text, start, i))
                {
                    quotes.Add(new Quote(start, start, i, i + 1, true));
                    continue;
                }
                if (c is '\u201C' or '"' or '\u201E')
                {
                    open = i;
                    openChar = c;
                }
                else if (c == '\u201D')
                {
                    // A closing mark with no opening one: some outlets use ” for both; treat it as opening.
                    open = i;
                    openChar = c;
                }
                continue;
            }
            // Mixed marks are common in pasted text: either closing form ends any quotation.
            var closes = c is '"' or '\u201D';
            if (openChar == '\u201C' && c == '\u201C')
            {
                // A new opening mark before a close: the previous quote was never closed.
                quotes.Add(new Quote(open, open + 1, TrimEnd(text, open + 1, i), i, false));
                open = i;
                continue;
            }
            if (closes)
            {
                quotes.Add(new Quote(open, open + 1, i, i + 1, true));
                open = -1;
            }
        }
        if (open >= 0)
        {
            quotes.Add(new Quote(open, open + 1, TrimEnd(text, open + 1, end), TrimEnd(text, open + 1, end), false));
        }
        return quotes;
    }

    /// <summary>Whether the mark at <paramref name="i"/> follows a word or punctuation directly and is followed by a space, a mark or the end.</summary>
    private static bool IsClosingShape(string text, int start, int end, int i) =>
        i > start && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= end || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is ',' or '.' or ';' or ':' or ')');

    /// <summary>Whether an opening mark (“ or „) stands before <paramref name="i"/> in the paragraph.</summary>
    private static bool HasOpeningBefore(string text, int start, int i) => text.AsSpan(start, i - start).IndexOfAny('\u201C', '\u201E') >= 0;

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
