#!/usr/bin/env python3
"""Scores the Person names that `graph extract` finds against the PER entities of a CoNLL-2003 file
(or, with --type ORG, its Organization names against the ORG entities).

Each -DOCSTART- document becomes a text file: the first sentence is the headline line, every other
sentence a paragraph of its own, tokens joined by spaces except before closing punctuation and
after opening brackets and quotes. The character offsets of every token are remembered, so a PER
entity (IOB1 or IOB2 tags in the last column) is a span of the text. A predicted mention counts when
its type is Person and its kind is Name or ShortName (pronouns and bare titles have kind Pronoun)
and its start and end are exactly those of a gold entity (strict spans, as in the CoNLL scorer).

Use the development split (eng.testa / valid) only; the test split is held out.

    python3 tools/ner-eval/conll_person_eval.py /work/data/conll2003/eng.testa \
        --graph src/Graph.Cli/bin/Release/net10.0/graph [--work /tmp/conll-dev] [--misses misses.txt]

Python standard library only.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter

NO_SPACE_BEFORE = {".", ",", ";", ":", "?", "!", ")", "]", "}", "%", "...", "'s", "'S", "n't", "N'T", "'m", "'re", "'ve", "'ll", "'d", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "$"}
DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# Reuters sports stories open their headline with the sport: "SOCCER - ...", "Soccer - ...".
SPORTS = {
    "soccer", "cricket", "baseball", "tennis", "golf", "boxing", "rugby union", "rugby league", "rugby", "squash",
    "basketball", "athletics", "cycling", "motor racing", "motorcycling", "horse racing", "ice hockey", "hockey",
    "nfl", "nba", "nhl", "american football", "swimming", "rowing", "sailing", "yachting", "skiing", "alpine skiing",
    "badminton", "volleyball", "handball", "wrestling", "judo", "formula one", "table tennis", "snooker", "chess",
    "equestrianism", "triathlon", "gymnastics", "olympics", "sport", "sports", "football", "auto racing",
}


def read_conll(path):
    """Documents as lists of sentences; a sentence is a list of (word, tag)."""
    docs, doc, sent = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if sent:
                    doc.append(sent)
                    sent = []
                if doc:
                    docs.append(doc)
                doc = []
                continue
            if not line.strip():
                if sent:
                    doc.append(sent)
                    sent = []
                continue
            cols = line.split()
            sent.append((cols[0], cols[-1]))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def entities(tags, kind="PER"):
    """Spans (first, last) of the entities of one type, from IOB1 or IOB2 tags."""
    spans, start = [], None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, typ = tag.partition("-")
        inside = typ == kind
        if start is not None and (not inside or prefix == "B"):
            spans.append((start, i - 1))
            start = None
        if inside and start is None:
            start = i
    return spans


def detokenise(sentence, out, offsets):
    """Appends the sentence's text to `out` (a list of strings), recording each token's offsets."""
    pos = sum(len(s) for s in out)
    quote_open = False
    prev = None
    for word in (w for w, _ in sentence):
        space = prev is not None
        if word in NO_SPACE_BEFORE or (word.startswith("'") and len(word) <= 3 and word[1:].isalpha() and word.lower() in {"'s", "'m", "'d", "'re", "'ve", "'ll"}):
            space = False
        if prev in NO_SPACE_AFTER:
            space = False
        if word == '"':
            if quote_open:
                space = False
            quote_open = not quote_open
        elif prev == '"' and quote_open:
            space = False
        if space:
            out.append(" ")
            pos += 1
        offsets.append((pos, pos + len(word)))
        out.append(word)
        pos += len(word)
        prev = word


def build(doc):
    """The document's text and, per sentence, the offsets of its tokens."""
    out, sentence_offsets = [], []
    # A dateline "LONDON 1996-08-30" gives the document's date marker.
    date = None
    for sent in doc[:3]:
        if sent and DATE.match(sent[-1][0]):
            date = sent[-1][0]
            break
    if date:
        out.append(f"date {date}\n")
    for i, sent in enumerate(doc):
        if i > 0:
            out.append("\n\n" if i > 0 else "")
        offsets = []
        detokenise(sent, out, offsets)
        sentence_offsets.append(offsets)
    out.append("\n")
    return "".join(out), sentence_offsets


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("conll", help="CoNLL-2003 file (dev split: eng.testa or valid.txt)")
    ap.add_argument("--graph", default="src/Graph.Cli/bin/Release/net10.0/graph", help="the graph binary")
    ap.add_argument("--work", default="/tmp/conll-person-eval", help="folder for the text files and the extraction")
    ap.add_argument("--misses", help="write missed and spurious names with context to this file")
    ap.add_argument("--no-headlines", action="store_true", help="also report scores without the gold names of headlines")
    ap.add_argument("--type", choices=("PER", "ORG"), default="PER",
                    help="which CoNLL entities to score: PER against Person mentions (default), ORG against Organization mentions")
    args = ap.parse_args()
    label = {"PER": "Person", "ORG": "Organization"}[args.type]

    docs = read_conll(args.conll)
    if os.path.isdir(args.work):
        shutil.rmtree(args.work)
    texts_dir = os.path.join(args.work, "docs")
    os.makedirs(texts_dir)
    gold, texts, headline_end, sports = {}, {}, {}, {}
    for n, doc in enumerate(docs):
        name = f"doc{n:04d}.txt"
        text, sentence_offsets = build(doc)
        spans = set()
        for sent, offsets in zip(doc, sentence_offsets):
            for first, last in entities([t for _, t in sent], args.type):
                spans.add((offsets[first][0], offsets[last][1]))
        gold[name] = spans
        texts[name] = text
        sports[name] = " ".join(w for w, _ in doc[0]).split(" - ")[0].strip().lower() in SPORTS
        headline_end[name] = sentence_offsets[0][-1][1] if sentence_offsets and sentence_offsets[0] else 0
        with open(os.path.join(texts_dir, name), "w", encoding="utf-8") as f:
            f.write(text)

    out = os.path.join(args.work, "extract.jsonl")
    subprocess.run([args.graph, "extract", texts_dir, "--out", out], check=True, stdout=subprocess.DEVNULL)
    predicted = {name: set() for name in gold}
    rules = {}
    with open(out, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            name = os.path.basename(record["document"]["source"])
            for m in record.get("mentions", []):
                if m["type"] == label and m.get("kind") in ("Name", "ShortName"):
                    predicted.setdefault(name, set()).add((m["start"], m["end"]))
                    rules[(name, m["start"], m["end"])] = m.get("rule", "")

    def score(skip_headlines, subset=None):
        tp = fp = fn = 0
        for name in gold:
            if subset is not None and sports[name] != (subset == "sports"):
                continue
            g = gold[name]
            p = predicted.get(name, set())
            if skip_headlines:
                g = {s for s in g if s[0] >= headline_end[name]}
                p = {s for s in p if s[0] >= headline_end[name]}
            tp += len(g & p)
            fp += len(p - g)
            fn += len(g - p)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return tp, fp, fn, precision, recall, f1

    docs_with_people = sum(1 for g in gold.values() if g)
    print(f"documents: {len(docs)} ({docs_with_people} with {args.type} entities)")
    tp, fp, fn, p, r, f = score(False)
    print(f"{label} names, strict spans: P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    for subset in ("news", "sports"):
        count = sum(1 for name in gold if sports[name] == (subset == "sports"))
        tp, fp, fn, p, r, f = score(False, subset)
        print(f"  {subset + ' (' + str(count) + ' documents)':<24}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    if args.no_headlines:
        tp, fp, fn, p, r, f = score(True)
        print(f"  without headlines:        P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})")

    if args.misses:
        with open(args.misses, "w", encoding="utf-8") as f:
            for name in sorted(gold):
                text = texts[name]
                g, p = gold[name], predicted.get(name, set())
                tag = "sports" if sports[name] else "news"
                for kind, spans in (("MISS", g - p), ("FALSE", p - g)):
                    for s, e in sorted(spans):
                        left = text[max(0, s - 40):s].replace("\n", " ")
                        right = text[e:e + 40].replace("\n", " ")
                        rule = rules.get((name, s, e), "")
                        f.write(f"{kind}\t{tag}\t{name}\t{text[s:e]}\t{left}[[{text[s:e]}]]{right}\t{rule}\n")
        print(f"misses and false names: {args.misses}")


if __name__ == "__main__":
    sys.exit(main())
