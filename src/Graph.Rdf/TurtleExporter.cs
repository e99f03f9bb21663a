using System.Text;

namespace Graph.Rdf;

/// <summary>Writes <c>graph.ttl</c>: Turtle with prefixes, one block per subject and section, every graph merged into one.</summary>
public sealed class TurtleExporter : RdfExporter
{
    private readonly TurtleFormatter _formatter;

    /// <summary>Creates the writer.</summary>
    public TurtleExporter(RdfDataIris iris) : base(iris) => _formatter = TurtleFormatter.ForData(iris);

    /// <inheritdoc />
    public override string Format => "ttl";

    /// <inheritdoc />
    public override string FileName => "graph.ttl";

    /// <inheritdoc />
    protected override void WriteStart(StringBuilder text) => text?.Append(_formatter.PrefixLines());

    /// <inheritdoc />
    protected override void WriteSection(StringBuilder text, RdfSection section, bool first)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(section);
        text.Append('\n');
        TurtleBlocks.Write(text, _formatter, section.Triples, "");
    }
}
