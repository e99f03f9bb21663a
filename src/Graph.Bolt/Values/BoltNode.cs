namespace Graph.Bolt.Values;

/// <summary>
/// A snapshot of a node (structure semantics, Node, tag <c>4E</c>): 3 fields before Bolt 5.0,
/// 4 from 5.0 with <c>element_id</c>.
/// </summary>
/// <param name="Id">The legacy numeric id.</param>
/// <param name="Labels">The node's labels.</param>
/// <param name="Properties">The node's properties.</param>
/// <param name="ElementId">The element id (Bolt 5.0+); null from a 4.x server.</param>
public sealed record BoltNode(
    long Id,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, object?> Properties,
    string? ElementId);
