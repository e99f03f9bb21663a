namespace Graph.Neo4j.Writing;

/// <summary>A batch that did not land after every attempt.</summary>
/// <param name="Batch">What the batch held, e.g. <c>10000 Person nodes</c> or <c>120 (Statement)-[:ABOUT]->(Country) relationships</c>.</param>
/// <param name="Attempts">How many times it was tried.</param>
/// <param name="Reason">The last error, as the server or the connection gave it.</param>
public sealed record BatchFailure(string Batch, int Attempts, string Reason);
