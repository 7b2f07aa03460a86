#!/usr/bin/env bash
# race.sh: the data-race detector, `csp --race` (SPEC §9), against what
# Go's own detector (`go build -race`) says about the same programs.
#
# tests/race/NAME.go are valid Go programs, each showing one edge of Go's
# memory model or one kind of location, in a race variant and a race-free
# one. Their headers hold Go's verdict, checked with Go 1.19 by
# tests/race/go_oracle.sh (10 runs each; see there), never taken from csp:
#   // race: L1,L2   a race; Go's first report names program lines L1, L2
#                    (tests/race/lines.awk: the first frame of each access's
#                    stack that is in the program, sorted)
#   // race: none    no report
#   // found: N      Go's "Found N data race(s)"
#   // exit: N       the status when it is not 66 (race) or 0 (none)
#   NAME.want        Go's reports, normalised by tests/race/normalize.py
#                    (addresses, goroutine numbers, offsets, paths)
# Each program runs with --workers 1, --workers 2 and a --seed of its own;
# the verdict, the status, the lines and the count must be Go's each time.
# Then: the report's format, de-duplication, exit statuses, --seed replay,
# the REPL, --trace, `csp explore --race`, and every program of tests/go
# that Go finds race-free must run clean under --race.
# Prints FAIL lines, then "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
csp=${CSP:-./csp}
d=tests/race
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL race/$1: $2"; }
check() { if eval "$2"; then ok; else bad "$1" "$(eval echo "\"${3:-check failed}\"")"; fi; }
header() { sed -n "s|^// $2: *||p" "$1" | head -1; }
lines_of() { awk -v file="$1" -f $d/lines.awk "$2"; }       # NAME.go STDERR
found_of() { sed -n 's/^Found \([0-9]*\) data race(s)$/\1/p' "$1"; }
nwarn() { grep -c '^WARNING: DATA RACE$' "$1"; }

