namespace Graph.Documents;

/// <summary>Options for reading inputs.</summary>
public sealed record ReaderOptions
{
    /// <summary>The patterns folders are filtered with when the user gives none.</summary>
    public static IReadOnlyList<string> DefaultIncludes { get; } = ["*.txt", "*.text", "*.jsonl", "*.ndjson", "*.html", "*.htm", "*.pdf", "*.docx"];

    /// <summary>Glob patterns for files inside folders; a pattern without '/' matches a file name at any depth.</summary>
    public IReadOnlyList<string> Includes { get; init; } = DefaultIncludes;

    /// <summary>How to read files.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>Standard input, for the path <c>-</c>.</summary>
    public Func<Stream> StandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>
    /// Folders never read as input, whatever path leads to them: the output folder of the import that reads (besides any
    /// folder <see cref="ImportOutputFolder"/> recognises as an import's output).
    /// </summary>
    public IReadOnlyList<string> ExcludedFolders { get; init; } = [];

    /// <summary>The default of <see cref="MaxDocumentBytes"/>: 32 MiB, some thousand times a long news article.</summary>
    public const long DefaultMaxDocumentBytes = 32L << 20;

    /// <summary>
    /// Largest document read, in bytes: a text file, or one JSON Lines record. A larger one is named and skipped rather
    /// than let exhaust memory (extraction needs some tens of times a document's size); the rest is read.
    /// </summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;
}
