using System.Globalization;

namespace Graph.Model;

/// <summary>
/// The value types a node or relationship property may hold. Every sink (Cypher, Bolt, RDF, JSON)
/// knows how to write exactly these, so the set is closed and checked when a property is set.
/// </summary>
public static class PropertyValues
{
    /// <summary>Throws when <paramref name="value"/> is not one of the supported types.</summary>
    public static object Check(string key, object value) => value switch
    {
        double d when !double.IsFinite(d) => throw new ArgumentException($"property '{key}' is {d}; Neo4j, JSON and RDF have no common form for it", nameof(value)),
        string or long or double or bool or DateOnly => value,
        int i => (long)i,
        IReadOnlyList<string> list => list,
        _ => throw new ArgumentException(
            $"property '{key}' has unsupported type {value.GetType().Name}; use string, long, double, bool, DateOnly or a list of strings",
            nameof(value)),
    };

    /// <summary>A total order over values of any supported type, so merges pick the same winner in any order.</summary>
    public static int Compare(object a, object b)
    {
        var byText = string.CompareOrdinal(Canonical(a), Canonical(b));
        // 1, 1.0, "1" and ["1"] share a text form: the type decides, or the merge winner would depend on the order.
        return byText != 0 ? byText : TypeRank(a).CompareTo(TypeRank(b));
    }

    private static int TypeRank(object value) => value switch
    {
        string => 0,
        long => 1,
        double => 2,
        bool => 3,
        DateOnly => 4,
        _ => 5,
    };

    /// <summary>A culture-free text form of a value, used for ordering and hashing.</summary>
    public static string Canonical(object value) => value switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IReadOnlyList<string> list => string.Join('\u001f', list),
        _ => throw new ArgumentException($"unsupported property type {value.GetType().Name}", nameof(value)),
    };
}
