#!/usr/bin/env node
// Writes two person-name gazetteers into src/Graph.Extraction/Gazetteers:
//
//   given-names.tsv      words that open a personal name ("Muammar", "Boris", "Jansher", "Hu"), from the
//                        US Social Security Administration's national baby-name files (public domain) and
//                        the first words of the people in the Phoenix actor dictionary of PETRARCH2 (MIT);
//                        each marked weak when it is also an English word ("Will", "Mark", "Grant") or a
//                        place ("Paris", "Jordan", "Houston"), or a month or day ("May", "June").
//   political-actors.tsv leaders and officials of the Phoenix dictionary, with the forms of their names,
//                        their country (ISO 3166-1 alpha-3), their CAMEO role codes and the years.
//
// Usage (inputs live outside the repository; see tools/gazetteers/README.md):
//   node tools/gazetteers/generate-person-names.mjs --ssa DIR_OF_yobYYYY.txt \
//        --phoenix Phoenix.Countries.actors.txt --words /usr/share/dict/words
// Uses only Node's standard library.

import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '..', '..', 'src', 'Graph.Extraction', 'Gazetteers');
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
if (!args.ssa || !args.phoenix || !args.words) {
  console.error('usage: generate-person-names.mjs --ssa DIR --phoenix Phoenix.Countries.actors.txt --words /usr/share/dict/words');
  process.exit(2);
}

// SSA years counted: people in the news of 1980-2025 were born from about 1900 on.
const FIRST_YEAR = 1900;
// A name given to fewer children than this over those years is too rare to tell a name from a word.
const MIN_BIRTHS = 2000;
// A Phoenix surname must be at least this long to be recognised alone ("Lebed", "Yeltsin").
const MIN_SURNAME = 4;

const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// --- English words: lower-case entries of the dictionary (proper names there are capitalised).
const words = new Set();
for (const w of readFileSync(args.words, 'utf8').split('\n')) {
  if (w && w === w.toLowerCase() && !w.includes("'")) words.add(w);
}

