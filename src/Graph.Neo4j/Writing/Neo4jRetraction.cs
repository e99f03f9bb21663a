using Graph.Neo4j.Database;

namespace Graph.Neo4j.Writing;

/// <summary>
/// Takes documents back out of a Neo4j graph: everything a document states goes, facts other documents also state
/// stay, and an entity goes only when no document mentions it any more. Used by <c>graph retract</c> and, before a
/// write, for documents imported again with a changed text (same key, new id). Every statement is parameterised
/// (<c>UNWIND $ids</c>), runs in one write transaction per batch of documents, and is idempotent: retracting a
/// document that is not there changes nothing.
/// </summary>
public sealed class Neo4jRetraction
{
    /// <summary>The ids of the documents that an id, a key (JSON Lines id or path) or a source names.</summary>
    public const string FindStatement =
        "UNWIND $keys AS key\nMATCH (d:Document)\nWHERE d.id = key OR d.key = key OR d.source = key\nRETURN DISTINCT d.id AS id\nORDER BY id";

    /// <summary>Earlier versions of documents about to be written: the same key, another id (another text).</summary>
    public const string ReplacedStatement =
        "UNWIND $documents AS doc\nMATCH (d:Document {key: doc.key})\nWHERE d.id <> doc.id\nRETURN DISTINCT d.id AS id\nORDER BY id";

    /// <summary>The entities the documents mention: candidates to go once the documents are gone.</summary>
    public const string MentionedStatement =
        "UNWIND $ids AS id\nMATCH (:Document {id: id})-[:MENTIONS]->(e:Entity)\nRETURN DISTINCT e.id AS id\nORDER BY id";

    /// <summary>
    /// What the documents state, in order: their stances (each carries its document), their share of the facts
    /// about entities (which go when no document states them any more), their statements (with SAID, ABOUT,
    /// REPORTED_IN) and the documents themselves (with MENTIONS).
    /// </summary>
    public static IReadOnlyList<string> DeleteStatements { get; } =
    [
        "UNWIND $ids AS id\nMATCH ()-[r:SUPPORTS|COMMITTED_TO]->()\nWHERE r.documentId = id\nDELETE r",
        "UNWIND $ids AS id\nMATCH ()-[r:REPRESENTS|INVOLVES|PART_OF]->()\nWHERE id IN r.documents\n" +
            "SET r.documents = [x IN r.documents WHERE x <> id]\nWITH r\nWHERE size(r.documents) = 0\nDELETE r",
        "UNWIND $ids AS id\nMATCH (s:Statement {documentId: id})\nDETACH DELETE s",
        "UNWIND $ids AS id\nMATCH (d:Document {id: id})\nDETACH DELETE d",
    ];

    /// <summary>Entities no document mentions any more, among those given.</summary>
    public const string OrphansStatement =
        "UNWIND $ids AS id\nMATCH (e:Entity {id: id})\nWHERE NOT EXISTS { MATCH (:Document)-[:MENTIONS]->(e) }\nDETACH DELETE e";

    private readonly ICypherSession _session;
    private readonly int _batchSize;

    /// <summary>Creates a retraction over <paramref name="session"/>, <paramref name="batchSize"/> documents per transaction.</summary>
    public Neo4jRetraction(ICypherSession session, int batchSize = 500)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _session = session;
        _batchSize = batchSize;
    }

    /// <summary>The ids of the documents that these ids, keys or sources name (none for what is not in the database).</summary>
    public async Task<IReadOnlyList<string>> FindAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        var result = await _session.RunAsync(FindStatement, new Dictionary<string, object?> { ["keys"] = keys.ToList<object?>() }, cancellationToken).ConfigureAwait(false);
        return Ids(result);
    }

    /// <summary>
    /// The documents in the database that are earlier versions of <paramref name="documents"/> (given as
    /// (id, key) pairs): they have the key of one and another id.
    /// </summary>
    public async Task<IReadOnlyList<string>> FindReplacedAsync(IReadOnlyList<(string Id, string Key)> documents, CancellationToken cancellationToken = default)
    {
        if (documents.Count == 0) return [];
        var rows = documents.Select(d => (object?)new Dictionary<string, object?> { ["id"] = d.Id, ["key"] = d.Key }).ToList();
        var result = await _session.RunAsync(ReplacedStatement, new Dictionary<string, object?> { ["documents"] = rows }, cancellationToken).ConfigureAwait(false);
        return Ids(result);
    }

    /// <summary>Retracts the documents with these ids; returns how many entities went with them.</summary>
    public async Task<RetractionResult> RetractAsync(IReadOnlyList<string> documentIds, CancellationToken cancellationToken = default)
    {
        var entitiesDeleted = 0L;
        var counters = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var batch in documentIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Chunk(_batchSize))
        {
            var ids = new Dictionary<string, object?> { ["ids"] = batch.ToList<object?>() };
            await _session.ExecuteWriteAsync(async (tx, ct) =>
            {
                var mentioned = Ids(await tx.RunAsync(MentionedStatement, ids, ct).ConfigureAwait(false));
                foreach (var statement in DeleteStatements) Count(counters, await tx.RunAsync(statement, ids, ct).ConfigureAwait(false));
                var orphans = await tx.RunAsync(OrphansStatement, new Dictionary<string, object?> { ["ids"] = mentioned.ToList<object?>() }, ct).ConfigureAwait(false);
                entitiesDeleted += orphans.Counters.GetValueOrDefault("nodes-deleted");
                Count(counters, orphans);
            }, cancellationToken).ConfigureAwait(false);
        }
        return new RetractionResult(documentIds.Distinct(StringComparer.Ordinal).Count(), entitiesDeleted, counters);
    }

    private static void Count(SortedDictionary<string, long> counters, CypherResult result)
    {
        foreach (var (key, value) in result.Counters) counters[key] = counters.GetValueOrDefault(key) + value;
    }

    private static List<string> Ids(CypherResult result) =>
        result.Records.Select(r => r.Count > 0 ? r[0] as string : null).OfType<string>().ToList();
}
