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

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
