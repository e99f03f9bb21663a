namespace Graph.Bolt.PackStream;

/// <summary>Tag bytes of the structures Bolt defines (structure semantics, "Structures" table).</summary>
public static class StructureTag
{
    /// <summary>Node, <c>N</c>.</summary>
    public const byte Node = 0x4E;

    /// <summary>Relationship, <c>R</c>.</summary>
    public const byte Relationship = 0x52;

    /// <summary>UnboundRelationship, <c>r</c>.</summary>
    public const byte UnboundRelationship = 0x72;

    /// <summary>Path, <c>P</c>.</summary>
    public const byte Path = 0x50;

    /// <summary>Date, <c>D</c>.</summary>
    public const byte Date = 0x44;

    /// <summary>Time, <c>T</c>.</summary>
    public const byte Time = 0x54;

    /// <summary>LocalTime, <c>t</c>.</summary>
    public const byte LocalTime = 0x74;

    /// <summary>DateTime in UTC form (Bolt 5.0+, and 4.4 with the <c>utc</c> patch), <c>I</c>.</summary>
    public const byte DateTime = 0x49;

    /// <summary>DateTimeZoneId in UTC form, <c>i</c>.</summary>
    public const byte DateTimeZoneId = 0x69;

    /// <summary>Legacy DateTime (local seconds, Bolt 4.x), <c>F</c>.</summary>
    public const byte LegacyDateTime = 0x46;

    /// <summary>Legacy DateTimeZoneId (local seconds, Bolt 4.x), <c>f</c>.</summary>
    public const byte LegacyDateTimeZoneId = 0x66;

    /// <summary>LocalDateTime, <c>d</c>.</summary>
    public const byte LocalDateTime = 0x64;

    /// <summary>Duration, <c>E</c>.</summary>
    public const byte Duration = 0x45;

    /// <summary>Point2D, <c>X</c>.</summary>
    public const byte Point2D = 0x58;

    /// <summary>Point3D, <c>Y</c>.</summary>
    public const byte Point3D = 0x59;
}
