#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: installs what the tests need (Debian packages,
# the npm checkers pinned in tests/checkers/package-lock.json), builds, tests, and ends with one line
# "N passed, N failed, N skipped" summed over all test projects.
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the tests use: ICU for .NET's Unicode normalisation, Node.js for the independent checkers.
need=()
ldconfig -p 2>/dev/null | grep -q libicu || need+=(libicu72)
command -v node >/dev/null || need+=(nodejs npm)
# Debian's RDF parsers, the independent checkers of the RDF writers.
command -v serdi >/dev/null || need+=(serdi)
command -v rapper >/dev/null || need+=(raptor2-utils)
# A real triplestore for graph import --sparql-endpoint (tests/Graph.Cli.Tests/VirtuosoPushTests.cs).
command -v virtuoso-t >/dev/null || need+=(virtuoso-opensource-7-bin)
# A real browser for the explorer page of graph view (tests/Graph.Cli.Tests/ExplorerBrowserTests.cs), driven by
# puppeteer-core from tests/checkers; nothing downloads a browser of its own.
command -v chromium >/dev/null || need+=(chromium)
if ((${#need[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
  else
    echo "test.sh: please install: ${need[*]}" >&2; exit 2
  fi
fi

# The independent checkers (Neo4j's Cypher linter...), exactly as locked; npm ci takes seconds.
(cd tests/checkers && npm ci --no-audit --no-fund --loglevel=error)

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Graph.sln --nologo 2>&1 | tee "$log" || status=$?

# The whole-process benchmark, once on a small generated corpus, so that its scripts cannot rot (no timing is judged).
bench=$(mktemp -d)
python3 tools/bench/make-corpus.py --size-mb 0.2 --out "$bench/corpus.jsonl" \
  && python3 tools/bench/time-import.py "$bench/corpus.jsonl" --runs 1 --graph src/Graph.Cli/bin/Debug/net10.0/graph \
  && (cd tools/bench/wink && npm ci --no-audit --no-fund --loglevel=error) \
  && python3 tools/bench/compare-wink.py "$bench/corpus.jsonl" --runs 1 --graph src/Graph.Cli/bin/Debug/net10.0/graph \
  || { echo "test.sh: the benchmark scripts failed" >&2; status=1; }
# Every BenchmarkDotNet micro-benchmark once (a dry job, in process, on the samples): they must run; no timing is judged.
dotnet run -c Release --project tests/Graph.Benchmarks -- --filter '*' --job dry --inProcess --artifacts "$bench/bdn" > "$bench/bdn.log" 2>&1 \
  || { tail -40 "$bench/bdn.log" >&2; echo "test.sh: the micro-benchmarks failed" >&2; status=1; }
rm -rf "$bench"
[[ -f test-artifacts/explorer-samples.png ]] && echo "test.sh: screenshot of the explorer on the samples: test-artifacts/explorer-samples.png"

# dotnet prints one "Passed!/Failed!" line per test project; sum them into the plain closing line.
awk '
  /(Passed|Failed)! +- +Failed: / {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:")  { f += $(i+1) + 0 }
      if ($i == "Passed:")  { p += $(i+1) + 0 }
      if ($i == "Skipped:") { s += $(i+1) + 0 }
    }
    projects++
  }
  END {
    if (projects == 0) { print "test.sh: no test results found" > "/dev/stderr"; exit 1 }
    printf "%d test projects\n%d passed, %d failed, %d skipped\n", projects, p, f, s
  }' "$log" || status=1
exit $status
