namespace Graph.Model;

/// <summary>One end of a relationship: the node's id and label, enough for a sink to find it.</summary>
public readonly record struct NodeRef(string Id, NodeLabel Label)
{
    /// <summary>The reference to an existing node.</summary>
    public static NodeRef To(GraphNode node) => new(node.Id, node.Label);
}
