namespace Graph.Neo4j.Database;

/// <summary>A node returned by a query.</summary>
/// <param name="ElementId">The server's id of the node (valid within one transaction only).</param>
/// <param name="Labels">The node's labels.</param>
/// <param name="Properties">The node's properties.</param>
public sealed record CypherNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
