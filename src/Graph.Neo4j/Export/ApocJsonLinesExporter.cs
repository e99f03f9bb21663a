using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Model;

namespace Graph.Neo4j.Export;

/// <summary>
/// Writes <c>graph.jsonl</c> in the JSON Lines format of APOC's <c>apoc.export.json</c>, which
/// <c>apoc.import.json</c> reads back: every node line, then every relationship line.
/// </summary>
public sealed class ApocJsonLinesExporter : IGraphExporter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Files, not HTML: keep non-ASCII readable. Quotes, backslashes and control characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <inheritdoc />
    public string Format => "jsonl";

    /// <inheritdoc />
    public string FileName => "graph.jsonl";

    /// <inheritdoc />
    public async Task WriteAsync(GraphContent graph, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var buffer = new MemoryStream();
        using var writer = new Utf8JsonWriter(buffer, Options);
        foreach (var node in graph.Nodes())
        {
            WriteNode(writer, node);
            await FlushLineAsync(writer, buffer, output, cancellationToken).ConfigureAwait(false);
        }
        foreach (var rel in graph.Relationships())
        {
            WriteRelationship(writer, rel);
            await FlushLineAsync(writer, buffer, output, cancellationToken).ConfigureAwait(false);
        }
        await DrainAsync(buffer, output, cancellationToken).ConfigureAwait(false);
    }

    private static void WriteNode(Utf8JsonWriter w, GraphNode node)
    {
        w.WriteStartObject();
        w.WriteString("type", "node");
        w.WriteString("id", node.Id);
        WriteLabels(w, "labels", node.Label);
        WriteProperties(w, node.Properties);
        w.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter w, GraphRelationship rel)
    {
        w.WriteStartObject();
        w.WriteString("type", "relationship");
        w.WriteString("id", rel.Id);
        w.WriteString("label", rel.Type.Name());
        WriteEnd(w, "start", rel.Start);
        WriteEnd(w, "end", rel.End);
        WriteProperties(w, rel.Properties);
        w.WriteEndObject();
    }

    private static void WriteEnd(Utf8JsonWriter w, string name, NodeRef end)
    {
        w.WriteStartObject(name);
        w.WriteString("id", end.Id);
        WriteLabels(w, "labels", end.Label);
        w.WriteEndObject();
    }

    private static void WriteLabels(Utf8JsonWriter w, string name, NodeLabel label)
    {
        w.WriteStartArray(name);
        foreach (var l in label.LabelsOf()) w.WriteStringValue(l);
        w.WriteEndArray();
    }

    private static void WriteProperties(Utf8JsonWriter w, IReadOnlyDictionary<string, object> properties)
    {
        w.WriteStartObject("properties");
        foreach (var (key, value) in properties)
        {
            w.WritePropertyName(key);
            switch (value)
            {
                case string s: w.WriteStringValue(s); break;
                case long l: w.WriteNumberValue(l); break;
                case double d: WriteDouble(w, d); break;
                case bool b: w.WriteBooleanValue(b); break;
                // APOC exports temporal values as their ISO text.
                case DateOnly date: w.WriteStringValue(PropertyValues.Canonical(date)); break;
                case IReadOnlyList<string> list:
                    w.WriteStartArray();
                    foreach (var item in list) w.WriteStringValue(item);
                    w.WriteEndArray();
                    break;
                default: throw new InvalidOperationException($"unsupported property type {value.GetType().Name}");
            }
        }
        w.WriteEndObject();
    }

    private static void WriteDouble(Utf8JsonWriter w, double d)
    {
        // apoc.import.json reads 1 as an integer and 1.0 as a float: keep the point, or a float property
        // (confidence 1.0) comes back as an integer.
        if (!double.IsFinite(d)) throw new InvalidOperationException("JSON has no number for NaN or infinity");
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        w.WriteRawValue(text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0");
    }

    private static async Task FlushLineAsync(Utf8JsonWriter writer, MemoryStream buffer, Stream output, CancellationToken cancellationToken)
    {
        // One JSON value per line: flush, end the line, and let the writer start a new top-level value.
        writer.Flush();
        buffer.WriteByte((byte)'\n');
        writer.Reset();
        if (buffer.Length >= 1 << 16) await DrainAsync(buffer, output, cancellationToken).ConfigureAwait(false);
    }

    private static async Task DrainAsync(MemoryStream buffer, Stream output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
        buffer.SetLength(0);
    }
}
