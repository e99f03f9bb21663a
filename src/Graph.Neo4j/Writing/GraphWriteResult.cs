namespace Graph.Neo4j.Writing;

/// <summary>What <see cref="Neo4jGraphWriter.WriteAsync"/> did.</summary>
public sealed record GraphWriteResult
{
    /// <summary>Transactions committed.</summary>
    public int Transactions { get; init; }

    /// <summary>Node rows committed (merged: a rerun commits as many rows and creates nothing).</summary>
    public long NodesWritten { get; init; }

    /// <summary>Relationship rows committed.</summary>
    public long RelationshipsWritten { get; init; }

    /// <summary>The server's update counters summed over every committed batch (<c>nodes-created</c>, <c>properties-set</c>...).</summary>
    public IReadOnlyDictionary<string, long> Counters { get; init; } = new Dictionary<string, long>();

    /// <summary>Batches that did not land, in the order they were tried.</summary>
    public IReadOnlyList<BatchFailure> Failures { get; init; } = [];

    /// <summary>
    /// Ids of the documents some of whose facts did not land, sorted: their own nodes and relationships, and the
    /// relationships that lead to an entity whose batch failed. Rerunning the same import writes them.
    /// </summary>
    public IReadOnlyList<string> DocumentsNotWritten { get; init; } = [];

    /// <summary>Why the writer stopped sending before the end (the connection was lost for good), or null.</summary>
    public string? StoppedBecause { get; init; }

    /// <summary>Whether everything landed.</summary>
    public bool IsComplete => Failures.Count == 0 && StoppedBecause is null;
}
