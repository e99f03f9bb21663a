#!/usr/bin/env node
// Checks the gazetteer files in src/Graph.Extraction/Gazetteers (or the folder given as argument):
// layout (UTF-8, LF, a "# col<TAB>col..." header, the header's number of cells on every row, no stray
// whitespace, rows sorted by their first column, no duplicate keys) and content (no surface form owned
// by two countries or two organisations, allowed kinds, ids in the expected shape, conflicts' countries
// and years, conflict names shared only across years that do not overlap).
// Usage: node tools/gazetteers/check-gazetteers.mjs [GAZETTEER_DIR]
// Exits 1 when a problem is found. Uses only Node's standard library.

import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] ?? resolve(here, '..', '..', 'src', 'Graph.Extraction', 'Gazetteers');
const problems = [];
const problem = (file, line, msg) => problems.push(`${file}${line ? ':' + line : ''}: ${msg}`);
const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function read(name, columns, { listColumns = [], requiredColumns = [columns[0]], sorted = true, overlay = false, keyColumns = [columns[0]] } = {}) {
  const path = join(dir, name);
  if (!existsSync(path)) { problem(name, 0, 'missing'); return []; }
  const bytes = readFileSync(path);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) problem(name, 0, 'not valid UTF-8');
  if (text.charCodeAt(0) === 0xfeff) problem(name, 0, 'starts with a byte-order mark');
  if (text.includes('\r')) problem(name, 0, 'has CR characters (use LF line ends)');
  if (!text.endsWith('\n')) problem(name, 0, 'does not end with a newline');
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const header = lines[0] ?? '';
  if (header !== '# ' + columns.join('\t')) problem(name, 1, `header must be "# ${columns.join('\\t')}"`);
  const rows = [];
  const keys = new Set();
  let previous = null;
  lines.forEach((line, i) => {
    const n = i + 1;
    // A row may end in a TAB when its last cell is empty; spaces at the end are never right.
    if (/\s$/.test(line.replace(/\t+$/, '')) || / \t|\t $/.test(line)) problem(name, n, 'trailing whitespace');
    if (i === 0 || line.startsWith('#')) return;
    if (line === '') { problem(name, n, 'empty line'); return; }
    const cells = line.split('\t');
    if (cells.length !== columns.length) { problem(name, n, `${cells.length} cells, header has ${columns.length}`); return; }
    const row = Object.fromEntries(columns.map((c, j) => [c, cells[j]]));
    row.$line = n;
    for (const [j, cell] of cells.entries()) {
      if (cell !== cell.trim()) problem(name, n, `cell ${columns[j]} has leading or trailing spaces`);
      if (/ {2}/.test(cell)) problem(name, n, `cell ${columns[j]} has a double space`);
    }
    for (const c of requiredColumns) if (!row[c]) problem(name, n, `empty ${c}`);
    for (const c of listColumns) {
      const parts = row[c] === '' ? [] : row[c].split('|');
      if (!overlay || !row[c].startsWith('=')) {
        if (parts.some(p => p === '' || p !== p.trim())) problem(name, n, `${c} has an empty or padded entry`);
      }
      const seen = new Set();
      for (const p of parts) { if (seen.has(p)) problem(name, n, `${c} lists "${p}" twice`); seen.add(p); }
      row[c] = parts;
    }
    // The key is the first column, or several joined by a tab ("phrase" and "kind" of a stance predicate).
    const key = keyColumns.map(c => row[c]).join('\t');
    if (keys.has(key)) problem(name, n, `duplicate ${keyColumns.join(' and ')} "${key.replace('\t', ' / ')}"`);
    keys.add(key);
    if (sorted && previous !== null && ordinal(previous, key) > 0) problem(name, n, `not sorted: "${key}" after "${previous}"`);
    previous = key;
    rows.push(row);
  });
  return rows;
}

function claim(owners, file, form, owner, line, what) {
  const key = fold(form);
  const prev = owners.get(key);
  if (prev && prev.owner !== owner) problem(file, line, `${what} "${form}" also belongs to ${prev.owner} ("${prev.form}")`);
  else if (!prev) owners.set(key, { owner, form });
}

