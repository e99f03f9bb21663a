namespace Graph.Rdf;

/// <summary>An RDF term in the object position: an <see cref="RdfIri"/> or an <see cref="RdfLiteral"/>. The writers emit no blank nodes.</summary>
public abstract record RdfTerm : IComparable<RdfTerm>
{
    /// <summary>Orders IRIs before literals, then by their text, so sorted output is the same on every machine.</summary>
    public int CompareTo(RdfTerm? other)
    {
        if (other is null) return 1;
        return (this, other) switch
        {
            (RdfIri a, RdfIri b) => string.CompareOrdinal(a.Value, b.Value),
            (RdfIri, _) => -1,
            (_, RdfIri) => 1,
            (RdfLiteral a, RdfLiteral b) => a.CompareLiteral(b),
            _ => 0,
        };
    }
}
