namespace Graph.Model;

/// <summary>
/// Everything extraction found in one document: its Document node, the entities it mentions (with the
/// surface forms seen there), its statements, and the relationships among them.
/// </summary>
/// <param name="Document">The Document node.</param>
/// <param name="Entities">Entity nodes as seen in this document; merged across documents later.</param>
/// <param name="Nodes">Nodes that belong to this document only (statements).</param>
/// <param name="Relationships">Relationships found in this document.</param>
public sealed record DocumentGraph(
    GraphNode Document,
    IReadOnlyList<GraphNode> Entities,
    IReadOnlyList<GraphNode> Nodes,
    IReadOnlyList<GraphRelationship> Relationships)
{
    /// <summary>What extraction had to leave out of this document (a limit reached), one line each, for the user.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
