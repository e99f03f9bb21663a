namespace Graph.Model;

/// <summary>Facts about labels that every sink needs: which are entities, and the names they are written under.</summary>
public static class NodeLabels
{
    /// <summary>The extra label every entity node carries, for the full-text index and cross-type lookups.</summary>
    public const string EntityLabel = "Entity";

    /// <summary>The five entity labels, in the order reports list them.</summary>
    public static IReadOnlyList<NodeLabel> Entities { get; } =
        [NodeLabel.Person, NodeLabel.Country, NodeLabel.Organization, NodeLabel.Project, NodeLabel.Conflict];

    /// <summary>Every label, in the order reports list them.</summary>
    public static IReadOnlyList<NodeLabel> All { get; } = Enum.GetValues<NodeLabel>();

    /// <summary>Whether nodes of this label are entities (and so also carry <see cref="EntityLabel"/>).</summary>
    public static bool IsEntity(this NodeLabel label) => label <= NodeLabel.Conflict;

    /// <summary>The label's name as written to Neo4j and RDF.</summary>
    public static string Name(this NodeLabel label) => label switch
    {
        NodeLabel.Person => "Person",
        NodeLabel.Country => "Country",
        NodeLabel.Organization => "Organization",
        NodeLabel.Project => "Project",
        NodeLabel.Conflict => "Conflict",
        NodeLabel.Statement => "Statement",
        NodeLabel.Document => "Document",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, null),
    };

    /// <summary>All labels a node of this label carries, primary first.</summary>
    public static IReadOnlyList<string> LabelsOf(this NodeLabel label) =>
        label.IsEntity() ? [label.Name(), EntityLabel] : [label.Name()];
}
