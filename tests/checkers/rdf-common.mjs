// Shared helpers of the RDF checkers (rdf-load, rdf-query, jsonld-check, shacl-check).
// Only the packages pinned in package.json are used.
import { readFileSync } from "node:fs";
import { extname } from "node:path";

/** Imports a pinned package, or exits 2 with the instruction to install the checkers. */
export async function need(name) {
  try {
    return await import(name);
  } catch (e) {
    if (e && (e.code === "ERR_MODULE_NOT_FOUND" || e.code === "MODULE_NOT_FOUND")) {
      console.error(`${name} is not installed: run npm ci in tests/checkers`);
      process.exit(2);
    }
    throw e;
  }
}

/** The oxigraph format name of a file, from its extension. */
export function formatOf(file) {
  const ext = extname(file).toLowerCase();
  const formats = { ".nt": "nt", ".ttl": "ttl", ".nq": "nq", ".trig": "trig", ".jsonld": "jsonld" };
  const format = formats[ext];
  if (!format) usage(`${file}: unknown RDF format (expected .nt, .ttl, .nq, .trig or .jsonld)`);
  return format;
}

/** A file's text; exits 2 when it cannot be read. */
export function readText(file) {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    console.error(`${file}: cannot read: ${e.message}`);
    process.exit(2);
  }
}

export function usage(message) {
  console.error(message);
  process.exit(2);
}

/** The base IRI used when a file has relative IRIs (ours should have none). */
export const BASE = "urn:graph-checkers:base/";

/** A JSON-LD document loader that refuses every remote (or any) context: the exports must be self-contained. */
export function refusingLoader(url) {
  return Promise.reject(new Error(`remote context refused: ${url} (JSON-LD exports must not need the network)`));
}

/** Loads files into an oxigraph Store; returns {store, counts} or throws an Error naming the file. */
export function loadInto(oxigraph, store, file, options = {}) {
  const format = formatOf(file);
  const text = readText(file);
  const before = store.size;
  try {
    store.load(text, { format, base_iri: BASE, ...options });
  } catch (e) {
    const err = new Error(`${file}: ${String(e.message ?? e).replace(/\s+/g, " ")}`);
    err.file = file;
    throw err;
  }
  return { format, added: store.size - before };
}
