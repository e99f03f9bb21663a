using System.Text;

namespace Graph.Rdf;

/// <summary>Writes <c>graph.trig</c>: TriG, entity facts in the default graph, each document's facts in a <c>graph:… { }</c> block.</summary>
public sealed class TriGExporter : RdfExporter
{
    private readonly TurtleFormatter _formatter;

    /// <summary>Creates the writer.</summary>
    public TriGExporter(RdfDataIris iris) : base(iris) => _formatter = TurtleFormatter.ForData(iris);

    /// <inheritdoc />
    public override string Format => "trig";

    /// <inheritdoc />
    public override string FileName => "graph.trig";

    /// <inheritdoc />
    protected override string CountUnit => "quads";

    /// <inheritdoc />
    protected override void WriteStart(StringBuilder text) => text?.Append(_formatter.PrefixLines());

    /// <inheritdoc />
    protected override void WriteSection(StringBuilder text, RdfSection section, bool first)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(section);
        text.Append('\n');
        if (section.GraphName is null)
        {
            TurtleBlocks.Write(text, _formatter, section.Triples, "");
            return;
        }
        text.Append(_formatter.Iri(section.GraphName)).Append(" {\n");
        TurtleBlocks.Write(text, _formatter, section.Triples, "    ");
        text.Append("}\n");
    }
}