// --- Places: the shipped countries (names, aliases, capitals, demonyms), US states, and the cities and
// provinces the Phoenix dictionary lists under each country.
const places = new Set();
// Place names of two words or more, by their first word: "Hong" is a name but not before "Kong", "San" not before "Marino".
const placeOpeners = new Map();
const notePlace = form => {
  const words = form.split(/[\s_]+/).filter(Boolean);
  if (words.length < 2) return;
  const key = fold(words[0]);
  if (!placeOpeners.has(key)) placeOpeners.set(key, new Set());
  placeOpeners.get(key).add(words[1]);
};
const countryIds = new Set();
for (const line of readFileSync(join(out, 'countries.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const cells = line.split('\t');
  countryIds.add(cells[0]);
  for (const cell of [cells[2], cells[3], cells[4], cells[5], cells[6]]) {
    for (const form of (cell ?? '').split('|')) if (form) { places.add(fold(form)); notePlace(form); }
  }
}
for (const state of ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
  'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Tennessee',
  'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'Wisconsin', 'Wyoming', 'Carolina', 'Dakota', 'Jersey', 'Dallas', 'Houston',
  'Austin', 'Denver', 'Phoenix', 'Orlando', 'Sydney', 'Adelaide', 'Victoria', 'Florence', 'Paris', 'London', 'Chelsea', 'Madison',
  'Lincoln', 'Jackson', 'Columbia', 'Charlotte', 'Savannah', 'Brooklyn', 'Aurora', 'Kent', 'Devon', 'Chester', 'Preston', 'Regina',
  'Alexandria', 'Sofia', 'Valencia', 'Santiago', 'Lima', 'Berlin', 'Vienna', 'Geneva', 'Milan', 'Verona', 'Siena', 'Cairo', 'Asia',
  'Africa', 'America', 'Europa', 'Israel', 'Jordan', 'India', 'China', 'Kenya', 'Chad', 'Georgia', 'Trinidad', 'Lebanon',
  // Peoples, languages and faiths that countries.tsv does not list as demonyms.
  'English', 'Scottish', 'Welsh', 'Irish', 'British', 'Afrikaner', 'Afrikaners', 'Arab', 'Arabs', 'Kurd', 'Kurds', 'Kurdish', 'Basque',
  'Catalan', 'Flemish', 'Walloon', 'Tamil', 'Tamils', 'Sikh', 'Hindu', 'Muslim', 'Jewish', 'Christian', 'Catholic', 'Protestant',
  'Pashtun', 'Baluch', 'Tatar', 'Chechen', 'Chechens', 'Hutu', 'Tutsi', 'Zulu', 'Xhosa', 'Maori', 'Creole', 'Latino', 'Hispanic']) {
  places.add(fold(state));
}
const calendar = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter']);

// --- Phoenix actors.
const PARTICLES = new Set(['al', 'el', 'bin', 'bint', 'ibn', 'abu', 'de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'dos', 'das', 'y', 'ul', 'ud']);
// Words that make a Phoenix phrase a description rather than a name ("PRESIDENT_BORIS_YELTSIN").
const NOT_NAME = new Set(['president', 'prime', 'minister', 'general', 'gen.', 'colonel', 'col.', 'king', 'queen', 'prince', 'princess',
  'sheikh', 'sheik', 'emir', 'amir', 'chief', 'party', 'secretary', 'leader', 'former', 'of', 'the', 'and', 'for', 'government', 'ministry',
  'army', 'deputy', 'vice', 'chairman', 'senator', 'governor', 'gov.', 'sen.', 'rep.', 'mr.', 'mrs.', 'dr.', 'mr', 'mrs', 'dr', 'judge',
  'justice', 'ambassador', 'speaker', 'foreign', 'defense', 'defence', 'interior', 'finance', 'commander', 'marshal', 'admiral', 'adm.',
  'lt.', 'maj.', 'gen', 'col', 'capt.', 'captain', 'sultan', 'ayatollah', 'imam', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi',
  'mullah', 'sayyid', 'his', 'her', 'excellency', 'comrade', 'premier', 'chancellor', 'dictator', 'regime', 'administration', 'cabinet',
  'council', 'committee', 'court', 'office', 'official', 'officials', 'spokesman', 'envoy', 'mayor', 'head', 'director', 'commission',
  'military', 'forces', 'police', 'national', 'republic', 'state', 'federal', 'royal', 'people', 'movement', 'front', 'union']);
const formatWord = (w, first) => {
  const lower = w.toLowerCase();
  if (!first && PARTICLES.has(lower)) return lower;
  return lower.split('-').map((part, i) => {
    if (i > 0 && PARTICLES.has(part)) return part;
    let s = part.replace(/(^|')(\p{L})/gu, (m, p, c) => p + c.toUpperCase());
    if (/^mc\p{L}/u.test(part)) s = 'Mc' + part[2].toUpperCase() + part.slice(3);
    return s;
  }).join('-');
};
const formatName = raw => {
  const parts = raw.replace(/_+$/, '').split('_').filter(Boolean);
  return parts.map((w, i) => formatWord(w, i === 0)).join(' ');
};
const isNameLike = raw => {
  const parts = raw.replace(/_+$/, '').split('_').filter(Boolean);
  if (parts.length === 0 || raw.includes(',') || /\d/.test(raw)) return false;
  return parts.every(p => !NOT_NAME.has(p.toLowerCase()) && /^[\p{L}.'-]+$/u.test(p));
};
const year = (yymmdd) => {
  const yy = Number(yymmdd.slice(0, 2));
  return (yy > 30 ? 1900 : 2000) + yy;
};

const groups = [];
let current = null;
let closed = true;
for (const rawLine of readFileSync(args.phoenix, 'utf8').split('\n')) {
  const hash = rawLine.indexOf('#');
  const comment = hash >= 0 ? rawLine.slice(hash) : '';
  const line = (hash >= 0 ? rawLine.slice(0, hash) : rawLine).replace(/\s+$/, '');
  if (!line.trim()) continue;
  const codes = [...line.matchAll(/\[([^\]]+)\]/g)].map(m => m[1].trim());
  const text = line.replace(/\[[^\]]*\]/g, '').trim();
  if (text.startsWith('+')) {
    if (current) current.aliases.push(text.slice(1).trim());
  } else if (text) {
    if (closed || !current) {
      current = { names: [text], aliases: [], codes: [], countryInfo: comment.includes('CountryInfo') };
      groups.push(current);
    } else {
      current.names.push(text);
    }
    closed = false;
  }
  if (codes.length && current) {
    current.codes.push(...codes);
    closed = true;
  }
}

const actors = new Map();
const phoenixGiven = new Map();
const placeAliases = [];
for (const g of groups) {
  const parsed = g.codes.map(c => {
    const [code, dates = ''] = c.split(/\s+/);
    const country = code.slice(0, 3);
    const role = code.slice(3);
    let start = null, end = null;
    let m;
    if ((m = /^(\d{6})-(\d{6})$/.exec(dates))) { start = year(m[1]); end = year(m[2]); }
    else if ((m = /^>(\d{6})$/.exec(dates))) { start = year(m[1]); }
    else if ((m = /^<(\d{6})$/.exec(dates))) { end = year(m[1]); }
    return { country, role, start, end, dated: dates.length > 0 };
  });
  // A country's own entry ("AFGHANISTAN_ [AFG]") lists its places as aliases.
  if (parsed.length && parsed.every(p => p.role === '' && /^[A-Z]{3}$/.test(p.country))) {
    for (const a of [...g.names, ...g.aliases]) placeAliases.push(a);
    continue;
  }
  const personal = parsed.filter(p => countryIds.has(p.country) && p.role.length >= 3);
  if (!personal.length || !(g.countryInfo || parsed.some(p => p.dated))) continue;
  const primary = g.names[0];
  if (!isNameLike(primary)) continue;
  const name = formatName(primary);
  const words = name.split(' ');
  if (words.length < 2 && !g.countryInfo) continue;
  const aliases = new Set();
  for (const a of [...g.names.slice(1), ...g.aliases]) {
    if (!isNameLike(a)) continue;
    const f = formatName(a);
    if (f === name) continue;
    if (!f.includes(' ') && (f.length < MIN_SURNAME || words.includes(f) === false && false)) continue;
    aliases.add(f);
  }
  const countries = [...new Set(personal.map(p => p.country))];
  const latest = [...personal].sort((a, b) => (b.end ?? 9999) - (a.end ?? 9999))[0];
  const starts = personal.map(p => p.start).filter(x => x !== null);
  const ends = personal.map(p => p.end).filter(x => x !== null);
  const open = personal.some(p => p.dated && p.end === null) || personal.some(p => !p.dated);
  const row = {
    name, aliases, countries, role: latest.role,
    start: starts.length ? Math.min(...starts) : null,
    end: open || !ends.length ? null : Math.max(...ends),
  };
  const known = actors.get(name);
  if (known) {
    for (const a of aliases) known.aliases.add(a);
    for (const c of countries) if (!known.countries.includes(c)) known.countries.push(c);
    if (row.start !== null && (known.start === null || row.start < known.start)) known.start = row.start;
    if (known.end !== null && (row.end === null || row.end > known.end)) known.end = row.end;
  } else {
    actors.set(name, row);
  }
  // The word that opens the name, unless an initial or a particle: "Muammar", "Boris", "Hu".
  const first = words[0];
  if (words.length >= 2 && first.length >= 2 && !first.endsWith('.') && !PARTICLES.has(first.toLowerCase()) && /^[\p{L}-]+$/u.test(first)) {
    phoenixGiven.set(first, (phoenixGiven.get(first) ?? 0) + 1);
  }
}
for (const a of placeAliases) {
  const f = formatName(a);
  if (!f.includes(' ')) places.add(fold(f));
  else notePlace(f);
}

// --- SSA national files: name,sex,count per year.
const ssa = new Map();
for (const file of readdirSync(args.ssa)) {
  const m = /^yob(\d{4})\.txt$/.exec(file);
  if (!m || Number(m[1]) < FIRST_YEAR) continue;
  for (const line of readFileSync(join(args.ssa, file), 'utf8').split(/\r?\n/)) {
    const [name, sex, count] = line.split(',');
    if (!name || !count) continue;
    const e = ssa.get(name) ?? { m: 0, f: 0 };
    e[sex === 'M' ? 'm' : 'f'] += Number(count);
    ssa.set(name, e);
  }
}

const weakness = name => {
  const f = fold(name);
  if (calendar.has(f)) return 'calendar';
  if (places.has(f)) return 'place';
  if (words.has(f) || words.has(name.toLowerCase())) return 'word';
  return '';
};

const given = new Map();
for (const [name, e] of ssa) {
  const total = e.m + e.f;
  if (total < MIN_BIRTHS || name.length < 2) continue;
  const sex = e.m >= 0.9 * total ? 'm' : e.f >= 0.9 * total ? 'f' : 'u';
  given.set(name, { sex, sources: ['ssa'] });
}
for (const [name] of phoenixGiven) {
  const g = given.get(name);
  if (g) g.sources.push('phoenix');
  else given.set(name, { sex: '', sources: ['phoenix'] });
}

const givenLines = ['# name\tsex\tweak\tsources\tplaces',
  '# Words that open personal names. Generated by tools/gazetteers/generate-person-names.mjs from the US Social Security',
  '# Administration national baby-name files (public domain) and the Phoenix actor dictionary of PETRARCH2 (MIT); see README.md.',
  '# sex: m or f when 90% of the SSA births carry that sex, u otherwise, empty when not in the SSA files.',
  '# weak: word (also an English word), place (also a place name), calendar (a month or day); empty when the word is only a name.',
  '# places: second words of place names the name opens ("Kong" for Hong): before them it is no name.'];
for (const name of [...given.keys()].sort(ordinal)) {
  const g = given.get(name);
  givenLines.push([name, g.sex, weakness(name), g.sources.join('|'), [...(placeOpeners.get(fold(name)) ?? [])].sort(ordinal).join('|')].join('\t'));
}
writeFileSync(join(out, 'given-names.tsv'), givenLines.join('\n') + '\n');

// A surname alone is recognised only when the dictionary lists it alone and it is neither a word, a place nor a given name.
const actorLines = ['# name\taliases\tsurname\tcountries\trole\tstart\tend',
  '# Leaders and officials from the Phoenix actor dictionary of PETRARCH2 (Phoenix.Countries.actors.txt, MIT, Open Event Data',
  '# Alliance), generated by tools/gazetteers/generate-person-names.mjs; see README.md. role: the CAMEO actor role code of the',
  '# latest office (GOV government, ELI elite, LEG legislature, MIL military, JUD judiciary, OPP opposition, REB rebels, BUS business...).',
  '# surname: the single word that names the person alone: one the dictionary lists alone, else the last word of the name when it has',
  '# five letters or more and is not an English word, a place or a given name; empty otherwise.'];
for (const name of [...actors.keys()].sort(ordinal)) {
  const a = actors.get(name);
  const aliases = [...a.aliases].filter(x => x.includes(' ')).sort(ordinal);
  const singles = [...a.aliases].filter(x => !x.includes(' ') && x.length >= MIN_SURNAME && !weakness(x) && !given.has(x));
  const last = name.split(' ').at(-1);
  // Otherwise the last word, when it is distinctive enough to stand alone: long, not a word, a place, a given name or a particle.
  const distinctive = last.length >= MIN_SURNAME + 1 && !weakness(last) && !given.has(last) && !PARTICLES.has(last.toLowerCase()) && !last.endsWith('.');
  const surname = singles.find(s => s === last) ?? singles[0] ?? (distinctive ? last : '');
  actorLines.push([name, aliases.join('|'), surname, a.countries.join('|'), a.role, a.start ?? '', a.end ?? ''].join('\t'));
}
writeFileSync(join(out, 'political-actors.tsv'), actorLines.join('\n') + '\n');
console.log(`given-names.tsv: ${given.size} names (${[...given.keys()].filter(n => weakness(n)).length} weak); political-actors.tsv: ${actors.size} people`);
