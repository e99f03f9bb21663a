// Name: co-mentioned
// Description: The entities most often mentioned together: pairs of entities named in the same documents, with the
//   number of those documents and a few of their titles. Give an entity to see only its companions.
// Parameters:
//   $entity (string, default null) Only pairs with this entity: name or alias in any case, or id; all pairs when not given. Example: Sudan
//   $limit (integer, default 25) The most pairs to return. Example: 10
MATCH (d:Document)-[:MENTIONS]->(a:Entity)
WHERE $entity IS NULL OR toLower(a.id) = toLower($entity) OR toLower(a.name) = toLower($entity)
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($entity))
MATCH (d)-[:MENTIONS]->(b:Entity)
WHERE a <> b AND ($entity IS NOT NULL OR a.id < b.id)
WITH a, b, count(DISTINCT d) AS documents, collect(DISTINCT coalesce(d.title, d.source, d.id)) AS titles
RETURN a.name AS entity, b.name AS mentionedWith, documents, titles[..3] AS examples
ORDER BY documents DESC, entity, mentionedWith
LIMIT $limit;
