using System.Text;

namespace Graph.Rdf;

/// <summary>Writes <c>graph.nt</c>: N-Triples, one triple a line, every graph merged into one.</summary>
public sealed class NTriplesExporter(RdfDataIris iris) : RdfExporter(iris)
{
    /// <inheritdoc />
    public override string Format => "nt";

    /// <inheritdoc />
    public override string FileName => "graph.nt";

    /// <inheritdoc />
    protected override void WriteSection(StringBuilder text, RdfSection section, bool first)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(section);
        foreach (var triple in section.Triples) text.Append(NTriplesFormatter.Triple(triple));
    }
}
