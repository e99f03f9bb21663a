using Graph.Model;
using Graph.Neo4j.Writing;
using Graph.Rdf.GraphStore;

namespace Graph.Import;

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

    /// <summary>Documents whose text is not English: imported (the Document node, with its source) without facts.</summary>
    public IReadOnlyList<string> NotEnglish { get; init; } = [];

    /// <summary>Files of formats this import did not write that an earlier import's manifest listed: removed, so the folder holds one import.</summary>
    public IReadOnlyList<string> FilesRemoved { get; init; } = [];

    /// <summary>Output files of an earlier import without a manifest, of formats this import did not write: left, and named.</summary>
    public IReadOnlyList<string> FilesLeft { get; init; } = [];

    /// <summary>Files inside folders that no include pattern matched.</summary>
    public int FilesNotMatched { get; init; }

    /// <summary>Nodes per label.</summary>
    public IReadOnlyDictionary<NodeLabel, int> NodeCounts { get; init; } = new Dictionary<NodeLabel, int>();

    /// <summary>Relationships per type.</summary>
    public IReadOnlyDictionary<RelationshipType, int> RelationshipCounts { get; init; } = new Dictionary<RelationshipType, int>();

    /// <summary>Files written, with their sizes in bytes and what the writer counted (triples, quads), if it counts.</summary>
    public IReadOnlyList<(string Path, long Bytes, string? Count)> FilesWritten { get; init; } = [];

    /// <summary>Outputs (files or folders) that replaced ones an earlier import had written.</summary>
    public IReadOnlyList<string> FilesReplaced { get; init; } = [];

    /// <summary>Bytes of input read.</summary>
    public long BytesRead { get; init; }

    /// <summary>Wall-clock time.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The Neo4j database written to (URI and database, no credentials), or null when none was.</summary>
    public string? Neo4jTarget { get; init; }

    /// <summary>Earlier versions of imported documents (same key, another text) whose facts were taken out of Neo4j first.</summary>
    public int Neo4jReplaced { get; init; }

    /// <summary>Documents whose earlier versions were cleared from the triplestore before writing (with --sparql-update-endpoint).</summary>
    public int GraphStoreCleared { get; init; }

    /// <summary>Why clearing earlier versions in the triplestore failed, or null.</summary>
    public string? GraphStoreClearFailure { get; init; }

    /// <summary>What was written to Neo4j, or null when nothing was.</summary>
    public GraphWriteResult? Neo4j { get; init; }

    /// <summary>Documents some of whose facts did not reach Neo4j, each as "source (id)".</summary>
    public IReadOnlyList<string> DocumentsNotWritten { get; init; } = [];

    /// <summary>The Graph Store endpoint written to (no credentials), or null when none was.</summary>
    public string? GraphStoreTarget { get; init; }

    /// <summary>What was written to the triplestore, or null when nothing was.</summary>
    public GraphStoreWriteResult? GraphStore { get; init; }

    /// <summary>Documents whose named graph is not in the triplestore, each as "source (id)".</summary>
    public IReadOnlyList<string> DocumentsNotInGraphStore { get; init; } = [];

    /// <summary>True when something asked for did not reach Neo4j or the triplestore.</summary>
    public bool IsIncomplete => Neo4j is { IsComplete: false } || GraphStore is { IsComplete: false } || GraphStoreClearFailure is not null;
}
