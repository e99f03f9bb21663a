// Validates RDF exports against SHACL shapes with npm rdf-validate-shacl@0.6.5 (files parsed by npm n3@2.13.12).
//
//   node shacl-check.mjs SHAPES.ttl DATA...
//
// The shapes are Turtle. DATA files are .nt .ttl .nq .trig (parsed by n3) or .jsonld (expanded by npm jsonld in
// safe mode, no remote contexts). All data files form ONE data graph: the quads of named graphs are validated
// together with the default graph (graph names dropped), so a shape sees everything said about a node.
// Prints every result (severity, focus node, path, value, message, source shape), then a summary line:
//   conforms: N data triples, N shapes        or        does not conform: N results (N violations)
// Exit: 0 conforms (warnings and infos allowed), 1 a violation or a parse error, 2 usage.
import { need, readText, usage, formatOf, refusingLoader } from "./rdf-common.mjs";

const n3 = await need("n3");
const { default: SHACLValidator } = await need("rdf-validate-shacl");
const jsonldModule = await need("jsonld");
const jsonld = jsonldModule.default ?? jsonldModule;

const [shapesFile, ...dataFiles] = process.argv.slice(2);
if (!shapesFile || dataFiles.length === 0) usage("usage: node shacl-check.mjs SHAPES.ttl DATA...");
const MAX_SHOWN = 200;

const N3_FORMATS = { nt: "N-Triples", ttl: "Turtle", nq: "N-Quads", trig: "TriG" };

function parse(file, format, text) {
  try {
    return new n3.Parser({ format, baseIRI: "urn:graph-checkers:base/" }).parse(text);
  } catch (e) {
    console.error(`${file}: ${e.message}`);
    process.exit(1);
  }
}

const shapes = new n3.Store(parse(shapesFile, "Turtle", readText(shapesFile)));
const data = new n3.Store();
const { quad, defaultGraph } = n3.DataFactory;
for (const file of dataFiles) {
  const format = formatOf(file);
  let quads;
  if (format === "jsonld") {
    try {
      const nquads = await jsonld.toRDF(JSON.parse(readText(file)), { safe: true, documentLoader: refusingLoader, format: "application/n-quads" });
      quads = parse(file, "N-Quads", nquads);
    } catch (e) {
      console.error(`${file}: ${e.message}`);
      process.exit(1);
    }
  } else {
    quads = parse(file, N3_FORMATS[format], readText(file));
  }
  for (const q of quads) data.addQuad(quad(q.subject, q.predicate, q.object, defaultGraph()));
}

const validator = new SHACLValidator(shapes);
const report = await validator.validate(data);
const SH = "http://www.w3.org/ns/shacl#";
const show = (t) => (!t ? "-" : t.termType === "NamedNode" ? `<${t.value}>` : t.termType === "BlankNode" ? `_:${t.value}` : JSON.stringify(t.value) + (t.datatype && !t.language ? `^^<${t.datatype.value}>` : t.language ? `@${t.language}` : ""));
const pathText = (p) => (!p ? "-" : Array.isArray(p) ? JSON.stringify(p) : p.termType ? show(p) : JSON.stringify(p));
let violations = 0;
let shown = 0;
for (const r of report.results) {
  const severity = r.severity?.value?.replace(SH, "") ?? "Violation";
  if (severity === "Violation") violations++;
  if (shown++ >= MAX_SHOWN) continue;
  const messages = (r.message ?? []).map((m) => m.value).join("; ");
  const value = r.value ? show(r.value) : "-";
  console.log(`${severity}: focus ${show(r.focusNode)} path ${pathText(r.path)} value ${value}: ${messages} ` +
    `[${show(r.sourceShape)} ${r.sourceConstraintComponent?.value?.replace(SH, "sh:") ?? ""}]`);
}
if (shown > MAX_SHOWN) console.log(`(${MAX_SHOWN} of ${report.results.length} results shown)`);
const shapeCount = shapes.getSubjects(null, null, null).filter((s) => shapes.has(quad(s, n3.DataFactory.namedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), n3.DataFactory.namedNode(SH + "NodeShape")))).length;
if (violations === 0) {
  console.log(`conforms: ${data.size} data triples, ${shapeCount} node shapes, ${report.results.length} warnings or infos`);
  process.exit(0);
}
console.log(`does not conform: ${report.results.length} results (${violations} violations), ${data.size} data triples, ${shapeCount} node shapes`);
process.exit(1);
