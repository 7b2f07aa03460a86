#!/bin/sh
# bench/run.sh (`make bench`): every row of the performance table, csp beside
# Go, lua5.4, LuaJIT (with and without -joff) and python3. The work is done
# by bench/run.py, which documents the rows, the measurements and the knobs
# (CSP, BENCH_RUNS, BENCH_ONLY, BENCH_TIMEOUT).
cd "$(dirname "$0")/.." || exit 1
command -v python3 >/dev/null || { echo "python3 is missing (it runs the benchmarks)"; exit 1; }
exec python3 bench/run.py "$@"
