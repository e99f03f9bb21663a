using Graph.Model;
using Graph.Neo4j.Export;

namespace Graph.Cli.Import;

/// <summary>The server-free output formats, by the short names users choose them with.</summary>
public static class ImportFormats
{
    /// <summary>Every format, in the order files are written.</summary>
    public static IReadOnlyList<string> All { get; } = ["jsonl", "cypher"];

    /// <summary>The exporter for a format.</summary>
    public static IGraphExporter Create(string format, ImportOptions options) => format switch
    {
        "jsonl" => new ApocJsonLinesExporter(),
        "cypher" => new CypherScriptExporter(options.CypherBatchSize),
        _ => throw new ArgumentException($"unknown format '{format}'; known: {string.Join(", ", All)}", nameof(format)),
    };
}
