// Checks that a JSON-LD export says exactly what the N-Triples (or N-Quads) export says.
//
//   node jsonld-check.mjs FILE.jsonld FILE.nt|FILE.nq
//
// 1. The JSON-LD is expanded with npm jsonld@9.0.0 in safe mode (a term that would be silently dropped, a relative
//    IRI that cannot be resolved, ... is an error) with a document loader that refuses every remote context.
// 2. It is converted to RDF (safe mode again) and canonicalised (RDFC-1.0), as is the N-Triples/N-Quads file; both
//    pass through oxigraph (npm oxigraph@0.5.11) first, so blank node labels, escapes and the lexical form of a
//    number ("0.7" and "7.0E-1" as xsd:double) do not matter: RDF values are compared.
// 3. Against an .nt file the triples are compared (graph names dropped on both sides); against an .nq file, quads.
// Prints "FILE.jsonld: N triples, equal to FILE.nt", or every difference ("only in ...") and exits 1.
// Exit: 0 equal, 1 different or an error in either file, 2 usage.
import { need, readText, usage, refusingLoader, loadInto, formatOf } from "./rdf-common.mjs";

const jsonldModule = await need("jsonld");
const jsonld = jsonldModule.default ?? jsonldModule;
const oxigraph = await need("oxigraph");

const [jsonFile, ntFile, ...rest] = process.argv.slice(2);
if (!jsonFile || !ntFile || rest.length) usage("usage: node jsonld-check.mjs FILE.jsonld FILE.nt|FILE.nq");
const quads = formatOf(ntFile) === "nq" || formatOf(ntFile) === "trig";
const MAX_SHOWN = 40;

const options = { safe: true, documentLoader: refusingLoader };
let doc;
try {
  doc = JSON.parse(readText(jsonFile));
} catch (e) {
  fail(`${jsonFile}: not JSON: ${e.message}`);
}

let expanded, fromJsonld;
try {
  expanded = await jsonld.expand(doc, options);
  const nquads = await jsonld.toRDF(expanded, { ...options, format: "application/n-quads" });
  fromJsonld = await canonical(nquads);
} catch (e) {
  fail(`${jsonFile}: ${describe(e)}`);
}

let fromNt;
try {
  const store = new oxigraph.Store();
  loadInto(oxigraph, store, ntFile);
  fromNt = await canonical(store.dump({ format: "nq" }));
} catch (e) {
  fail(describe(e));
}

const a = new Set(fromJsonld), b = new Set(fromNt);
const onlyJ = [...a].filter((l) => !b.has(l)).sort();
const onlyN = [...b].filter((l) => !a.has(l)).sort();
if (onlyJ.length === 0 && onlyN.length === 0) {
  console.log(`${jsonFile}: ${a.size} ${quads ? "quads" : "triples"}, equal to ${ntFile}`);
  process.exit(0);
}
console.error(`${jsonFile}: ${a.size} ${quads ? "quads" : "triples"}, ${ntFile}: ${b.size}; ${onlyJ.length} only in the JSON-LD, ${onlyN.length} only in ${ntFile}`);
for (const l of onlyJ.slice(0, MAX_SHOWN)) console.error(`only in ${jsonFile}: ${l}`);
for (const l of onlyN.slice(0, MAX_SHOWN)) console.error(`only in ${ntFile}: ${l}`);
if (onlyJ.length > MAX_SHOWN || onlyN.length > MAX_SHOWN) console.error(`(at most ${MAX_SHOWN} of each shown)`);
process.exit(1);

/** N-Quads text -> the distinct lines of its canonical form (graph names dropped unless comparing quads). */
async function canonical(nquads) {
  // Both sides go through oxigraph, which stores numbers, dates... by value ("7.0E-1" and "0.7" as xsd:double are the
  // same literal to it), so the comparison is of RDF values; graph names are dropped unless comparing quads.
  const store = new oxigraph.Store();
  store.load(nquads, { format: "nq" });
  const out = new oxigraph.Store();
  for (const q of store.match()) out.add(quads ? q : oxigraph.quad(q.subject, q.predicate, q.object, oxigraph.defaultGraph()));
  const canon = await jsonld.canonize(out.dump({ format: "nq" }), { algorithm: "RDFC-1.0", inputFormat: "application/n-quads", format: "application/n-quads", safe: true });
  return [...new Set(canon.split("\n").filter((l) => l.length > 0))];
}

function describe(e) {
  const parts = [e.message ?? String(e)];
  if (e.details) {
    const d = e.details;
    if (d.event) parts.push(`(${d.event.code}: ${d.event.message}${d.event.details ? " " + JSON.stringify(d.event.details) : ""})`);
    else if (d.code) parts.push(`(${d.code})`);
    if (d.cause?.message) parts.push(`cause: ${d.cause.message}`);
  }
  return parts.join(" ").replace(/\s+/g, " ");
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
