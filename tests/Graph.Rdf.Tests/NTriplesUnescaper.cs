using System.Globalization;
using System.Text;

namespace Graph.Rdf.Tests;

/// <summary>A tiny reader of N-Triples literals and IRIREFs, written from the grammar, independent of the writer.</summary>
internal static class NTriplesUnescaper
{
    public static string Literal(string quoted)
    {
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"') throw new FormatException(quoted);
        return Unescape(quoted[1..^1], literal: true);
    }

    public static string Iri(string iriref)
    {
        if (iriref.Length < 2 || iriref[0] != '<' || iriref[^1] != '>') throw new FormatException(iriref);
        return Unescape(iriref[1..^1], literal: false);
    }

    private static string Unescape(string body, bool literal)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (literal && c is '"' or '\n' or '\r') throw new FormatException($"raw {(int)c} in STRING_LITERAL_QUOTE");
            if (!literal && (c <= ' ' || "<>\"{}|^`".Contains(c))) throw new FormatException($"raw {(int)c} in IRIREF");
            if (c != '\\') { sb.Append(c); continue; }
            var e = body[++i];
            switch (e)
            {
                case 'u': sb.Append(char.ConvertFromUtf32(int.Parse(body.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture))); i += 4; break;
                case 'U': sb.Append(char.ConvertFromUtf32(int.Parse(body.AsSpan(i + 1, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture))); i += 8; break;
                case 't' when literal: sb.Append('\t'); break;
                case 'b' when literal: sb.Append('\b'); break;
                case 'n' when literal: sb.Append('\n'); break;
                case 'r' when literal: sb.Append('\r'); break;
                case 'f' when literal: sb.Append('\f'); break;
                case '"' when literal: sb.Append('"'); break;
                case '\'' when literal: sb.Append('\''); break;
                case '\\' when literal: sb.Append('\\'); break;
                default: throw new FormatException($"bad escape \\{e}");
            }
        }
        return sb.ToString();
    }
}
