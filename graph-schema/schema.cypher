// Graph schema for Neo4j 5: applied before any data is written (graph import --neo4j, graph schema apply)
// and placed at the top of every generated import.cypher.
// Every label is keyed by `id`: the uniqueness constraints make MERGE fast and imports idempotent.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT conflict_id IF NOT EXISTS FOR (n:Conflict) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
// Lookups analysts make often: by name, and statements and documents by date.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date);
// Retraction and replacement of a document (graph retract, a changed document imported again) find its facts by these.
CREATE INDEX document_key IF NOT EXISTS FOR (n:Document) ON (n.key);
CREATE INDEX document_source IF NOT EXISTS FOR (n:Document) ON (n.source);
CREATE INDEX statement_document IF NOT EXISTS FOR (n:Statement) ON (n.documentId);
CREATE INDEX supports_document IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.documentId);
CREATE INDEX committed_to_document IF NOT EXISTS FOR ()-[r:COMMITTED_TO]-() ON (r.documentId);
// Full-text search over every entity's name and aliases: CALL db.index.fulltext.queryNodes('entity_names', 'Lavrov').
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Country|Organization|Project|Conflict) ON EACH [n.name, n.aliases];
