using Graph.Neo4j.Database;
using Graph.Neo4j.Writing;

namespace Graph.Import;

/// <summary>The Neo4j database an import writes to, besides or instead of files.</summary>
/// <param name="Session">An open session; the schema is already applied.</param>
/// <param name="Target">Where it writes, for messages: the URI and database, never credentials.</param>
/// <param name="Options">Batch size and retries; the runner adds its progress reporting.</param>
public sealed record Neo4jSink(ICypherSession Session, string Target, Neo4jWriterOptions Options);
