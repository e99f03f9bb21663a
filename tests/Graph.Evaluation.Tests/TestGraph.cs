using Graph.Model;

namespace Graph.Evaluation.Tests;

/// <summary>A document's graph written in a line per fact, for scoring tests.</summary>
public sealed class TestGraph
{
    private readonly Dictionary<string, NodeLabel> _labels = new(StringComparer.Ordinal);
    private int _next;

    public List<GraphNode> Nodes { get; } = [];

    public List<GraphRelationship> Relationships { get; } = [];

    public TestGraph Entity(string id, NodeLabel label, string name, params string[] aliases)
    {
        var properties = new Dictionary<string, object> { ["name"] = name };
        if (aliases.Length > 0) properties["aliases"] = aliases;
        return Add(new GraphNode(id, label, properties));
    }

    public TestGraph Statement(string id, string text) =>
        Add(new GraphNode(id, NodeLabel.Statement, new Dictionary<string, object> { ["text"] = text }));

    public TestGraph Said(string person, string statement) => Edge(RelationshipType.Said, person, statement);

    public TestGraph Edge(RelationshipType type, string start, string end)
    {
        Relationships.Add(new GraphRelationship($"r{++_next}", type, new NodeRef(start, _labels[start]), new NodeRef(end, _labels[end]), []));
        return this;
    }

    private TestGraph Add(GraphNode node)
    {
        _labels[node.Id] = node.Label;
        Nodes.Add(node);
        return this;
    }
}
