using System.Globalization;

namespace Graph.BoltServer.Wire;

/// <summary>A Bolt protocol version, major.minor.</summary>
internal readonly record struct BoltVersion(int Major, int Minor) : IComparable<BoltVersion>
{
    /// <summary>The first version whose FAILURE carries <c>neo4j_code</c> and GQL fields instead of <c>code</c> (appendix/version-5, 5.7).</summary>
    public static readonly BoltVersion GqlErrors = new(5, 7);

    /// <summary>Parses "5.4".</summary>
    public static BoltVersion Parse(string text)
    {
        var parts = text.Split('.');
        if (parts.Length != 2
            || !byte.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !byte.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            throw new FormatException($"a Bolt version is MAJOR.MINOR, like 5.4, not \"{text}\"");
        }
        return new BoltVersion(major, minor);
    }

    public int CompareTo(BoltVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(BoltVersion left, BoltVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(BoltVersion left, BoltVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(BoltVersion left, BoltVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(BoltVersion left, BoltVersion right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}
