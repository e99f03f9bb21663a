namespace Graph.Model;

/// <summary>Builds the sorted, type-checked property map that nodes and relationships share.</summary>
internal static class PropertyMap
{
    /// <summary>Copies and checks the properties, sorted by key, with <c>id</c> set to <paramref name="id"/>.</summary>
    public static SortedDictionary<string, object> Create(string id, IEnumerable<KeyValuePair<string, object>> properties)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var map = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            map[key] = PropertyValues.Check(key, value);
        }
        map["id"] = id;
        return map;
    }
}
