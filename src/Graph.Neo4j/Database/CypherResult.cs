namespace Graph.Neo4j.Database;

/// <summary>What a statement returned: its column names, its records, and the server's update counters.</summary>
/// <param name="Keys">The column names, in the order the statement returns them.</param>
/// <param name="Records">One list of values per record, aligned with <paramref name="Keys"/>. Values are
/// <see langword="null"/>, <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>,
/// temporal values (<see cref="DateOnly"/>, <see cref="DateTimeOffset"/>...), lists, maps
/// (<see cref="IReadOnlyDictionary{TKey, TValue}"/> of string), <see cref="CypherNode"/>,
/// <see cref="CypherRelationship"/> and <see cref="CypherPath"/>.</param>
/// <param name="Counters">The update statistics of the statement's summary under Neo4j's names
/// (<c>nodes-created</c>, <c>relationships-created</c>, <c>properties-set</c>...); empty when nothing changed.</param>
public sealed record CypherResult(
    IReadOnlyList<string> Keys,
    IReadOnlyList<IReadOnlyList<object?>> Records,
    IReadOnlyDictionary<string, long> Counters)
{
    /// <summary>A result with no columns, no records and no updates.</summary>
    public static CypherResult Empty { get; } = new([], [], new Dictionary<string, long>());
}
