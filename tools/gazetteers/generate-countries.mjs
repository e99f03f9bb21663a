#!/usr/bin/env node
// Generates src/Graph.Extraction/Gazetteers/countries.tsv from the npm packages
// `world-countries` (ODbL-1.0, https://github.com/mledoze/countries) and
// `i18n-iso-countries` (MIT), then merges the hand-written overlay
// src/Graph.Extraction/Gazetteers/countries-extra.tsv.
//
// Usage (see tools/gazetteers/README.md):
//   node tools/gazetteers/generate-countries.mjs \
//        --world-countries /tmp/gaz/node_modules/world-countries \
//        --i18n /tmp/gaz/node_modules/i18n-iso-countries \
//        [--overlay FILE] [--out FILE] [--check]
//
// --check regenerates in memory and exits 1 if the output file differs.
// The script uses only Node's standard library; the packages are read as JSON
// from the paths given, so nothing is installed inside the repository.

import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const gazDir = join(repo, 'src', 'Graph.Extraction', 'Gazetteers');

// ---------------------------------------------------------------- arguments
const args = { overlay: join(gazDir, 'countries-extra.tsv'), out: join(gazDir, 'countries.tsv'), check: false };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  const next = () => {
    if (i + 1 >= process.argv.length) fail(`missing value after ${a}`);
    return process.argv[++i];
  };
  if (a === '--world-countries') args.wc = next();
  else if (a === '--i18n') args.i18n = next();
  else if (a === '--overlay') args.overlay = next();
  else if (a === '--out') args.out = next();
  else if (a === '--check') args.check = true;
  else if (a === '-h' || a === '--help') { usage(); process.exit(0); }
  else fail(`unknown argument ${a}`);
}
if (!args.wc) { usage(); fail('--world-countries is required'); }

function usage() {
  console.error('usage: node generate-countries.mjs --world-countries DIR|countries.json [--i18n DIR] [--overlay FILE] [--out FILE] [--check]');
}
function fail(msg) { console.error(`generate-countries: ${msg}`); process.exit(2); }

function readJson(p) { return JSON.parse(readFileSync(p, 'utf8')); }
function packageFile(p, rel) { return existsSync(p) && statSync(p).isDirectory() ? join(p, rel) : p; }

const wcFile = packageFile(args.wc, 'countries.json');
const wc = readJson(wcFile);
const wcVersion = tryVersion(args.wc);
let i18nNames = null, i18nCodes = null, i18nVersion = null;
if (args.i18n) {
  i18nNames = readJson(join(args.i18n, 'langs', 'en.json')).countries;
  i18nCodes = new Map(readJson(join(args.i18n, 'codes.json')).map(r => [r[0], r[1]]));
  i18nVersion = tryVersion(args.i18n);
}
function tryVersion(p) {
  try { return readJson(join(p, 'package.json')).version; } catch { return null; }
}

// ---------------------------------------------------------------- constants
const COLUMNS = ['id', 'iso2', 'name', 'official', 'aliases', 'demonyms', 'capitals'];
const LIST_COLUMNS = ['official', 'aliases', 'demonyms', 'capitals'];
// world-countries uses the UN's "UNK" for Kosovo; we use XKX, the user-assigned
// code used by the European Commission and the World Bank (alpha-2 XK).
const ID_REMAP = { UNK: 'XKX' };
// UN observer states are taken even though world-countries marks them non-members.
const OBSERVERS = new Set(['VAT', 'PSE']);
// An alternative spelling from world-countries is kept only when it is one of
// i18n-iso-countries' English names or reads as an English formal name; the
// rest (native names, transliterations, ISO alpha-2 codes) is dropped. Forms
// that news really uses (Holland, Burma, Swaziland...) come back through the overlay.
const ENGLISH_MARKERS = /\b(Republic|Kingdom|State|States|Federation|Union|Commonwealth|Democratic|Islamic|Principality|Duchy|Sultanate|Confederation|Federated|Socialist|Nation|Independent|Emirates|Islands|Co-operative|Plurinational|Bolivarian|Oriental|Hellenic|Argentine|Arab|United)\b/;

