namespace Graph.Model;

/// <summary>The fixed set of relationship types (written as SAID, ABOUT, ... by <see cref="RelationshipTypes.Name"/>). Types written to Neo4j or RDF always come from here, never from data.</summary>
public enum RelationshipType
{
    /// <summary>Person -> Statement: the person made the statement.</summary>
    Said,
    /// <summary>Statement -> entity: the statement mentions the entity.</summary>
    About,
    /// <summary>Statement -> Document: provenance.</summary>
    ReportedIn,
    /// <summary>Actor -> entity: expressed support.</summary>
    Supports,
    /// <summary>Actor -> entity: commitment, pledge, agreement to act.</summary>
    CommittedTo,
    /// <summary>Person -> Country/Organization, with a role.</summary>
    Represents,
    /// <summary>Conflict/Project -> Country/Organization: parties and locations.</summary>
    Involves,
    /// <summary>Document -> entity, with a count.</summary>
    Mentions,
    /// <summary>Organization -> Country: a national body (a foreign ministry, a central bank, a parliament) belongs to the country.</summary>
    PartOf,
}
