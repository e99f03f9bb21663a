using BenchmarkDotNet.Attributes;
using Graph.Model;
using Graph.Rdf;

namespace Graph.Benchmarks;

/// <summary>The Turtle writer alone, on the graph of a corpus (GRAPH_BENCH_CORPUS, default: the repository's samples).</summary>
[MemoryDiagnoser]
public class TurtleWriterBenchmark
{
    private GraphContent? _graph;

    [GlobalSetup]
    public void Setup()
    {
        _graph = CorpusGraph.BuildAsync(BenchCorpus.Folder).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _graph?.Dispose();

    [Benchmark]
    public Task WriteTurtle() => new TurtleExporter(new RdfDataIris()).WriteAsync(_graph!, Stream.Null);

    [Benchmark]
    public Task WriteNTriples() => new NTriplesExporter(new RdfDataIris()).WriteAsync(_graph!, Stream.Null);
}
