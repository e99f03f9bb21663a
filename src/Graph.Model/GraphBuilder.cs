namespace Graph.Model;

/// <summary>
/// Collects the graphs of documents into one graph. Entities and entity-level facts (REPRESENTS,
/// INVOLVES) are merged in memory, which grows with the number of distinct entities; everything that
/// belongs to one document (its node, statements, SAID, MENTIONS...) is spooled to a temporary file
/// in arrival order, so memory does not grow with the corpus.
/// </summary>
public sealed class GraphBuilder : IDisposable
{
    private readonly Dictionary<string, GraphNode> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphRelationship> _entityRelationships = new(StringComparer.Ordinal);
    private readonly HashSet<string> _documents = new(StringComparer.Ordinal);
    private readonly GraphSpool _spool = new();
    private readonly int[] _documentScopedNodeCounts = new int[NodeLabels.All.Count];
    private readonly int[] _documentScopedRelationshipCounts = new int[RelationshipTypes.All.Count];
    private bool _built;

    /// <summary>Whether a document with this id was already added.</summary>
    public bool Contains(string documentId) => _documents.Contains(documentId);

    /// <summary>Adds one document's graph. Returns false (and adds nothing) when the document was added before.</summary>
    public bool Add(DocumentGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ObjectDisposedException.ThrowIf(_built, this);
        if (!_documents.Add(graph.Document.Id)) return false;

        foreach (var entity in graph.Entities)
        {
            if (!entity.Label.IsEntity()) throw new ArgumentException($"{entity} is not an entity", nameof(graph));
            _entities[entity.Id] = _entities.TryGetValue(entity.Id, out var existing) ? PropertyMerger.Merge(existing, entity) : entity;
        }

        _spool.Append(graph.Document);
        _documentScopedNodeCounts[(int)graph.Document.Label]++;
        foreach (var node in graph.Nodes)
        {
            if (node.Label.IsEntity()) throw new ArgumentException($"{node} is an entity; pass it in Entities", nameof(graph));
            _spool.Append(node);
            _documentScopedNodeCounts[(int)node.Label]++;
        }
        foreach (var rel in graph.Relationships)
        {
            if (rel.Type.IsDocumentScoped())
            {
                _spool.Append(rel);
                _documentScopedRelationshipCounts[(int)rel.Type]++;
            }
            else
            {
                _entityRelationships[rel.Id] = _entityRelationships.TryGetValue(rel.Id, out var existing)
                    ? PropertyMerger.Merge(existing, rel)
                    : rel;
            }
        }
        return true;
    }

    /// <summary>
    /// Finishes the graph. Entities come first, sorted by label and id; then each document's nodes in
    /// the order documents were added. The builder hands its spool to the result and cannot be used again.
    /// </summary>
    public GraphContent Build()
    {
        ObjectDisposedException.ThrowIf(_built, this);
        _built = true;
        var entities = _entities.Values
            .OrderBy(n => n.Label)
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToArray();
        var entityRelationships = _entityRelationships.Values
            .OrderBy(r => r.Type)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();

        var nodeCounts = new SortedDictionary<NodeLabel, int>();
        foreach (var label in NodeLabels.All)
        {
            nodeCounts[label] = _documentScopedNodeCounts[(int)label] + entities.Count(e => e.Label == label);
        }
        var relCounts = new SortedDictionary<RelationshipType, int>();
        foreach (var type in RelationshipTypes.All)
        {
            relCounts[type] = _documentScopedRelationshipCounts[(int)type] + entityRelationships.Count(r => r.Type == type);
        }
        return new GraphContent(entities, entityRelationships, _spool.Seal(), nodeCounts, relCounts, _documents.Count);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_built) _spool.Dispose();
        _built = true;
    }
}
