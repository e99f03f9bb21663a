using System.Globalization;
using Graph.Bolt.Values;
using Graph.Neo4j.Database;

namespace Graph.Import.Neo4j;

/// <summary>Values the Bolt client returns, as the values of <see cref="CypherResult"/>: dates as <see cref="DateOnly"/>, graph structures as <see cref="CypherNode"/> and kin.</summary>
public static class BoltValues
{
    /// <summary>Converts one value, and the values inside lists and maps.</summary>
    public static object? Convert(object? value) => value switch
    {
        null or string or long or double or bool => value,
        BoltDate date => date.ToDateOnly(),
        BoltDateTime dateTime => dateTime.ToDateTimeOffset(),
        BoltLocalDateTime local => local.ToDateTime(),
        BoltLocalTime time => time.ToTimeOnly(),
        BoltTime time => time.ToTimeOnly().ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) + Offset(time.Offset),
        BoltDateTimeZoneId zoned => DateTimeOffset.FromUnixTimeSeconds(zoned.Seconds).AddTicks(zoned.Nanoseconds / 100).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture) + $"[{zoned.ZoneId}]",
        BoltDuration duration => duration.ToString(),
        BoltPoint2D point => string.Create(CultureInfo.InvariantCulture, $"point({{srid: {point.Srid}, x: {point.X}, y: {point.Y}}})"),
        BoltPoint3D point => string.Create(CultureInfo.InvariantCulture, $"point({{srid: {point.Srid}, x: {point.X}, y: {point.Y}, z: {point.Z}}})"),
        BoltNode node => Node(node),
        BoltRelationship rel => new CypherRelationship(
            rel.ElementId ?? Id(rel.Id), rel.Type, rel.StartNodeElementId ?? Id(rel.StartNodeId), rel.EndNodeElementId ?? Id(rel.EndNodeId), Map(rel.Properties)),
        BoltPath path => Path(path),
        IReadOnlyDictionary<string, object?> map => Map(map),
        IReadOnlyList<object?> list => list.Select(Convert).ToArray(),
        _ => value,
    };

    private static CypherNode Node(BoltNode node) => new(node.ElementId ?? Id(node.Id), node.Labels, Map(node.Properties));

    private static Dictionary<string, object?> Map(IReadOnlyDictionary<string, object?> map) =>
        map.ToDictionary(p => p.Key, p => Convert(p.Value), StringComparer.Ordinal);

    /// <summary>
    /// A path in walking order. Bolt sends distinct nodes and relationships and a walk of index pairs: a relationship's
    /// 1-based index, negative when it is crossed against its direction, then the next node's 0-based index.
    /// </summary>
    private static CypherPath Path(BoltPath path)
    {
        var nodes = new List<CypherNode> { Node(path.Nodes[0]) };
        var rels = new List<CypherRelationship>();
        for (var i = 0; i + 1 < path.Indices.Count; i += 2)
        {
            var relIndex = path.Indices[i];
            var next = Node(path.Nodes[(int)path.Indices[i + 1]]);
            var rel = path.Relationships[(int)Math.Abs(relIndex) - 1];
            var (start, end) = relIndex > 0 ? (nodes[^1], next) : (next, nodes[^1]);
            rels.Add(new CypherRelationship(rel.ElementId ?? Id(rel.Id), rel.Type, start.ElementId, end.ElementId, Map(rel.Properties)));
            nodes.Add(next);
        }
        return new CypherPath(nodes, rels);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Offset(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "Z" : (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);
}
