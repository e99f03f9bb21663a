#!/usr/bin/env python3
"""Own gold annotations without third-party text.

The gold format of EVALUATION.md copies an evidence phrase from the article, and long entity names and
aliases are often the article's own words too. The articles of our own dev sets are not ours to publish, so
the repository keeps each evidence phrase, and every name or alias of five words or more that occurs in the
article, as a character span into it ({"at": [start, end]}, over the text with whitespace collapsed, as
score.py compares) together with the article's sha256; this script turns them back into standard gold
files at measurement time.

  gold_offsets.py strip GOLD_DIR TEXT_DIR OUT_DIR        standard gold -> offset gold (for committing)
  gold_offsets.py materialize OFFSET_DIR TEXT_DIR OUT_DIR offset gold -> standard gold (for graph eval / score.py)

Python 3.11 standard library only. Written by the Graph project; CC0 1.0.
"""
import hashlib
import json
import os
import re
import sys


def normalised(text: str) -> str:
    # score.py compares evidence after collapsing whitespace; spans are into this form of the text.
    return " ".join(text.split())


def read_text(text_dir: str, document: str) -> tuple[str, str]:
    raw = open(os.path.join(text_dir, document), "rb").read()
    return normalised(raw.decode("utf-8", errors="replace")), hashlib.sha256(raw).hexdigest()


def relations(gold: dict):
    for key in ("relations", "optional_relations"):
        for r in gold.get(key, []):
            yield r


WORD = re.compile(r"[A-Za-z0-9']+")


def spans_for_long_strings(value, text: str):
    """Every string of five words or more found in the text (names, aliases, subjects, objects) becomes a span."""
    if isinstance(value, dict):
        return {k: (v if k in ("document", "evidence", "type") else spans_for_long_strings(v, text)) for k, v in value.items()}
    if isinstance(value, list):
        return [spans_for_long_strings(v, text) for v in value]
    if isinstance(value, str) and len(WORD.findall(value)) >= 5:
        at = text.find(normalised(value))
        if at < 0:
            at = text.lower().find(normalised(value).lower())
        if at >= 0:
            # The article's own casing comes back; score.py folds case, and every use of the name maps to the same span.
            return {"at": [at, at + len(normalised(value))]}
    return value


def strings_for_spans(value, text: str):
    if isinstance(value, dict):
        if set(value) == {"at"}:
            return text[value["at"][0]:value["at"][1]]
        return {k: strings_for_spans(v, text) for k, v in value.items()}
    if isinstance(value, list):
        return [strings_for_spans(v, text) for v in value]
    return value


def strip(gold_dir: str, text_dir: str, out_dir: str) -> int:
    os.makedirs(out_dir, exist_ok=True)
    failures = 0
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
        text, sha = read_text(text_dir, gold["document"])
        gold["sha256"] = sha
        gold = spans_for_long_strings(gold, text)
        for r in relations(gold):
            evidence = normalised(r.pop("evidence", ""))
            if not evidence:
                continue
            at = text.find(evidence)
            if at < 0:
                print(f"{name}: evidence not found in {gold['document']}: {evidence[:40]}...", file=sys.stderr)
                failures += 1
                continue
            r["evidence_at"] = [at, at + len(evidence)]
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
    return 1 if failures else 0


def materialize(offset_dir: str, text_dir: str, out_dir: str) -> int:
    os.makedirs(out_dir, exist_ok=True)
    failures = 0
    for name in sorted(os.listdir(offset_dir)):
        if not name.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(offset_dir, name), encoding="utf-8"))
        path = os.path.join(text_dir, gold["document"])
        if not os.path.exists(path):
            print(f"{name}: {gold['document']} is not in {text_dir}", file=sys.stderr)
            failures += 1
            continue
        text, sha = read_text(text_dir, gold["document"])
        if sha != gold.pop("sha256"):
            print(f"{name}: {gold['document']} is not the text that was annotated (sha256 differs)", file=sys.stderr)
            failures += 1
            continue
        gold = strings_for_spans(gold, text)
        for r in relations(gold):
            if "evidence_at" in r:
                start, end = r.pop("evidence_at")
                r["evidence"] = text[start:end]
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] not in ("strip", "materialize"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    command = strip if sys.argv[1] == "strip" else materialize
    sys.exit(command(*sys.argv[2:]))
