using System.Globalization;
using System.Text;

namespace Graph.Neo4j.Tests;

/// <summary>
/// A small, independent reading of Cypher text for the tests: splits it into code, string literals,
/// back-quoted identifiers and comments, and decodes string literals by the escape rules of the Cypher
/// manual ("String literals": \t \b \n \r \f \' \" \\ \uXXXX \UXXXXXXXX).
/// </summary>
internal static class CypherText
{
    public enum Kind { Code, String, Identifier, Comment }

    /// <summary>A piece of Cypher text; for strings, <paramref name="Raw"/> is the body between the quotes.</summary>
    public readonly record struct Segment(Kind Kind, string Raw, int Offset);

    public static List<Segment> Scan(string text)
    {
        var segments = new List<Segment>();
        var code = new StringBuilder();
        var codeStart = 0;
        void FlushCode(int at)
        {
            if (code.Length > 0) segments.Add(new Segment(Kind.Code, code.ToString(), codeStart));
            code.Clear();
            codeStart = at;
        }
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                FlushCode(i);
                var end = text.IndexOf('\n', i);
                if (end < 0) end = text.Length;
                segments.Add(new Segment(Kind.Comment, text[i..end], i));
                i = codeStart = end;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                FlushCode(i);
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) throw new FormatException($"unterminated comment at {i}");
                segments.Add(new Segment(Kind.Comment, text[i..(end + 2)], i));
                i = codeStart = end + 2;
            }
            else if (c is '\'' or '"')
            {
                FlushCode(i);
                var j = i + 1;
                while (j < text.Length && text[j] != c) j += text[j] == '\\' ? 2 : 1;
                if (j >= text.Length) throw new FormatException($"unterminated string literal at {i}");
                segments.Add(new Segment(Kind.String, text[(i + 1)..j], i));
                i = codeStart = j + 1;
            }
            else if (c == '`')
            {
                FlushCode(i);
                var j = i + 1;
                while (true)
                {
                    j = text.IndexOf('`', j);
                    if (j < 0) throw new FormatException($"unterminated identifier at {i}");
                    if (j + 1 < text.Length && text[j + 1] == '`') { j += 2; continue; }
                    break;
                }
                segments.Add(new Segment(Kind.Identifier, text[(i + 1)..j].Replace("``", "`", StringComparison.Ordinal), i));
                i = codeStart = j + 1;
            }
            else
            {
                if (code.Length == 0) codeStart = i;
                code.Append(c);
                i++;
            }
        }
        FlushCode(text.Length);
        return segments;
    }

    /// <summary>The decoded value of every string literal, in order.</summary>
    public static List<string> StringLiterals(string text) =>
        Scan(text).Where(s => s.Kind == Kind.String).Select(s => Unescape(s.Raw)).ToList();

    /// <summary>The text with every string literal emptied and every comment dropped: what is left is structure.</summary>
    public static string Structure(string text) =>
        string.Concat(Scan(text).Select(s => s.Kind switch
        {
            Kind.Code => s.Raw,
            Kind.String => "''",
            Kind.Identifier => "`" + s.Raw.Replace("`", "``", StringComparison.Ordinal) + "`",
            _ => "",
        }));

    /// <summary>Decodes the body of a string literal; throws on an escape Cypher does not define.</summary>
    public static string Unescape(string body)
    {
        var sb = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }
            if (++i >= body.Length) throw new FormatException("a string literal ends with a lone backslash");
            switch (body[i])
            {
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u':
                    sb.Append((char)Hex(body, i + 1, 4));
                    i += 4;
                    break;
                case 'U':
                    sb.Append(char.ConvertFromUtf32(Hex(body, i + 1, 8)));
                    i += 8;
                    break;
                default: throw new FormatException($"'\\{body[i]}' is not a Cypher escape sequence");
            }
        }
        return sb.ToString();
    }

    private static int Hex(string s, int start, int length)
    {
        if (start + length > s.Length) throw new FormatException("truncated unicode escape");
        return int.Parse(s.AsSpan(start, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }
}
