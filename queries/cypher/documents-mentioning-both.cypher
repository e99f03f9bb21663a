// Name: documents-mentioning-both
// Description: Documents that mention both of two entities, with how often each is mentioned there, oldest first.
// Parameters:
//   $first (string, required) The first entity: name or alias in any case, or id. Example: China
//   $second (string, required) The second entity: name or alias in any case, or id. Example: Vietnam
MATCH (a:Entity)
WHERE toLower(a.id) = toLower($first) OR toLower(a.name) = toLower($first)
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($first))
MATCH (b:Entity)
WHERE toLower(b.id) = toLower($second) OR toLower(b.name) = toLower($second)
   OR any(alias IN coalesce(b.aliases, []) WHERE toLower(alias) = toLower($second))
MATCH (a)<-[ma:MENTIONS]-(d:Document)-[mb:MENTIONS]->(b)
WHERE a <> b
RETURN coalesce(d.title, d.source, d.id) AS document, d.date AS date, a.name AS first, ma.count AS firstMentions,
       b.name AS second, mb.count AS secondMentions, d.source AS source
ORDER BY date, document;