// ------------------------------------------------------------------ countries
const countryColumns = ['id', 'iso2', 'name', 'official', 'aliases', 'demonyms', 'capitals'];
const countryLists = ['official', 'aliases', 'demonyms', 'capitals'];
const countries = read('countries.tsv', countryColumns, { listColumns: countryLists, requiredColumns: ['id', 'name'] });
const countryForms = new Map();
const iso2s = new Map();
for (const r of countries) {
  if (!/^[A-Z]{3}$/.test(r.id)) problem('countries.tsv', r.$line, `id "${r.id}" is not three capital letters`);
  if (r.iso2 && !/^[A-Z]{2}$/.test(r.iso2)) problem('countries.tsv', r.$line, `iso2 "${r.iso2}" is not two capital letters`);
  if (r.iso2 && iso2s.has(r.iso2)) problem('countries.tsv', r.$line, `iso2 ${r.iso2} also used by ${iso2s.get(r.iso2)}`);
  if (r.iso2) iso2s.set(r.iso2, r.id);
  const inRow = new Set();
  for (const [col, form] of [['name', r.name], ...countryLists.flatMap(c => r[c].map(f => [c, f]))]) {
    if (inRow.has(form)) problem('countries.tsv', r.$line, `"${form}" appears twice in ${r.id}`);
    inRow.add(form);
    claim(countryForms, 'countries.tsv', form, r.id, r.$line, col);
  }
}
// The overlay is generator input; check its layout only.
read('countries-extra.tsv', countryColumns, { listColumns: countryLists, requiredColumns: ['id'], sorted: false, overlay: true });

// ------------------------------------------------------------------ organisations
const orgKinds = new Set(['intergovernmental', 'organ', 'agency', 'financial', 'bank', 'alliance', 'court', 'forum', 'humanitarian', 'media', 'movement']);
const orgs = read('organizations.tsv', ['id', 'name', 'acronym', 'aliases', 'kind'], { listColumns: ['aliases'], requiredColumns: ['id', 'name', 'kind'] });
const orgForms = new Map();
for (const r of orgs) {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.id)) problem('organizations.tsv', r.$line, `id "${r.id}" is not a lower-case slug`);
  if (!orgKinds.has(r.kind)) problem('organizations.tsv', r.$line, `unknown kind "${r.kind}"`);
  if (r.acronym && r.acronym !== r.name && !r.aliases.includes(r.acronym)) problem('organizations.tsv', r.$line, `acronym ${r.acronym} is not among the aliases`);
  if (r.aliases.includes(r.name)) problem('organizations.tsv', r.$line, 'the name is repeated among the aliases');
  for (const form of [r.name, ...r.aliases]) {
    // Compared without case or accents: "Nato" and "NATO" must belong to the same body.
    claim(orgForms, 'organizations.tsv', form, r.id, r.$line, 'surface form');
    const c = countryForms.get(fold(form));
    if (c) problem('organizations.tsv', r.$line, `"${form}" is also a surface form of country ${c.owner}`);
  }
}

// ------------------------------------------------------------------ titles
const titleKinds = new Set(['office', 'honorific', 'military', 'org']);
const titles = read('titles.tsv', ['title', 'role', 'kind'], { requiredColumns: ['title', 'kind'] });
for (const r of titles) {
  if (r.title !== r.title.toLowerCase()) problem('titles.tsv', r.$line, `title "${r.title}" is not lower case`);
  if (!titleKinds.has(r.kind)) problem('titles.tsv', r.$line, `unknown kind "${r.kind}"`);
  if (r.kind === 'honorific' && r.role) problem('titles.tsv', r.$line, 'an honorific has no role');
  if (r.kind !== 'honorific' && !r.role) problem('titles.tsv', r.$line, 'role is empty');
}

