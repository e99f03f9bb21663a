namespace Graph.Bolt.Values;

/// <summary>
/// A relationship inside a path, without its end nodes (structure semantics, UnboundRelationship,
/// tag <c>72</c>): 3 fields before Bolt 5.0, 4 from 5.0 with <c>element_id</c>.
/// </summary>
/// <param name="Id">The legacy numeric id.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="Properties">The relationship's properties.</param>
/// <param name="ElementId">The element id (Bolt 5.0+).</param>
public sealed record BoltUnboundRelationship(
    long Id,
    string Type,
    IReadOnlyDictionary<string, object?> Properties,
    string? ElementId);
