// Name: statements-about
// Description: Who said what about an entity: every statement that is ABOUT it, with the speaker, the date and the
//   document it was reported in, newest first.
// Parameters:
//   $entity (string, required) The entity: its name or one of its aliases in any case, or its id. Example: Japan
//   $limit (integer, default 100) The most rows to return. Example: 20
MATCH (e:Entity)
WHERE toLower(e.id) = toLower($entity) OR toLower(e.name) = toLower($entity)
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($entity))
MATCH (p:Person)-[:SAID]->(s:Statement)-[:ABOUT]->(e)
OPTIONAL MATCH (s)-[:REPORTED_IN]->(d:Document)
RETURN e.name AS about, p.name AS speaker, s.date AS date, s.verb AS verb, s.quote AS quote, s.text AS statement,
       coalesce(d.title, d.source, s.documentId) AS document
ORDER BY date IS NULL, date DESC, speaker, s.start
LIMIT $limit;
