namespace Graph.Model;

/// <summary>
/// Merges two versions of the same node or relationship. The rules are commutative and associative,
/// so the merged graph is the same whatever order documents arrive in (one job or many):
/// lists become sorted unions, names prefer the fullest form, other values keep the smallest.
/// </summary>
public static class PropertyMerger
{
    /// <summary>Merges two nodes with the same id.</summary>
    public static GraphNode Merge(GraphNode a, GraphNode b)
    {
        if (a.Id != b.Id || a.Label != b.Label)
        {
            throw new ArgumentException($"cannot merge {a} with {b}: different id or label");
        }
        return new GraphNode(a.Id, a.Label, MergeProperties(a.Properties, b.Properties));
    }

    /// <summary>Merges two relationships with the same id.</summary>
    public static GraphRelationship Merge(GraphRelationship a, GraphRelationship b)
    {
        if (a.Id != b.Id || a.Type != b.Type)
        {
            throw new ArgumentException($"cannot merge {a} with {b}: different id or type");
        }
        return new GraphRelationship(a.Id, a.Type, a.Start, a.End, MergeProperties(a.Properties, b.Properties));
    }

    /// <summary>
    /// Chooses between two names for the same entity: the one with more words, then the longer, then
    /// the ordinally smaller. "Sergey Lavrov" beats "Lavrov" whichever document came first.
    /// </summary>
    public static bool IsPreferredName(string candidate, string current)
    {
        var byWords = WordCount(candidate).CompareTo(WordCount(current));
        if (byWords != 0) return byWords > 0;
        var byLength = candidate.Length.CompareTo(current.Length);
        if (byLength != 0) return byLength > 0;
        return string.CompareOrdinal(candidate, current) < 0;
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static SortedDictionary<string, object> MergeProperties(
        IReadOnlyDictionary<string, object> a, IReadOnlyDictionary<string, object> b)
    {
        var result = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in a) result[key] = value;
        foreach (var (key, value) in b)
        {
            result[key] = result.TryGetValue(key, out var existing) ? MergeValue(key, existing, value) : value;
        }
        if (result.TryGetValue("name", out var n) && n is string name)
        {
            // A name that lost to a fuller one is still a surface form of the entity.
            var aliases = new SortedSet<string>(StringComparer.Ordinal);
            if (result.TryGetValue("aliases", out var al) && al is IReadOnlyList<string> list) aliases.UnionWith(list);
            foreach (var other in new[] { a, b })
            {
                if (other.TryGetValue("name", out var on) && on is string otherName && otherName != name) aliases.Add(otherName);
            }
            aliases.Remove(name);
            if (aliases.Count > 0 || result.ContainsKey("aliases")) result["aliases"] = aliases.ToArray();
        }
        return result;
    }

    private static object MergeValue(string key, object a, object b)
    {
        if (a is IReadOnlyList<string> la && b is IReadOnlyList<string> lb)
        {
            var union = new SortedSet<string>(la, StringComparer.Ordinal);
            union.UnionWith(lb);
            return union.ToArray();
        }
        if (a is IReadOnlyList<string> || b is IReadOnlyList<string>)
        {
            // A list and a single value under one key: the list wins, so that merges stay associative.
            return a is IReadOnlyList<string> ? a : b;
        }
        if (key == "name" && a is string na && b is string nb)
        {
            return IsPreferredName(nb, na) ? nb : na;
        }
        return PropertyValues.Compare(a, b) <= 0 ? a : b;
    }
}
