namespace Graph.Model;

/// <summary>A server-free output format: writes a finished graph to a stream.</summary>
public interface IGraphExporter
{
    /// <summary>The short name users select the format by (<c>jsonl</c>, <c>cypher</c>).</summary>
    string Format { get; }

    /// <summary>The file the format is written to inside the output folder.</summary>
    string FileName { get; }

    /// <summary>
    /// What the last <see cref="WriteAsync"/> wrote, in the format's own unit ("5,332 triples"), for the summary;
    /// null when the format has no such count.
    /// </summary>
    string? WrittenCount => null;

    /// <summary>Writes the graph. Output is a function of the graph alone: the same graph gives the same bytes.</summary>
    Task WriteAsync(GraphContent graph, Stream output, CancellationToken cancellationToken = default);
}
