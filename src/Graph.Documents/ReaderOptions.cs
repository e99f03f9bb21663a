namespace Graph.Documents;

/// <summary>Options for reading inputs.</summary>
public sealed record ReaderOptions
{
    /// <summary>The patterns folders are filtered with when the user gives none.</summary>
    public static IReadOnlyList<string> DefaultIncludes { get; } = ["*.txt", "*.text", "*.jsonl", "*.ndjson"];

    /// <summary>Glob patterns for files inside folders; a pattern without '/' matches a file name at any depth.</summary>
    public IReadOnlyList<string> Includes { get; init; } = DefaultIncludes;

    /// <summary>How to read files.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>Standard input, for the path <c>-</c>.</summary>
    public Func<Stream> StandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>Largest file read, in bytes; larger files are refused with a message rather than exhausting memory.</summary>
    public long MaxFileBytes { get; init; } = 1L << 30;
}
