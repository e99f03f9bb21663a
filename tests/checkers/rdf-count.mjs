// Runs one SPARQL SELECT over RDF files with oxigraph and prints the rows as JSON: the independent side of the
// triplestore test (tests/Graph.Cli.Tests/VirtuosoPushTests.cs compares these rows with what Virtuoso answers).
//
//   node rdf-count.mjs --data FILE... --query 'SELECT ...'
//
// Output: a JSON array, one object per row, each variable's value as its lexical form (IRIs without <>).
// Rows are sorted, so the output does not depend on the order the store returns them in.
// Exit: 0 ok, 1 a load or query error, 2 usage.
import { need, loadInto, usage } from "./rdf-common.mjs";

const oxigraph = await need("oxigraph");
const args = process.argv.slice(2);
const data = [];
let query;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--data") {
    while (i + 1 < args.length && !args[i + 1].startsWith("--")) data.push(args[++i]);
  } else if (args[i] === "--query") query = args[++i];
  else usage(`unknown argument ${args[i]}`);
}
if (!query || data.length === 0) usage("usage: node rdf-count.mjs --data FILE... --query 'SELECT ...'");

const store = new oxigraph.Store();
for (const file of data) loadInto(oxigraph, store, file);
let rows;
try {
  rows = [...store.query(query)].map((binding) => {
    const row = {};
    for (const [name, term] of binding) row[name] = term.value;
    return row;
  });
} catch (e) {
  console.error(`query failed: ${e.message ?? e}`);
  process.exit(1);
}
const text = rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).sort())));
text.sort();
console.log("[" + text.join(",\n") + "]");
