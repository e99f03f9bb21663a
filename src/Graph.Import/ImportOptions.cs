using Graph.Documents;

namespace Graph.Import;

/// <summary>Everything <c>graph import</c> was asked to do.</summary>
public sealed record ImportOptions
{
    /// <summary>Files, folders, or <c>-</c> for standard input.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>Folder the files are written to.</summary>
    public string OutputDirectory { get; init; } = "graph-out";

    /// <summary>Output formats by short name.</summary>
    public IReadOnlyList<string> Formats { get; init; } = ImportFormats.Default;

    /// <summary>How to read the inputs.</summary>
    public ReaderOptions Reader { get; init; } = new();

    /// <summary>Documents extracted at once.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Base of the RDF data IRIs (see <see cref="Graph.Rdf.RdfDataIris"/>).</summary>
    public string BaseIri { get; init; } = Graph.Rdf.RdfDataIris.DefaultBase;

    /// <summary>The analyst's decisions on which entities are one (the command line reads them from an --identities file).</summary>
    public Graph.Model.IdentityDecisions Identities { get; init; } = Graph.Model.IdentityDecisions.None;

    /// <summary>Rows per UNWIND statement in import.cypher.</summary>
    public int CypherBatchSize { get; init; } = 500;
}
