using Graph.Bolt.Values;

namespace Graph.Bolt.PackStream;

/// <summary>
/// Turns the fields of a structure into its record (structure semantics, one section per
/// structure). The field count tells 4.x forms from 5.x forms for graph structures.
/// </summary>
internal static class StructureDecoder
{
    public static object Decode(byte tag, object?[] fields) => (tag, fields.Length) switch
    {
        (StructureTag.Node, 3 or 4) => Node(fields),
        (StructureTag.Relationship, 5 or 8) => new BoltRelationship(
            Integer(fields[0], "Relationship.id"),
            Integer(fields[1], "Relationship.startNodeId"),
            Integer(fields[2], "Relationship.endNodeId"),
            Text(fields[3], "Relationship.type"),
            Map(fields[4], "Relationship.properties"),
            fields.Length == 8 ? Text(fields[5], "Relationship.element_id") : null,
            fields.Length == 8 ? Text(fields[6], "Relationship.start_node_element_id") : null,
            fields.Length == 8 ? Text(fields[7], "Relationship.end_node_element_id") : null),
        (StructureTag.UnboundRelationship, 3 or 4) => Unbound(fields),
        (StructureTag.Path, 3) => new BoltPath(
            ListOf<BoltNode>(fields[0], "Path.nodes"),
            ListOf<BoltUnboundRelationship>(fields[1], "Path.rels"),
            ListOf<object?>(fields[2], "Path.indices").Select(index => Integer(index, "Path.indices")).ToArray()),
        (StructureTag.Date, 1) => new BoltDate(Integer(fields[0], "Date.days")),
        (StructureTag.Time, 2) => new BoltTime(Integer(fields[0], "Time.nanoseconds"), Int32(fields[1], "Time.tz_offset_seconds")),
        (StructureTag.LocalTime, 1) => new BoltLocalTime(Integer(fields[0], "LocalTime.nanoseconds")),
        (StructureTag.DateTime, 3) => new BoltDateTime(
            Integer(fields[0], "DateTime.seconds"), Int32(fields[1], "DateTime.nanoseconds"), Int32(fields[2], "DateTime.tz_offset_seconds")),
        (StructureTag.LegacyDateTime, 3) => LegacyDateTime(fields),
        (StructureTag.DateTimeZoneId, 3) => new BoltDateTimeZoneId(
            Integer(fields[0], "DateTimeZoneId.seconds"), Int32(fields[1], "DateTimeZoneId.nanoseconds"), Text(fields[2], "DateTimeZoneId.tz_id")),
        (StructureTag.LegacyDateTimeZoneId, 3) => new BoltLegacyDateTimeZoneId(
            Integer(fields[0], "DateTimeZoneId.seconds"), Int32(fields[1], "DateTimeZoneId.nanoseconds"), Text(fields[2], "DateTimeZoneId.tz_id")),
        (StructureTag.LocalDateTime, 2) => new BoltLocalDateTime(Integer(fields[0], "LocalDateTime.seconds"), Int32(fields[1], "LocalDateTime.nanoseconds")),
        (StructureTag.Duration, 4) => new BoltDuration(
            Integer(fields[0], "Duration.months"), Integer(fields[1], "Duration.days"), Integer(fields[2], "Duration.seconds"), Int32(fields[3], "Duration.nanoseconds")),
        (StructureTag.Point2D, 3) => new BoltPoint2D(Int32(fields[0], "Point2D.srid"), Float(fields[1], "Point2D.x"), Float(fields[2], "Point2D.y")),
        (StructureTag.Point3D, 4) => new BoltPoint3D(
            Int32(fields[0], "Point3D.srid"), Float(fields[1], "Point3D.x"), Float(fields[2], "Point3D.y"), Float(fields[3], "Point3D.z")),
        (StructureTag.Node or StructureTag.Relationship or StructureTag.UnboundRelationship or StructureTag.Path
            or StructureTag.Date or StructureTag.Time or StructureTag.LocalTime or StructureTag.DateTime or StructureTag.LegacyDateTime
            or StructureTag.DateTimeZoneId or StructureTag.LegacyDateTimeZoneId or StructureTag.LocalDateTime or StructureTag.Duration
            or StructureTag.Point2D or StructureTag.Point3D, _) =>
            throw new BoltProtocolException($"structure 0x{tag:X2} cannot have {fields.Length} fields"),
        _ => new BoltStructure(tag, fields),
    };

    private static BoltNode Node(object?[] fields) => new(
        Integer(fields[0], "Node.id"),
        ListOf<object?>(fields[1], "Node.labels").Select(label => Text(label, "Node.labels")).ToArray(),
        Map(fields[2], "Node.properties"),
        fields.Length == 4 ? Text(fields[3], "Node.element_id") : null);

    private static BoltUnboundRelationship Unbound(object?[] fields) => new(
        Integer(fields[0], "UnboundRelationship.id"),
        Text(fields[1], "UnboundRelationship.type"),
        Map(fields[2], "UnboundRelationship.properties"),
        fields.Length == 4 ? Text(fields[3], "UnboundRelationship.element_id") : null);

    private static BoltDateTime LegacyDateTime(object?[] fields)
    {
        // Legacy DateTime counts local seconds; UTC seconds are local seconds minus the offset.
        var offset = Int32(fields[2], "DateTime.tz_offset_seconds");
        return new BoltDateTime(Integer(fields[0], "DateTime.seconds") - offset, Int32(fields[1], "DateTime.nanoseconds"), offset);
    }

    private static long Integer(object? value, string field) =>
        value as long? ?? throw Wrong(field, "an integer", value);

    private static int Int32(object? value, string field)
    {
        var integer = Integer(value, field);
        return integer is >= int.MinValue and <= int.MaxValue ? (int)integer : throw Wrong(field, "a 32-bit integer", value);
    }

    private static double Float(object? value, string field) =>
        value as double? ?? throw Wrong(field, "a float", value);

    private static string Text(object? value, string field) =>
        value as string ?? throw Wrong(field, "a string", value);

    private static IReadOnlyDictionary<string, object?> Map(object? value, string field) =>
        value as IReadOnlyDictionary<string, object?> ?? throw Wrong(field, "a dictionary", value);

    private static T[] ListOf<T>(object? value, string field)
    {
        if (value is not IReadOnlyList<object?> list) throw Wrong(field, "a list", value);
        var result = new T[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            result[i] = list[i] is T item ? item : throw Wrong(field, $"a list of {typeof(T).Name}", list[i]);
        }

        return result;
    }

    private static BoltProtocolException Wrong(string field, string expected, object? actual) =>
        new($"{field} should be {expected}, not {actual?.GetType().Name ?? "null"}");
}