# ---- every program, in three schedules -------------------------------
for src in $d/*.go; do
  name=$(basename "$src")
  want=$(header "$src" race); wfound=$(header "$src" found); wexit=$(header "$src" exit)
  [ -n "$wexit" ] || { [ "$want" = none ] && wexit=0 || wexit=66; }
  seed=$(printf '%s' "$name" | cksum | cut -d' ' -f1)
  for flags in "--workers 1" "--workers 2" "--seed $seed"; do
    label="$name ($flags)"
    timeout 60 $csp --race $flags "$src" >"$tmp/out" 2>"$tmp/err" </dev/null; rc=$?
    why=
    [ "$rc" = "$wexit" ] || why="exit $rc, want $wexit"
    if [ "$want" = none ]; then
      [ "$(nwarn "$tmp/err")" = 0 ] || why="$why; reported a race: $(grep -m2 ' at 0x' "$tmp/err" | tr '\n' ' ')"
    else
      [ "$(nwarn "$tmp/err")" -ge 1 ] || why="$why; no WARNING: DATA RACE"
      got=$(lines_of "$name" "$tmp/err")
      [ "$got" = "$want" ] || why="$why; first report names lines '$got', want $want"
    fi
    if [ -n "$wfound" ]; then
      [ "$(found_of "$tmp/err")" = "$wfound" ] || why="$why; Found '$(found_of "$tmp/err")', want $wfound"
      [ "$(nwarn "$tmp/err")" = "$wfound" ] || why="$why; $(nwarn "$tmp/err") reports, want $wfound"
    fi
    if [ -f "${src%.go}.want" ] && ! python3 $d/normalize.py <"$tmp/err" | cmp -s - "${src%.go}.want"; then
      why="$why; reports differ from Go's: $(python3 $d/normalize.py <"$tmp/err" | diff "${src%.go}.want" - | head -6 | tr '\n' ' ')"
    fi
    if [ -z "$why" ]; then ok; else bad "$label" "${why#; }"; fi
  done
done

# ---- the examples: Go's verdicts in tests/race/examples.txt ----------
while read -r ex arg want; do
  case "$ex" in ''|'#'*) continue;; esac
  [ "$arg" = - ] && arg=
  for flags in "--workers 1" "--workers 2" "--seed 5"; do
    timeout 60 $csp --race $flags "examples/$ex" $arg >"$tmp/out" 2>"$tmp/err" </dev/null; rc=$?
    got=$(lines_of "$ex" "$tmp/err"); [ -n "$got" ] || got=none
    why=
    case "|$want|" in *"|$got|"*) ;; *) why="first report names lines $got, want $want";; esac
    if [ "$want" = none ]; then [ $rc = 0 ] || why="$why; exit $rc, want 0"
    elif [ $rc = 2 ] && grep -q '^fatal error: concurrent map' "$tmp/err"; then
      # Two workers can catch two map writes in the act, and the runtime
      # stops the program as Go's does (with -race too): the race must have
      # been reported before that.
      [ "$(nwarn "$tmp/err")" -ge 1 ] || why="$why; concurrent map fatal error before any report"
    else [ $rc = 66 ] && [ "$(nwarn "$tmp/err")" = "$(found_of "$tmp/err")" ] || why="$why; exit $rc, want 66 and Found = reports"; fi
    if [ -z "$why" ]; then ok; else bad "examples/$ex${arg:+ $arg} ($flags)" "${why#; }"; fi
  done
done < $d/examples.txt

# ---- the report's format (beyond the .want files) --------------------
# A report: "==================", "WARNING: DATA RACE", the current access,
# a blank line, the previous one, then where each goroutine other than main
# was created, and "=================="; one access section per side, its
# stack indented. Checked on the shape of every report of dedup.go.
$csp --race --workers 1 $d/dedup.go >/dev/null 2>"$tmp/err"
shape=$(awk '
  /^==================$/ { s = s "=" ; next }
  /^WARNING: DATA RACE$/ { s = s "W"; next }
  /^(Read|Write) at 0x[0-9a-f]+ by (main goroutine|goroutine [0-9]+):$/ { s = s "A"; next }
  /^Previous (read|write) at 0x[0-9a-f]+ by (main goroutine|goroutine [0-9]+):$/ { s = s "P"; next }
  /^Goroutine [0-9]+ \((running|finished)\) created at:$/ { s = s "C"; next }
  /^  [^ ].*\)$/ { s = s "f"; next }
  /^      [^ ]+:[0-9]+ \+0x[0-9a-f]+$/ { s = s "l"; next }
  /^$/ { s = s "_"; next }
  /^Found [0-9]+ data race\(s\)$/ { s = s "F"; next }
  { s = s "?" }
  END { print s }' "$tmp/err")
check format_shape '[ "$shape" = "=WAfl_Pfl_Cfl==WAfl_Pfl_Cfl==WAfl_Pfl_Cfl=F" ]' "shape $shape"
# atomic accesses are named as Go names them (no "Atomic write")
$csp --race --workers 1 $d/atomic_race.go >/dev/null 2>"$tmp/err"
check format_atomic_plain 'grep -Eq "^(Previous )?write at 0x[0-9a-f]+ by goroutine [0-9]+:$|^Write at" "$tmp/err" && ! grep -qi "atomic write\|atomic read" "$tmp/err"'
# a report goes to stderr, in one piece: the program's stdout is untouched
$csp --race --workers 2 $d/go_race.go >"$tmp/out" 2>/dev/null
check report_not_on_stdout '[ "$(cat "$tmp/out")" = done ]'

# ---- de-duplication ---------------------------------------------------
# 200 racing increments on one variable, one pair of lines: one report
# (dedup.go checks three kinds at once; this one in isolation, by count)
printf 'var x int\ndone := make(chan bool)\ngo func() {\n\tfor i := 0; i < 200; i++ {\n\t\tx++\n\t}\n\tdone <- true\n}()\nfor i := 0; i < 200; i++ {\n\tx++\n}\n<-done\n' >"$tmp/loop.csp"
for w in 1 2; do
  $csp --race --workers $w "$tmp/loop.csp" >/dev/null 2>"$tmp/err"; rc=$?
  check "dedup_loop_w$w" '[ $rc = 66 ] && [ "$(nwarn "$tmp/err")" = 1 ] && [ "$(found_of "$tmp/err")" = 1 ]' "exit $rc, $(nwarn "$tmp/err") reports"
done
# the racy counter example: ten goroutines, one line, one report
$csp --race --workers 2 examples/racy_counter.csp >/dev/null 2>"$tmp/err"; rc=$?
check dedup_racy_counter '[ $rc = 66 ] && [ "$(nwarn "$tmp/err")" = 1 ] && [ "$(found_of "$tmp/err")" = 1 ]' "exit $rc, $(nwarn "$tmp/err") reports"

# ---- exit statuses (the exit_*.go programs check them too) -----------
# no race: --race changes nothing; os.Exit keeps its status; a panic is 2
$csp --race -e 'fmt.Println("clean"); os.Exit(4)' >/dev/null 2>"$tmp/err"; rc=$?
check exit_clean_status_kept '[ $rc = 4 ] && ! grep -q "data race" "$tmp/err"'
$csp --race $d/exit_os3.go >/dev/null 2>"$tmp/err"; rc=$?
check exit_os3_no_summary '[ $rc = 3 ] && [ "$(nwarn "$tmp/err")" = 1 ] && ! grep -q "^Found" "$tmp/err"'
$csp --race $d/exit_panic.go >/dev/null 2>"$tmp/err"; rc=$?
check exit_panic_no_summary '[ $rc = 2 ] && grep -q "^panic: boom" "$tmp/err" && ! grep -q "^Found" "$tmp/err"'
$csp --race $d/exit_os0.go >/dev/null 2>"$tmp/err"; rc=$?
check exit_os0_summary '[ $rc = 66 ] && [ "$(tail -n 1 "$tmp/err")" = "Found 1 data race(s)" ]'
# without --race a racy program is not checked at all
$csp --workers 2 $d/go_race.go >/dev/null 2>"$tmp/err"; rc=$?
check off_by_default '[ $rc = 0 ] && [ ! -s "$tmp/err" ]'

# ---- --seed replays the same reports ---------------------------------
# The same seed gives the same stderr byte for byte, addresses included
# (a seeded run shows stand-ins for them: real ones move between runs).
for s in 1 2 3 17; do
  for prog in $d/dedup.go $d/format_stack.go examples/racy_counter.csp; do
    $csp --race --seed $s "$prog" >"$tmp/o1" 2>"$tmp/e1"
    $csp --race --seed $s "$prog" >"$tmp/o2" 2>"$tmp/e2"
    p=$(basename "$prog")
    check "seed_replay_${p}_$s" 'grep -q "DATA RACE" "$tmp/e1" && cmp -s "$tmp/e1" "$tmp/e2" && cmp -s "$tmp/o1" "$tmp/o2"'
  done
done

# ---- the REPL ---------------------------------------------------------
racy_session='var x int
done := make(chan bool)
go func() { x = 1; done <- true }()
x = 2
<-done
fmt.Println("after")'
printf '%s\n' "$racy_session" | timeout 30 $csp --race >"$tmp/out" 2>"$tmp/err"; rc=$?
check repl_flag '[ $rc = 66 ] && [ "$(nwarn "$tmp/err")" = 1 ] && grep -q "^after$" "$tmp/out" && [ "$(found_of "$tmp/err")" = 1 ]' "exit $rc"
printf '%s\n' "$racy_session" | timeout 30 $csp >"$tmp/out" 2>"$tmp/err"; rc=$?
check repl_off_by_default '[ $rc = 0 ] && [ "$(nwarn "$tmp/err")" = 0 ] && grep -q "^after$" "$tmp/out"' "exit $rc"
# :race on from the next entry; :race off stops checking what follows
printf ':race on\n%s\n:race off\ngo func() { x = 3; done <- true }()\nx = 4\n<-done\n' "$racy_session" |
  timeout 30 $csp >"$tmp/out" 2>"$tmp/err"; rc=$?
check repl_race_on_off '[ $rc = 66 ] && [ "$(nwarn "$tmp/err")" = 1 ] && grep -q "race detector on" "$tmp/out" && grep -q "race detector off" "$tmp/out"' "exit $rc, $(nwarn "$tmp/err") reports"
# the reports name the entries' goroutines and where they were created
check repl_report_format 'grep -q "^Goroutine [0-9]* (running) created at:$" "$tmp/err" && grep -q "by main goroutine:$" "$tmp/err"'
printf ':race on\nvar mu sync.Mutex\nn := 0\ndone := make(chan bool)\ngo func() { mu.Lock(); n++; mu.Unlock(); done <- true }()\nmu.Lock(); n++; mu.Unlock()\n<-done\nn\n' |
  timeout 30 $csp >"$tmp/out" 2>"$tmp/err"; rc=$?
check repl_race_free '[ $rc = 0 ] && [ "$(nwarn "$tmp/err")" = 0 ] && [ "$(tail -n 1 "$tmp/out")" = 2 ]' "exit $rc"

# ---- --trace: a race instant per side ---------------------------------
# race_instants.py FILE N [L1 L2]: the trace has N instants of category
# "race" (two per report: one on each side, each naming the other
# goroutine); with L1 L2, the first two are at those lines of the program.
cat >"$tmp/race_instants.py" <<'EOF'
import json, sys
ev = json.load(open(sys.argv[1]))["traceEvents"]
r = [e for e in ev if e.get("cat") == "race"]
assert len(r) == int(sys.argv[2]), r
assert all(e["ph"] == "i" and e["args"]["at"].rsplit(":", 1)[0].endswith(".go") for e in r), r
for a, b in zip(r[0::2], r[1::2]):
    assert a["args"]["goroutine"] == b["args"]["with"] and b["args"]["goroutine"] == a["args"]["with"], (a, b)
if len(sys.argv) > 3:
    lines = sorted(int(e["args"]["at"].rsplit(":", 1)[1]) for e in r[:2])
    assert lines == sorted(int(x) for x in sys.argv[3:5]), lines
EOF
instants() { python3 "$tmp/race_instants.py" "$@" 2>"$tmp/pyerr"; }
$csp --race --workers 2 --trace "$tmp/t.json" $d/format_finished.go >/dev/null 2>"$tmp/err"; rc=$?
check trace_status '[ $rc = 66 ]' "exit $rc"
check trace_instants 'instants "$tmp/t.json" 2 18 22' '$(tail -1 "$tmp/pyerr")'
$csp --race --workers 1 --trace "$tmp/t2.json" $d/dedup.go >/dev/null 2>&1
check trace_one_pair_per_report 'instants "$tmp/t2.json" 6 18 27' '$(tail -1 "$tmp/pyerr")'
$csp --race --trace "$tmp/t3.json" $d/mutex_norace.go >/dev/null 2>&1
check trace_no_race_no_instant 'instants "$tmp/t3.json" 0' '$(tail -1 "$tmp/pyerr")'

# ---- csp explore --race -----------------------------------------------
timeout 120 $csp explore --race --runs 20 --jobs 2 $d/go_race.go >"$tmp/out" 2>"$tmp/err"; rc=$?
check explore_racy_status '[ $rc = 3 ]' "exit $rc"
check explore_racy_count 'grep -q "^  data race: 20 runs (first seed 1)$" "$tmp/out" && grep -q "^20 of 20 runs found a data race (see it with: csp --race --seed 1 .*go_race.go)$" "$tmp/out"'
timeout 120 $csp explore --race --runs 20 --jobs 2 $d/mutex_norace.go >"$tmp/out" 2>"$tmp/err"; rc=$?
check explore_clean '[ $rc = 0 ] && grep -q "^no run found a data race$" "$tmp/out" && ! grep -q "data race:" "$tmp/out"' "exit $rc"
# --race may also come before `explore`
timeout 120 $csp --race explore --runs 5 --jobs 2 $d/go_race.go >"$tmp/out" 2>"$tmp/err"; rc=$?
check explore_race_first '[ $rc = 3 ] && grep -q "^5 of 5 runs found a data race" "$tmp/out"' "exit $rc"
# the replay command it prints does replay a race
timeout 120 $csp explore --race --runs 10 --seed 5 --jobs 2 examples/racy_counter.csp >"$tmp/out" 2>&1
cmd=$(sed -n 's/.*(see it with: csp \(--race --seed [0-9]* .*\))$/\1/p' "$tmp/out")
$csp $cmd >/dev/null 2>"$tmp/err"; rc=$?
check explore_replay '[ -n "$cmd" ] && [ $rc = 66 ] && [ "$(nwarn "$tmp/err")" = 1 ]' "cmd '$cmd' exit $rc"

# ---- tests/go: what Go finds race-free runs clean --------------------
# Every tests/go program was run under `go build -race` (3 runs each); the
# ones Go reports races in are listed in tests/race/go_racy.txt and skipped.
skip=" $(sed -n 's/^skip \([^ ]*\).*/\1/p' $d/go_racy.txt | tr '\n' ' ') "
for src in tests/go/*.go tests/go/*.csp; do
  base=${src%.*}; name=$(basename "$base")
  case "$skip" in *" $name "*) continue;; esac
  want_exit=0; [ -f "$base.exit" ] && want_exit=$(cat "$base.exit")
  if [ -f "$base.in" ]; then in=$base.in; else in=/dev/null; fi
  timeout 60 $csp --race "$src" >"$tmp/out" 2>"$tmp/err" <"$in"; rc=$?
  why=
  [ "$(nwarn "$tmp/err")" = 0 ] || why="reported a race: $(grep -m2 ' at 0x' -A2 "$tmp/err" | grep -v ' at 0x' | tr -s ' \n' ' ' | cut -c1-200)"
  [ "$rc" = "$want_exit" ] || why="$why; exit $rc, want $want_exit"
  [ ! -f "$base.out" ] || cmp -s "$tmp/out" "$base.out" || why="$why; stdout differs"
  if [ -z "$why" ]; then ok; else bad "go/$name" "${why#; }"; fi
done

echo "$pass passed, $fail failed"
[ $fail = 0 ]