// ---------------------------------------------------------------- helpers
const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const cleanForm = s => s.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
const isLatin = s => /^[\p{Script=Latin}0-9 '.\-&,]+$/u.test(s);
const uniq = xs => { const seen = new Set(); const out = []; for (const x of xs) if (x && !seen.has(x)) { seen.add(x); out.push(x); } return out; };

function pluralOf(d) {
  // Only plain, regular demonyms get an automatic plural; the overlay adds the rest.
  if (/(ese|ish|ch|sh|ss|sy|z|x)$/.test(d)) return null; // Chinese, British, French, Swiss, Malagasy, Kyrgyz
  if (/(an|er|ar|i|ot|k|h|e|n|o|t)$/.test(d)) return d + 's';
  return null;
}

function splitDemonym(s) {
  return s.split(/,\s*|\s+or\s+/).map(x => cleanForm(x)).filter(Boolean);
}

// ---------------------------------------------------------------- source rows
const rows = new Map(); // id -> row
const source = new Map(); // id -> world-countries record, for overlay pulls

for (const c of wc) {
  const id = ID_REMAP[c.cca3] ?? c.cca3;
  source.set(id, c);
}

function sourceRow(id) {
  const c = source.get(id);
  const iso2 = c.cca2;
  if (i18nCodes && i18nCodes.has(iso2) && i18nCodes.get(iso2) !== c.cca3 && !ID_REMAP[c.cca3]) {
    console.error(`warning: ${iso2}: world-countries says ${c.cca3}, i18n-iso-countries says ${i18nCodes.get(iso2)}`);
  }
  const name = cleanForm(c.name.common);
  const official = [cleanForm(c.name.official)].filter(isLatin);
  const nativeForms = new Set();
  for (const n of Object.values(c.name.native ?? {})) { nativeForms.add(cleanForm(n.common)); nativeForms.add(cleanForm(n.official)); }
  const english = new Set();
  if (i18nNames) {
    const v = i18nNames[iso2];
    for (const n of [].concat(v ?? [])) english.add(cleanForm(n));
  }
  const aliases = [];
  for (const raw of [...english, ...(c.altSpellings ?? []).map(cleanForm)]) {
    if (!raw || !isLatin(raw)) continue;
    if (/^[A-Z]{2}$/.test(raw)) continue; // ISO alpha-2 codes: "IN", "TO", "IS", "NO"...
    if (/,|\(/.test(raw)) continue; // "Korea, Republic of", "Holy See (Vatican City State)"
    const fromI18n = english.has(raw);
    if (!fromI18n && (nativeForms.has(raw) || !ENGLISH_MARKERS.test(raw))) continue;
    aliases.push(raw.replace(/^The /, 'the ')); // "the Netherlands", "the Gambia"
  }
  const demonyms = [];
  const eng = c.demonyms?.eng ?? {};
  for (const d of uniq([eng.m, eng.f].filter(Boolean)).flatMap(splitDemonym)) {
    demonyms.push(d);
    const p = pluralOf(d);
    if (p) demonyms.push(p);
  }
  const capitals = (c.capital ?? []).map(cleanForm).filter(isLatin);
  return { id, iso2, name, official, aliases, demonyms, capitals, removals: {} };
}

for (const [id, c] of source) {
  if (c.unMember || OBSERVERS.has(id)) rows.set(id, sourceRow(id));
}

// ---------------------------------------------------------------- overlay
// Same columns as countries.tsv. Cell rules (generator only, never in countries.tsv):
//   empty          keep what the source says
//   iso2, name     a value replaces the source; a replaced name becomes an alias
//   list cells     entries are added; "-Form" removes Form from that column
//                  (after plurals and accent-free variants are made);
//                  a cell starting with "=" replaces the source list
// An overlay row whose id is in world-countries but not a UN member or observer
// pulls that entry in (Taiwan, Kosovo...); any other id is a new entry.
const overlayLines = readFileSync(args.overlay, 'utf8').split('\n');
let header = null;
const overlayIds = new Set();
for (const [n, line] of overlayLines.entries()) {
  if (line === '') continue;
  if (line.startsWith('#')) {
    if (!header) {
      header = line.replace(/^#\s*/, '').split('\t');
      if (header.join('\t') !== COLUMNS.join('\t')) fail(`${args.overlay}: header must be # ${COLUMNS.join('\\t')}`);
    }
    continue;
  }
  const cells = line.split('\t');
  if (cells.length !== COLUMNS.length) fail(`${args.overlay}:${n + 1}: ${cells.length} cells, expected ${COLUMNS.length}`);
  const o = Object.fromEntries(COLUMNS.map((k, i) => [k, cells[i]]));
  if (overlayIds.has(o.id)) fail(`${args.overlay}:${n + 1}: duplicate id ${o.id}`);
  overlayIds.add(o.id);
  let row = rows.get(o.id);
  if (!row && source.has(o.id)) { row = sourceRow(o.id); rows.set(o.id, row); }
  if (!row) {
    if (!o.name) fail(`${args.overlay}:${n + 1}: new entry ${o.id} needs a name`);
    row = { id: o.id, iso2: '', name: o.name, official: [], aliases: [], demonyms: [], capitals: [], removals: {} };
    rows.set(o.id, row);
  }
  if (o.iso2) row.iso2 = o.iso2;
  if (o.name && o.name !== row.name) { row.aliases.unshift(row.name); row.name = o.name; }
  for (const col of LIST_COLUMNS) {
    let cell = o[col];
    if (!cell) continue;
    if (cell.startsWith('=')) { row[col] = []; cell = cell.slice(1); }
    for (const entry of cell.split('|').map(s => s.trim()).filter(Boolean)) {
      if (entry.startsWith('-')) (row.removals[col] ??= new Set()).add(entry.slice(1));
      else row[col].push(entry);
    }
  }
}

// ---------------------------------------------------------------- finish rows
for (const row of rows.values()) {
  // accent-free variants: news copy often drops diacritics (Bogota, Cote d'Ivoire)
  const foldedName = fold(row.name);
  if (foldedName !== row.name) row.aliases.push(foldedName);
  for (const col of LIST_COLUMNS) row[col] = uniq(row[col].flatMap(f => [f, fold(f)]));
  for (const col of LIST_COLUMNS) {
    const rm = row.removals[col];
    if (rm) row[col] = row[col].filter(f => !rm.has(f));
  }
  // one surface form per row: name > official > aliases > demonyms > capitals
  const taken = new Set([row.name]);
  for (const col of LIST_COLUMNS) {
    row[col] = row[col].filter(f => !taken.has(f));
    for (const f of row[col]) taken.add(f);
  }
}

// ---------------------------------------------------------------- checks
const problems = [];
const owner = new Map();
for (const row of [...rows.values()].sort((a, b) => a.id.localeCompare(b.id))) {
  if (!/^[A-Z]{3}$/.test(row.id)) problems.push(`${row.id}: id is not three capital letters`);
  if (row.iso2 && !/^[A-Z]{2}$/.test(row.iso2)) problems.push(`${row.id}: bad iso2 ${row.iso2}`);
  for (const f of [row.name, ...LIST_COLUMNS.flatMap(c => row[c])]) {
    if (/[\t|]/.test(f) || f !== f.trim() || f === '') problems.push(`${row.id}: bad form ${JSON.stringify(f)}`);
    const key = fold(f).toLowerCase();
    if (owner.has(key) && owner.get(key) !== row.id) problems.push(`conflict: "${f}" is in ${owner.get(key)} and ${row.id}`);
    owner.set(key, row.id);
  }
}
if (problems.length) { for (const p of problems) console.error(p); fail(`${problems.length} problem(s); fix the overlay`); }

// ---------------------------------------------------------------- output
const lines = [];
lines.push('# ' + COLUMNS.join('\t'));
lines.push('# Generated by tools/gazetteers/generate-countries.mjs; do not edit by hand: edit countries-extra.tsv and regenerate.');
lines.push(`# Contains information from world-countries${wcVersion ? ' ' + wcVersion : ''} (https://github.com/mledoze/countries), made available under the`);
lines.push('# Open Database License (ODbL) 1.0 (https://opendatacommons.org/licenses/odbl/1.0/); this file, a derivative database, is');
lines.push('# likewise under ODbL-1.0.' + (i18nVersion ? ` English names cross-checked with i18n-iso-countries ${i18nVersion} (MIT).` : ''));
lines.push('# Lists use | as separator. See README.md in this folder.');
for (const row of [...rows.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
  lines.push([row.id, row.iso2, row.name, ...LIST_COLUMNS.map(c => row[c].join('|'))].join('\t'));
}
const text = lines.join('\n') + '\n';
if (args.check) {
  const current = existsSync(args.out) ? readFileSync(args.out, 'utf8') : '';
  if (current !== text) { console.error(`${args.out} is out of date; regenerate it`); process.exit(1); }
  console.error(`${args.out} is up to date (${rows.size} rows)`);
} else {
  writeFileSync(args.out, text);
  console.error(`wrote ${args.out}: ${rows.size} rows`);
}
