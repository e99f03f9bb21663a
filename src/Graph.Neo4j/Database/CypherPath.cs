namespace Graph.Neo4j.Database;

/// <summary>A path returned by a query: nodes and the relationships between them, in path order.</summary>
/// <param name="Nodes">The nodes, one more than <paramref name="Relationships"/>.</param>
/// <param name="Relationships">The relationships; each may point either way along the path.</param>
public sealed record CypherPath(IReadOnlyList<CypherNode> Nodes, IReadOnlyList<CypherRelationship> Relationships);
