#!/usr/bin/env python3
"""Score graph extract against a probe file of invented news passages and expected stances.

A probe file is Markdown: each example is a level-2 heading, a ```text block and an ```expect block of lines
`SUPPORTS actor -> target`, `COMMITTED_TO actor -> target`, `NO-SUPPORTS ...`, `NO-COMMITTED_TO ...` (entity
names as graph extract prints them). Every passage is extracted as a document of its own; a positive line holds
when a relation of that type joins entities of those names, a negative line when none does.

Usage: score_probe.py GRAPH_BINARY PROBE.md [--verbose]
Prints positives found / expected, negatives kept / expected, and the SUPPORTS and COMMITTED_TO relations that no
positive line names (some are errors, some are facts the probe did not list).
"""
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def examples(path):
    text = Path(path).read_text(encoding='utf-8')
    for section in re.split(r'\n## ', text)[1:]:
        ident = section.split()[0]
        passage = re.search(r'```text\n(.*?)```', section, re.S)
        expect = re.search(r'```expect\n(.*?)```', section, re.S)
        if not passage or not expect:
            continue
        lines = []
        for line in expect.group(1).strip().splitlines():
            m = re.match(r'(NO-)?(SUPPORTS|COMMITTED_TO) (.+?) -> (.+)$', line.strip())
            if m:
                lines.append((m.group(1) is None, m.group(2), m.group(3).strip(), m.group(4).strip()))
        yield ident, passage.group(1).strip() + '\n', lines


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    graph, probe, verbose = sys.argv[1], sys.argv[2], '--verbose' in sys.argv
    items = list(examples(probe))
    with tempfile.TemporaryDirectory() as folder:
        for ident, passage, _ in items:
            Path(folder, ident + '.txt').write_text(passage, encoding='utf-8')
        run = subprocess.run([graph, 'extract', folder, '--quiet', '--jobs', '1'], capture_output=True, text=True)
        out = run.stdout
        # A passage that fails is named by graph on standard error and scored as finding nothing.
        for line in run.stderr.splitlines():
            print(line, file=sys.stderr)
    found = {}
    for line in out.splitlines():
        d = json.loads(line)
        ident = Path(d['document']['source']).stem
        # Names compare case-insensitively, as score.py folds case.
        found[ident] = {(r['type'], (r.get('subjectName') or '').casefold(), (r.get('objectName') or '').casefold()) for r in d['relations'] if r['type'] in ('SUPPORTS', 'COMMITTED_TO')}
    pos = pos_ok = neg = neg_ok = extra = 0
    for ident, _, lines in items:
        rels = found.get(ident, set())
        named = set()
        for positive, kind, actor, target in lines:
            actor, target = actor.casefold(), target.casefold()
            hit = (kind, actor, target) in rels
            if positive:
                pos += 1
                pos_ok += hit
                named.add((kind, actor, target))
            else:
                neg += 1
                neg_ok += not hit
            if verbose and hit != positive:
                print(f"{ident}: {'missed' if positive else 'wrongly found'} {kind} {actor} -> {target}")
        for r in sorted(rels - named, key=str):
            extra += 1
            if verbose:
                print(f"{ident}: unlisted {r[0]} {r[1]} -> {r[2]}")
    print(f"positives found {pos_ok}/{pos} ({pos_ok / max(pos, 1):.3f}); negatives kept {neg_ok}/{neg} ({neg_ok / max(neg, 1):.3f}); unlisted relations {extra}")
    return 0


if __name__ == '__main__':
    sys.exit(main())
