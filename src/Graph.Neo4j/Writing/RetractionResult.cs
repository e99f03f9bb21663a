namespace Graph.Neo4j.Writing;

/// <summary>What a retraction took out of the database.</summary>
/// <param name="Documents">Documents retracted.</param>
/// <param name="EntitiesDeleted">Entities no document mentions any more, deleted with them.</param>
/// <param name="Counters">The server's update counters over every statement (nodes-deleted, relationships-deleted, properties-set).</param>
public sealed record RetractionResult(int Documents, long EntitiesDeleted, IReadOnlyDictionary<string, long> Counters);
