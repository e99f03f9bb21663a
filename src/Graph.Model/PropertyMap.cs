namespace Graph.Model;

/// <summary>Builds the sorted, type-checked property map that nodes and relationships share.</summary>
internal static class PropertyMap
{
    /// <summary>Copies and checks the properties, sorted by key, with <c>id</c> set to <paramref name="id"/>.</summary>
    public static IReadOnlyDictionary<string, object> Create(string id, IEnumerable<KeyValuePair<string, object>> properties)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        // A sorted array, not a tree: nodes and relationships have a dozen properties at most, and there are millions of them.
        var map = new SortedList<string, object>(properties is ICollection<KeyValuePair<string, object>> c ? c.Count + 1 : 8, StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            map[key] = PropertyValues.Check(key, value);
        }
        map["id"] = id;
        return map;
    }
}
