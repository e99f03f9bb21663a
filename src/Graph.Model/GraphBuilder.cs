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
        var remap = SurnameRemap();
        foreach (var (from, to) in AliasRemap()) remap[from] = to;
        foreach (var (from, to) in remap)
        {
            var moved = _entities[from];
            _entities.Remove(from);
            _entities[to] = PropertyMerger.Merge(_entities[to], new GraphNode(to, moved.Label, moved.Properties.Where(p => p.Key != "id")));
        }
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

    /// <summary>
    /// A person named only by surname in some documents ("Reagan") is the person with that surname named in
    /// full elsewhere ("Ronald Reagan"), when there is exactly one such person in the whole graph. Decided once
    /// all documents are in, so it does not depend on their order.
    /// </summary>
    private SortedDictionary<string, string> SurnameRemap()
    {
        var remap = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var people = _entities.Values.Where(e => e.Label == NodeLabel.Person).Select(e => e.Id).ToArray();
        var bySurname = people
            .Where(id => id.Contains('-', StringComparison.Ordinal))
            .GroupBy(id => id[(id.LastIndexOf('-') + 1)..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        foreach (var id in people)
        {
            var key = id["person/".Length..];
            if (key.Contains('-', StringComparison.Ordinal)) continue;
            if (bySurname.TryGetValue(key, out var full) && full.Length == 1) remap[id] = full[0];
        }
        return remap;
    }

    /// <summary>
    /// Projects and conflicts that share a name or alias across documents are one ("Stream Gas Pipeline project"
    /// in one report, "Pakistan Stream Gas Pipeline" with the alias "Stream Gas Pipeline" in another). Connected
    /// groups are found over the whole graph and take the ordinally smallest id among them, so the result does
    /// not depend on the order of documents.
    /// </summary>
    private SortedDictionary<string, string> AliasRemap()
    {
        var remap = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in new[] { NodeLabel.Project, NodeLabel.Conflict })
        {
            var nodes = _entities.Values.Where(e => e.Label == label).OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
            var parent = nodes.ToDictionary(n => n.Id, n => n.Id, StringComparer.Ordinal);
            string Find(string id) => parent[id] == id ? id : parent[id] = Find(parent[id]);
            var owner = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                foreach (var name in node.Aliases.Append(node.Name ?? "").Where(n => n.Length > 0).Select(NameKey))
                {
                    if (!owner.TryGetValue(name, out var other)) { owner[name] = node.Id; continue; }
                    var (a, b) = (Find(node.Id), Find(other));
                    if (a == b) continue;
                    if (string.CompareOrdinal(a, b) < 0) parent[b] = a; else parent[a] = b;
                }
            }
            foreach (var node in nodes)
            {
                var root = Find(node.Id);
                if (root != node.Id) remap[node.Id] = root;
            }
        }
        return remap;
    }

    /// <summary>A name as compared for merging: case, punctuation and a leading "the" do not count.</summary>
    private static string NameKey(string name)
    {
        var text = name.Trim();
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) text = text[4..];
        return GraphIds.Slug(text);
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
