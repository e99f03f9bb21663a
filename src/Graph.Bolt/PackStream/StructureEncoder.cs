using System.Globalization;
using Graph.Bolt.Values;

namespace Graph.Bolt.PackStream;

/// <summary>
/// Writes the records of <see cref="Values"/> as structures (structure semantics, one section per
/// structure), in the forms the writer's <see cref="PackStreamOptions"/> choose: element ids from
/// 5.0, UTC or legacy date-times.
/// </summary>
internal static class StructureEncoder
{
    /// <summary>Writes <paramref name="value"/> if it is one of the structure records; false otherwise.</summary>
    public static bool TryWrite(PackStreamWriter writer, object value)
    {
        switch (value)
        {
            case BoltDate date:
                writer.WriteStructureHeader(1, StructureTag.Date);
                writer.WriteInteger(date.Days);
                return true;
            case BoltTime time:
                writer.WriteStructureHeader(2, StructureTag.Time);
                writer.WriteInteger(time.Nanoseconds);
                writer.WriteInteger(time.OffsetSeconds);
                return true;
            case BoltLocalTime localTime:
                writer.WriteStructureHeader(1, StructureTag.LocalTime);
                writer.WriteInteger(localTime.Nanoseconds);
                return true;
            case BoltDateTime dateTime:
                WriteDateTime(writer, dateTime);
                return true;
            case BoltDateTimeZoneId zoned:
                WriteDateTimeZoneId(writer, zoned);
                return true;
            case BoltLegacyDateTimeZoneId legacy:
                if (writer.Options.UtcDateTime)
                {
                    throw new ArgumentException("a legacy (local seconds) zoned date-time cannot be sent once UTC date-times are agreed", nameof(value));
                }

                writer.WriteStructureHeader(3, StructureTag.LegacyDateTimeZoneId);
                writer.WriteInteger(legacy.LocalSeconds);
                writer.WriteInteger(legacy.Nanoseconds);
                writer.WriteString(legacy.ZoneId);
                return true;
            case BoltLocalDateTime local:
                writer.WriteStructureHeader(2, StructureTag.LocalDateTime);
                writer.WriteInteger(local.Seconds);
                writer.WriteInteger(local.Nanoseconds);
                return true;
            case BoltDuration duration:
                writer.WriteStructureHeader(4, StructureTag.Duration);
                writer.WriteInteger(duration.Months);
                writer.WriteInteger(duration.Days);
                writer.WriteInteger(duration.Seconds);
                writer.WriteInteger(duration.Nanoseconds);
                return true;
            case BoltPoint2D point:
                writer.WriteStructureHeader(3, StructureTag.Point2D);
                writer.WriteInteger(point.Srid);
                writer.WriteFloat(point.X);
                writer.WriteFloat(point.Y);
                return true;
            case BoltPoint3D point:
                writer.WriteStructureHeader(4, StructureTag.Point3D);
                writer.WriteInteger(point.Srid);
                writer.WriteFloat(point.X);
                writer.WriteFloat(point.Y);
                writer.WriteFloat(point.Z);
                return true;
            case BoltNode node:
                WriteNode(writer, node);
                return true;
            case BoltRelationship relationship:
                WriteRelationship(writer, relationship);
                return true;
            case BoltUnboundRelationship unbound:
                WriteUnbound(writer, unbound);
                return true;
            case BoltPath path:
                WritePath(writer, path);
                return true;
            case BoltStructure structure:
                writer.Enter();
                writer.WriteStructureHeader(structure.Fields.Count, structure.Tag);
                foreach (var field in structure.Fields) writer.WriteValue(field);
                writer.Exit();
                return true;
            default:
                return false;
        }
    }

