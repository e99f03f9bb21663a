namespace Graph.Neo4j.Database;

/// <summary>A relationship returned by a query.</summary>
/// <param name="ElementId">The server's id of the relationship.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="StartElementId">The element id of the start node.</param>
/// <param name="EndElementId">The element id of the end node.</param>
/// <param name="Properties">The relationship's properties.</param>
public sealed record CypherRelationship(
    string ElementId, string Type, string StartElementId, string EndElementId, IReadOnlyDictionary<string, object?> Properties);
