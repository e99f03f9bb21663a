#!/usr/bin/env node
// Lints Cypher with Neo4j's own linter (@neo4j-cypher/language-support), as Cypher 5.
//
//   node lint-cypher.mjs [--plugins] FILE...                 Cypher scripts, statements end with `;` at end of line
//   node lint-cypher.mjs [--plugins] --json-statements FILE  a JSON array of statement strings
//
// Prints `FILE:STATEMENT:LINE:COL: message` per error and `FILE:STATEMENT:LINE:COL: warning: message`
// per warning (STATEMENT, LINE and COL are 1-based; LINE:COL are positions in FILE for scripts and
// inside the statement for --json-statements), then `linted N statements, E errors`.
// Exit 0: no errors; 1: errors; 2: usage error or unreadable input.
// Undefined-parameter errors are ignored: our statements take their parameters at run time.
// --plugins also accepts the APOC and GDS functions/procedures of the package's registry
// (by default only Neo4j's built-in ones are known, so calling a plugin is an error).

import { readFileSync } from 'node:fs';
import { lintCypherQuery, isNotParamError, parseStatementsStrs, testData } from '@neo4j-cypher/language-support';

const VERSION = 'CYPHER 5';
const ERROR = 1; // LSP DiagnosticSeverity.Error

/**
 * Splits a Cypher script on `;` that ends a line (only blanks may follow it) and is outside
 * string literals ('...', "..." with backslash escapes), backtick identifiers and comments.
 * Returns the chunks that contain code, without the `;`, each with its offset in `text`.
 */
function splitStatements(text) {
  const chunks = [];
  let start = 0;
  let hasCode = false;
  const endOfLine = (i) => {
    const nl = text.indexOf('\n', i);
    return nl < 0 ? text.length : nl;
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      i = endOfLine(i);
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      hasCode ||= end < 0; // unterminated: keep it so the linter reports it
      i = end < 0 ? text.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      hasCode = true;
      for (i++; i < text.length && text[i] !== c; i++) if (c !== '`' && text[i] === '\\') i++;
      i++;
    } else if (c === ';' && /^[ \t\r]*$/.test(text.slice(i + 1, endOfLine(i)))) {
      if (hasCode) chunks.push({ text: text.slice(start, i), offset: start });
      hasCode = false;
      start = ++i;
    } else {
      hasCode ||= !/\s/.test(c);
      i++;
    }
  }
  if (hasCode) chunks.push({ text: text.slice(start), offset: start });
  return chunks;
}

function schema(plugins) {
  const pick = (registry, keep) =>
    Object.fromEntries(Object.entries(registry[VERSION]).filter(([name, entry]) => plugins || keep(name, entry)));
  const notPlugin = (name) => !/^(apoc|gds)\./.test(name);
  return {
    defaultLanguage: VERSION,
    functions: { [VERSION]: pick(testData.mockSchema.functions, (name, f) => f.isBuiltIn && notPlugin(name)) },
    procedures: { [VERSION]: pick(testData.mockSchema.procedures, notPlugin) },
  };
}

/** Lints one statement; returns diagnostics {severity, line, col, message} with 0-based line/col. */
function lintStatement(statement, dbSchema) {
  let found;
  try {
    found = lintCypherQuery(statement, dbSchema, { consoleCommandsEnabled: false })
      .diagnostics.filter(isNotParamError)
      .map((d) => ({ severity: d.severity, line: d.range.start.line, col: d.range.start.character, message: d.message }));
    const count = parseStatementsStrs(statement).length;
    if (count > 1)
      found.push({ severity: ERROR, line: 0, col: 0, message: `expected one statement but found ${count} (a ';' must end its line)` });
  } catch (e) {
    found = [{ severity: ERROR, line: 0, col: 0, message: `the linter failed on this statement: ${e.message}` }];
  }
  return found.sort((a, b) => a.line - b.line || a.col - b.col);
}

/** Maps offsets in `text` to 0-based {line, col}. */
function positions(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, col: offset - starts[lo] };
  };
}

function usage(message) {
  console.error(`lint-cypher: ${message}\nusage: node lint-cypher.mjs [--plugins] [FILE...] [--json-statements FILE]...`);
  process.exit(2);
}

function readInputs(args) {
  const inputs = [];
  for (let i = 0; i < args.length; i++) {
    const json = args[i] === '--json-statements';
    const file = json ? args[++i] : args[i];
    if (file === undefined) usage('--json-statements needs a FILE');
    if (file.startsWith('--') && !json) usage(`unknown option ${file}`);
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      usage(`cannot read ${file}: ${e.message}`);
    }
    if (!json) {
      const at = positions(text);
      inputs.push({ file, statements: splitStatements(text).map((c) => ({ text: c.text, at: at(c.offset) })) });
      continue;
    }
    let list;
    try {
      list = JSON.parse(text);
    } catch (e) {
      usage(`${file} is not JSON: ${e.message}`);
    }
    if (!Array.isArray(list) || !list.every((s) => typeof s === 'string')) usage(`${file} must hold a JSON array of strings`);
    inputs.push({ file, statements: list.map((s) => ({ text: s, at: { line: 0, col: 0 } })) });
  }
  return inputs;
}

function main(argv) {
  const plugins = argv.includes('--plugins');
  const args = argv.filter((a) => a !== '--plugins');
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) usage('no input files');
  const inputs = readInputs(args);
  const dbSchema = schema(plugins);
  let statements = 0;
  let errors = 0;
  for (const { file, statements: list } of inputs) {
    list.forEach((statement, index) => {
      statements++;
      for (const d of lintStatement(statement.text, dbSchema)) {
        const line = statement.at.line + d.line + 1;
        const col = (d.line === 0 ? statement.at.col : 0) + d.col + 1;
        const kind = d.severity === ERROR ? '' : 'warning: ';
        if (d.severity === ERROR) errors++;
        console.log(`${file}:${index + 1}:${line}:${col}: ${kind}${d.message.replace(/\s*\n\s*/g, ' ')}`);
      }
    });
  }
  console.log(`linted ${statements} statements, ${errors} errors`);
  process.exitCode = errors > 0 ? 1 : 0;
}

main(process.argv.slice(2));
