using Graph.Documents;
using Graph.Extraction.Gazetteers;
using Graph.Model;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// An immutable sequence of extraction steps, built once by <see cref="ExtractionPipelineBuilder"/> and
/// shared by every document and thread: steps keep no state between documents, so the graph of a document
/// never depends on which documents came before it or on how many run at once.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly IReadOnlyList<IExtractionStep> _steps;

    internal ExtractionPipeline(Gazetteer gazetteer, IReadOnlyList<IExtractionStep> steps)
    {
        Gazetteer = gazetteer;
        _steps = steps;
    }

    /// <summary>The general knowledge the steps use.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>Runs every step on one document and returns what they found.</summary>
    public ExtractionContext Analyze(SourceDocument document)
    {
        var context = new ExtractionContext(document, Gazetteer);
        foreach (var step in _steps) step.Run(context);
        return context;
    }

    /// <summary>Runs every step on one document and returns its graph.</summary>
    public DocumentGraph Extract(SourceDocument document) => GraphAssembler.Assemble(Analyze(document));
}
