using Graph.Rdf.GraphStore;

namespace Graph.Import;

/// <summary>Where an import writes to a triplestore: the Graph Store client and its endpoint for messages (no credentials).</summary>
/// <param name="Client">The Graph Store client.</param>
/// <param name="Target">The endpoint, for messages.</param>
/// <param name="UpdateEndpoint">
/// The store's SPARQL update endpoint, when given: the graphs of documents with the keys being imported (earlier
/// versions of changed texts among them) are cleared first, with what only they supported in the entity graph.
/// </param>
public sealed record GraphStoreSink(GraphStoreClient Client, string Target, Uri? UpdateEndpoint = null);