// ------------------------------------------------------------------ speech verbs
const verbs = read('speech-verbs.tsv', ['verb', 'forms', 'kind'], { listColumns: ['forms'], requiredColumns: ['verb', 'forms', 'kind'] });
const verbForms = new Map();
for (const r of verbs) {
  if (!['speech', 'address', 'source'].includes(r.kind)) problem('speech-verbs.tsv', r.$line, `unknown kind "${r.kind}"`);
  for (const f of r.forms) {
    if (f !== f.toLowerCase()) problem('speech-verbs.tsv', r.$line, `form "${f}" is not lower case`);
    if (verbForms.has(f)) problem('speech-verbs.tsv', r.$line, `form "${f}" is also a form of ${verbForms.get(f)}`);
    verbForms.set(f, r.verb);
  }
}

// ------------------------------------------------------------------ stance predicates
// Generated by tools/lexicon/generate-stance-predicates.py; see the Gazetteers README for the columns.
const stanceKinds = new Set(['verb', 'noun', 'adjective']);
const stanceRelations = new Set(['SUPPORTS', 'COMMITTED_TO', 'OPPOSES', 'NEGATES']);
const stanceSources = new Set(['cameo', 'wordnet', 'overlay']);
const stances = read('stance-predicates.tsv', ['phrase', 'kind', 'relation', 'forms', 'cameo', 'source'],
  { listColumns: ['forms', 'cameo'], requiredColumns: ['phrase', 'kind', 'relation', 'forms', 'source'], keyColumns: ['phrase', 'kind'] });
for (const r of stances) {
  const file = 'stance-predicates.tsv';
  if (r.phrase !== r.phrase.toLowerCase()) problem(file, r.$line, `phrase "${r.phrase}" is not lower case`);
  if (!stanceKinds.has(r.kind)) problem(file, r.$line, `unknown kind "${r.kind}"`);
  if (!stanceRelations.has(r.relation)) problem(file, r.$line, `unknown relation "${r.relation}"`);
  if (!stanceSources.has(r.source)) problem(file, r.$line, `unknown source "${r.source}"`);
  const first = r.phrase.split(' ')[0];
  // forms are the inflections of the phrase's first word, lemma first.
  if (r.forms.length && r.forms[0] !== first) problem(file, r.$line, `forms must start with "${first}"`);
  for (const f of r.forms) if (f !== f.toLowerCase() || /\s/.test(f)) problem(file, r.$line, `form "${f}" is not one lower-case word`);
  if (r.kind === 'adjective' && r.forms.length !== 1) problem(file, r.$line, 'an adjective has one form');
  for (const c of r.cameo) if (!/^\d{2,4}$/.test(c)) problem(file, r.$line, `CAMEO code "${c}" is not 2-4 digits`);
  if ((r.source === 'cameo') !== (r.cameo.length > 0)) problem(file, r.$line, 'CAMEO codes are given exactly when the source is cameo');
}

// ------------------------------------------------------------------ conflicts
const conflictKinds = new Set(['war', 'civil-war', 'insurgency', 'conflict', 'dispute', 'rivalry']);
const conflicts = read('conflicts.tsv', ['id', 'name', 'aliases', 'countries', 'kind', 'start', 'end'],
  { listColumns: ['aliases', 'countries'], requiredColumns: ['id', 'name', 'countries', 'kind', 'start'] });
const conflictNames = new Map();
const countryIds = new Set(countries.map(r => r.id));
for (const r of conflicts) {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.id)) problem('conflicts.tsv', r.$line, `id "${r.id}" is not a lower-case slug`);
  if (!conflictKinds.has(r.kind)) problem('conflicts.tsv', r.$line, `unknown kind "${r.kind}"`);
  for (const c of r.countries) if (!countryIds.has(c)) problem('conflicts.tsv', r.$line, `country ${c} is not in countries.tsv`);
  if (!/^\d{4}$/.test(r.start) || (r.end && !/^\d{4}$/.test(r.end))) problem('conflicts.tsv', r.$line, 'start and end must be years');
  else if (r.end && +r.end < +r.start) problem('conflicts.tsv', r.$line, 'ends before it starts');
  // The name gives the node its id: two rows never share one.
  const key = fold(r.name);
  if (conflictNames.has(key)) problem('conflicts.tsv', r.$line, `name "${r.name}" is also the name of ${conflictNames.get(key)}`);
  conflictNames.set(key, r.id);
}
// A form shared by two rows must be told apart by the years (see the file's header).
const conflictForms = new Map();
for (const r of conflicts) {
  for (const form of new Set([r.name, ...r.aliases].map(fold))) {
    for (const other of conflictForms.get(form) ?? []) {
      const overlap = +r.start <= (other.end ? +other.end : 9999) && +other.start <= (r.end ? +r.end : 9999);
      if (overlap) problem('conflicts.tsv', r.$line, `"${form}" also names ${other.id} in overlapping years`);
    }
    conflictForms.set(form, [...(conflictForms.get(form) ?? []), r]);
  }
}

