using Graph.Rdf.GraphStore;

namespace Graph.Cli.Import;

/// <summary>Where an import writes to a triplestore: the Graph Store client and its endpoint for messages (no credentials).</summary>
public sealed record GraphStoreSink(GraphStoreClient Client, string Target);
