using Graph.Documents;
using Graph.Extraction.Pipeline;
using Graph.Model;

namespace Graph.Benchmarks;

/// <summary>Builds the graph of a folder of articles once, so benchmarks time only what they measure.</summary>
public static class CorpusGraph
{
    public static async Task<GraphContent> BuildAsync(string folder)
    {
        var pipeline = new ExtractionPipelineBuilder().UseDefaults().Build();
        var builder = new GraphBuilder();
        await foreach (var read in new DocumentReader(new ReaderOptions()).ReadAsync([folder]))
        {
            if (read.Document is not null) builder.Add(pipeline.Extract(read.Document));
        }
        return builder.Build();
    }
}
