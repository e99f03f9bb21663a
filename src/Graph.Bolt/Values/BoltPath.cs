namespace Graph.Bolt.Values;

/// <summary>
/// A path (structure semantics, Path, tag <c>50</c>): distinct nodes, distinct relationships, and
/// indices that walk them. Indices alternate relationship and node: a relationship index is
/// 1-based, negative when the relationship is traversed backwards; a node index is 0-based.
/// </summary>
/// <param name="Nodes">The distinct nodes; the first is the start of the path.</param>
/// <param name="Relationships">The distinct relationships.</param>
/// <param name="Indices">The walk: pairs of (relationship index, node index).</param>
public sealed record BoltPath(
    IReadOnlyList<BoltNode> Nodes,
    IReadOnlyList<BoltUnboundRelationship> Relationships,
    IReadOnlyList<long> Indices);
