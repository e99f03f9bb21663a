using Graph.Model;
using Graph.Neo4j.Export;
using Graph.Rdf;

namespace Graph.Import;

/// <summary>The server-free output formats, by the short names users choose them with.</summary>
public static class ImportFormats
{
    /// <summary>Every format, in the order files are written.</summary>
    public static IReadOnlyList<string> All { get; } = ["nt", "ttl", "nq", "trig", "jsonld", "jsonl", "cypher", "csv"];

    /// <summary>
    /// The formats written when none is asked for: the triples once, in their most compact form (Turtle, which every RDF
    /// tool reads and the prepared SPARQL queries expect), and the two ways into Neo4j (import.cypher for cypher-shell and
    /// Browser, graph.jsonl for APOC). N-Triples, N-Quads, TriG and JSON-LD say the same facts again (the quads with the
    /// document graphs for provenance) and the bulk importer's CSV is for new databases: each is written when asked for.
    /// </summary>
    public static IReadOnlyList<string> Default { get; } = ["ttl", "jsonl", "cypher"];

    /// <summary>The name of the file (or folder, for csv) a format is written to in the output folder.</summary>
    public static string OutputName(string format) =>
        CreateFileSet(format)?.FolderName ?? Create(format, new ImportOptions { Inputs = [] }).FileName;

    /// <summary>The exporter of a format that is a set of files in a folder of its own, or null for a one-file format.</summary>
    public static IGraphFileSetExporter? CreateFileSet(string format) => format switch
    {
        "csv" => new Neo4jAdminCsvExporter(),
        _ => null,
    };

    /// <summary>The exporter for a one-file format.</summary>
    public static IGraphExporter Create(string format, ImportOptions options) => format switch
    {
        "nt" => new NTriplesExporter(new RdfDataIris(options.BaseIri)),
        "ttl" => new TurtleExporter(new RdfDataIris(options.BaseIri)),
        "nq" => new NQuadsExporter(new RdfDataIris(options.BaseIri)),
        "trig" => new TriGExporter(new RdfDataIris(options.BaseIri)),
        "jsonld" => new JsonLdExporter(new RdfDataIris(options.BaseIri)),
        "jsonl" => new ApocJsonLinesExporter(),
        "cypher" => new CypherScriptExporter(options.CypherBatchSize),
        _ => throw new ArgumentException($"unknown format '{format}'; known: {string.Join(", ", All)}", nameof(format)),
    };
}
