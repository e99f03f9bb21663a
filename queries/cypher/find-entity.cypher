// Name: find-entity
// Description: Finds entities by a word of their name or aliases with the full-text index entity_names (Lucene
//   syntax: Lavr* for a prefix, Lavrov~ for a fuzzy match), best first, with the id to use in other queries.
// Parameters:
//   $text (string, required) What to look for. Example: pipeline
//   $limit (integer, default 20) The most entities to return. Example: 5
CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
RETURN node.name AS name, [label IN labels(node) WHERE label <> 'Entity'][0] AS type, node.id AS id,
       node.aliases AS aliases, round(score, 3) AS score
ORDER BY score DESC, name
LIMIT $limit;
