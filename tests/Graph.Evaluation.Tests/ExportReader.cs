using System.Text.Json;
using Graph.Model;

namespace Graph.Evaluation.Tests;

/// <summary>Reads graph.jsonl text (APOC JSON Lines, as the exporter writes it) back into nodes and relationships.</summary>
public static class ExportReader
{
    public static (List<GraphNode> Nodes, List<GraphRelationship> Relationships) Read(string jsonLines)
    {
        var nodes = new List<GraphNode>();
        var relationships = new List<GraphRelationship>();
        var labels = new Dictionary<string, NodeLabel>(StringComparer.Ordinal);
        foreach (var line in jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var e = JsonDocument.Parse(line).RootElement;
            var id = e.GetProperty("id").GetString()!;
            var properties = Properties(e.GetProperty("properties")).Where(p => p.Key != "id").ToList();
            if (e.GetProperty("type").GetString() == "node")
            {
                var label = Enum.Parse<NodeLabel>(e.GetProperty("labels")[0].GetString()!);
                labels[id] = label;
                nodes.Add(new GraphNode(id, label, properties));
            }
            else
            {
                var type = RelationshipTypes.All.Single(t => t.Name() == e.GetProperty("label").GetString());
                var start = e.GetProperty("start").GetProperty("id").GetString()!;
                var end = e.GetProperty("end").GetProperty("id").GetString()!;
                relationships.Add(new GraphRelationship(id, type, new NodeRef(start, labels[start]), new NodeRef(end, labels[end]), properties));
            }
        }
        return (nodes, relationships);
    }

    private static IEnumerable<KeyValuePair<string, object>> Properties(JsonElement properties) =>
        properties.EnumerateObject().Select(p => new KeyValuePair<string, object>(p.Name, p.Value.ValueKind switch
        {
            JsonValueKind.Array => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray(),
            _ => p.Value.GetString()!,
        }));
}
