using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Extraction.Pipeline;
using Graph.Model;

namespace Graph.Cli.Extract;

/// <summary>
/// Writes what extraction found in one document as one JSON object on one line: the document, every
/// mention (type, text, offsets, entity id, rule), every relation with its evidence span, and the statements
/// of sources that name no person ("unattributed", with the source's words). For
/// debugging rules and for users' own evaluation.
/// </summary>
public static class ExtractionJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one document's line (without the newline).</summary>
    public static void Write(Stream output, ExtractionContext context, DocumentGraph graph)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(graph);
        var ids = GraphAssembler.EntityIds(context);
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();

        w.WriteStartObject("document");
        w.WriteString("id", context.Document.Id);
        w.WriteString("source", context.Document.Source);
        if (context.Document.Title is { } title) w.WriteString("title", title);
        if (context.Document.Date is { } date) w.WriteString("date", PropertyValues.Canonical(date));
        w.WriteNumber("sentences", context.Sentences.Count);
        w.WriteEndObject();

        w.WriteStartArray("mentions");
        foreach (var m in context.Mentions.OrderBy(m => m.Start).ThenBy(m => m.End))
        {
            w.WriteStartObject();
            w.WriteString("type", m.Label.Name());
            w.WriteString("text", m.Surface);
            w.WriteNumber("start", m.Start);
            w.WriteNumber("end", m.End);
            w.WriteNumber("sentence", m.Sentence);
            if (ids.TryGetValue((m.Label, m.Key), out var id)) w.WriteString("entity", id);
            else w.WriteNull("entity");
            w.WriteString("kind", m.Kind.ToString());
            w.WriteString("rule", m.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        var names = graph.Entities.ToDictionary(e => e.Id, e => e.Name ?? e.Id, StringComparer.Ordinal);
        var statements = graph.Nodes.Where(n => n.Label == NodeLabel.Statement).ToDictionary(n => n.Id, StringComparer.Ordinal);
        w.WriteStartArray("relations");
        foreach (var r in graph.Relationships.Where(r => r.Type is RelationshipType.Said or RelationshipType.Supports or RelationshipType.CommittedTo or RelationshipType.Represents or RelationshipType.Involves or RelationshipType.PartOf))
        {
            w.WriteStartObject();
            w.WriteString("type", r.Type.Name());
            w.WriteString("subject", r.Start.Id);
            if (names.TryGetValue(r.Start.Id, out var subjectName)) w.WriteString("subjectName", subjectName);
            w.WriteString("object", r.End.Id);
            if (names.TryGetValue(r.End.Id, out var objectName)) w.WriteString("objectName", objectName);
            if (statements.TryGetValue(r.End.Id, out var statement)) w.WriteString("statement", (string)statement.Properties["text"]);
            foreach (var key in new[] { "role", "person", "rule", "confidence", "sentence", "start", "end", "evidence" })
            {
                if (!r.Properties.TryGetValue(key, out var value)) continue;
                switch (value)
                {
                    case string s: w.WriteString(key, s); break;
                    case long l: w.WriteNumber(key, l); break;
                    case double d: w.WriteNumber(key, d); break;
                }
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();

        // Statements whose source names no person ("officials said"): no SAID edge, the source's words instead.
        w.WriteStartArray("unattributed");
        foreach (var s in context.UnattributedStatements.OrderBy(s => s.Start))
        {
            w.WriteStartObject();
            w.WriteString("source", s.Source);
            w.WriteString("statement", context.Text[s.Start..s.End]);
            w.WriteString("rule", s.Rule);
            w.WriteNumber("sentence", s.Sentence);
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteString("evidence", context.Text[s.EvidenceStart..s.EvidenceEnd]);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
