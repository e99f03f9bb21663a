// Name: most-connected
// Description: The most connected entities: how many relationships each has, how many documents mention it and how
//   many statements are about it; optionally of one label.
// Parameters:
//   $label (string, default null) Only entities of this label: Person, Country, Organization, Project or Conflict. Example: Country
//   $limit (integer, default 20) The most entities to return. Example: 10
MATCH (e:Entity)
WHERE $label IS NULL OR $label IN labels(e)
RETURN e.name AS entity, [label IN labels(e) WHERE label <> 'Entity'][0] AS type,
       COUNT { (e)--() } AS relationships,
       COUNT { (e)<-[:MENTIONS]-(:Document) } AS documents,
       COUNT { (e)<-[:ABOUT]-(:Statement) } AS statements
ORDER BY relationships DESC, entity
LIMIT $limit;
