namespace Graph.Model;

/// <summary>
/// A finished graph, ready for the sinks: every node before any relationship, in a deterministic order.
/// Each enumeration streams from the spool again, so sinks can read it one after another.
/// </summary>
public sealed class GraphContent : IDisposable
{
    private readonly IReadOnlyList<GraphNode> _entities;
    private readonly IReadOnlyList<GraphRelationship> _entityRelationships;
    private readonly GraphSpool _spool;
    private readonly IReadOnlyDictionary<string, string> _remap;

    internal GraphContent(
        IReadOnlyList<GraphNode> entities,
        IReadOnlyList<GraphRelationship> entityRelationships,
        GraphSpool spool,
        IReadOnlyDictionary<NodeLabel, int> nodeCounts,
        IReadOnlyDictionary<RelationshipType, int> relationshipCounts,
        int documentCount,
        IReadOnlyDictionary<string, string> remap)
    {
        _remap = remap;
        _entities = entities;
        _entityRelationships = entityRelationships;
        _spool = spool;
        NodeCounts = nodeCounts;
        RelationshipCounts = relationshipCounts;
        DocumentCount = documentCount;
    }

    /// <summary>Number of nodes per label.</summary>
    public IReadOnlyDictionary<NodeLabel, int> NodeCounts { get; }

    /// <summary>Number of relationships per type.</summary>
    public IReadOnlyDictionary<RelationshipType, int> RelationshipCounts { get; }

    /// <summary>Number of documents in the graph.</summary>
    public int DocumentCount { get; }

    /// <summary>Total number of nodes.</summary>
    public int NodeCount => NodeCounts.Values.Sum();

    /// <summary>Total number of relationships.</summary>
    public int RelationshipCount => RelationshipCounts.Values.Sum();

    /// <summary>Entities sorted by label and id, then document nodes and statements in input order.</summary>
    public IEnumerable<GraphNode> Nodes() => _entities.Concat(_spool.ReadNodes());

    /// <summary>Entity-level relationships sorted by type and id, then document-scoped ones in input order.</summary>
    public IEnumerable<GraphRelationship> Relationships() =>
        _entityRelationships.Concat(_remap.Count == 0 ? _spool.ReadRelationships() : _spool.ReadRelationships().Select(r => GraphBuilder.Remap(r, _remap, rekey: false)));

    /// <inheritdoc />
    public void Dispose() => _spool.Dispose();
}
