#!/usr/bin/env python3
"""Generates a corpus of news articles of any size for benchmarks, from the project's own templates.

Each article fills one template of tools/bench/templates/ (a newswire report with a dateline, a web page with
boilerplate, a joint statement) with names drawn at random but reproducibly (--seed): countries and their
capitals from src/Graph.Extraction/Gazetteers/countries.tsv, organisations from organizations.tsv, given names
from given-names.tsv with invented surnames, titles from titles.tsv, invented project names and dates. The text
is the project's own (CC0); no article of ../shared is read.

    python3 tools/bench/make-corpus.py --size-mb 10 --out /tmp/bench.jsonl          # JSON Lines
    python3 tools/bench/make-corpus.py --size-mb 2 --out /tmp/bench-folder --folder  # one .txt per article
"""
import argparse
import datetime
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GAZ = ROOT / 'src' / 'Graph.Extraction' / 'Gazetteers'
TEMPLATES = Path(__file__).resolve().parent / 'templates'

# Invented surname parts: joined, they give surnames no list holds, as real news is full of.
SURNAME_PARTS = ['ka', 'lo', 'vi', 'ran', 'del', 'mo', 'sen', 'tar', 'ov', 'ez', 'ni', 'bak', 'ro', 'an', 'dze', 'ma', 'kos', 'li', 'ver', 'ata']
PROJECT_FIRST = ['Northern', 'Blue', 'Silver', 'Great', 'Eastern', 'Coastal', 'Trans-Sahel', 'Highland', 'Delta', 'Lakeside']
PROJECT_MIDDLE = ['Water', 'Gas', 'Power', 'Rail', 'Trade', 'Fisheries', 'Grain', 'Energy', 'Transit', 'Fibre']
PROJECT_HEAD = ['Pipeline', 'Corridor', 'Railway', 'Initiative', 'Agreement', 'Programme', 'Treaty', 'Accord']
HEADLINES = ['{COUNTRY_A} AND {COUNTRY_B} AGREE ON {PROJECT_UPPER}', 'Talks on the {PROJECT} make progress',
             '{COUNTRY_A} backs {PROJECT}', 'Leaders sign {PROJECT_SHORT} deal']
OFFICES = ['Foreign Minister', 'Prime Minister', 'President', 'Energy Minister', 'Trade Minister', 'Deputy Foreign Minister']


def table(name, columns):
    """Rows of a gazetteer table as dicts (comment lines skipped)."""
    rows = []
    for line in (GAZ / name).read_text(encoding='utf-8').splitlines():
        if not line or line.startswith('#'):
            continue
        cells = line.split('\t')
        rows.append(dict(zip(columns, cells)))
    return rows


def load():
    countries = [r for r in table('countries.tsv', ['id', 'iso2', 'name', 'official', 'aliases', 'demonyms', 'capitals'])
                 if r['demonyms'] and r['capitals'] and r['iso2']]
    orgs = [r['name'] for r in table('organizations.tsv', ['id', 'name', 'acronym', 'aliases', 'kind'])]
    given = [r['name'] for r in table('given-names.tsv', ['name', 'sex', 'weak', 'sources', 'places']) if not r['weak'] and r['sex'] in ('m', 'f')]
    return countries, orgs, given


def article(rng, templates, countries, orgs, given):
    template = rng.choice(templates)
    a, b, c = rng.sample(countries, 3)
    date = datetime.date(1985, 1, 1) + datetime.timedelta(days=rng.randrange(365 * 40))
    surname_a = (rng.choice(SURNAME_PARTS) + rng.choice(SURNAME_PARTS) + rng.choice(SURNAME_PARTS)).capitalize()
    surname_b = (rng.choice(SURNAME_PARTS) + rng.choice(SURNAME_PARTS)).capitalize()
    short = f'{rng.choice(PROJECT_MIDDLE)} {rng.choice(PROJECT_HEAD)}'
    project = f'{rng.choice(PROJECT_FIRST)} {short}'
    values = {
        'COUNTRY_A': a['name'], 'COUNTRY_B': b['name'], 'COUNTRY_C': c['name'],
        'COUNTRY_B_ADJ': b['demonyms'].split('|')[0],
        'CITY': a['capitals'].split('|')[0], 'CITY_B': b['capitals'].split('|')[0],
        'PERSON_A': f'{rng.choice(given)} {surname_a}', 'PERSON_B': f'{rng.choice(given)} {surname_b}',
        'SURNAME_A': surname_a, 'SURNAME_B': surname_b,
        'TITLE_A': rng.choice(OFFICES), 'TITLE_B': rng.choice(OFFICES).lower(),
        'PROJECT': project, 'PROJECT_SHORT': short, 'ORG': rng.choice(orgs),
        'DATE': date.isoformat(), 'DATE_SHORT': date.strftime('%b %-d'), 'DATE_LONG': date.strftime('%-d %B %Y'),
        'WEEKDAY': date.strftime('%A'), 'AMOUNT': str(rng.randrange(2, 40)),
    }
    values['CITY_UPPER'] = values['CITY'].upper()
    values['PROJECT_UPPER'] = project.upper()
    values['HEADLINE'] = rng.choice(HEADLINES).format(**values)
    return template.format(**values), date.isoformat()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--size-mb', type=float, required=True, help='stop once the texts reach this many megabytes (UTF-8)')
    parser.add_argument('--out', required=True, help='a .jsonl file, or a folder with --folder')
    parser.add_argument('--folder', action='store_true', help='write one .txt per article into the folder --out')
    parser.add_argument('--seed', type=int, default=1, help='the same seed gives the same corpus')
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    templates = [p.read_text(encoding='utf-8') for p in sorted(TEMPLATES.glob('*.txt'))]
    countries, orgs, given = load()
    limit = int(args.size_mb * 1_000_000)
    out = Path(args.out)
    written = count = 0
    if args.folder:
        out.mkdir(parents=True, exist_ok=True)
        sink = None
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        sink = out.open('w', encoding='utf-8', newline='\n')
    try:
        while written < limit:
            text, date = article(rng, templates, countries, orgs, given)
            count += 1
            if sink is None:
                (out / f'article-{count:06d}.txt').write_text(text, encoding='utf-8', newline='\n')
            else:
                sink.write(json.dumps({'id': f'bench-{count}', 'date': date, 'text': text}, ensure_ascii=False) + '\n')
            written += len(text.encode('utf-8'))
    finally:
        if sink is not None:
            sink.close()
    print(f'make-corpus: {count} articles, {written / 1e6:.2f} MB of text -> {out}', file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
