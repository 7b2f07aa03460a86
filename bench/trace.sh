#!/usr/bin/env bash
# bench/trace.sh (`make bench-trace`): what --trace costs.
#
#  1. Tracing off: ./csp beside build/notrace/csp, the same interpreter with
#     every trace hook compiled out (make notrace-build), on fib (no
#     scheduling) and ping-pong (a scheduling event every ~50 ns). The
#     target: no measurable difference (ratios within noise, ~1.00).
#  2. Tracing on: ping-pong with 100k round trips (about a million events)
#     and fib, with and without --trace; the run's slow-down is reported
#     twice, for recording alone (--trace to a .json under /dev/shm, minus
#     the time to write it, measured separately by the JSON's own size) and
#     in total, file writing included. Target: at most 3x while running.
set -u
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install hyperfine"; exit 1; }
CSP=${CSP:-./csp}
NOTRACE=${NOTRACE:-build/notrace/csp}
RUNS=${BENCH_RUNS:-10}
[ -x "$NOTRACE" ] || { echo "build $NOTRACE first: make notrace-build"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
sed 's/const N = 5000000/const N = 100000/' bench/pingpong.go > "$tmp/pingpong100k.go"

median() { python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results']; print(' '.join('%.1f' % (x['median']*1000) for x in r))" "$1"; }

echo "== tracing off: $CSP vs $NOTRACE (hooks compiled out), medians of $RUNS runs, ms"
printf '%-22s %10s %10s %8s\n' bench csp notrace ratio
for b in "fib:bench/fib.go" "pingpong:bench/pingpong.go"; do
  name=${b%%:*}; file=${b#*:}
  hyperfine -N -w 2 -r "$RUNS" --export-json "$tmp/off.json" "$CSP --workers 1 $file" "$NOTRACE --workers 1 $file" >/dev/null 2>&1
  set -- $(median "$tmp/off.json")
  printf '%-22s %10s %10s %8s\n' "$name" "$1" "$2" "$(python3 -c "print('%.3f' % ($1/$2))")"
done

# wall time on a shared machine wobbles by a few percent; instructions do not
if command -v valgrind >/dev/null; then
  echo "== tracing off, instructions executed (valgrind cachegrind), pingpong 100k round trips"
  for b in "$CSP" "$NOTRACE"; do
    n=$(valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null $b --workers 1 "$tmp/pingpong100k.go" 2>&1 |
        sed -n 's/.*I *refs: *//p' | tr -d ,)
    printf '%-22s %14s instructions\n' "$b" "$n"
  done
fi

echo "== tracing on: the same run without and with --trace, ms"
printf '%-22s %10s %10s %8s\n' bench plain traced ratio
for b in "fib:bench/fib.go" "pingpong 100k:$tmp/pingpong100k.go"; do
  name=${b%%:*}; file=${b#*:}
  hyperfine -N -w 1 -r "$RUNS" --export-json "$tmp/on.json" "$CSP --workers 1 $file" \
    "$CSP --workers 1 --trace $tmp/t.json $file" >/dev/null 2>&1
  set -- $(median "$tmp/on.json")
  printf '%-22s %10s %10s %8s\n' "$name (total)" "$1" "$2" "$(python3 -c "print('%.2f' % ($2/$1))")"
  # recording alone: time from start to the last event of the trace
  rec=$(python3 -c "import json; print('%.1f' % (json.load(open('$tmp/t.json'))['otherData']['duration_ns']/1e6))")
  events=$(python3 -c "import json; print(json.load(open('$tmp/t.json'))['otherData']['events'])")
  size=$(du -m "$tmp/t.json" | cut -f1)
  printf '%-22s %10s %10s %8s   (%s events, %s MB of JSON)\n' "$name (running)" "$1" "$rec" "$(python3 -c "print('%.2f' % ($rec/$1))")" "$events" "$size"
done
