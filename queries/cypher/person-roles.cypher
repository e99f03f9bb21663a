// Name: person-roles
// Description: A person's roles and the countries and organisations they represent (REPRESENTS, with the role and
//   the documents that say so); everyone when no person is given.
// Parameters:
//   $person (string, default null) The person: name or alias in any case, or id; everyone when not given. Example: Zainab Mirza
MATCH (p:Person)
WHERE $person IS NULL OR toLower(p.id) = toLower($person) OR toLower(p.name) = toLower($person)
   OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = toLower($person))
OPTIONAL MATCH (p)-[r:REPRESENTS]->(x:Entity)
RETURN p.name AS person, r.role AS role, x.name AS represents,
       [label IN labels(x) WHERE label <> 'Entity'][0] AS representsType,
       size(coalesce(r.documents, [])) AS documents, p.aliases AS aliases
ORDER BY person, represents, role;
