using System.Text;
using System.Text.Json;

namespace Graph.Documents;

/// <summary>
/// Reads a JSON string value whatever its escapes hold. JSON allows <c>\uD83D</c> without its second half, .NET strings
/// reject such text when asked for it, and a feed with one broken emoji must not cost the user the record, let alone the
/// import: lone surrogates become U+FFFD (the replacement character) and the caller is told so.
/// </summary>
public static class JsonStringReader
{
    /// <summary>The string's value; <paramref name="repaired"/> is true when lone surrogates were replaced.</summary>
    public static string Read(JsonElement element, out bool repaired)
    {
        repaired = false;
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // Only an invalid escape lands here: the raw text is valid JSON, so decoding it by hand cannot fail.
            repaired = true;
            return Decode(element.GetRawText());
        }
    }

    /// <summary>Decodes a raw JSON string literal (quotes included) to UTF-16, lone surrogates replaced.</summary>
    public static string Decode(string raw)
    {
        var units = new StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length - 1; i++)
        {
            var c = raw[i];
            if (c != '\\')
            {
                units.Append(c);
                continue;
            }
            var e = raw[++i];
            switch (e)
            {
                case 'b': units.Append('\b'); break;
                case 'f': units.Append('\f'); break;
                case 'n': units.Append('\n'); break;
                case 'r': units.Append('\r'); break;
                case 't': units.Append('\t'); break;
                case 'u':
                    units.Append((char)Convert.ToInt32(raw.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                default: units.Append(e); break; // \" \\ \/
            }
        }
        for (var i = 0; i < units.Length; i++)
        {
            if (char.IsHighSurrogate(units[i]) && i + 1 < units.Length && char.IsLowSurrogate(units[i + 1])) i++;
            else if (char.IsSurrogate(units[i])) units[i] = '\uFFFD';
        }
        return units.ToString();
    }
}
