namespace Graph.Model;

/// <summary>
/// A server-free output format that is a set of files rather than one (the CSV files of Neo4j's bulk importer):
/// writes a finished graph into an empty folder of its own.
/// </summary>
public interface IGraphFileSetExporter
{
    /// <summary>The short name users select the format by (<c>csv</c>).</summary>
    string Format { get; }

    /// <summary>The folder the files are written to inside the output folder.</summary>
    string FolderName { get; }

    /// <summary>What the last <see cref="WriteAsync"/> wrote ("12 files, 5,332 rows"), for the summary; null when unknown.</summary>
    string? WrittenCount => null;

    /// <summary>
    /// Writes the graph's files into <paramref name="folder"/>, which exists and is empty. Output is a function of the
    /// graph alone: the same graph gives the same files and bytes.
    /// </summary>
    Task WriteAsync(GraphContent graph, string folder, CancellationToken cancellationToken = default);
}
