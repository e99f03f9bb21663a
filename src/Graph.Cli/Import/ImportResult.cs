using Graph.Model;

namespace Graph.Cli.Import;

/// <summary>What an import did, for the summary and the exit code.</summary>
public sealed record ImportResult
{
    /// <summary>Documents in the graph.</summary>
    public int DocumentsImported { get; init; }

    /// <summary>Inputs that could not be read, each with its reason.</summary>
    public IReadOnlyList<string> Failures { get; init; } = [];

    /// <summary>Documents skipped because the same text came earlier.</summary>
    public IReadOnlyList<string> Duplicates { get; init; } = [];

    /// <summary>Warnings about documents that were read.</summary>
    public int Warnings { get; init; }

    /// <summary>Files inside folders that no include pattern matched.</summary>
    public int FilesNotMatched { get; init; }

    /// <summary>Nodes per label.</summary>
    public IReadOnlyDictionary<NodeLabel, int> NodeCounts { get; init; } = new Dictionary<NodeLabel, int>();

    /// <summary>Relationships per type.</summary>
    public IReadOnlyDictionary<RelationshipType, int> RelationshipCounts { get; init; } = new Dictionary<RelationshipType, int>();

    /// <summary>Files written, with their sizes in bytes.</summary>
    public IReadOnlyList<(string Path, long Bytes)> FilesWritten { get; init; } = [];

    /// <summary>Bytes of input read.</summary>
    public long BytesRead { get; init; }

    /// <summary>Wall-clock time.</summary>
    public TimeSpan Elapsed { get; init; }
}
