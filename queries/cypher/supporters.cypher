// Name: supporters
// Description: Who supports an entity and with what evidence: every SUPPORTS relationship that ends at it, with the
//   supporter, the minister who spoke for a country (when there was one), the evidence sentence and its document.
// Parameters:
//   $entity (string, required) The supported entity: name or alias in any case, or id. Example: Trans-Caspian Fibre Corridor
MATCH (target:Entity)
WHERE toLower(target.id) = toLower($entity) OR toLower(target.name) = toLower($entity)
   OR any(alias IN coalesce(target.aliases, []) WHERE toLower(alias) = toLower($entity))
MATCH (supporter:Entity)-[r:SUPPORTS]->(target)
OPTIONAL MATCH (d:Document {id: r.documentId})
RETURN target.name AS supported, supporter.name AS supporter,
       [label IN labels(supporter) WHERE label <> 'Entity'][0] AS supporterType,
       r.person AS spokenBy, r.evidence AS evidence, r.confidence AS confidence, r.date AS date,
       coalesce(d.title, d.source, r.documentId) AS document
ORDER BY confidence DESC, date, supporter;
