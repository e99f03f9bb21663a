// Name: stances
// Description: What an actor (a person, country or organisation) supports and what it is committed to, with the
//   evidence for each: the mirror image of supporters and commitments.
// Parameters:
//   $actor (string, required) The actor: name or alias in any case, or id. Example: Russia
MATCH (actor:Entity)
WHERE toLower(actor.id) = toLower($actor) OR toLower(actor.name) = toLower($actor)
   OR any(alias IN coalesce(actor.aliases, []) WHERE toLower(alias) = toLower($actor))
MATCH (actor)-[r:SUPPORTS|COMMITTED_TO]->(target:Entity)
OPTIONAL MATCH (d:Document {id: r.documentId})
RETURN actor.name AS actor, type(r) AS stance, target.name AS target,
       [label IN labels(target) WHERE label <> 'Entity'][0] AS targetType,
       r.person AS spokenBy, r.evidence AS evidence, r.date AS date,
       coalesce(d.title, d.source, r.documentId) AS document
ORDER BY stance, date, target;
