namespace Graph.Bolt.Client;

/// <summary>A whole result: its columns, its records, and the server's summary.</summary>
/// <param name="Keys">The column names.</param>
/// <param name="Records">The records; each holds one value per key, in order.</param>
/// <param name="Summary">RUN's and the last PULL's metadata: <c>bookmark</c>, <c>type</c>, <c>stats</c>, <c>db</c>, <c>t_first</c>, <c>t_last</c>, <c>notifications</c>...</param>
public sealed record QueryResult(
    IReadOnlyList<string> Keys,
    IReadOnlyList<IReadOnlyList<object?>> Records,
    IReadOnlyDictionary<string, object?> Summary);
