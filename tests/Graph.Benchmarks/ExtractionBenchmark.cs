using BenchmarkDotNet.Attributes;
using Graph.Documents;
using Graph.Extraction.Pipeline;

namespace Graph.Benchmarks;

/// <summary>
/// Extraction on one core, by stage: splitting into sentences and tokens alone (the context), every step
/// (<see cref="ExtractionPipeline.Analyze"/>), and the graph of each document (<see cref="ExtractionPipeline.Extract"/>).
/// The articles are the text files of GRAPH_BENCH_CORPUS (default: the repository's samples); each benchmark
/// reads all of them once, so the time per operation divided into their size is the per-core throughput.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmark
{
    private readonly List<SourceDocument> _documents = [];
    private ExtractionPipeline? _pipeline;

    [GlobalSetup]
    public void Setup()
    {
        _documents.AddRange(BenchCorpus.Documents());
        _pipeline = new ExtractionPipelineBuilder().UseDefaults().Build();
        Console.WriteLine($"// {_documents.Count} documents, {_documents.Sum(d => d.Text.Length) / 1e6:0.000} million characters");
    }

    [Benchmark]
    public int SentencesAndTokens()
    {
        var tokens = 0;
        foreach (var d in _documents) tokens += new ExtractionContext(d, _pipeline!.Gazetteer).Tokens.Sum(t => t.Count);
        return tokens;
    }

    [Benchmark]
    public int AllSteps()
    {
        var mentions = 0;
        foreach (var d in _documents) mentions += _pipeline!.Analyze(d).Mentions.Count;
        return mentions;
    }

    [Benchmark(Baseline = true)]
    public int DocumentGraphs()
    {
        var relationships = 0;
        foreach (var d in _documents) relationships += _pipeline!.Extract(d).Relationships.Count;
        return relationships;
    }
}
