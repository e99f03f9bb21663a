using System.Globalization;
using Graph.BoltServer.PackStream;

namespace Graph.BoltServer.Scripting;

/// <summary>The field checks behind <see cref="Script"/>'s Expect methods: each gives null, or why the message does not match.</summary>
internal static class Expectations
{
    /// <summary>The number of fields each request has from Bolt 4.4 on (bolt/message).</summary>
    public static string? Arity(BoltMessage message, int count) => message.Fields.Count == count
        ? null
        : string.Create(CultureInfo.InvariantCulture, $"{message.Name} has {message.Fields.Count} fields, {count} were expected");

    /// <summary>Field <paramref name="index"/> is a dictionary holding at least the entries of <paramref name="expected"/> (null: anything).</summary>
    public static string? Contains(BoltMessage message, int index, string name, object? expected) =>
        expected is null ? null : PackValue.Difference(expected, message.Field(index), name, subset: true);

    /// <summary>Field <paramref name="index"/> equals <paramref name="expected"/> exactly (null: anything).</summary>
    public static string? EqualTo(BoltMessage message, int index, string name, object? expected) =>
        expected is null ? null : PackValue.Difference(expected, message.Field(index), name, subset: false);

    /// <summary>
    /// <c>extra.bookmarks</c> holds exactly <paramref name="bookmarks"/>; an empty expectation also accepts a
    /// missing key, since drivers leave out an empty list.
    /// </summary>
    public static string? Bookmarks(BoltMessage message, int index, string name, IReadOnlyList<string>? bookmarks)
    {
        if (bookmarks is null) return null;
        var extra = message.Field(index) as IReadOnlyDictionary<string, object?>;
        if (bookmarks.Count == 0 && (extra is null || !extra.ContainsKey("bookmarks"))) return null;
        return PackValue.Difference(new Dictionary<string, object?> { ["bookmarks"] = bookmarks }, extra, name, subset: true);
    }

    /// <summary>The first non-null reason of several checks.</summary>
    public static string? First(params string?[] reasons) => reasons.FirstOrDefault(r => r is not null);

    /// <summary>"{db: "neo4j", ...}" for a partial dictionary, "*" for none.</summary>
    public static string Partial(object? expected)
    {
        if (expected is null) return "*";
        var text = PackValue.Format(expected);
        return text == "{}" ? "{...}" : text[..^1] + ", ...}";
    }

    public static string Exact(object? expected) => expected is null ? "*" : PackValue.Format(expected);
}
