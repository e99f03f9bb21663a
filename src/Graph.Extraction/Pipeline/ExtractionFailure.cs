namespace Graph.Extraction.Pipeline;

/// <summary>
/// How a failure of extraction is told: it is a defect in a rule, so the message says so and asks for a report with
/// the document, whichever command met it (import, extract, eval).
/// </summary>
public static class ExtractionFailure
{
    /// <summary>"extraction failed: MESSAGE (a defect in graph; please report it with this document)".</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return $"extraction failed: {exception.Message} (a defect in graph; please report it with this document)";
    }
}
