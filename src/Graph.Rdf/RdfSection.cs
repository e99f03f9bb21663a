namespace Graph.Rdf;

/// <summary>
/// A run of triples the writers emit together: the entities (default graph) or one document's facts (its named
/// graph). Triples are sorted and free of duplicates within the section.
/// </summary>
/// <param name="GraphName">The named graph in N-Quads, TriG and JSON-LD; null for the default graph.</param>
/// <param name="Triples">The triples, sorted by <see cref="RdfTriple.CompareTo"/>.</param>
public sealed record RdfSection(RdfIri? GraphName, IReadOnlyList<RdfTriple> Triples)
{
    /// <summary>The id of the document whose named graph this is; null for the default graph.</summary>
    public string? DocumentId { get; init; }

    /// <summary>
    /// True when this section goes on with the named graph of the section before it: a very long document's graph is
    /// mapped in parts of at most <see cref="GraphToRdf.MaxSectionTriples"/> triples, each sorted on its own, so that
    /// memory does not grow with one document's size. A writer of one request per graph joins the parts.
    /// </summary>
    public bool Continues { get; init; }
}
