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
    private readonly IdentityDecisions _decisions;
    private bool _built;

    /// <summary>Creates a builder that resolves identities by the automatic rules and <paramref name="decisions"/> (none by default).</summary>
    public GraphBuilder(IdentityDecisions? decisions = null) => _decisions = decisions ?? IdentityDecisions.None;

    /// <summary>Whether a document with this id was already added.</summary>
    public bool Contains(string documentId) => _documents.Contains(documentId);

    /// <summary>Adds one document's graph. Returns false (and adds nothing) when the document was added before.</summary>
    public bool Add(DocumentGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ObjectDisposedException.ThrowIf(_built, this);
        if (!_documents.Add(graph.Document.Id)) return false;

        _spool.Append(graph.Document);
        _documentScopedNodeCounts[(int)graph.Document.Label]++;
        AddContents(graph);
        return true;
    }

    private void AddContents(DocumentGraph graph)
    {
        foreach (var entity in graph.Entities)
        {
            if (!entity.Label.IsEntity()) throw new ArgumentException($"{entity} is not an entity", nameof(graph));
            _entities[entity.Id] = _entities.TryGetValue(entity.Id, out var existing) ? PropertyMerger.Merge(existing, entity) : entity;
        }
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
    }

    /// <summary>
    /// Adds a further part of the graph of a document added before (a section of a very long document, which is
    /// extracted and stored one section at a time): its entities, nodes and relationships, not its document node again.
    /// </summary>
    public void AddPart(DocumentGraph part)
    {
        ArgumentNullException.ThrowIfNull(part);
        ObjectDisposedException.ThrowIf(_built, this);
        if (!_documents.Contains(part.Document.Id)) throw new ArgumentException($"{part.Document} was not added before its further parts", nameof(part));
        AddContents(part);
    }

    /// <summary>
    /// Finishes the graph. Entities come first, sorted by label and id; then each document's nodes in
    /// the order documents were added. The builder hands its spool to the result and cannot be used again.
    /// </summary>
    public GraphContent Build()
    {
        ObjectDisposedException.ThrowIf(_built, this);
        _built = true;
        var remap = IdentityResolver.Resolve(_entities, _decisions);
        var entities = _entities.Values
            .OrderBy(n => n.Label)
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToArray();
        var relationships = new Dictionary<string, GraphRelationship>(StringComparer.Ordinal);
        foreach (var rel in _entityRelationships.Values.Select(r => Remap(r, remap, rekey: true)))
        {
            relationships[rel.Id] = relationships.TryGetValue(rel.Id, out var existing) ? PropertyMerger.Merge(existing, rel) : rel;
        }
        var entityRelationships = relationships.Values
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
        return new GraphContent(entities, entityRelationships, _spool.Seal(), nodeCounts, relCounts, _documents.Count, remap);
    }

    /// <summary>A relationship with its ends moved by <paramref name="remap"/>; entity-level ones get the id their new ends give.</summary>
    internal static GraphRelationship Remap(GraphRelationship rel, IReadOnlyDictionary<string, string> remap, bool rekey)
    {
        var start = remap.TryGetValue(rel.Start.Id, out var s) ? rel.Start with { Id = s } : rel.Start;
        var end = remap.TryGetValue(rel.End.Id, out var e) ? rel.End with { Id = e } : rel.End;
        if (start == rel.Start && end == rel.End) return rel;
        // Entity-level facts are keyed by type, ends and role (see RelationshipTypes.IsDocumentScoped).
        var id = rekey ? GraphIds.Relationship(rel.Type, start.Id, end.Id, rel.Properties.TryGetValue("role", out var role) ? (string)role : "") : rel.Id;
        return new GraphRelationship(id, rel.Type, start, end, rel.Properties.Where(p => p.Key != "id"));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_built) _spool.Dispose();
        _built = true;
    }
}
