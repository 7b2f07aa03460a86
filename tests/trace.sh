#!/usr/bin/env bash
# trace.sh: --trace (SPEC §9): the schedule as Chrome Trace Event JSON and
# as an SVG timeline, checked by tests/trace/check.py (python3's json and
# xml modules): tracks, slices, flows from each send to its receive, block
# and wake events, one lane per worker.
set -u
cd "$(dirname "$0")/.."
csp=${CSP:-./csp}
d=tests/trace
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
run_checks() { # prefix, then check.py's arguments
  local prefix=$1; shift
  local out; out=$(python3 $d/check.py "$@" 2>&1) || { fail=$((fail+1)); echo "FAIL trace/$prefix: check.py crashed: $out"; return; }
  while read -r verdict name rest; do
    case $verdict in
      PASS) pass=$((pass+1)) ;;
      FAIL) fail=$((fail+1)); echo "FAIL trace/$prefix/$name $rest" ;;
    esac
  done <<< "$out"
}
expect_run() { # name want-exit command...
  local name=$1 want=$2; shift 2
  "$@" > "$tmp/out" 2> "$tmp/err"; local rc=$?
  if [ $rc = "$want" ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL trace/$name: exit $rc, want $want: $(head -c 300 "$tmp/err")"; fi
}

for w in 1 2; do
  expect_run "pingpong_w$w" 0 $csp --workers $w --trace "$tmp/pp$w.json" $d/pingpong.csp
  run_checks "pingpong_w$w" json "$tmp/pp$w.json" $w 6 - pingpong.csp
done
expect_run pingpong_seeded 0 $csp --seed 9 --trace "$tmp/pps.json" $d/pingpong.csp
run_checks pingpong_seeded json "$tmp/pps.json" 1 6 9 pingpong.csp
# a seeded trace runs on the virtual clock: the same file every time
$csp --seed 9 --trace "$tmp/again" $d/pingpong.csp > /dev/null
$csp --seed 9 --trace "$tmp/again2" $d/pingpong.csp > /dev/null
if cmp -s "$tmp/again.json" "$tmp/again2.json" && cmp -s "$tmp/again.svg" "$tmp/again2.svg"; then pass=$((pass+1))
else fail=$((fail+1)); echo "FAIL trace/seeded_trace_replays: two runs with --seed 9 wrote different traces"; fi
# output is unchanged by tracing
check_out() { if [ "$(cat "$tmp/out")" = "$2" ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL trace/$1: output changed"; fi; }
check_out pingpong_output "$(printf '1\n2\n3')"

# buffered values keep their flow; a sleep's wake-up comes from the timers
expect_run buffered 0 $csp --workers 1 --trace "$tmp/buf.json" $d/buffered.csp
run_checks buffered flows "$tmp/buf.json" 6  # five values, then done <- true

# the worker view: one lane per worker, both processes in the legend
# (--view workers; two workers choose it by themselves)
expect_run burn_w1 0 $csp --workers 1 --view workers --trace "$tmp/burn1.svg" $d/burn.csp
run_checks burn_svg_w1 svg "$tmp/burn1.svg" 1 1 2 3
expect_run burn_w2 0 $csp --workers 2 --trace "$tmp/burn2.svg" $d/burn.csp
run_checks burn_svg_w2 svg "$tmp/burn2.svg" 2 1 2 3
run_checks burn_view_w2 view "$tmp/burn2.svg" workers 2

# the process view: the default with one worker (main and burn.csp's two
# goroutines), with --seed, and on any number of workers with --view procs
expect_run burn_procs_w1 0 $csp --workers 1 --trace "$tmp/burnp1.svg" $d/burn.csp
run_checks burn_view_w1 view "$tmp/burnp1.svg" procs 3
expect_run burn_procs_w2 0 $csp --workers 2 --view procs --trace "$tmp/burnp2.svg" $d/burn.csp
run_checks burn_view_procs_w2 view "$tmp/burnp2.svg" procs 3
expect_run burn_seed_workers 0 $csp --seed 3 --view workers --trace "$tmp/burns.svg" $d/burn.csp
run_checks burn_view_seed_workers view "$tmp/burns.svg" workers 1
expect_run view_bad 1 $csp --view threads --trace "$tmp/x.svg" $d/burn.csp
expect_run view_alone 1 $csp --view procs $d/burn.csp

# main + 2 workers over one channel: 3 lanes, an arrow per hand-off between
# the right lanes (checked against the program's output), blocked bars
# titled with the reason and line, go arrows; and the JSON's goroutine tracks
for seed in 1 5; do
  expect_run "handoff3_s$seed" 0 $csp --seed $seed --trace "$tmp/h$seed" $d/handoff3.csp
  cp "$tmp/out" "$tmp/h$seed.out"
  run_checks "handoff3_s$seed" procs "$tmp/h$seed.svg" "$tmp/h$seed.json" $d/handoff3.csp "$tmp/h$seed.out" 3
done
expect_run handoff3_w2 0 $csp --workers 2 --view procs --trace "$tmp/hw" $d/handoff3.csp
cp "$tmp/out" "$tmp/hw.out"
run_checks handoff3_w2 procs "$tmp/hw.svg" "$tmp/hw.json" $d/handoff3.csp "$tmp/hw.out" 3
# Unlock -> Lock and Done -> Wait arrows, a sleep
expect_run locks 0 $csp --seed 2 --trace "$tmp/locks.svg" $d/locks.csp
run_checks locks wakes "$tmp/locks.svg" $d/locks.csp
# 300 goroutines: 63 lanes of their own and one that folds the rest, with a note
expect_run many 0 $csp --seed 1 --trace "$tmp/many.svg" $d/many.csp
run_checks many fold "$tmp/many.svg" 300
# the philosophers' deadlock (README): each waits at right.Lock() to the end
expect_run philosophers 2 $csp --seed 47 --trace "$tmp/phil.svg" examples/philosophers.csp
run_checks philosophers deadlock "$tmp/phil.svg" examples/philosophers.csp

# a name without .json/.svg gets both; a panicking program is still traced
expect_run both 0 $csp --trace "$tmp/both" $d/pingpong.csp
if [ -s "$tmp/both.json" ] && [ -s "$tmp/both.svg" ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL trace/both_files"; fi
run_checks both_json parses "$tmp/both.json"
expect_run panic 2 $csp --trace "$tmp/panic.json" -e 'go func() {}(); var m map[string]int; m["a"] = 1'
run_checks panic_json parses "$tmp/panic.json"
expect_run deadlock 2 $csp --workers 1 --view workers --trace "$tmp/dead.svg" -e 'ch := make(chan int); <-ch'
run_checks deadlock_svg svg "$tmp/dead.svg" 1 1
# a trace stops at its event limit (2M; CSP_TRACE_LIMIT lowers it) and says so
sed 's/i < 3/i < 20000/' $d/pingpong.csp > "$tmp/long.csp"
CSP_TRACE_LIMIT=10000 expect_run truncated 0 $csp --workers 1 --trace "$tmp/long" "$tmp/long.csp"
if grep -q "the trace stopped recording after" "$tmp/err" && grep -q '"truncated":true' "$tmp/long.json" &&
   grep -q "(truncated)" "$tmp/long.svg"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL trace/truncated_reported"; fi
run_checks truncated_json parses "$tmp/long.json"

# Ctrl-C stops a traced program that would run forever, and the trace is
# still written (the program then dies of the signal, as without --trace).
# with_sig DFL: a background job of a script otherwise starts with SIGINT
# ignored, and csp, like Go, keeps an inherited SIG_IGN.
. tests/lib/sig.sh
# The signal goes once the program runs (it prints "ready"): a fixed sleep
# could interrupt a csp still starting up on a loaded machine, before it
# handles SIGINT, and leave no trace to check.
with_sig DFL $csp --workers 2 --trace "$tmp/int.json" -e 'go func() { for {} }(); fmt.Println("ready"); for { time.Sleep(time.Millisecond) }' > "$tmp/int.out" &
pid=$!
for _ in $(seq 100); do [ -s "$tmp/int.out" ] && break; sleep 0.1; done
sleep 0.2; kill -INT $pid; wait $pid; rc=$?
if [ $rc = 130 ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL trace/interrupt_status: $rc"; fi
run_checks interrupt_json parses "$tmp/int.json"

# an unwritable trace is a usage error before the program runs (cli.sh has more)
expect_run unwritable 1 $csp --trace /nonexistent/dir/t.json -e 'fmt.Println(1)'
if grep -q "cannot write trace /nonexistent/dir/t.json" "$tmp/err"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL trace/unwritable_message"; fi

echo "$pass passed, $fail failed"
[ $fail = 0 ]
