using Graph.Model;

namespace Graph.Neo4j;

/// <summary>What one relationship statement is specific to: the type and the labels of both ends.</summary>
/// <param name="Type">The relationship type.</param>
/// <param name="Start">The label of the start node.</param>
/// <param name="End">The label of the end node.</param>
public readonly record struct RelationshipShape(RelationshipType Type, NodeLabel Start, NodeLabel End) : IComparable<RelationshipShape>
{
    /// <summary>The shape of a relationship.</summary>
    public static RelationshipShape Of(GraphRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return new(relationship.Type, relationship.Start.Label, relationship.End.Label);
    }

    /// <inheritdoc />
    public int CompareTo(RelationshipShape other)
    {
        var byType = Type.CompareTo(other.Type);
        if (byType != 0) return byType;
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    /// <inheritdoc />
    public override string ToString() => $"({Start.Name()})-[:{Type.Name()}]->({End.Name()})";

    /// <summary>Orders shapes by type, then start label, then end label.</summary>
    public static bool operator <(RelationshipShape left, RelationshipShape right) => left.CompareTo(right) < 0;

    /// <summary>Orders shapes by type, then start label, then end label.</summary>
    public static bool operator >(RelationshipShape left, RelationshipShape right) => left.CompareTo(right) > 0;

    /// <summary>Orders shapes by type, then start label, then end label.</summary>
    public static bool operator <=(RelationshipShape left, RelationshipShape right) => left.CompareTo(right) <= 0;

    /// <summary>Orders shapes by type, then start label, then end label.</summary>
    public static bool operator >=(RelationshipShape left, RelationshipShape right) => left.CompareTo(right) >= 0;
}
