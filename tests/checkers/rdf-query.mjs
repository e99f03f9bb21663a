// Runs a prepared SPARQL query (queries/sparql/NAME.rq) on RDF exports with oxigraph (npm oxigraph@0.5.11).
//
//   node rdf-query.mjs --data FILE... --query Q.rq [--param name=value]... [--examples] [--union] [--expect GOLDEN.json]
//
// --data       the files to load, one Store for all (format from the extension: .nt .ttl .nq .trig .jsonld).
// --param      a value for a parameter declared in the query's header; --examples fills every parameter not given
//              with the header's Example: value (that is how the golden files are made).
// --union      the default graph is the union of all graphs (needed when the data is in named graphs only).
// --expect     compare with a golden file instead of printing: exit 0 when equal, 1 (with the first difference)
//              when not.
// --print-query  print the query with its parameters bound and stop (to run the same query on another store).
//
// Parameters (see queries/README.md): the header declares `$name (type, required|default VALUE) text Example: X`.
// The query binds them in a `VALUES (?a ?b) { (x y) }` line at the top of its WHERE clause and writes `LIMIT n`, so it
// runs as written; a value given (or an example, with --examples) replaces its place in that row as an RDF term:
// string -> "..." ; integer -> 20 ; float -> "1.5"^^xsd:double ; boolean -> true ; date -> "2020-01-01"^^xsd:date.
//
// Output: SPARQL 1.1 JSON results, normalised for golden files: blank nodes renamed _:b0, _:b1... in order of
// appearance, keys sorted; rows keep the query's order when it has ORDER BY, and are sorted otherwise.
// Exit: 0 ok, 1 a load or query error or a golden mismatch, 2 usage (unknown parameter, missing required one...).
import { readFileSync } from "node:fs";
import { need, loadInto, readText, usage } from "./rdf-common.mjs";

const oxigraph = await need("oxigraph");

const args = process.argv.slice(2);
const data = [];
const given = new Map();
let queryFile, expect, union = false, examples = false, printQuery = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--data") {
    while (i + 1 < args.length && !args[i + 1].startsWith("--")) data.push(args[++i]);
  } else if (a === "--query") queryFile = args[++i];
  else if (a === "--expect") expect = args[++i];
  else if (a === "--union") union = true;
  else if (a === "--examples") examples = true;
  else if (a === "--print-query") printQuery = true;
  else if (a === "--param") {
    const p = args[++i] ?? "";
    const eq = p.indexOf("=");
    if (eq <= 0) usage(`--param needs name=value, got '${p}'`);
    given.set(p.slice(0, eq).replace(/^\$/, ""), p.slice(eq + 1));
  } else usage(`unknown argument ${a}`);
}
if (!queryFile || (data.length === 0 && !printQuery)) {
  usage("usage: node rdf-query.mjs --data FILE... --query Q.rq [--param name=value]... [--examples] [--union] [--expect GOLDEN.json]");
}

/** Reads the header of `# Field: value` lines (indented `#   ` lines continue a field; parameters one per line). */
export function parseHeader(text) {
  const header = { parameters: [] };
  let field = null;
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith("#")) break;
    const m = /^#\s?([A-Z][A-Za-z]*):\s*(.*)$/.exec(line);
    if (m) {
      field = m[1].toLowerCase();
      if (field !== "parameters") header[field] = m[2].trim();
      continue;
    }
    const body = line.replace(/^#\s*/, "");
    if (field === "parameters") {
      const p = /^\$([A-Za-z_][A-Za-z0-9_]*) \((string|integer|float|boolean|date), (required|default (.*?))\)\s*(.*)$/.exec(body);
      if (!p) {
        if (body) usage(`${queryFile}: bad parameter line: ${line}`);
        continue;
      }
      const ex = /Example:\s*(.*)$/.exec(p[5]);
      header.parameters.push({
        name: p[1], type: p[2], required: p[3] === "required",
        default: p[3] === "required" || p[4] === "null" ? null : p[4],
        example: ex ? ex[1].trim() : null,
      });
    } else if (field && body) {
      header[field] += " " + body.trim();
    }
  }
  return header;
}

function term(param, value) {
  const fail = () => usage(`parameter $${param.name}: '${value}' is not a ${param.type}`);
  switch (param.type) {
    case "string": return JSON.stringify(value);
    case "integer": return /^[+-]?\d+$/.test(value) ? String(BigInt(value)) : fail();
    case "float": return Number.isFinite(Number(value)) && value.trim() !== "" ? `"${Number(value)}"^^<http://www.w3.org/2001/XMLSchema#double>` : fail();
    case "boolean": return value === "true" || value === "false" ? value : fail();
    case "date": {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      const d = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
      if (!m || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) fail();
      return `"${value}"^^<http://www.w3.org/2001/XMLSchema#date>`;
    }
  }
  return fail();
}

