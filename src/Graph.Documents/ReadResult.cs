namespace Graph.Documents;

/// <summary>The outcome of reading one input item: a document (possibly with warnings) or a failure.</summary>
public sealed class ReadResult
{
    private ReadResult(SourceDocument? document, string source, IReadOnlyList<DocumentIssue> issues)
    {
        Document = document;
        Source = source;
        Issues = issues;
    }

    /// <summary>The document, or null when it could not be read.</summary>
    public SourceDocument? Document { get; }

    /// <summary>Where the item came from.</summary>
    public string Source { get; }

    /// <summary>Warnings (document read) or the failure (no document).</summary>
    public IReadOnlyList<DocumentIssue> Issues { get; }

    /// <summary>A document that was read, with any warnings.</summary>
    public static ReadResult Success(SourceDocument document, IReadOnlyList<DocumentIssue> warnings) =>
        new(document, document.Source, warnings);

    /// <summary>An item that is named and deliberately not read (a FIFO in a folder, a link back to a parent folder).</summary>
    public static ReadResult Skipped(string source, string message) =>
        new(null, source, [new DocumentIssue(source, message, IsFatal: false)]);

    /// <summary>An item that could not be read.</summary>
    public static ReadResult Failure(string source, string message) =>
        new(null, source, [new DocumentIssue(source, message, IsFatal: true)]);
}
