#!/usr/bin/env bash
# Runs the distributed kill test (a worker killed with kill -9 mid-crawl loses nothing) N times in a
# row, each in a fresh pytest process with its own PostgreSQL, Redis and sample web, and prints
# "P/N passed". Usage: scripts/kill-test.sh [N]   (default 20; logs of failed runs in $TMPDIR)
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
python=${PYTHON:-.venv/bin/python}
passed=0
for i in $(seq 1 "$runs"); do
  log=$(mktemp "${TMPDIR:-/tmp}/citycrawl-kill-test-$i.XXXX.log")
  if "$python" -m pytest -q -p no:cacheprovider "tests/test_distributed.py::test_a_killed_worker_loses_nothing" >"$log" 2>&1; then
    passed=$((passed + 1)); rm -f "$log"; echo "run $i: passed"
  else
    echo "run $i: FAILED (log: $log)"
  fi
done
echo "$passed/$runs passed"
[ "$passed" -eq "$runs" ]
