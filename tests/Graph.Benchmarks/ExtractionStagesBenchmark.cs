using BenchmarkDotNet.Attributes;
using Graph.Documents;
using Graph.Extraction.Pipeline;

namespace Graph.Benchmarks;

/// <summary>
/// Extraction cut into its stages: each <see cref="Upto"/> value runs the pipeline's steps up to and including that
/// stage, so the cost of a stage is the difference from the one before it (gazetteer lookup; the recognisers of
/// organisations, projects, conflicts and people; reference resolution; speech; the clause reading of stances).
/// The articles are the text files of GRAPH_BENCH_CORPUS (default: the repository's samples).
/// </summary>
[MemoryDiagnoser]
public class ExtractionStagesBenchmark
{
    private readonly List<SourceDocument> _documents = [];
    private ExtractionPipeline? _pipeline;

    /// <summary>The last stage run.</summary>
    [ParamsAllValues]
    public ExtractionStage Upto { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _documents.AddRange(BenchCorpus.Documents());
        var builder = new ExtractionPipelineBuilder().UseGazetteerEntities();
        if (Upto >= ExtractionStage.Organizations) builder.UseOrganizations();
        if (Upto >= ExtractionStage.Projects) builder.UseProjects();
        if (Upto >= ExtractionStage.Conflicts) builder.UseConflicts();
        if (Upto >= ExtractionStage.People) builder.UsePeople();
        if (Upto >= ExtractionStage.References) builder.UseReferences();
        if (Upto >= ExtractionStage.Speech) builder.UseSpeech();
        if (Upto >= ExtractionStage.Stances) builder.UseStances();
        _pipeline = builder.Build();
    }

    [Benchmark]
    public int Extract()
    {
        var mentions = 0;
        foreach (var d in _documents) mentions += _pipeline!.Analyze(d).Mentions.Count;
        return mentions;
    }
}
