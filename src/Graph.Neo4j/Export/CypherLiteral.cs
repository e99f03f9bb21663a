using System.Globalization;
using System.Text;
using Graph.Model;

namespace Graph.Neo4j.Export;

/// <summary>
/// Writes values as Cypher literals. Strings are single-quoted with every character that could end the
/// literal, break a line, or hide in an editor (control, format and bidi characters) escaped, so any
/// string survives cypher-shell and Neo4j Browser unchanged.
/// </summary>
public static class CypherLiteral
{
    /// <summary>Appends a value as a literal.</summary>
    public static void Append(StringBuilder sb, object value)
    {
        switch (value)
        {
            case string s: AppendString(sb, s); break;
            case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case double d:
                if (!double.IsFinite(d)) throw new ArgumentException("Cypher has no literal for NaN or infinity", nameof(value));
                var text = d.ToString("R", CultureInfo.InvariantCulture);
                sb.Append(text);
                if (!text.Contains('.') && !text.Contains('E')) sb.Append(".0");
                break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case DateOnly date: sb.Append("date('").Append(PropertyValues.Canonical(date)).Append("')"); break;
            case IReadOnlyList<string> list:
                sb.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    AppendString(sb, list[i]);
                }
                sb.Append(']');
                break;
            default: throw new ArgumentException($"no Cypher literal for {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>Appends a single-quoted string literal (Cypher manual, "String literals": escape sequences).</summary>
    public static void AppendString(StringBuilder sb, string s)
    {
        sb.Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (NeedsUnicodeEscape(c)) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('\'');
    }

    /// <summary>A map key or other identifier: plain when it is one, else back-quoted with back-quotes doubled.</summary>
    public static void AppendIdentifier(StringBuilder sb, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var plain = (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        if (plain) sb.Append(name);
        else sb.Append('`').Append(name.Replace("`", "``", StringComparison.Ordinal)).Append('`');
    }

    private static bool NeedsUnicodeEscape(char c) =>
        char.IsControl(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
