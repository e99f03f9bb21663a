#!/usr/bin/env python3
"""Compares the throughput of `graph extract` (one core) with wink-nlp's (tools/bench/wink/wink-throughput.mjs) on the
same articles: both as whole processes, several runs each, alternated so that both see the same machine; one line per
run, then the medians and the ratio. wink also reports its analysis time alone (its start-up and reading excluded).
The numbers are for this machine now; nothing here is asserted in tests.

    (cd tools/bench/wink && npm ci)
    python3 tools/bench/make-corpus.py --size-mb 10 --out /tmp/bench.jsonl
    python3 tools/bench/compare-wink.py /tmp/bench.jsonl --runs 5
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1].parent
DEFAULT_GRAPH = ROOT / 'src' / 'Graph.Cli' / 'bin' / 'Release' / 'net10.0' / 'graph'
WINK = ROOT / 'tools' / 'bench' / 'wink'


def text_megabytes(path: Path) -> float:
    """Megabytes of article text (the JSON Lines "text" fields, or the files of a folder)."""
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob('*.txt')) / 1e6
    total = 0
    with path.open(encoding='utf-8') as lines:
        for line in lines:
            if line.strip():
                total += len((json.loads(line).get('text') or '').encode('utf-8'))
    return total / 1e6


def timed(command: list[str], cwd: Path | None = None) -> tuple[float, str]:
    """Wall time of a whole process and what it printed; exits on failure."""
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if result.returncode not in (0, 1):
        print(f'compare-wink: {" ".join(command)} failed (exit {result.returncode}):\n{result.stderr}', file=sys.stderr)
        sys.exit(1)
    return wall, result.stdout


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('inputs', help='a corpus file (.jsonl) or folder of .txt (tools/bench/make-corpus.py makes one)')
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--graph', default=str(DEFAULT_GRAPH), help=f'the graph executable (default {DEFAULT_GRAPH})')
    args = parser.parse_args(argv)
    if not Path(args.graph).exists():
        print(f'compare-wink: {args.graph} does not exist; build it with: dotnet build src/Graph.Cli -c Release', file=sys.stderr)
        return 2
    if not (WINK / 'node_modules' / 'wink-nlp').exists():
        print(f'compare-wink: wink-nlp is not installed; run: (cd {WINK} && npm ci)', file=sys.stderr)
        return 2
    inputs = str(Path(args.inputs).resolve())
    megabytes = text_megabytes(Path(inputs))
    graph_walls, wink_walls = [], []
    for n in range(1, args.runs + 1):
        graph_wall, _ = timed([args.graph, 'extract', inputs, '--out', os.devnull])
        wink_wall, report = timed(['node', 'wink-throughput.mjs', inputs], cwd=WINK)
        graph_walls.append(graph_wall)
        wink_walls.append(wink_wall)
        print(f'run {n}: graph extract {graph_wall:.2f} s ({megabytes / graph_wall:.2f} MB/s), '
              f'wink-nlp {wink_wall:.2f} s ({megabytes / wink_wall:.2f} MB/s); {report.strip()}')
    graph_wall, wink_wall = statistics.median(graph_walls), statistics.median(wink_walls)
    print(f'median of {args.runs} on {megabytes:.2f} MB of text: graph extract {megabytes / graph_wall:.2f} MB/s, '
          f'wink-nlp {megabytes / wink_wall:.2f} MB/s, graph / wink = {wink_wall / graph_wall:.2f}x')
    return 0


if __name__ == '__main__':
    sys.exit(main())