const text = readText(queryFile);
const header = parseHeader(text);
for (const name of given.keys()) {
  if (!header.parameters.some((p) => p.name === name)) usage(`${queryFile}: no parameter $${name} (it has: ${header.parameters.map((p) => "$" + p.name).join(", ") || "none"})`);
}
// The query runs as written: its parameters are bound in one VALUES row at the top of its WHERE clause (UNDEF: not
// given) and the number of rows is a literal LIMIT. Giving a parameter rewrites that row or that LIMIT, nothing else.
let query = text;
const valuesLine = /^([ \t]*VALUES \()([^)]*)(\) \{ \()(.*)(\) \}[ \t]*)$/m;
const bound = header.parameters.filter((p) => p.name !== "limit");
const written = valuesLine.exec(query);
if (bound.length > 0) {
  if (!written) usage(`${queryFile}: no 'VALUES (?a ?b) { (x y) }' line binds its parameters`);
  const names = written[2].trim().split(/\s+/).map((v) => v.replace(/^[?$]/, ""));
  const declared = bound.map((p) => p.name);
  if (names.join(" ") !== declared.join(" ")) usage(`${queryFile}: the VALUES line binds ${names.join(", ")} but the header declares ${declared.join(", ")}`);
  if (!given.size && !examples) {
    // As written: nothing to change.
  } else {
    const terms = bound.map((p) => {
      const value = given.has(p.name) ? given.get(p.name) : examples && p.example !== null ? p.example : p.required ? p.example : p.default;
      return value === null ? "UNDEF" : term(p, value);
    });
    query = query.replace(valuesLine, (_m, a, vars, b, _vals, c) => `${a}${vars}${b}${terms.join(" ")}${c}`);
  }
}
const limit = header.parameters.find((p) => p.name === "limit");
if (limit) {
  const value = given.has("limit") ? given.get("limit") : examples && limit.example !== null ? limit.example : null;
  if (!/^LIMIT \d+[ \t]*$/m.test(query)) usage(`${queryFile}: the header declares $limit but there is no 'LIMIT n' line`);
  if (value !== null) query = query.replace(/^LIMIT \d+[ \t]*$/m, `LIMIT ${term(limit, value)}`);
}

if (printQuery) {
  process.stdout.write(query);
  process.exit(0);
}

const store = new oxigraph.Store();
try {
  for (const file of data) loadInto(oxigraph, store, file);
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

let raw;
try {
  raw = store.query(query, { results_format: "json", use_default_graph_as_union: union });
} catch (e) {
  console.error(`${queryFile}: ${String(e.message ?? e).replace(/\s+/g, " ")}`);
  process.exit(1);
}
const results = JSON.parse(raw);
const out = normalise(results, /\bORDER\s+BY\b/i.test(query.replace(/^#.*$/gm, "")));
const printed = format(out);

if (expect) {
  const golden = readText(expect);
  if (golden === printed) {
    console.log(`${queryFile}: ${rowCount(out)} rows, equal to ${expect}`);
    process.exit(0);
  }
  const a = golden.split("\n"), b = printed.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  console.error(`${queryFile}: differs from ${expect} at line ${i + 1}:\n  golden: ${a[i] ?? "(end)"}\n  actual: ${b[i] ?? "(end)"}`);
  process.exit(1);
}
process.stdout.write(printed);

function rowCount(r) {
  return r.results ? r.results.bindings.length : 1;
}

function normalise(r, ordered) {
  if (!r.results) return r; // ASK
  const names = new Map();
  const fix = (v) => {
    if (v.type === "bnode") {
      if (!names.has(v.value)) names.set(v.value, `b${names.size}`);
      return { type: "bnode", value: names.get(v.value) };
    }
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]));
  };
  let rows = r.results.bindings.map((b) => Object.fromEntries(Object.keys(b).sort().map((k) => [k, fix(b[k])])));
  if (!ordered) {
    const key = (row) => JSON.stringify(row);
    rows = rows.map((row) => [key(row), row]).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map((x) => x[1]);
  }
  return { head: { vars: r.head.vars }, results: { bindings: rows } };
}

function format(r) {
  if (!r.results) return JSON.stringify(r) + "\n";
  const lines = r.results.bindings.map((b) => "  " + JSON.stringify(b));
  return `{"head":${JSON.stringify(r.head)},"results":{"bindings":[\n${lines.join(",\n")}${lines.length ? "\n" : ""}]}}\n`;
}
