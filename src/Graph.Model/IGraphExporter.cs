namespace Graph.Model;

/// <summary>A server-free output format: writes a finished graph to a stream.</summary>
public interface IGraphExporter
{
    /// <summary>The short name users select the format by (<c>jsonl</c>, <c>cypher</c>).</summary>
    string Format { get; }

    /// <summary>The file the format is written to inside the output folder.</summary>
    string FileName { get; }

    /// <summary>Writes the graph. Output is a function of the graph alone: the same graph gives the same bytes.</summary>
    Task WriteAsync(GraphContent graph, Stream output, CancellationToken cancellationToken = default);
}