    private static void WriteDateTime(PackStreamWriter writer, BoltDateTime value)
    {
        if (writer.Options.UtcDateTime)
        {
            writer.WriteStructureHeader(3, StructureTag.DateTime);
            writer.WriteInteger(value.Seconds);
        }
        else
        {
            // Legacy DateTime counts local seconds: UTC seconds shifted by the offset (structure semantics, Legacy DateTime).
            writer.WriteStructureHeader(3, StructureTag.LegacyDateTime);
            writer.WriteInteger(value.Seconds + value.OffsetSeconds);
        }

        writer.WriteInteger(value.Nanoseconds);
        writer.WriteInteger(value.OffsetSeconds);
    }

    private static void WriteDateTimeZoneId(PackStreamWriter writer, BoltDateTimeZoneId value)
    {
        if (writer.Options.UtcDateTime)
        {
            writer.WriteStructureHeader(3, StructureTag.DateTimeZoneId);
            writer.WriteInteger(value.Seconds);
        }
        else
        {
            // Legacy DateTimeZoneId counts local seconds, so the zone's offset at that instant is needed.
            TimeZoneInfo zone;
            try
            {
                zone = TimeZoneInfo.FindSystemTimeZoneById(value.ZoneId);
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                throw new ArgumentException($"the time zone '{value.ZoneId}' is unknown here, so its legacy form cannot be computed", nameof(value), ex);
            }

            var offset = zone.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(value.Seconds));
            writer.WriteStructureHeader(3, StructureTag.LegacyDateTimeZoneId);
            writer.WriteInteger(value.Seconds + (long)offset.TotalSeconds);
        }

        writer.WriteInteger(value.Nanoseconds);
        writer.WriteString(value.ZoneId);
    }

    private static void WriteNode(PackStreamWriter writer, BoltNode node)
    {
        writer.Enter();
        writer.WriteStructureHeader(writer.Options.ElementIds ? 4 : 3, StructureTag.Node);
        writer.WriteInteger(node.Id);
        writer.WriteListHeader(node.Labels.Count);
        foreach (var label in node.Labels) writer.WriteString(label);
        writer.WriteMap(node.Properties);
        if (writer.Options.ElementIds) writer.WriteString(node.ElementId ?? Invariant(node.Id));
        writer.Exit();
    }

    private static void WriteRelationship(PackStreamWriter writer, BoltRelationship relationship)
    {
        writer.Enter();
        writer.WriteStructureHeader(writer.Options.ElementIds ? 8 : 5, StructureTag.Relationship);
        writer.WriteInteger(relationship.Id);
        writer.WriteInteger(relationship.StartNodeId);
        writer.WriteInteger(relationship.EndNodeId);
        writer.WriteString(relationship.Type);
        writer.WriteMap(relationship.Properties);
        if (writer.Options.ElementIds)
        {
            writer.WriteString(relationship.ElementId ?? Invariant(relationship.Id));
            writer.WriteString(relationship.StartNodeElementId ?? Invariant(relationship.StartNodeId));
            writer.WriteString(relationship.EndNodeElementId ?? Invariant(relationship.EndNodeId));
        }

        writer.Exit();
    }

    private static void WriteUnbound(PackStreamWriter writer, BoltUnboundRelationship relationship)
    {
        writer.Enter();
        writer.WriteStructureHeader(writer.Options.ElementIds ? 4 : 3, StructureTag.UnboundRelationship);
        writer.WriteInteger(relationship.Id);
        writer.WriteString(relationship.Type);
        writer.WriteMap(relationship.Properties);
        if (writer.Options.ElementIds) writer.WriteString(relationship.ElementId ?? Invariant(relationship.Id));
        writer.Exit();
    }

    private static void WritePath(PackStreamWriter writer, BoltPath path)
    {
        writer.Enter();
        writer.WriteStructureHeader(3, StructureTag.Path);
        writer.WriteListHeader(path.Nodes.Count);
        foreach (var node in path.Nodes) WriteNode(writer, node);
        writer.WriteListHeader(path.Relationships.Count);
        foreach (var relationship in path.Relationships) WriteUnbound(writer, relationship);
        writer.WriteListHeader(path.Indices.Count);
        foreach (var index in path.Indices) writer.WriteInteger(index);
        writer.Exit();
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
