#!/usr/bin/env python3
"""Times whole `graph import` runs: wall time, CPU time (user + system), peak memory and megabytes of input text per
second, one line per run, then the medians, and the bytes written per byte read, per output file. The numbers are for comparing builds on one machine, run after run; they
are never asserted in tests (machines are shared and noisy).

    python3 tools/bench/make-corpus.py --size-mb 10 --out /tmp/bench.jsonl
    python3 tools/bench/time-import.py /tmp/bench.jsonl --runs 5 --jobs 1 --format jsonl
    python3 tools/bench/time-import.py /tmp/bench.jsonl --format default      # the formats graph import writes by default
    python3 tools/bench/time-import.py /tmp/bench.jsonl --graph /path/to/other/build/graph     # another build
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_GRAPH = ROOT / 'src' / 'Graph.Cli' / 'bin' / 'Release' / 'net10.0' / 'graph'


def text_megabytes(path: Path) -> float:
    """Megabytes of input: the file sizes (JSON Lines framing included), which is what a user points the tool at."""
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob('*') if p.is_file()) / 1e6
    return path.stat().st_size / 1e6


def run_once(graph: str, inputs: str, jobs: int, fmt: str) -> tuple[float, float, float, int, dict[str, int]]:
    """One import into a fresh folder: (wall s, cpu s, peak MB, exit code, bytes of each output file or folder)."""
    out = tempfile.mkdtemp(prefix='graph-bench-')
    try:
        # Errors go to a file, not a pipe: a pipe nobody reads until the end fills at 64 KiB of warnings
        # and the import then blocks for ever on its next write.
        with tempfile.TemporaryFile() as errors:
            start = time.perf_counter()
            formats = [] if fmt == 'default' else ['--format', fmt]
            process = subprocess.Popen([graph, 'import', inputs, '--out', out, *formats, '--jobs', str(jobs), '-q'],
                                       stdout=subprocess.DEVNULL, stderr=errors)
            # wait4 gives this child's own resource use, peak memory included.
            _, status, usage = os.wait4(process.pid, 0)
            wall = time.perf_counter() - start
            process.returncode = os.waitstatus_to_exitcode(status)
            errors.seek(0)
            error = errors.read().decode('utf-8', 'replace')
        if process.returncode not in (0, 1):
            print(f'time-import: graph import failed (exit {process.returncode}):\n{error}', file=sys.stderr)
        sizes = {}
        for entry in sorted(Path(out).iterdir()):
            files = [entry] if entry.is_file() else [p for p in entry.rglob('*') if p.is_file()]
            sizes[entry.name + ('' if entry.is_file() else '/')] = sum(p.stat().st_size for p in files)
        return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode, sizes
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('inputs', help='a corpus file or folder (tools/bench/make-corpus.py makes one)')
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--jobs', type=int, default=1, help='graph import --jobs (default 1: the per-core throughput)')
    parser.add_argument('--format', default='jsonl', help="graph import --format, or 'default' for the import's own default (default jsonl)")
    parser.add_argument('--graph', default=str(DEFAULT_GRAPH), help=f'the graph executable (default {DEFAULT_GRAPH})')
    args = parser.parse_args(argv)
    if not Path(args.graph).exists():
        print(f'time-import: {args.graph} does not exist; build it with: dotnet build src/Graph.Cli -c Release', file=sys.stderr)
        return 2
    megabytes = text_megabytes(Path(args.inputs))
    walls, cpus, peaks = [], [], []
    failed = False
    sizes = {}
    for n in range(1, args.runs + 1):
        wall, cpu, peak, code, sizes = run_once(args.graph, args.inputs, args.jobs, args.format)
        failed |= code not in (0, 1)
        walls.append(wall)
        cpus.append(cpu)
        peaks.append(peak)
        print(f'run {n}: wall {wall:.2f} s, cpu {cpu:.2f} s, peak {peak:.0f} MB, {megabytes / wall:.2f} MB/s ({megabytes:.2f} MB, --jobs {args.jobs}, --format {args.format}, exit {code})')
    wall = statistics.median(walls)
    print(f'median of {args.runs}: wall {wall:.2f} s, cpu {statistics.median(cpus):.2f} s, peak {statistics.median(peaks):.0f} MB, {megabytes / wall:.2f} MB/s')
    # The outputs are the same bytes every run: sizes of the last, per byte of input.
    read = megabytes * 1e6
    for name, written in sizes.items():
        print(f'output {name}: {written / 1e6:.2f} MB, {written / read:.2f} bytes per byte read')
    total = sum(sizes.values())
    print(f'output total: {total / 1e6:.2f} MB, {total / read:.2f} bytes per byte read')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
