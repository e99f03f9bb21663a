namespace Graph.Rdf;

/// <summary>An absolute IRI. Data IRIs are minted by <see cref="RdfDataIris"/>, which guarantees they are valid.</summary>
/// <param name="Value">The IRI, unescaped.</param>
public sealed record RdfIri(string Value) : RdfTerm
{
    /// <inheritdoc />
    public override string ToString() => "<" + Value + ">";
}
