#!/usr/bin/env python3
"""Writes src/Graph.Extraction/Gazetteers/stance-predicates.tsv from the CAMEO verb dictionary of
PETRARCH2 and WordNet 3.0, following the class choices in tools/lexicon/selection.tsv and the hand
overlay tools/lexicon/overlay.tsv. See tools/lexicon/README.md for the sources and the commands.

Usage:
  python3 tools/lexicon/generate-stance-predicates.py --cameo CAMEO.2.0.txt --wordnet /usr/share/wordnet
      [--selection FILE] [--overlay FILE] [--out FILE] [--check]

Python 3.11 standard library only. The output depends only on the input files (no dates, no
environment), so the same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULT_OUT = ROOT / 'src' / 'Graph.Extraction' / 'Gazetteers' / 'stance-predicates.tsv'

KINDS = ('verb', 'noun', 'adjective')
RELATIONS = ('SUPPORTS', 'COMMITTED_TO', 'OPPOSES', 'NEGATES')

# Which CAMEO event classes may give evidence for a relation. A selected CAMEO entry keeps only the
# codes of its patterns (or of its verb) that fall in these classes; an entry left with none is an
# error, so a predicate can only be called SUPPORTS when CAMEO codes it as cooperation, and OPPOSES
# or NEGATES only when CAMEO codes it as conflict or retreat. Codes are matched by prefix.
CLASSES = {
    # 02 appeal (what is called for), 03 intent to cooperate, 050-054 and 057 diplomatic cooperation,
    # 06 material cooperation, 07 provide aid. Not 055 apologise, 056 forgive, 04 consult.
    'SUPPORTS': ('02', '03', '050', '051', '052', '053', '054', '057', '06', '07'),
    # 03 intent to cooperate, 050 and 057 cooperation and formal agreement, 06 material cooperation,
    # 08 yield (accept, accede, ratify).
    'COMMITTED_TO': ('03', '050', '057', '06', '08'),
    # 11 disapprove, 12 reject, 13 threaten, 16 reduce relations, 17 coerce (boycott, veto).
    'OPPOSES': ('11', '12', '13', '16', '17'),
    # 08 yield (retreat, withdraw, abandon), 12 reject (refuse, decline), 16 reduce relations
    # (suspend, cancel, renege).
    'NEGATES': ('08', '12', '16'),
}

# Words the phrase may add after the CAMEO frame: the preposition or infinitive marker before the
# target, which CAMEO patterns leave out because they match the object itself.
TRAILING = {'to', 'for', 'of', 'on', 'with', 'behind', 'in', 'from', 'by'}

HEADER = '# phrase\tkind\trelation\tforms\tcameo\tsource'


class InputError(Exception):
    """A row of an input table that its source does not support."""


def fail(msg: str) -> None:
    raise InputError(msg)


# ---------------------------------------------------------------------------------------- CAMEO

@dataclass
class CameoVerb:
    words: list[str]            # lower case, e.g. ['side', 'with']
    forms: list[str]            # inflected forms of the first word given in braces, lower case
    code: str                   # the verb's own code, or '' when it has none


@dataclass
class CameoSection:
    label: str
    code: str
    verbs: dict[str, CameoVerb] = field(default_factory=dict)     # key: CAMEO spelling, SIDE_WITH
    patterns: list[tuple[list[str], list[str]]] = field(default_factory=list)  # (words after *, codes)


def split_codes(raw: str) -> list[str]:
    """'037:037' -> ['037']; ':080' -> ['080']; '080!' -> ['080']; '---' -> []."""
    out = []
    for part in raw.split(':')[:1] or ['']:
        part = part.strip().rstrip('!')
        if not part:
            part = raw.split(':')[-1].strip().rstrip('!')
        if re.fullmatch(r'\d{2,4}', part):
            out.append(part)
    return out


def matches(pattern_word: str, frame_word: str, synsets: dict[str, set[str]]) -> bool:
    """A pattern word matches a frame word itself or, as a synonym set (&TREATY), any of its members."""
    if pattern_word.startswith('&'):
        return frame_word in synsets.get(pattern_word, set())
    return pattern_word.lower() == frame_word


def read_synsets(path: Path) -> dict[str, set[str]]:
    """The synonym sets at the head of the dictionary: "&TREATY" then "+TREATY", "+PACT", ..."""
    synsets: dict[str, set[str]] = {}
    cur = None
    for raw in path.read_text(encoding='utf-8', errors='replace').splitlines():
        if raw.startswith('---'):
            break
        line = raw.split('#')[0].strip()
        if line.startswith('&'):
            cur = synsets.setdefault(line.rstrip('_'), set())
        elif line.startswith('+') and cur is not None:
            cur.add(line[1:].rstrip('_').replace('_', ' ').lower())
        elif not line:
            cur = None
    return synsets


def read_cameo(path: Path) -> dict[str, list[tuple[CameoSection, CameoVerb]]]:
    """Index of verb key (CAMEO spelling without '+') -> the sections that list it."""
    sections: list[CameoSection] = []
    cur: CameoSection | None = None
    for raw in path.read_text(encoding='utf-8', errors='replace').splitlines():
        m = re.match(r'^---\s+(\S+)\s+\[([^\]]*)\]', raw)
        if m:
            cur = CameoSection(m[1], m[2])
            sections.append(cur)
            continue
        if cur is None or raw.startswith('#'):
            continue
        body, _, comment = raw.partition('#')
        body = body.rstrip()
        if not body.strip():
            continue
        if body.startswith('-'):
            cm = re.search(r'\[([^\]]*)\]\s*$', body)
            if not cm:
                continue
            text = body[1:cm.start()].strip()
            if '*' not in text:
                continue
            after = text.split('*', 1)[1]
            words = [w for w in re.split(r'[\s(){}]+', after) if w]
            cur.patterns.append((words, split_codes(cm[1])))
        elif re.match(r'^\+?[A-Z]', body):
            vm = re.match(r'^\+?([A-Z][A-Z_\-\']*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?', body.strip())
            if not vm:
                continue
            key = vm[1]
            forms = []
            if vm[2]:
                for f in vm[2].strip('{}').split():
                    f = f.lstrip('+').lower()
                    forms.append(f.split('_')[0])
            code = ''
            if vm[3]:
                c = split_codes(vm[3].strip('[]'))
                code = c[0] if c else ''
            words = [w for w in key.lower().split('_') if w]
            cur.verbs.setdefault(key, CameoVerb(words, forms, code))
    index: dict[str, list[tuple[CameoSection, CameoVerb]]] = {}
    for s in sections:
        for key, v in s.verbs.items():
            index.setdefault(key, []).append((s, v))
    return index


def in_class(code: str, relation: str) -> bool:
    return any(code.startswith(p) for p in CLASSES[relation])


def cameo_codes(index, synsets, key: str, frame: list[str], relation: str) -> tuple[list[str], CameoVerb]:
    """The CAMEO codes that support reading verb `key` (with the pattern words `frame` after it)
    as `relation`; the verb entry itself for its inflections."""
    if key not in index:
        fail(f'CAMEO has no verb {key}')
    codes: set[str] = set()
    verb = index[key][0][1]
    for section, v in index[key]:
        if not frame:
            own = v.code or section.code
            if own and own != '---':
                codes.update(split_codes(own))
            # A verb in a section without a code of its own ([---]) is coded by its patterns.
            # PETRARCH applies a block's patterns to every verb of the block (the comment names the verb
            # the pattern was first found with), so the block's patterns are this verb's patterns.
            if not codes:
                for words, cs in section.patterns:
                    codes.update(cs)
        else:
            for words, cs in section.patterns:
                if len(words) >= len(frame) and all(matches(w, f, synsets) for w, f in zip(words, frame)):
                    codes.update(cs)
    kept = sorted(c for c in codes if in_class(c, relation))
    return kept, verb


# ---------------------------------------------------------------------------------------- WordNet

@dataclass
class WordNet:
    verb_exc: dict[str, list[str]]   # lemma -> irregular forms
    noun_exc: dict[str, list[str]]   # lemma -> irregular plurals
    index: dict[str, set[str]]       # pos -> lemmas
    derived: set[tuple[str, str]]    # (noun, base word) pairs linked by a derivation pointer


def read_wordnet(folder: Path) -> WordNet:
    def exc(name):
        out: dict[str, list[str]] = {}
        for line in (folder / name).read_text(encoding='utf-8').splitlines():
            parts = line.split()
            if len(parts) >= 2:
                for base in parts[1:]:
                    out.setdefault(base, []).append(parts[0])
        return out

    index = {}
    for pos in ('noun', 'verb', 'adj'):
        index[pos] = {line.split(' ', 1)[0] for line in (folder / f'index.{pos}').read_text(encoding='utf-8').splitlines()
                      if line and not line.startswith(' ')}

    def synsets(pos):
        words: dict[str, list[str]] = {}
        rows = []
        for line in (folder / f'data.{pos}').read_text(encoding='utf-8').splitlines():
            if not line or line.startswith(' '):
                continue
            f = line.split(' ')
            offset, n = f[0], int(f[3], 16)
            ws = [f[4 + 2 * i].lower() for i in range(n)]
            words[offset] = ws
            rows.append((offset, ws, f, 4 + 2 * n))
        return words, rows

    target_words = {}
    for pos, tag in (('verb', 'v'), ('adj', 'a')):
        target_words[tag] = synsets(pos)[0]
    target_words['s'] = target_words['a']
    _, noun_rows = synsets('noun')
    derived = set()
    for offset, ws, f, i in noun_rows:
        count = int(f[i])
        for j in range(count):
            sym, off, pos, st = f[i + 1 + 4 * j: i + 5 + 4 * j]
            if sym != '+' or pos not in target_words:
                continue
            src, dst = int(st[:2], 16), int(st[2:], 16)
            if src == 0 or dst == 0:
                continue
            base = target_words[pos].get(off)
            if base and dst <= len(base):
                derived.add((ws[src - 1], base[dst - 1]))
    return WordNet(exc('verb.exc'), exc('noun.exc'), index, derived)


# ---------------------------------------------------------------------------------------- morphology

VOWELS = set('aeiou')


def doubles(word: str) -> bool:
    """Regular doubling of a one-syllable consonant-vowel-consonant word (back: no, sign: no, ban: yes)."""
    if len(word) < 3 or word[-1] in 'wxy' or word[-1] in VOWELS:
        return False
    if word[-2] not in VOWELS or word[-3] in VOWELS:
        return False
    return sum(1 for i, c in enumerate(word) if c in VOWELS and (i == 0 or word[i - 1] not in VOWELS)) == 1


def regular_verb(lemma: str) -> tuple[str, str, str]:
    if re.search(r'(s|x|z|ch|sh)$', lemma):
        s = lemma + 'es'
    elif re.search(r'[^aeiou]y$', lemma):
        s = lemma[:-1] + 'ies'
    elif re.search(r'[^aeiou]o$', lemma):
        s = lemma + 'es'
    else:
        s = lemma + 's'
    if lemma.endswith('e'):
        ed = lemma + 'd'
    elif re.search(r'[^aeiou]y$', lemma):
        ed = lemma[:-1] + 'ied'
    elif doubles(lemma):
        ed = lemma + lemma[-1] + 'ed'
    else:
        ed = lemma + 'ed'
    if lemma.endswith('ie'):
        ing = lemma[:-2] + 'ying'
    elif lemma.endswith('e') and not re.search(r'(ee|ye|oe)$', lemma):
        ing = lemma[:-1] + 'ing'
    elif doubles(lemma):
        ing = lemma + lemma[-1] + 'ing'
    else:
        ing = lemma + 'ing'
    return s, ed, ing


def verb_forms(lemma: str, cameo_forms: list[str], wn: WordNet) -> list[str]:
    """lemma|3sg|past|past participle|-ing, each form once, British and American where they differ."""
    s, ed, ing = regular_verb(lemma)
    irregular = [f for f in wn.verb_exc.get(lemma, []) + cameo_forms if f != lemma]
    third = [f for f in irregular if f.endswith('s') and not f.endswith('ss') and f[:-1].startswith(lemma[:-1])] or [s]
    ings = [f for f in irregular if f.endswith('ing')] or [ing]
    pasts = [f for f in irregular if f not in third and f not in ings] or [ed]
    # A doubled final l after an unstressed -al/-el (signalled, cancelled) is British; American English
    # keeps one l. Stressed endings double in both (compelled, extolled, patrolled).
    if re.search(r'[^pb](al|el)$', lemma) and not lemma.endswith('excel'):
        for group in (pasts, ings):
            for f in list(group):
                m = re.match(rf'^{re.escape(lemma)}l(ed|ing)$', f)
                if m:
                    group.append(lemma + m[1])
    # Keep the order lemma, 3sg, past, past participle, -ing: a participle in -n (withdrawn, given)
    # comes after the past tense.
    out = [lemma]
    ordered = sorted(dict.fromkeys(pasts), key=lambda x: (x.endswith('n') and not x.endswith('ed'), pasts.index(x)))
    for f in third + ordered + ings:
        if f not in out:
            out.append(f)
    return out


def noun_forms(lemma: str, wn: WordNet) -> list[str]:
    # Abstract nouns in -ness and -cy (readiness, advocacy) have no plural in use.
    if re.search(r'(ness|cy)$', lemma):
        return [lemma]
    plural = wn.noun_exc.get(lemma)
    if plural:
        return [lemma] + [p for p in plural if p != lemma]
    s, _, _ = regular_verb(lemma)
    return [lemma, s]


# ---------------------------------------------------------------------------------------- tables

def read_table(path: Path, columns: list[str]) -> list[dict]:
    lines = path.read_text(encoding='utf-8').splitlines()
    if not lines or lines[0] != '# ' + '\t'.join(columns):
        fail(f'{path}: header must be "# {chr(9).join(columns)}"')
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        if not line or line.startswith('#'):
            continue
        cells = line.split('\t')
        if len(cells) != len(columns):
            fail(f'{path}:{n}: {len(cells)} cells, header has {len(columns)}')
        row = dict(zip(columns, cells))
        row['$where'] = f'{path.name}:{n}'
        rows.append(row)
    return rows


@dataclass
class Row:
    phrase: str
    kind: str
    relation: str
    forms: list[str]
    cameo: list[str]
    source: str

    def line(self) -> str:
        return '\t'.join([self.phrase, self.kind, self.relation, '|'.join(self.forms), '|'.join(self.cameo), self.source])


def check_common(r: dict) -> list[str]:
    phrase = r['phrase']
    if phrase != phrase.lower() or phrase != phrase.strip() or '  ' in phrase:
        fail(f"{r['$where']}: phrase \"{phrase}\" must be lower case, single-spaced")
    if r['kind'] not in KINDS:
        fail(f"{r['$where']}: kind must be one of {', '.join(KINDS)}")
    if r['relation'] not in RELATIONS:
        fail(f"{r['$where']}: relation must be one of {', '.join(RELATIONS)}")
    if not r['reason'].strip():
        fail(f"{r['$where']}: every row needs a reason")
    return phrase.split(' ')


def first_word_forms(kind: str, word: str, cameo_forms: list[str], wn: WordNet) -> list[str]:
    if kind == 'verb':
        return verb_forms(word, cameo_forms, wn)
    if kind == 'noun':
        return noun_forms(word, wn)
    return [word]


def build(args) -> tuple[list[Row], dict]:
    cameo_text = Path(args.cameo).read_bytes()
    index = read_cameo(Path(args.cameo))
    synsets = read_synsets(Path(args.cameo))
    wn = read_wordnet(Path(args.wordnet))
    # A phrase may be a row once per kind: "resolve to" the verb and "resolve to" the noun are two predicates.
    rows: dict[tuple[str, str], Row] = {}

    def add(row: Row, where: str):
        if (row.phrase, row.kind) in rows:
            fail(f'{where}: phrase "{row.phrase}" ({row.kind}) is already a row ({rows[(row.phrase, row.kind)].source})')
        rows[(row.phrase, row.kind)] = row

    errors: list[str] = []
    for r in read_table(Path(args.selection), ['phrase', 'kind', 'relation', 'source', 'evidence', 'reason']):
      try:
        words = check_common(r)
        if r['source'] == 'cameo':
            # evidence: the CAMEO verb (its dictionary spelling, SIDE_WITH), then optionally "*" and the
            # pattern words that follow the verb ("AGREE * TO", "REAFFIRM * COMMITMENT").
            ev = r['evidence'].split()
            key, frame = ev[0], [w.lower() for w in ev[2:]] if len(ev) > 2 and ev[1] == '*' else []
            if len(ev) > 1 and ev[1] != '*':
                fail(f"{r['$where']}: evidence is VERB or VERB * WORDS")
            if r['kind'] != 'verb':
                fail(f"{r['$where']}: a CAMEO row is a verb; nouns and adjectives come from WordNet")
            codes, verb = cameo_codes(index, synsets, key, frame, r['relation'])
            if not codes:
                fail(f"{r['$where']}: CAMEO codes of {r['evidence']} are not in the classes of {r['relation']}")
            expected = verb.words + frame
            if words[:len(expected)] != expected or len(words) > len(expected) + 1 or \
                    (len(words) == len(expected) + 1 and words[-1] not in TRAILING):
                fail(f"{r['$where']}: phrase \"{r['phrase']}\" is not the CAMEO frame {' '.join(expected)} (plus one preposition)")
            forms = first_word_forms('verb', words[0], verb.forms, wn)
            add(Row(r['phrase'], 'verb', r['relation'], forms, codes, 'cameo'), r['$where'])
        elif r['source'] == 'wordnet':
            # evidence: for a noun, the verb or adjective it is derived from (WordNet derivation pointer);
            # for an adjective, empty (the word must be a WordNet adjective).
            if r['kind'] == 'noun':
                if words[0] not in wn.index['noun']:
                    fail(f"{r['$where']}: WordNet has no noun {words[0]}")
                if (words[0], r['evidence']) not in wn.derived:
                    fail(f"{r['$where']}: WordNet does not derive the noun {words[0]} from {r['evidence']}")
            elif r['kind'] == 'adjective':
                if words[0] not in wn.index['adj']:
                    fail(f"{r['$where']}: WordNet has no adjective {words[0]}")
            else:
                fail(f"{r['$where']}: WordNet rows are nouns or adjectives")
            if len(words) > 2 or (len(words) == 2 and words[1] not in TRAILING):
                fail(f"{r['$where']}: a WordNet row is one word plus one preposition")
            add(Row(r['phrase'], r['kind'], r['relation'], first_word_forms(r['kind'], words[0], [], wn), [], 'wordnet'), r['$where'])
        else:
            fail(f"{r['$where']}: source must be cameo or wordnet")
      except InputError as e:
        errors.append(str(e))
    if errors:
        fail('\n'.join(errors))

    for r in read_table(Path(args.overlay), ['phrase', 'kind', 'relation', 'forms', 'reason']):
        words = check_common(r)
        forms = r['forms'].split('|') if r['forms'] else first_word_forms(r['kind'], words[0], [], wn)
        if forms[0] != words[0]:
            fail(f"{r['$where']}: forms must start with the first word \"{words[0]}\"")
        add(Row(r['phrase'], r['kind'], r['relation'], forms, [], 'overlay'), r['$where'])

    inputs = {
        'cameo': hashlib.sha256(cameo_text).hexdigest()[:16],
        'verb.exc': hashlib.sha256((Path(args.wordnet) / 'verb.exc').read_bytes()).hexdigest()[:16],
    }
    return sorted(rows.values(), key=lambda r: (r.phrase + '\t' + r.kind).encode('utf-8')), inputs


def render(rows: list[Row], inputs: dict) -> str:
    counts = {rel: sum(1 for r in rows if r.relation == rel) for rel in RELATIONS}
    lines = [
        HEADER,
        '# Predicates of stance: an actor SUPPORTS or is COMMITTED_TO a target, OPPOSES it, or NEGATES the predicate it governs.',
        '# Generated by tools/lexicon/generate-stance-predicates.py: do not edit by hand (edit tools/lexicon/selection.tsv',
        '# or overlay.tsv and regenerate). phrase: lemma and fixed words up to the target or infinitive; forms: the first',
        "# word's inflections; cameo: the CAMEO event codes that support the row; source: cameo, wordnet or overlay.",
        '# Sources: CAMEO verb dictionary CAMEO.2.0.txt of PETRARCH2 (github.com/openeventdata/petrarch2, MIT,',
        f"# Copyright (c) 2015 Open Event Data Alliance; file sha256 {inputs['cameo']}...); WordNet 3.0 (Princeton",
        f"# University, WordNet 3.0 licence; verb.exc sha256 {inputs['verb.exc']}...); overlay CC0 1.0.",
        '# ' + ', '.join(f'{rel} {n}' for rel, n in counts.items()) + f'; {len(rows)} rows.',
    ]
    lines += [r.line() for r in rows]
    return '\n'.join(lines) + '\n'


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--cameo', required=True, help='path to CAMEO.2.0.txt of PETRARCH2')
    p.add_argument('--wordnet', default='/usr/share/wordnet', help='WordNet 3.0 dict folder (Debian wordnet-base)')
    p.add_argument('--selection', default=str(HERE / 'selection.tsv'))
    p.add_argument('--overlay', default=str(HERE / 'overlay.tsv'))
    p.add_argument('--out', default=str(DEFAULT_OUT))
    p.add_argument('--check', action='store_true', help='exit 1 if the output file differs from what would be written')
    args = p.parse_args()
    try:
        rows, inputs = build(args)
    except InputError as e:
        print(f'generate-stance-predicates: {e}', file=sys.stderr)
        sys.exit(1)
    text = render(rows, inputs)
    out = Path(args.out)
    if args.check:
        if not out.exists() or out.read_text(encoding='utf-8') != text:
            fail(f'{out} is not up to date')
        print(f'{out}: up to date, {len(rows)} rows')
        return
    out.write_bytes(text.encode('utf-8'))
    print(f'wrote {out}: {len(rows)} rows')


if __name__ == '__main__':
    main()
