// The comparison point of the extraction benchmark (tools/bench/compare-wink.py): wink-nlp, a careful single-threaded
// JavaScript NLP library, reading the same articles as `graph extract`. Each paragraph of each article's text is
// tokenised, tagged with parts of speech and searched for entities, and every token and entity is visited, so that
// the library does its whole work (wink is lazy otherwise).
// Usage: node wink-throughput.mjs CORPUS.jsonl|FOLDER
// Prints one line: "wink-nlp: N articles, N paragraphs, N tokens, N entities, X MB of text in S s (R MB/s)".
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const input = process.argv[2];
if (!input) {
  console.error('usage: node wink-throughput.mjs CORPUS.jsonl|FOLDER');
  process.exit(2);
}

// The texts, read before the clock starts: the benchmark times analysis, not disk.
function texts(path) {
  if (statSync(path).isDirectory()) {
    return readdirSync(path, { recursive: true }).filter(f => /\.(txt|jsonl)$/.test(f)).sort().flatMap(f => texts(join(path, f)));
  }
  const content = readFileSync(path, 'utf8');
  if (!path.endsWith('.jsonl')) return [content];
  return content.split('\n').filter(l => l.trim() !== '').map(l => JSON.parse(l).text ?? '');
}

const articles = texts(input);
const bytes = articles.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const nlp = winkNLP(model);
const its = nlp.its;

let paragraphs = 0, tokens = 0, entities = 0;
const start = process.hrtime.bigint();
for (const article of articles) {
  for (const paragraph of article.split(/\n\s*\n/)) {
    if (paragraph.trim() === '') continue;
    paragraphs++;
    const doc = nlp.readDoc(paragraph);
    doc.tokens().each(t => { t.out(its.pos); tokens++; });
    doc.entities().each(e => { e.out(its.type); entities++; });
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const mb = bytes / 1e6;
console.log(`wink-nlp: ${articles.length} articles, ${paragraphs} paragraphs, ${tokens} tokens, ${entities} entities, ` +
  `${mb.toFixed(2)} MB of text in ${seconds.toFixed(2)} s (${(mb / seconds).toFixed(2)} MB/s)`);
