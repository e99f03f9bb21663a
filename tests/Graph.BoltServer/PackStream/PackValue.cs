using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Graph.BoltServer.PackStream;

/// <summary>
/// The values the double works with: <c>null</c>, <see cref="bool"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="string"/>, <c>byte[]</c>, lists, string-keyed dictionaries and <see cref="PackStreamStructure"/>.
/// Scripts may be written with ordinary C# values (int, arrays, anonymous objects); <see cref="From"/> turns
/// them into that model. Equality is strict about types, as the wire is: <c>1</c> (Integer) is not <c>1.0</c> (Float).
/// </summary>
public static class PackValue
{
    /// <summary>
    /// Normalises a C# value: integers to <see cref="long"/>, float to <see cref="double"/>, char to string,
    /// sequences to lists, dictionaries and anonymous objects (public properties, in declaration order) to
    /// ordered dictionaries.
    /// </summary>
    public static object? From(object? value) => value switch
    {
        null => null,
        bool or long or double or string => value,
        int i => (long)i,
        short s => (long)s,
        sbyte sb => (long)sb,
        byte b => (long)b,
        ushort us => (long)us,
        uint ui => (long)ui,
        ulong ul => ul <= long.MaxValue ? (long)ul : throw new ArgumentOutOfRangeException(nameof(value), ul, "PackStream integers are 64-bit signed"),
        float f => (double)f,
        char c => c.ToString(),
        byte[] bytes => bytes,
        PackStreamStructure structure => new PackStreamStructure(structure.Tag, structure.Fields.Select(From).ToArray()),
        IDictionary dictionary => FromDictionary(dictionary),
        IEnumerable<KeyValuePair<string, object?>> pairs => FromPairs(pairs),
        IEnumerable sequence => sequence.Cast<object?>().Select(From).ToList(),
        _ => FromProperties(value),
    };

    /// <summary>Whether two values are the same on the wire (after <see cref="From"/>): same types, same contents, key order ignored.</summary>
    public static bool AreEqual(object? expected, object? actual) => Difference(From(expected), From(actual), "", subset: false) is null;

    /// <summary>
    /// Where <paramref name="actual"/> departs from <paramref name="expected"/>, as "path: expected X, got Y";
    /// <c>null</c> when they agree. With <paramref name="subset"/>, a dictionary of <paramref name="actual"/>
    /// may hold keys that <paramref name="expected"/> does not mention (at every depth).
    /// </summary>
    public static string? Difference(object? expected, object? actual, string path, bool subset)
    {
        expected = From(expected);
        actual = From(actual);
        var here = path.Length == 0 ? "value" : path;
        switch (expected, actual)
        {
            case (null, null): return null;
            case (IReadOnlyDictionary<string, object?> e, IReadOnlyDictionary<string, object?> a):
                foreach (var (key, value) in e)
                {
                    var keyPath = path.Length == 0 ? key : $"{path}.{key}";
                    if (!a.TryGetValue(key, out var other)) return $"{keyPath}: expected {Format(value)}, but the key is missing";
                    if (Difference(value, other, keyPath, subset) is { } difference) return difference;
                }
                if (!subset)
                {
                    var extra = a.Keys.FirstOrDefault(k => !e.ContainsKey(k));
                    if (extra is not null) return $"{(path.Length == 0 ? extra : $"{path}.{extra}")}: not expected, got {Format(a[extra])}";
                }
                return null;
            case (IReadOnlyList<object?> e, IReadOnlyList<object?> a):
                if (e.Count != a.Count) return $"{here}: expected {Format(e)}, got {Format(a)}";
                for (var i = 0; i < e.Count; i++)
                {
                    if (Difference(e[i], a[i], $"{path}[{i}]", subset) is { } difference) return difference;
                }
                return null;
            case (PackStreamStructure e, PackStreamStructure a):
                if (e.Tag != a.Tag || e.Fields.Count != a.Fields.Count) return $"{here}: expected {Format(e)}, got {Format(a)}";
                for (var i = 0; i < e.Fields.Count; i++)
                {
                    if (Difference(e.Fields[i], a.Fields[i], $"{path}[{i}]", subset) is { } difference) return difference;
                }
                return null;
            case (byte[] e, byte[] a):
                return e.AsSpan().SequenceEqual(a) ? null : $"{here}: expected {Format(e)}, got {Format(a)}";
            default:
                // Scalars: the same type and value (double.Equals treats NaN as equal to itself).
                return expected is not null && actual is not null && expected.GetType() == actual.GetType() && expected.Equals(actual)
                    ? null
                    : $"{here}: expected {Format(expected)}, got {Format(actual)}";
        }
    }

    /// <summary>
    /// A one-line, Cypher-like rendering for transcripts and failure messages: strings in double quotes,
    /// floats always with a point (<c>1.0</c>), bytes as <c>#0A0B</c>, dictionaries as <c>{key: value}</c>.
    /// </summary>
    public static string Format(object? value)
    {
        var text = new StringBuilder();
        Append(text, From(value));
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null: text.Append("null"); break;
            case bool b: text.Append(b ? "true" : "false"); break;
            case long l: text.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: text.Append(FormatFloat(d)); break;
            case string s: AppendQuoted(text, s); break;
            case byte[] bytes: text.Append('#').Append(Convert.ToHexString(bytes)); break;
            case IReadOnlyDictionary<string, object?> dictionary:
                text.Append('{');
                var first = true;
                foreach (var (key, item) in dictionary)
                {
                    if (!first) text.Append(", ");
                    first = false;
                    if (IsIdentifier(key)) text.Append(key);
                    else AppendQuoted(text, key);
                    text.Append(": ");
                    Append(text, item);
                }
                text.Append('}');
                break;
            case IReadOnlyList<object?> list:
                text.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    Append(text, list[i]);
                }
                text.Append(']');
                break;
            case PackStreamStructure structure:
                text.Append("Structure<0x").Append(structure.Tag.ToString("X2", CultureInfo.InvariantCulture)).Append(">(");
                for (var i = 0; i < structure.Fields.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    Append(text, structure.Fields[i]);
                }
                text.Append(')');
                break;
            default: text.Append(value); break;
        }
    }

    private static string FormatFloat(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static void AppendQuoted(StringBuilder text, string s)
    {
        text.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        text.Append('"');
    }

    private static bool IsIdentifier(string key) =>
        key.Length > 0 && !char.IsDigit(key[0]) && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.');

    private static OrderedDictionary<string, object?> FromDictionary(IDictionary dictionary)
    {
        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is not string key) throw new ArgumentException($"PackStream dictionary keys are strings, not {entry.Key.GetType()}", nameof(dictionary));
            result[key] = From(entry.Value);
        }
        return result;
    }

    private static OrderedDictionary<string, object?> FromPairs(IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, item) in pairs) result[key] = From(item);
        return result;
    }

    private static OrderedDictionary<string, object?> FromProperties(object value)
    {
        var type = value.GetType();
        // DateTime, Guid and friends have properties too, but no PackStream meaning the double could guess.
        if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true && !type.IsDefined(typeof(CompilerGeneratedAttribute)))
        {
            throw new ArgumentException($"a {type} cannot be sent through the Bolt double: use long, double, string, byte[], lists, dictionaries, anonymous objects or PackStreamStructure", nameof(value));
        }
        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0) result[property.Name] = From(property.GetValue(value));
        }
        return result;
    }
}
