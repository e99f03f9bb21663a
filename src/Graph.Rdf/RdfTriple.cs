namespace Graph.Rdf;

/// <summary>One RDF triple. Subjects are always IRIs: the mapping mints an IRI for every resource, claims included.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Predicate">The predicate.</param>
/// <param name="Object">The object.</param>
public sealed record RdfTriple(RdfIri Subject, RdfIri Predicate, RdfTerm Object) : IComparable<RdfTriple>
{
    /// <summary>By subject, then predicate (<c>rdf:type</c> first, for readable Turtle), then object.</summary>
    public int CompareTo(RdfTriple? other)
    {
        if (other is null) return 1;
        var c = string.CompareOrdinal(Subject.Value, other.Subject.Value);
        if (c != 0) return c;
        c = PredicateOrder(Predicate).CompareTo(PredicateOrder(other.Predicate));
        if (c != 0) return c;
        c = string.CompareOrdinal(Predicate.Value, other.Predicate.Value);
        return c != 0 ? c : Object.CompareTo(other.Object);
    }

    private static int PredicateOrder(RdfIri predicate) => predicate.Value == RdfVocabulary.RdfType ? 0 : 1;
}
