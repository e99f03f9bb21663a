using System.Runtime.CompilerServices;

namespace Graph.Bolt.Connection;

/// <summary>
/// An open result: its keys (RUN's <c>fields</c>) at once, its records as they are pulled in
/// batches of the fetch size (PULL <c>n</c>, <c>has_more</c>), and its summary at the end.
/// </summary>
public sealed class BoltResultCursor
{
    private readonly BoltConnection _connection;
    private readonly IReadOnlyDictionary<string, object?> _runMetadata;
    private bool _abandoned;

    internal BoltResultCursor(BoltConnection connection, IReadOnlyList<string> keys, IReadOnlyDictionary<string, object?> runMetadata, long fetchSize)
    {
        _connection = connection;
        _runMetadata = runMetadata;
        Keys = keys;
        FetchSize = fetchSize;
    }

    /// <summary>The names of the columns.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Records per PULL; -1 for all at once.</summary>
    public long FetchSize { get; }

    /// <summary>True once the last record has been read.</summary>
    public bool IsCompleted { get; private set; }

    /// <summary>
    /// The metadata of RUN's SUCCESS merged with the final PULL's (later entries win): <c>t_first</c>,
    /// <c>t_last</c>, <c>bookmark</c>, <c>type</c>, <c>stats</c>, <c>db</c>, <c>notifications</c>...
    /// Empty until the result is complete.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Summary { get; private set; } = new Dictionary<string, object?>();

    /// <summary>The next record, or null after the last one.</summary>
    /// <exception cref="InvalidOperationException">The connection moved on (a failure or RESET ended the result).</exception>
    public ValueTask<IReadOnlyList<object?>?> ReadNextAsync(CancellationToken cancellationToken = default)
    {
        if (IsCompleted) return ValueTask.FromResult<IReadOnlyList<object?>?>(null);
        if (_abandoned) throw new InvalidOperationException("the result was ended by a failure or a RESET");
        return _connection.NextRecordAsync(this, cancellationToken);
    }

    /// <summary>The remaining records, one by one, as they arrive.</summary>
    public async IAsyncEnumerable<IReadOnlyList<object?>> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await ReadNextAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            yield return record;
        }
    }

    /// <summary>The remaining records, collected.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<object?>>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var records = new List<IReadOnlyList<object?>>();
        while (await ReadNextAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            records.Add(record);
        }

        return records;
    }

    internal void Complete(IReadOnlyDictionary<string, object?> finalMetadata)
    {
        var summary = new Dictionary<string, object?>(_runMetadata, StringComparer.Ordinal);
        foreach (var (key, value) in finalMetadata) summary[key] = value;
        Summary = summary;
        IsCompleted = true;
    }

    internal void Abandon() => _abandoned = true;
}
