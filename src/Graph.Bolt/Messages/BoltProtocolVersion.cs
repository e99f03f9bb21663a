using System.Globalization;

namespace Graph.Bolt.Messages;

/// <summary>A Bolt protocol version, as agreed in the handshake (Bolt handshake spec).</summary>
/// <param name="Major">The major version.</param>
/// <param name="Minor">The minor version.</param>
public readonly record struct BoltProtocolVersion(int Major, int Minor) : IComparable<BoltProtocolVersion>
{
    /// <summary>Bolt 4.4, the last 4.x version, spoken by Neo4j 4.4.</summary>
    public static BoltProtocolVersion V44 { get; } = new(4, 4);

    /// <summary>Bolt 5.0: element ids and UTC date-times.</summary>
    public static BoltProtocolVersion V50 { get; } = new(5, 0);

    /// <summary>Bolt 5.1: credentials move from HELLO to LOGON.</summary>
    public static BoltProtocolVersion V51 { get; } = new(5, 1);

    /// <summary>Bolt 5.2: notification filters.</summary>
    public static BoltProtocolVersion V52 { get; } = new(5, 2);

    /// <summary>Bolt 5.3: <c>bolt_agent</c> in HELLO.</summary>
    public static BoltProtocolVersion V53 { get; } = new(5, 3);

    /// <summary>Bolt 5.4: TELEMETRY.</summary>
    public static BoltProtocolVersion V54 { get; } = new(5, 4);

    /// <inheritdoc/>
    public int CompareTo(BoltProtocolVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <summary>True when <paramref name="left"/> is older than <paramref name="right"/>.</summary>
    public static bool operator <(BoltProtocolVersion left, BoltProtocolVersion right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> is newer than <paramref name="right"/>.</summary>
    public static bool operator >(BoltProtocolVersion left, BoltProtocolVersion right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> is older than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(BoltProtocolVersion left, BoltProtocolVersion right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> is newer than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(BoltProtocolVersion left, BoltProtocolVersion right) => left.CompareTo(right) >= 0;

    /// <summary>The version as <c>major.minor</c>, e.g. <c>5.4</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}
