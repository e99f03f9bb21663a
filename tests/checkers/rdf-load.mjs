// Loads RDF exports into oxigraph (npm oxigraph@0.5.11) and prints their counts.
//
//   node rdf-load.mjs [--json] [--check-literals] FILE...
//
// The format comes from the extension: .nt .ttl .nq .trig .jsonld. Each file is loaded into its own Store.
// One line per file:  FILE: FORMAT, N quads, N in the default graph, N named graphs
// With --json, one JSON array of {file, format, quads, triples, defaultGraph, namedGraphs, badLiterals} instead.
// --check-literals: also looks for literals whose value does not match their datatype (xsd:date, xsd:dateTime,
// xsd:integer, xsd:decimal, xsd:double, xsd:float, xsd:boolean, xsd:gYear, xsd:nonNegativeInteger...):
// a SPARQL cast of the lexical form fails for "1990-13-45"^^xsd:date, which parsers and SHACL let through.
// Each bad literal is printed as  FILE: bad literal S P "VALUE"^^TYPE.
// Exit: 0 all loaded (and no bad literal), 1 a parse error (printed with line and column) or a bad literal, 2 usage.
import { need, loadInto, usage } from "./rdf-common.mjs";

const oxigraph = await need("oxigraph");

const args = process.argv.slice(2);
const json = args.includes("--json");
const checkLiterals = args.includes("--check-literals");
const files = args.filter((a) => !a.startsWith("--"));
for (const a of args) if (a.startsWith("--") && a !== "--json" && a !== "--check-literals") usage(`unknown option ${a}`);
if (files.length === 0) usage("usage: node rdf-load.mjs [--json] [--check-literals] FILE...");

const XSD = "http://www.w3.org/2001/XMLSchema#";
// Datatype -> the cast function that accepts exactly its lexical space (SPARQL 1.1 casting, XPath rules).
const CASTS = {
  date: "xsd:date", dateTime: "xsd:dateTime", integer: "xsd:integer", decimal: "xsd:decimal",
  double: "xsd:double", float: "xsd:float", boolean: "xsd:boolean",
  nonNegativeInteger: "xsd:integer", positiveInteger: "xsd:integer", int: "xsd:integer", long: "xsd:integer",
  gYear: "xsd:gYear",
};
const literalQuery = `PREFIX xsd: <${XSD}>
SELECT ?s ?p ?o WHERE {
  { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }
  FILTER(isLiteral(?o) && STRSTARTS(STR(DATATYPE(?o)), "${XSD}"))
  BIND(DATATYPE(?o) AS ?t)
  BIND(STRAFTER(STR(?t), "#") AS ?local)
  FILTER(?local IN (${Object.keys(CASTS).map((k) => `"${k}"`).join(", ")}))
  BIND(STR(?o) AS ?lex)
  BIND(COALESCE(
    IF(?local = "date", isLiteral(xsd:date(?lex)), 1/0),
    IF(?local = "dateTime", isLiteral(xsd:dateTime(?lex)), 1/0),
    IF(?local IN ("integer", "int", "long"), REGEX(?lex, "^[+-]?[0-9]+$") && isLiteral(xsd:integer(?lex)), 1/0),
    IF(?local = "nonNegativeInteger", REGEX(?lex, "^[+]?[0-9]+$"), 1/0),
    IF(?local = "positiveInteger", REGEX(?lex, "^[+]?[0-9]*[1-9][0-9]*$"), 1/0),
    IF(?local = "decimal", REGEX(?lex, "^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)$"), 1/0),
    IF(?local IN ("double", "float"), isLiteral(xsd:double(?lex)), 1/0),
    IF(?local = "boolean", ?lex IN ("true", "false", "1", "0"), 1/0),
    IF(?local = "gYear", REGEX(?lex, "^-?[0-9]{4,}(Z|[+-][0-9]{2}:[0-9]{2})?$"), 1/0),
    false) AS ?ok)
  FILTER(?ok != true)
}`;

function termText(t) {
  if (t.termType === "NamedNode") return `<${t.value}>`;
  if (t.termType === "BlankNode") return `_:${t.value}`;
  if (t.termType === "Literal") return `${JSON.stringify(t.value)}^^<${t.datatype.value}>`;
  return String(t.value);
}

let failed = false;
const report = [];
for (const file of files) {
  const store = new oxigraph.Store();
  let loaded;
  try {
    loaded = loadInto(oxigraph, store, file);
  } catch (e) {
    console.error(e.message);
    failed = true;
    report.push({ file, error: e.message });
    continue;
  }
  const defaultGraph = store.match(null, null, null, oxigraph.defaultGraph()).length;
  const graphs = store.query("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0].get("n").value;
  const triples = store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } }")[0].get("n").value;
  const entry = { file, format: loaded.format, quads: store.size, triples: Number(triples), defaultGraph, namedGraphs: Number(graphs) };
  if (checkLiterals) {
    const bad = store.query(literalQuery);
    entry.badLiterals = bad.length;
    for (const row of bad) {
      console.error(`${file}: bad literal ${termText(row.get("s"))} ${termText(row.get("p"))} ${termText(row.get("o"))}`);
      failed = true;
    }
  }
  report.push(entry);
  if (!json) {
    console.log(`${file}: ${entry.format}, ${entry.quads} quads, ${entry.triples} distinct triples, ` +
      `${entry.defaultGraph} in the default graph, ${entry.namedGraphs} named graphs` +
      (checkLiterals ? `, ${entry.badLiterals} bad literals` : ""));
  }
}
if (json) console.log(JSON.stringify(report, null, 1));
process.exit(failed ? 1 : 0);
