// Checks a folder written by `graph import --format csv` against the rules of Neo4j's bulk importer
// (neo4j-admin database import, "CSV header format" in the Operations Manual), reading every file with
// csv-parse in strict RFC 4180 mode (no relaxed quotes, no ragged rows):
//   - import.sh names every CSV file of the folder once (--nodes=LABELS=FILE, --relationships=FILE) and passes
//     --multiline-fields=true and the array delimiter the files use;
//   - node files: exactly one ID field (name:ID(space)), property fields name[:type] with a type the importer knows;
//     relationship files: one :START_ID(space), one :END_ID(space), at most one :TYPE; no field named twice;
//   - every value parses as its column's type, every ID is unique in its space, every START_ID and END_ID exists.
// Usage: node neo4j-admin-csv-check.mjs FOLDER [--dump]
// Prints one summary line ("... 0 errors"); --dump prints the parsed graph as JSON instead, for round-trip tests.
// Exit code 0 when no rule is broken, 1 otherwise, 2 on usage errors.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

const args = process.argv.slice(2);
const dump = args.includes('--dump');
const folder = args.find(a => !a.startsWith('--'));
if (!folder) {
  console.error('usage: node neo4j-admin-csv-check.mjs FOLDER [--dump]');
  process.exit(2);
}

const errors = [];
const fail = (where, message) => errors.push(`${where}: ${message}`);

const TYPES = new Set(['int', 'long', 'float', 'double', 'boolean', 'byte', 'short', 'char', 'string', 'point', 'date',
  'localtime', 'time', 'localdatetime', 'datetime', 'duration']);

// The command: which files, with which labels, and the options the files rely on.
const commandPath = join(folder, 'import.sh');
if (!existsSync(commandPath)) {
  console.error(`${commandPath}: missing`);
  process.exit(1);
}
const command = readFileSync(commandPath, 'utf8');
const nodeArgs = [...command.matchAll(/--nodes=([A-Za-z_:]+)=(\S+)/g)].map(m => ({ labels: m[1].split(':'), file: m[2] }));
const relArgs = [...command.matchAll(/--relationships=(\S+)/g)].map(m => ({ file: m[1] }));
const arrayDelimiter = (() => {
  const m = command.match(/--array-delimiter=U\+([0-9A-Fa-f]{4})/);
  return m ? String.fromCharCode(parseInt(m[1], 16)) : ';';
})();
if (!/--multiline-fields=true/.test(command)) fail('import.sh', 'no --multiline-fields=true, yet fields may hold line breaks');
if (!/database import full/.test(command)) fail('import.sh', 'not a "neo4j-admin database import full" command');
const listed = [...nodeArgs, ...relArgs].map(a => a.file);
for (const f of readdirSync(folder).filter(f => f.endsWith('.csv'))) {
  const times = listed.filter(l => l === f).length;
  if (times !== 1) fail('import.sh', `${f} is named ${times} times`);
}
for (const f of listed) if (!existsSync(join(folder, f))) fail('import.sh', `names ${f}, which does not exist`);

function read(file) {
  try {
    return parse(readFileSync(join(folder, file)), {
      bom: false, relax_quotes: false, relax_column_count: false, skip_empty_lines: false, encoding: 'utf8',
      // The importer reads an empty unquoted field as no value and "" as an empty text: keep the difference.
      cast: (text, context) => (context.quoting ? { quoted: text } : text),
    }).map(row => row.map(f => (typeof f === 'object' ? f : { plain: f })));
  } catch (e) {
    fail(file, `not RFC 4180 CSV: ${e.message}`);
    return null;
  }
}

// A header field: [name]:KIND[(space)] for the special fields, name[:type] for properties.
function field(file, text) {
  const special = text.match(/^([^:]*):(ID|START_ID|END_ID|TYPE|LABEL|IGNORE)(?:\(([^)]+)\))?$/);
  if (special) return { special: special[2], name: special[1], space: special[3] ?? '' };
  const prop = text.match(/^([^:]+)(?::([a-z]+)(\[\])?)?$/);
  if (!prop) { fail(file, `header field "${text}" is neither a property nor a special field`); return null; }
  if (prop[2] && !TYPES.has(prop[2])) fail(file, `header field "${text}": unknown type ${prop[2]}`);
  return { name: prop[1], type: prop[2] ?? 'string', array: !!prop[3] };
}

