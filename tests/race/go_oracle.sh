#!/usr/bin/env bash
# go_oracle.sh: checks the expectations in tests/race/*.go against Go's own
# race detector (`go build -race`, Go 1.19 here). Not part of `make test`
# (users need not have Go); run it after adding or editing a program:
#
#   tests/race/go_oracle.sh [RUNS] [FILTER]      default 10 runs each
#   tests/race/go_oracle.sh 10 examples          only tests/race/examples.txt
#   tests/race/go_oracle.sh 3 tests/go           only tests/go (go_racy.txt)
#
# For each program of tests/race (and tests/pending/race_*.go, what csp
# gets wrong today) it builds with -race, runs it RUNS times, and prints
# every exit status, line pair (tests/race/lines.awk) and `Found N` it saw,
# then OK when Go agreed with the header on every run:
#   // race: L1,L2     Go reports a race, first report names lines L1 and L2
#                      (a "-" side: Go's stack stops in sync/atomic, and the
#                      header names the program's call instead: see there)
#   // race: none      no report, exit status 0
#   // found: N        (optional) Go's `Found N data race(s)`
#   // exit: N         (optional) exit status other than 66 / 0
# and, when NAME.want exists, that Go's reports normalised by
# tests/race/normalize.py equal it on every run (NAME.want is made that way
# from Go's output: tests/race/normalize.py < GO-STDERR > NAME.want).
set -u
cd "$(dirname "$0")/../.."
runs=${1:-10}; filter=${2:-}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
bad=0
for src in tests/race/*.go tests/pending/race_*.go; do
  case "$src" in *"$filter"*) ;; *) continue;; esac
  name=$(basename "$src")
  want=$(sed -n 's|^// race: *\(.*\)|\1|p' "$src" | head -1)
  wfound=$(sed -n 's|^// found: *\(.*\)|\1|p' "$src" | head -1)
  wexit=$(sed -n 's|^// exit: *\(.*\)|\1|p' "$src" | head -1)
  [ -n "$wexit" ] || { [ "$want" = none ] && wexit=0 || wexit=66; }
  cp "$src" "$tmp/$name"
  if ! (cd "$tmp" && go build -race -o prog "$name") 2>"$tmp/build"; then
    echo "BUILD-FAIL $name: $(head -3 "$tmp/build")"; bad=$((bad+1)); continue; fi
  statuses=; pairs=; founds=; okall=1
  for i in $(seq 1 "$runs"); do
    (cd "$tmp" && timeout 60 ./prog >/dev/null 2>err </dev/null); rc=$?
    pair=$(awk -v file="$name" -f tests/race/lines.awk "$tmp/err"); [ -n "$pair" ] || pair=none
    found=$(sed -n 's/^Found \([0-9]*\) data race(s)$/\1/p' "$tmp/err"); [ -n "$found" ] || found=0
    statuses="$statuses $rc"; pairs="$pairs $pair"; founds="$founds $found"
    [ "$rc" = "$wexit" ] || okall=0
    # a "-" side in Go's pair: the header's other side must match
    case "$pair" in
      *-*) [ "$want" != none ] && case ",$want," in *",${pair%%,*},"*|*",${pair##*,},"*) ;; *) okall=0;; esac ;;
      *) [ "$pair" = "$want" ] || okall=0 ;;
    esac
    [ -z "$wfound" ] || [ "$found" = "$wfound" ] || okall=0
    if [ -f "${src%.go}.want" ] && ! python3 tests/race/normalize.py < "$tmp/err" | cmp -s - "${src%.go}.want"; then
      okall=0; pairs="$pairs want-differs"; fi
  done
  u() { tr ' ' '\n' | sed '/^$/d' | sort | uniq -c | awk '{ printf "%s%s×%s", sep, $2, $1; sep = " " }'; }
  verdict=OK; [ $okall = 1 ] || { verdict=MISMATCH; bad=$((bad+1)); }
  printf '%-8s %-34s want %-8s found=%-2s | exit %s | lines %s | found %s\n' "$verdict" "$name" "$want" "${wfound:--}" \
    "$(echo $statuses | u)" "$(echo $pairs | u)" "$(echo $founds | u)"
done
# the examples (tests/race/examples.txt), as Go programs with the same lines
[ -z "$filter" ] || [ "$filter" = examples ] &&
while read -r ex arg want; do
  case "$ex" in ''|'#'*) continue;; esac
  [ "$arg" = - ] && arg=
  python3 tests/race/csp2go.py "examples/$ex" >"$tmp/ex.go" || { bad=$((bad+1)); continue; }
  (cd "$tmp" && go build -race -o exprog ex.go) 2>"$tmp/build" || { echo "BUILD-FAIL $ex: $(head -3 "$tmp/build")"; bad=$((bad+1)); continue; }
  pairs=; okall=1
  for i in $(seq 1 "$runs"); do
    (cd "$tmp" && timeout 60 ./exprog $arg >/dev/null 2>err </dev/null); rc=$?
    pair=$(awk -v file=ex.go -f tests/race/lines.awk "$tmp/err"); [ -n "$pair" ] || pair=none
    pairs="$pairs $rc:$pair"
    case "|$want|" in *"|$pair|"*) ;; *) okall=0;; esac
    { [ "$want" = none ] && [ $rc = 0 ]; } || { [ "$want" != none ] && [ $rc = 66 ]; } || okall=0
  done
  verdict=OK; [ $okall = 1 ] || { verdict=MISMATCH; bad=$((bad+1)); }
  printf '%-8s examples/%-25s want %-12s | %s\n' "$verdict" "$ex $arg" "$want" "$(echo $pairs | tr ' ' '\n' | sort | uniq -c | awk '{ printf "%s%s×%s", sep, $2, $1; sep = " " }')"
done < tests/race/examples.txt

# tests/go (only with FILTER "tests/go": slow, ~150 builds): which programs
# Go finds racy, for tests/race/go_racy.txt. A deadlocking program hangs
# under Go 1.19's -race instead of stopping, hence the short timeout.
[ "$filter" = tests/go ] &&
for src in tests/go/*.go; do
  base=${src%.go}; name=$(basename "$base")
  cp "$src" "$tmp/main.go"
  (cd "$tmp" && go build -race -o gprog main.go) 2>/dev/null || { echo "NO-BUILD $name (needs a newer Go)"; continue; }
  in=/dev/null; [ -f "$base.in" ] && in=$base.in
  res=
  for i in $(seq 1 "$runs"); do
    (cd "$tmp" && timeout 10 ./gprog >/dev/null 2>err) <"$in"; rc=$?
    res="$res $rc/$(grep -c '^WARNING: DATA RACE$' "$tmp/err")"
  done
  case "$res" in */[1-9]*) echo "RACY     $name: exit/reports$res";; esac
done

echo "$bad mismatches"
[ $bad = 0 ]
