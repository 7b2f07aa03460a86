#!/usr/bin/env bash
# tsan.sh DIR [PROGRAM.go...]: runs the racy-schedule stress programs (or the
# given programs) under DIR/csp, a ThreadSanitizer build (make tsan), with
# two workers, TSAN_RUNS times each (default 3). Full reports go to
# DIR/reports/NAME.txt; the terminal gets one line per program and the
# distinct races by the source lines involved. Exit status 1 if any report.
# TSAN_CSP_FLAGS adds options to every run (e.g. "--trace /tmp/t.json", to
# check the trace recorder's threads).
set -u
cd "$(dirname "$0")/../.."
dir=${1:-build/tsan}; shift || true
csp=$dir/csp
runs=${TSAN_RUNS:-3}
big=" million_blocked pipeline_10m select_fairness "
progs=("$@")
if [ ${#progs[@]} = 0 ]; then
  for src in tests/stress/*.go; do
    case "$big" in *" $(basename "$src" .go) "*) continue;; esac
    progs+=("$src")
  done
fi
mkdir -p "$dir/reports"
export TSAN_OPTIONS="halt_on_error=0 report_signal_unsafe=0 second_deadlock_stack=1 history_size=4 suppressions=$PWD/tests/stress/tsan.supp ${TSAN_OPTIONS:-}"
pass=0; fail=0
for src in "${progs[@]}"; do
  name=$(basename "$src" .go)
  rep=$dir/reports/$name.txt
  : > "$rep"
  bad=""
  for i in $(seq "$runs"); do
    out=$(timeout 120 "$csp" --workers 2 ${TSAN_CSP_FLAGS:-} "$src" 2>>"$rep" </dev/null); rc=$?
    want=${src%.*}.out
    if [ -f "$want" ] && [ "$out" != "$(cat "$want")" ]; then bad="$bad wrong-output(run $i, exit $rc)"; fi
    [ $rc = 124 ] && bad="$bad hang(run $i)"
  done
  n=$(grep -c '^WARNING: ThreadSanitizer' "$rep")
  if [ "$n" = 0 ] && [ -z "$bad" ]; then pass=$((pass+1)); echo "PASS tsan/$name"
  else fail=$((fail+1)); echo "FAIL tsan/$name: $n reports$bad ($rep)"; fi
done
# distinct reports: kind and the top frame of each access
echo "distinct reports (count, kind, code locations):"
cat "$dir"/reports/*.txt 2>/dev/null | awk '
  /^WARNING: ThreadSanitizer:/ { kind = $0; sub(/^WARNING: ThreadSanitizer: /, "", kind); sub(/ \(pid=.*/, "", kind); key = kind; want = 1; next }
  want && /^    #0 / { loc = $3; sub(/.*\/work\/main\//, "", loc); sub(/:[0-9]+$/, "", loc); key = key " " $2 "@" loc; want = 0; next }
  /^  (Previous |Atomic |)[A-Za-z ]*(read|write) of size/ { want = 1; next }
  /^SUMMARY/ { print key; key = "" }' | sort | uniq -c | sort -rn
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