function value(file, row, column, cell) {
  const text = cell.quoted ?? cell.plain;
  if (text === '' && !(cell.quoted !== undefined && column.type === 'string' && !column.array)) return undefined;
  const parts = column.array ? text.split(arrayDelimiter) : [text];
  const out = parts.map(p => {
    switch (column.type) {
      case 'int': case 'long': case 'short': case 'byte':
        if (!/^-?\d+$/.test(p)) fail(file, `row ${row}: ${column.name} "${p}" is no integer`);
        return Number(p);
      case 'float': case 'double':
        if (p.trim() === '' || Number.isNaN(Number(p))) fail(file, `row ${row}: ${column.name} "${p}" is no number`);
        return Number(p);
      case 'boolean':
        if (!/^(true|false)$/i.test(p)) fail(file, `row ${row}: ${column.name} "${p}" is no boolean`);
        return p.toLowerCase() === 'true';
      case 'date':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(p) || Number.isNaN(Date.parse(p))) fail(file, `row ${row}: ${column.name} "${p}" is no date`);
        return p;
      default:
        return p;
    }
  });
  return column.array ? out : out[0];
}

function header(file, names) {
  const fields = names.map(n => field(file, n));
  const seen = new Set();
  for (const f of fields.filter(Boolean)) {
    const key = f.special && !f.name ? `:${f.special}` : f.name;
    if (seen.has(key)) fail(file, `field ${key} appears twice`);
    seen.add(key);
  }
  return fields;
}

const ids = new Map(); // space -> Set of ids
const nodes = {};
let nodeRows = 0;
for (const { labels, file } of nodeArgs) {
  const rows = read(file);
  if (!rows || rows.length === 0) { if (rows) fail(file, 'no header'); continue; }
  const fields = header(file, rows[0].map(c => c.quoted ?? c.plain));
  const idFields = fields.filter(f => f?.special === 'ID');
  if (idFields.length !== 1) { fail(file, `has ${idFields.length} ID fields, needs exactly 1`); continue; }
  if (fields.some(f => f?.special && f.special !== 'ID' && f.special !== 'LABEL' && f.special !== 'IGNORE')) fail(file, 'node file with a relationship field');
  const space = idFields[0].space;
  if (!ids.has(space)) ids.set(space, new Set());
  for (let r = 1; r < rows.length; r++) {
    const props = {};
    let id = null;
    rows[r].forEach((text, c) => {
      const f = fields[c];
      if (!f) return;
      if (f.special === 'ID') { id = text.quoted ?? text.plain; if (f.name) props[f.name] = id; return; }
      if (f.special) return;
      const v = value(file, r, f, text);
      if (v !== undefined) props[f.name] = v;
    });
    if (!id) { fail(file, `row ${r}: empty ID`); continue; }
    if (ids.get(space).has(id)) fail(file, `row ${r}: ID ${id} already used in space ${space}`);
    ids.get(space).add(id);
    nodes[id] = { labels, properties: props };
    nodeRows++;
  }
}

const relationships = [];
for (const { file } of relArgs) {
  const rows = read(file);
  if (!rows || rows.length === 0) { if (rows) fail(file, 'no header'); continue; }
  const fields = header(file, rows[0].map(c => c.quoted ?? c.plain));
  const count = kind => fields.filter(f => f?.special === kind).length;
  if (count('START_ID') !== 1 || count('END_ID') !== 1) { fail(file, 'needs exactly one :START_ID and one :END_ID'); continue; }
  if (count('TYPE') > 1) fail(file, 'more than one :TYPE');
  if (count('ID') > 0) fail(file, 'relationship file with an ID field');
  for (let r = 1; r < rows.length; r++) {
    const rel = { properties: {} };
    rows[r].forEach((text, c) => {
      const f = fields[c];
      if (!f) return;
      const raw = text.quoted ?? text.plain;
      if (f.special === 'START_ID' || f.special === 'END_ID') {
        if (!ids.get(f.space)?.has(raw)) fail(file, `row ${r}: ${f.special} ${raw} is no node of space ${f.space}`);
        rel[f.special === 'START_ID' ? 'start' : 'end'] = raw;
        return;
      }
      if (f.special === 'TYPE') { rel.type = raw; return; }
      if (f.special) return;
      const v = value(file, r, f, text);
      if (v !== undefined) rel.properties[f.name] = v;
    });
    if (!rel.type) fail(file, `row ${r}: no relationship type`);
    relationships.push(rel);
  }
}

if (dump && errors.length === 0) {
  process.stdout.write(JSON.stringify({ nodes, relationships }) + '\n');
} else {
  for (const e of errors) console.log(e);
  console.log(`${listed.length} files, ${nodeRows} node rows, ${relationships.length} relationship rows, ${errors.length} errors`);
}
process.exit(errors.length === 0 ? 0 : 1);
