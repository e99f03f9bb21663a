using System.Text;

namespace Graph.Rdf;

/// <summary>Writes <c>graph.nq</c>: N-Quads, entity facts in the default graph, each document's facts in its named graph.</summary>
public sealed class NQuadsExporter(RdfDataIris iris) : RdfExporter(iris)
{
    /// <inheritdoc />
    public override string Format => "nq";

    /// <inheritdoc />
    public override string FileName => "graph.nq";

    /// <inheritdoc />
    protected override string CountUnit => "quads";

    /// <inheritdoc />
    protected override void WriteSection(StringBuilder text, RdfSection section, bool first)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(section);
        foreach (var triple in section.Triples) text.Append(NTriplesFormatter.Quad(triple, section.GraphName));
    }
}
