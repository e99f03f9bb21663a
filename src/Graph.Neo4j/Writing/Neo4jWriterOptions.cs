namespace Graph.Neo4j.Writing;

/// <summary>How <see cref="Neo4jGraphWriter"/> batches and retries.</summary>
public sealed record Neo4jWriterOptions
{
    /// <summary>The default number of rows per transaction.</summary>
    public const int DefaultBatchSize = 10_000;

    /// <summary>Rows per transaction: one <c>UNWIND $rows</c> statement of this many nodes or relationships of one shape.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>
    /// Tries per batch. A transient server error (<c>Neo.TransientError.*</c>: a deadlock, a leader switch) or a lost
    /// connection is retried; any other server error fails the batch at once, since running it again gives the same answer.
    /// </summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>The wait before the first retry; each further retry waits twice as long.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Told after every committed batch, for a progress display.</summary>
    public IProgress<GraphWriteProgress>? Progress { get; init; }
}
