// Name: commitments
// Description: Commitments to projects: who is COMMITTED_TO which project (pipelines, corridors, programmes), with
//   the evidence and the document; one project or all of them.
// Parameters:
//   $project (string, default null) The project: name or alias in any case, or id; all projects when not given. Example: Gulf-Gujarat Subsea Gas Pipeline
MATCH (actor:Entity)-[r:COMMITTED_TO]->(project:Project)
WHERE $project IS NULL OR toLower(project.id) = toLower($project) OR toLower(project.name) = toLower($project)
   OR any(alias IN coalesce(project.aliases, []) WHERE toLower(alias) = toLower($project))
OPTIONAL MATCH (d:Document {id: r.documentId})
RETURN project.name AS project, actor.name AS committed,
       [label IN labels(actor) WHERE label <> 'Entity'][0] AS actorType,
       r.person AS spokenBy, r.evidence AS evidence, r.date AS date,
       coalesce(d.title, d.source, r.documentId) AS document
ORDER BY project, date, committed;
