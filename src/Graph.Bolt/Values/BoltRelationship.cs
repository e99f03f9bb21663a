namespace Graph.Bolt.Values;

/// <summary>
/// A snapshot of a relationship with its end nodes (structure semantics, Relationship, tag <c>52</c>):
/// 5 fields before Bolt 5.0, 8 from 5.0 with the three element ids.
/// </summary>
/// <param name="Id">The legacy numeric id.</param>
/// <param name="StartNodeId">The legacy id of the start node.</param>
/// <param name="EndNodeId">The legacy id of the end node.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="Properties">The relationship's properties.</param>
/// <param name="ElementId">The element id (Bolt 5.0+).</param>
/// <param name="StartNodeElementId">The start node's element id (Bolt 5.0+).</param>
/// <param name="EndNodeElementId">The end node's element id (Bolt 5.0+).</param>
public sealed record BoltRelationship(
    long Id,
    long StartNodeId,
    long EndNodeId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties,
    string? ElementId,
    string? StartNodeElementId,
    string? EndNodeElementId);
