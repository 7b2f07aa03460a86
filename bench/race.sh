#!/usr/bin/env bash
# bench/race.sh (`make bench-race`): what --race costs.
#
#  1. Detector off: ./csp beside build/norace/csp, the same interpreter with
#     every race hook compiled out (make norace-build): wall time (hyperfine
#     medians) and, steadier, instructions executed (valgrind cachegrind).
#     Target: no measurable difference.
#  2. Detector on: fib, loop (no shared memory: nothing is checked),
#     ping-pong (a channel hand-off, so a synchronisation, every ~40 ns) and
#     counter (four processes incrementing a mutex-guarded counter: a
#     checked read and write and a Lock/Unlock per increment), each without
#     and with --race, on one worker and on two. Targets: at most 4x the run
#     time and at most 3x the peak memory (RSS from /usr/bin/time).
set -u
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install hyperfine"; exit 1; }
CSP=${CSP:-./csp}
NORACE=${NORACE:-build/norace/csp}
RUNS=${BENCH_RUNS:-5}
[ -x "$NORACE" ] || { echo "build $NORACE first: make norace-build"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
sed 's/const N = 5000000/const N = 1000000/' bench/pingpong.go > "$tmp/pingpong.go"
sed 's/const N = 250000/const N = 50000/' bench/counter.go > "$tmp/counter_small.go"
sed 's/fib(32)/fib(25)/' bench/fib.go > "$tmp/fib_small.go"

median() { python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results']; print(' '.join('%.1f' % (x['median']*1000) for x in r))" "$1"; }
ratio() { python3 -c "print('%.2f' % ($1/$2))"; }

echo "== detector off: $CSP vs $NORACE (hooks compiled out), medians of $RUNS runs, ms"
printf '%-12s %10s %10s %8s\n' bench csp norace ratio
for b in "fib:bench/fib.go" "pingpong:$tmp/pingpong.go" "counter:bench/counter.go"; do
  name=${b%%:*}; file=${b#*:}
  hyperfine -N -w 1 -r "$RUNS" --export-json "$tmp/off.json" "$CSP --workers 1 $file" "$NORACE --workers 1 $file" >/dev/null 2>&1
  set -- $(median "$tmp/off.json")
  printf '%-12s %10s %10s %8s\n' "$name" "$1" "$2" "$(ratio "$1" "$2")"
done
if command -v valgrind >/dev/null; then
  echo "== detector off, instructions executed (valgrind cachegrind, one worker)"
  printf '%-12s %14s %14s %8s\n' bench csp norace ratio
  for b in "fib(25):$tmp/fib_small.go" "pingpong 1M:$tmp/pingpong.go" "counter 200k:$tmp/counter_small.go"; do
    name=${b%%:*}; file=${b#*:}
    n=()
    for bin in "$CSP" "$NORACE"; do
      n+=("$(valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$bin" --workers 1 "$file" 2>&1 |
             sed -n 's/.*I *refs: *//p' | tr -d ,)")
    done
    printf '%-12s %14s %14s %8s\n' "$name" "${n[0]}" "${n[1]}" "$(python3 -c "print('%.4f' % (${n[0]}/${n[1]}))")"
  done
fi

echo "== detector on: the same run without and with --race (time: hyperfine medians, ms; memory: peak RSS, MB)"
printf '%-16s %9s %9s %7s   %8s %8s %7s\n' bench plain race ratio plainMB raceMB ratio
for w in 1 2; do
  for b in "fib:bench/fib.go" "loop:bench/loop.go" "pingpong:$tmp/pingpong.go" "counter:bench/counter.go"; do
    name=${b%%:*}; file=${b#*:}
    hyperfine -N -w 1 -r "$RUNS" --export-json "$tmp/on.json" "$CSP --workers $w $file" "$CSP --workers $w --race $file" >/dev/null 2>&1
    set -- $(median "$tmp/on.json")
    t=$(ratio "$2" "$1")
    m1=$( { /usr/bin/time -f %M "$CSP" --workers "$w" "$file" >/dev/null; } 2>&1 | tail -1)
    m2=$( { /usr/bin/time -f %M "$CSP" --workers "$w" --race "$file" >/dev/null; } 2>&1 | tail -1)
    printf '%-16s %9s %9s %7s   %8s %8s %7s\n' "$name W=$w" "$1" "$2" "$t" \
      "$(python3 -c "print('%.1f' % ($m1/1024))")" "$(python3 -c "print('%.1f' % ($m2/1024))")" "$(ratio "$m2" "$m1")"
  done
done
echo "(targets: time ratio <= 4, memory ratio <= 3)"
