using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Neo4j.Database;

namespace Graph.Cli.Query;

/// <summary>Records as a JSON array of objects keyed by column, one record per line, for jq and scripts.</summary>
public static class JsonResultWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the records of <paramref name="result"/>.</summary>
    public static void Write(CypherResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        output.Write('[');
        for (var r = 0; r < result.Records.Count; r++)
        {
            output.Write(r == 0 ? "\n" : ",\n");
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                writer.WriteStartObject();
                for (var c = 0; c < result.Keys.Count; c++)
                {
                    writer.WritePropertyName(result.Keys[c]);
                    WriteValue(writer, c < result.Records[r].Count ? result.Records[r][c] : null);
                }
                writer.WriteEndObject();
            }
            output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
        output.Write(result.Records.Count == 0 ? "]\n" : "\n]\n");
    }

    /// <summary>One value as JSON; temporal values as ISO text, nodes and relationships as objects.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long l: writer.WriteNumberValue(l); break;
            case int i: writer.WriteNumberValue(i); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case double d: writer.WriteStringValue(d.ToString(inv)); break;
            case CypherNode node:
                writer.WriteStartObject();
                writer.WriteString("elementId", node.ElementId);
                writer.WriteStartArray("labels");
                foreach (var label in node.Labels) writer.WriteStringValue(label);
                writer.WriteEndArray();
                writer.WritePropertyName("properties");
                WriteMap(writer, node.Properties.Select(p => (p.Key, p.Value)));
                writer.WriteEndObject();
                break;
            case CypherRelationship rel:
                writer.WriteStartObject();
                writer.WriteString("elementId", rel.ElementId);
                writer.WriteString("type", rel.Type);
                writer.WriteString("start", rel.StartElementId);
                writer.WriteString("end", rel.EndElementId);
                writer.WritePropertyName("properties");
                WriteMap(writer, rel.Properties.Select(p => (p.Key, p.Value)));
                writer.WriteEndObject();
                break;
            case CypherPath path:
                writer.WriteStartObject();
                writer.WritePropertyName("nodes");
                WriteValue(writer, path.Nodes);
                writer.WritePropertyName("relationships");
                WriteValue(writer, path.Relationships);
                writer.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(writer, map.Select(p => (p.Key, p.Value))); break;
            case IDictionary dictionary: WriteMap(writer, dictionary.Keys.Cast<object>().Select(k => (Convert.ToString(k, inv) ?? "", dictionary[k]))); break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(CypherValueText.Format(value)); break;
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<(string Key, object? Value)> entries)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in entries)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }
        writer.WriteEndObject();
    }
}
