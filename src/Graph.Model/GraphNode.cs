namespace Graph.Model;

/// <summary>A node of the knowledge graph: a deterministic id, one label from the fixed set, and typed properties.</summary>
public sealed class GraphNode
{
    /// <summary>Creates a node; properties are copied and checked against the supported value types.</summary>
    public GraphNode(string id, NodeLabel label, IEnumerable<KeyValuePair<string, object>> properties)
    {
        Properties = PropertyMap.Create(id, properties);
        Id = id;
        Label = label;
    }

    /// <summary>The node's id: stable across runs, the key in Neo4j and the tail of its IRI.</summary>
    public string Id { get; }

    /// <summary>The node's primary label.</summary>
    public NodeLabel Label { get; }

    /// <summary>Properties sorted by key (so output is deterministic); always includes <c>id</c>.</summary>
    public IReadOnlyDictionary<string, object> Properties { get; }

    /// <summary>The display name, if the node has one.</summary>
    public string? Name => Properties.TryGetValue("name", out var v) ? v as string : null;

    /// <summary>Other surface forms of the entity, if any.</summary>
    public IReadOnlyList<string> Aliases =>
        Properties.TryGetValue("aliases", out var v) && v is IReadOnlyList<string> list ? list : [];

    /// <inheritdoc />
    public override string ToString() => $"({Id}:{Label.Name()})";
}
