// Name: person-statements
// Description: The statements of a person over time, oldest first: what they said, the speech verb, what each
//   statement is about and where it was reported. Optionally within a date range.
// Parameters:
//   $person (string, required) The person: name or alias in any case (a surname alone works when it is an alias), or id. Example: Tomas Varga
//   $from (date, default null) Only statements on or after this date. Example: 2020-01-01
//   $to (date, default null) Only statements on or before this date. Example: 2024-12-31
MATCH (p:Person)
WHERE toLower(p.id) = toLower($person) OR toLower(p.name) = toLower($person)
   OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = toLower($person))
MATCH (p)-[:SAID]->(s:Statement)
WHERE ($from IS NULL OR s.date >= $from) AND ($to IS NULL OR s.date <= $to)
OPTIONAL MATCH (s)-[:ABOUT]->(e:Entity)
OPTIONAL MATCH (s)-[:REPORTED_IN]->(d:Document)
WITH p, s, d, collect(DISTINCT e.name) AS about
RETURN p.name AS person, s.date AS date, s.verb AS verb, s.text AS statement, about,
       coalesce(d.title, d.source, s.documentId) AS document
ORDER BY date, document, s.start;
