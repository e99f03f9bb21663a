namespace Graph.Extraction.Pipeline;

/// <summary>One stage of extraction: reads and adds to the shared context. Steps run in the order added.</summary>
public interface IExtractionStep
{
    /// <summary>Runs the step on one document.</summary>
    void Run(ExtractionContext context);
}
