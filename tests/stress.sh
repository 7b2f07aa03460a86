#!/usr/bin/env bash
# stress.sh: concurrency stress tests (tests/stress/), run by tests/run.sh.
#
#   big tests      million_blocked (1,000,000 blocked processes released),
#                  pipeline_10m (10,000,000 messages), select_fairness: each
#                  run once with --workers 1 and once with --workers 2.
#   racy programs  every other tests/stress/NAME.go: small programs whose
#                  schedule differs from run to run. Each runs once with
#                  --workers 1 and 2, then RUNS times in all (default 1000,
#                  spread evenly) with --workers 2, two at a time; a hang
#                  (timeout 10 s), crash or wrong output is a failure.
#
# Every program prints a deterministic result compared with NAME.out.
# CSP=path runs another binary (make stress: the preempt-everywhere build);
# STRESS_RUNS=n changes the number of racy runs.
# One PASS/FAIL line per test, then "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
csp=${CSP:-./csp}
runs=${STRESS_RUNS:-1000}
dir=tests/stress
big="million_blocked pipeline_10m select_fairness"
pass=0; fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# run a private copy: a rebuild of ./csp during the run must not disturb it
cp "$csp" "$tmp/csp" || { echo "FAIL stress: no binary $csp"; echo "0 passed, 1 failed"; exit 1; }
csp=$tmp/csp
ok()  { pass=$((pass+1)); echo "PASS $1"; }
bad() { fail=$((fail+1)); echo "FAIL $1: $2"; }

# golden NAME WORKERS LIMIT: one run, output compared with NAME.out
golden() {
  local name=$1 w=$2 limit=$3 label="stress/$1 (W=$2)"
  local start=$(date +%s%N)
  timeout "$limit" "$csp" --workers "$w" "$dir/$name.go" >"$tmp/out" 2>"$tmp/err" </dev/null
  local rc=$? ms=$(( ($(date +%s%N) - start) / 1000000 ))
  if [ $rc = 124 ]; then bad "$label" "timed out after ${limit}s"; return; fi
  if [ $rc != 0 ]; then bad "$label" "exit $rc: $(head -c 300 "$tmp/err" | tr '\n' ' ')"; return; fi
  if ! cmp -s "$tmp/out" "$dir/$name.out"; then
    bad "$label" "stdout differs: $(diff "$dir/$name.out" "$tmp/out" | head -6 | tr '\n' ' ' | cut -c1-300)"; return; fi
  ok "$label ${ms}ms"
}

racy=""
for src in "$dir"/*.go; do
  name=$(basename "$src" .go)
  case " $big " in *" $name "*) continue;; esac
  racy="$racy $name"
done
racy=${racy# }

for name in $big; do
  for w in 1 2; do golden "$name" "$w" 60; done
done
for name in $racy; do
  for w in 1 2; do golden "$name" "$w" 10; done
done

# Repeated runs with two workers. Each run that goes wrong appends one line
# to $tmp/failures: NAME RUN exit=RC output.
nprog=$(echo $racy | wc -w)
per=$(( (runs + nprog - 1) / nprog ))
export csp dir tmp
one_run() { # NAME RUN
  local out rc
  out=$(timeout 10 "$csp" --workers 2 "$dir/$1.go" 2>&1 </dev/null); rc=$?
  if [ $rc != 0 ] || [ "$out" != "$(cat "$dir/$1.out")" ]; then
    [ $rc = 124 ] && out="HANG (timed out after 10s) $out"
    printf '%s %s exit=%s %s\n' "$1" "$2" "$rc" "$(printf '%s' "$out" | head -c 200 | tr '\n' ' ')" >> "$tmp/failures"
  fi
}
export -f one_run
: > "$tmp/failures"
start=$(date +%s%N)
for name in $racy; do
  for i in $(seq "$per"); do echo "$name $i"; done
done | xargs -P 2 -n 2 bash -c 'one_run "$0" "$1"'
ms=$(( ($(date +%s%N) - start) / 1000000 ))
for name in $racy; do
  nf=$(grep -c "^$name " "$tmp/failures")
  if [ "$nf" = 0 ]; then ok "stress/$name x$per (W=2)"
  else bad "stress/$name x$per (W=2)" "$nf of $per runs failed; first: $(grep -m1 "^$name " "$tmp/failures")"; fi
done
echo "racy runs: $((per * nprog)) in ${ms}ms"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
