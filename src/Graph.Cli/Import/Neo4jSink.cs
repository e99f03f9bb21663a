using Graph.Neo4j.Writing;

namespace Graph.Cli.Import;

/// <summary>The Neo4j database an import writes to, besides or instead of files.</summary>
/// <param name="Writer">The writer, over an open session; the schema is already applied.</param>
/// <param name="Target">Where it writes, for messages: the URI and database, never credentials.</param>
public sealed record Neo4jSink(Neo4jGraphWriter Writer, string Target);
