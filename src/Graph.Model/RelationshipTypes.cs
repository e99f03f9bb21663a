namespace Graph.Model;

/// <summary>Facts about relationship types that the merging and the sinks need.</summary>
public static class RelationshipTypes
{
    /// <summary>Every type, in the order reports list them.</summary>
    public static IReadOnlyList<RelationshipType> All { get; } = Enum.GetValues<RelationshipType>();

    /// <summary>
    /// Whether facts of this type belong to one document (and so stream through, never merged across documents).
    /// REPRESENTS, INVOLVES and PART_OF state facts about entities that many documents repeat, so they merge: their id
    /// is <see cref="GraphIds.Relationship"/> of type, ends and role (empty when there is none).
    /// </summary>
    public static bool IsDocumentScoped(this RelationshipType type) =>
        type is not (RelationshipType.Represents or RelationshipType.Involves or RelationshipType.PartOf);

    /// <summary>The type's name as written to Neo4j and RDF, in Neo4j's upper-case convention.</summary>
    public static string Name(this RelationshipType type) => type switch
    {
        RelationshipType.Said => "SAID",
        RelationshipType.About => "ABOUT",
        RelationshipType.ReportedIn => "REPORTED_IN",
        RelationshipType.Supports => "SUPPORTS",
        RelationshipType.CommittedTo => "COMMITTED_TO",
        RelationshipType.Represents => "REPRESENTS",
        RelationshipType.Involves => "INVOLVES",
        RelationshipType.Mentions => "MENTIONS",
        RelationshipType.PartOf => "PART_OF",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
