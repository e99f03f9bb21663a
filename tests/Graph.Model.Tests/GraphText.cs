using System.Globalization;
using System.Text.Json;

namespace Graph.Model.Tests;

/// <summary>
/// Renders nodes and relationships as exact text (type tags, ordinal key order, round-trip doubles), so that
/// two graphs compare property by property and a failure shows the difference readably.
/// </summary>
internal static class GraphText
{
    public static string Describe(GraphNode node) =>
        $"({node.Label}:{node.Id} {Describe(node.Properties)})";

    public static string Describe(GraphRelationship rel) =>
        $"({rel.Start.Label}:{rel.Start.Id})-[{rel.Type}:{rel.Id} {Describe(rel.Properties)}]->({rel.End.Label}:{rel.End.Id})";

    public static string Describe(IReadOnlyDictionary<string, object> properties) =>
        "{" + string.Join(", ", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Quote(p.Key) + ": " + Describe(p.Value))) + "}";

    public static string Describe(object value) => value switch
    {
        string s => Quote(s),
        long l => "long " + l.ToString(CultureInfo.InvariantCulture),
        double d => "double " + d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly d => "date " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IReadOnlyList<string> list => "[" + string.Join(", ", list.Select(Quote)) + "]",
        _ => "unexpected " + value.GetType().FullName,
    };

    private static string Quote(string s) => JsonSerializer.Serialize(s);
}
