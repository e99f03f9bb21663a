// Name: conflicts
// Description: Conflicts and the countries discussing them: for each conflict, the countries it INVOLVES, the countries
//   whose representatives made statements about it, the countries named in those statements, and how many
//   statements and documents there are.
// Parameters:
//   $conflict (string, default null) One conflict: name or alias in any case, or id; all conflicts when not given. Example: War in Sudan
MATCH (c:Conflict)
WHERE $conflict IS NULL OR toLower(c.id) = toLower($conflict) OR toLower(c.name) = toLower($conflict)
   OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($conflict))
OPTIONAL MATCH (c)-[:INVOLVES]->(party:Country)
WITH c, collect(DISTINCT party.name) AS parties
OPTIONAL MATCH (c)<-[:ABOUT]-(s:Statement)
OPTIONAL MATCH (s)<-[:SAID]-(:Person)-[:REPRESENTS]->(speakerCountry:Country)
OPTIONAL MATCH (s)-[:ABOUT]->(named:Country)
WITH c, parties, count(DISTINCT s) AS statements, collect(DISTINCT speakerCountry.name) AS discussedBy,
     collect(DISTINCT named.name) AS namedWithIt
RETURN c.name AS conflict, parties, discussedBy, namedWithIt, statements,
       COUNT { (c)<-[:MENTIONS]-(:Document) } AS documents
ORDER BY documents DESC, statements DESC, conflict;
