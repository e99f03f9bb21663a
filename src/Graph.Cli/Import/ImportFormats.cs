using Graph.Model;
using Graph.Neo4j.Export;
using Graph.Rdf;

namespace Graph.Cli.Import;

/// <summary>The server-free output formats, by the short names users choose them with.</summary>
public static class ImportFormats
{
    /// <summary>Every format, in the order files are written.</summary>
    public static IReadOnlyList<string> All { get; } = ["nt", "ttl", "nq", "trig", "jsonld", "jsonl", "cypher"];

    /// <summary>The exporter for a format.</summary>
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
