// Name: shortest-path
// Description: The shortest path between two entities through any relationships (statements, documents, stances,
//   roles), up to 8 hops, written out step by step with the direction of each relationship.
// Parameters:
//   $from (string, required) Where the path starts: name or alias in any case, or id. Example: Kenya
//   $to (string, required) Where it ends: name or alias in any case, or id. Example: Sudan
MATCH (a:Entity)
WHERE toLower(a.id) = toLower($from) OR toLower(a.name) = toLower($from)
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($from))
MATCH (b:Entity)
WHERE toLower(b.id) = toLower($to) OR toLower(b.name) = toLower($to)
   OR any(alias IN coalesce(b.aliases, []) WHERE toLower(alias) = toLower($to))
WITH a, b
WHERE a <> b
MATCH p = shortestPath((a)-[*..8]-(b))
WITH p, [n IN nodes(p) | coalesce(n.name, n.title, left(n.text, 60), n.id)] AS names
RETURN length(p) AS hops,
       reduce(text = names[0], i IN range(0, length(p) - 1) |
         text + CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i]
                     THEN ' -[' + type(relationships(p)[i]) + ']-> '
                     ELSE ' <-[' + type(relationships(p)[i]) + ']- ' END + names[i + 1]) AS path
ORDER BY hops, path
LIMIT 5;