// ------------------------------------------------------------------ head words
const headKinds = { Organization: new Set(['name', 'lower', 'suffix', 'institution', 'standalone', 'not']), Project: new Set(['name', 'title', 'anchored']) };
const headCounts = {};
for (const [file, label] of [['organization-heads.tsv', 'Organization'], ['project-heads.tsv', 'Project']]) {
  const heads = read(file, ['head', 'label', 'kind', 'family', 'anaphor', 'variants'], { listColumns: ['variants'], requiredColumns: ['head', 'label', 'kind'] });
  headCounts[file] = heads.length;
  for (const r of heads) {
    if (r.head !== r.head.toLowerCase()) problem(file, r.$line, `head "${r.head}" is not lower case`);
    if (r.label !== label) problem(file, r.$line, `label must be ${label}`);
    if (!headKinds[label].has(r.kind)) problem(file, r.$line, `unknown kind "${r.kind}"`);
    if (!['yes', 'no'].includes(r.anaphor)) problem(file, r.$line, 'anaphor must be yes or no');
    if (label === 'Project' && !r.family) problem(file, r.$line, 'a project head needs a family');
  }
}

// ------------------------------------------------------------------ former capitals
const stateIds = new Set(countries.map(r => r.id));
const formerCapitals = read('former-capitals.tsv', ['capital', 'id', 'until'], { requiredColumns: ['capital', 'id', 'until'] });
for (const r of formerCapitals) {
  if (!stateIds.has(r.id)) problem('former-capitals.tsv', r.$line, `id '${r.id}' is not a row of countries.tsv`);
  if (!/^[0-9]{4}$/.test(r.until)) problem('former-capitals.tsv', r.$line, `until '${r.until}' is not a year`);
}

// ------------------------------------------------------------------ report
const count = rows => rows.length;
// Person names: given-names.tsv and political-actors.tsv (generated by generate-person-names.mjs).
const givenNames = read('given-names.tsv', ['name', 'sex', 'weak', 'sources', 'places'], { listColumns: ['sources', 'places'], requiredColumns: ['name', 'sources'] });
for (const r of givenNames) {
  if (r.sex && !['m', 'f', 'u'].includes(r.sex)) problem('given-names.tsv', r.$line, `sex '${r.sex}' is not m, f or u`);
  if (r.weak && !['word', 'place', 'calendar'].includes(r.weak)) problem('given-names.tsv', r.$line, `weak '${r.weak}' is not word, place or calendar`);
}
const actors = read('political-actors.tsv', ['name', 'aliases', 'surname', 'countries', 'role', 'start', 'end'], { listColumns: ['aliases', 'countries'], requiredColumns: ['name', 'countries'] });
for (const r of actors) {
  for (const c of r.countries ?? []) if (!/^[A-Z]{3}$/.test(c)) problem('political-actors.tsv', r.$line, `country '${c}' is not an alpha-3 code`);
}
console.log(`given-names.tsv ${count(givenNames)} rows; political-actors.tsv ${count(actors)} rows`);
console.log(`countries.tsv ${count(countries)} rows, ${countryForms.size} surface forms; organizations.tsv ${count(orgs)} rows; titles.tsv ${count(titles)} rows; speech-verbs.tsv ${count(verbs)} rows; stance-predicates.tsv ${count(stances)} rows; conflicts.tsv ${count(conflicts)} rows; organization-heads.tsv ${headCounts['organization-heads.tsv']} rows; project-heads.tsv ${headCounts['project-heads.tsv']} rows; former-capitals.tsv ${count(formerCapitals)} rows`);
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('gazetteers OK');
