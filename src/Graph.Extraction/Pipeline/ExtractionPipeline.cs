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
        // The rules read English; on another language they would find nothing, or worse, wrong facts.
        if (document.OtherLanguage is not null) return context;
        foreach (var step in _steps) step.Run(context);
        return context;
    }

    /// <summary>
    /// Runs every step on one document and returns its graph; a document longer than <see cref="DocumentSections.Length"/>
    /// is read in sections (see <see cref="ExtractSections"/>) and their graphs joined in memory.
    /// </summary>
    public DocumentGraph Extract(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Text.Length <= DocumentSections.Length || document.OtherLanguage is not null) return GraphAssembler.Assemble(Analyze(document));
        return DocumentSections.Join(ExtractSections(document).ToList());
    }

    /// <summary>
    /// The graph of a document in parts, made one at a time as they are asked for, so that a caller that stores each part
    /// away (the import's spool) holds one section in memory, whatever the document's length. The first part holds the
    /// document node, the entities and facts of the first section and the warnings; each further part one more section
    /// (the same document node, which must not be stored twice); the last part also holds MENTIONS, with their counts
    /// added up over all sections. Sentence numbers count from the document's start. A document no longer than
    /// <see cref="DocumentSections.Length"/> is one part, its whole graph.
    /// </summary>
    public IEnumerable<DocumentGraph> ExtractSections(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Text.Length <= DocumentSections.Length || document.OtherLanguage is not null)
        {
            yield return GraphAssembler.Assemble(Analyze(document));
            yield break;
        }
        var sections = DocumentSections.Split(document.Text).ToList();
        var mentions = new SortedDictionary<string, GraphRelationship>(StringComparer.Ordinal);
        var sentencesBefore = 0;
        for (var i = 0; i < sections.Count; i++)
        {
            var context = new ExtractionContext(document, Gazetteer, sections[i].Start, sections[i].End);
            foreach (var step in _steps) step.Run(context);
            var graph = DocumentSections.Part(GraphAssembler.Assemble(context), sentencesBefore, mentions, i, sections.Count);
            sentencesBefore += context.Sentences.Count;
            yield return graph;
        }
    }
}
