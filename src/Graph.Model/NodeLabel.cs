namespace Graph.Model;

/// <summary>The fixed set of node labels. Labels written to Neo4j or RDF always come from here, never from data.</summary>
public enum NodeLabel
{
    /// <summary>A named human being.</summary>
    Person,
    /// <summary>A sovereign state or state-like polity, keyed by ISO 3166-1 alpha-3.</summary>
    Country,
    /// <summary>A named organisation: intergovernmental body, agency, company, party, armed group.</summary>
    Organization,
    /// <summary>A named undertaking: pipeline, corridor, programme, treaty under negotiation.</summary>
    Project,
    /// <summary>A war, armed conflict or named dispute.</summary>
    Conflict,
    /// <summary>Something a person said, quoted or reported.</summary>
    Statement,
    /// <summary>An input article.</summary>
    Document,
}
