namespace Graph.Neo4j.Writing;

/// <summary>How far a write has come.</summary>
/// <param name="Transactions">Batches committed so far.</param>
/// <param name="Rows">Nodes and relationships committed so far.</param>
/// <param name="Batch">What the last batch held, e.g. <c>10000 Person nodes</c>.</param>
public sealed record GraphWriteProgress(int Transactions, long Rows, string Batch);
