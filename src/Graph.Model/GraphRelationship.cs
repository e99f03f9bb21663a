namespace Graph.Model;

/// <summary>A directed, typed relationship between two nodes, with a deterministic id and typed properties.</summary>
public sealed class GraphRelationship
{
    /// <summary>Creates a relationship; properties are copied and checked against the supported value types.</summary>
    public GraphRelationship(string id, RelationshipType type, NodeRef start, NodeRef end, IEnumerable<KeyValuePair<string, object>> properties)
    {
        Properties = PropertyMap.Create(id, properties);
        Id = id;
        Type = type;
        Start = start;
        End = end;
    }

    /// <summary>Stable id: the same fact gives the same id in every run.</summary>
    public string Id { get; }

    /// <summary>The relationship type.</summary>
    public RelationshipType Type { get; }

    /// <summary>Where the relationship starts.</summary>
    public NodeRef Start { get; }

    /// <summary>Where the relationship ends.</summary>
    public NodeRef End { get; }

    /// <summary>Properties sorted by key; always includes <c>id</c>.</summary>
    public IReadOnlyDictionary<string, object> Properties { get; }

    /// <inheritdoc />
    public override string ToString() => $"({Start.Id})-[:{Type.Name()}]->({End.Id})";
}
