using System.Collections;
using System.Globalization;
using System.Text;
using Graph.Neo4j.Database;

namespace Graph.Cli.Query;

/// <summary>Values returned by Neo4j as text for a table cell or a CSV field, in a Cypher-like notation.</summary>
public static class CypherValueText
{
    /// <summary>
    /// A value as text: strings as they are, null as empty; inside lists and maps, strings are double-quoted and
    /// null is <c>null</c>, so <c>["a, b"]</c> and <c>["a", "b"]</c> stay apart.
    /// </summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        _ => Nested(value),
    };

    private static string Nested(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, object? value)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (value)
        {
            case null: sb.Append("null"); break;
            case string s: AppendQuoted(sb, s); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case double d: sb.Append(d.ToString("R", inv)); break;
            case float f: sb.Append(f.ToString("R", inv)); break;
            case DateOnly date: sb.Append(date.ToString("yyyy-MM-dd", inv)); break;
            case DateTimeOffset dto: sb.Append(dto.ToString("O", inv)); break;
            case DateTime dt: sb.Append(dt.ToString("O", inv)); break;
            case IFormattable formattable and (long or int or decimal or TimeOnly or TimeSpan): sb.Append(formattable.ToString(null, inv)); break;
            case CypherNode node: AppendNode(sb, node); break;
            case CypherRelationship rel:
                sb.Append("[:").Append(rel.Type);
                AppendProperties(sb, rel.Properties);
                sb.Append(']');
                break;
            case CypherPath path: AppendPath(sb, path); break;
            case IReadOnlyDictionary<string, object?> map: AppendMap(sb, map.Select(p => (p.Key, p.Value))); break;
            case IDictionary dictionary: AppendMap(sb, dictionary.Keys.Cast<object>().Select(k => (Convert.ToString(k, inv) ?? "", dictionary[k]))); break;
            case IEnumerable list:
                sb.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    Append(sb, item);
                }
                sb.Append(']');
                break;
            case IFormattable other: sb.Append(other.ToString(null, inv)); break;
            default: sb.Append(value.ToString()); break;
        }
    }

    private static void AppendNode(StringBuilder sb, CypherNode node)
    {
        sb.Append('(');
        foreach (var label in node.Labels) sb.Append(':').Append(label);
        AppendProperties(sb, node.Properties);
        sb.Append(')');
    }

    private static void AppendPath(StringBuilder sb, CypherPath path)
    {
        if (path.Nodes.Count == 0) return;
        AppendNode(sb, path.Nodes[0]);
        for (var i = 0; i < path.Relationships.Count && i + 1 < path.Nodes.Count; i++)
        {
            var rel = path.Relationships[i];
            var forward = rel.StartElementId == path.Nodes[i].ElementId;
            sb.Append(forward ? "-[:" : "<-[:").Append(rel.Type);
            AppendProperties(sb, rel.Properties);
            sb.Append(forward ? "]->" : "]-");
            AppendNode(sb, path.Nodes[i + 1]);
        }
    }

    private static void AppendProperties(StringBuilder sb, IReadOnlyDictionary<string, object?> properties)
    {
        if (properties.Count == 0) return;
        sb.Append(' ');
        AppendMap(sb, properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)));
    }

    private static void AppendMap(StringBuilder sb, IEnumerable<(string Key, object? Value)> entries)
    {
        sb.Append('{');
        var first = true;
        foreach (var (key, value) in entries)
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(key).Append(": ");
            Append(sb, value);
        }
        sb.Append('}');
    }

    private static void AppendQuoted(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default: sb.Append(c); break;
            }
        }
        sb.Append('"');
    }
}
