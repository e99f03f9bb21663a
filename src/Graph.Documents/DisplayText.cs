using System.Globalization;
using System.Text;

namespace Graph.Documents;

/// <summary>
/// Text from outside (file names, record fields, a server's messages) made safe to print on one line of a terminal:
/// control characters are shown as escapes (<c>\n</c>, <c>\x1b</c>, <c>\u202e</c>) instead of moving the cursor,
/// colouring the screen, reversing text or starting a line that looks like the program's own.
/// </summary>
public static class DisplayText
{
    /// <summary>The text with every control, line-breaking and direction-changing character escaped.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length && !NeedsEscape(text[i])) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length + 8).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(c)) sb.Append(c);
            else sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < '\u0100' => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
            });
        }
        return sb.ToString();
    }

    /// <summary>
    /// C0 and C1 controls and DEL, line and paragraph separators, and the Unicode direction marks, embeddings,
    /// overrides and isolates that reorder what follows them on screen.
    /// </summary>
    public static bool NeedsEscape(char c) =>
        c < ' ' || c is >= '\u007f' and <= '\u009f' or '\u2028' or '\u2029' or '\u200e' or '\u200f' or '\u061c'
            or >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069';
}
