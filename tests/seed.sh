#!/usr/bin/env bash
# seed.sh: deterministic runs (SPEC §9 --seed): the same seed replays a run
# byte for byte, different seeds explore different interleavings, virtual
# time makes sleeps free, and failure reports name the seed.
set -u
cd "$(dirname "$0")/.."
csp=${CSP:-./csp}
d=tests/seed
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL seed/$1"; }
check() { if eval "$2"; then ok; else bad "$1"; fi; }

# the same seed twice gives the same output, for every source of choice
for s in 1 2 3 42 1000; do
  a=$($csp --seed $s $d/racy.csp); b=$($csp --seed $s $d/racy.csp)
  check "racy_replay_$s" '[ "$a" = "$b" ] && [ -n "$a" ]'
  a=$($csp --seed $s $d/choices.csp); b=$($csp --seed $s $d/choices.csp)
  check "choices_replay_$s" '[ "$a" = "$b" ] && [ "$(echo "$a" | wc -l)" = 4 ]'
done

# different seeds interleave the racy counter differently (lost updates),
# and never break the locked one
for s in $(seq 1 20); do $csp --seed $s $d/racy.csp; done > "$tmp/racy"
distinct=$(sort -u "$tmp/racy" | wc -l)
check racy_varies '[ "$distinct" -ge 3 ]'
check racy_loses_updates 'grep -qv "^total: 10000$" "$tmp/racy"'
for s in $(seq 1 20); do $csp --seed $s $d/locked.csp; done > "$tmp/locked"
check locked_always_right '[ "$(sort -u "$tmp/locked")" = "total: 10000" ]'
# and the other choices differ between seeds too
for s in $(seq 1 10); do $csp --seed $s $d/choices.csp | head -1; done > "$tmp/sel"
check select_varies '[ "$(sort -u "$tmp/sel" | wc -l)" -ge 2 ]'

# virtual time: almost two hours of sleeping; the timeout would kill a
# real-time run long before (this asserts behaviour, not speed). sleepy.out
# is what Go prints: checked with Go 1.19 built with -tags faketime (the
# playground's virtual clock), the loop variable copied per iteration.
out=$(timeout 60 $csp --seed 5 $d/sleepy.csp); rc=$?
check virtual_time_runs '[ $rc = 0 ]'
check virtual_time_output '[ "$out" = "$(cat $d/sleepy.out)" ]'
check virtual_time_other_seed '[ "$(timeout 60 $csp --seed 6 $d/sleepy.csp)" = "$(cat $d/sleepy.out)" ]'
# the example (its .out is what Go 1.19 built with -tags faketime prints,
# the playground's virtual clock)
check virtual_time_example '[ "$(timeout 60 $csp --seed 11 examples/virtual_time.csp)" = "$(cat $d/example_virtual_time.out)" ]'
# the virtual wall clock starts where Go's playground does, in UTC
out=$($csp --seed 1 -e 'time.Sleep(90 * time.Minute); fmt.Println(time.Now().Format("2006-01-02 15:04:05 MST"))')
check virtual_wall_clock '[ "$out" = "2009-11-11 00:30:00 UTC" ]'
# time passes while processes compute: a timeout fires beside a spinner
out=$(timeout 60 $csp --seed 3 -e 'go func() { for {} }(); time.Sleep(time.Second); fmt.Println("woke")')
check virtual_time_with_spinner '[ "$out" = "woke" ]'

# one worker, whatever is asked
out=$($csp --seed 1 --workers 4 -e 'fmt.Println(runtime.GOMAXPROCS(0)); runtime.GOMAXPROCS(3); fmt.Println(runtime.GOMAXPROCS(0))' 2>"$tmp/err")
check one_worker '[ "$out" = "$(printf "1\n1")" ]'
check one_worker_note '[ "$(cat "$tmp/err")" = "csp: --seed runs on one worker: --workers 4 is ignored" ]'

# deadlock and panic reports end by naming the seed
printf 'ch := make(chan int)\ngo func() { ch <- 1 }()\n<-ch\n<-ch\n' > "$tmp/dead.csp"
$csp --seed 42 "$tmp/dead.csp" 2>"$tmp/err"; rc=$?
check deadlock_status '[ $rc = 2 ]'
check deadlock_report 'grep -q "^fatal error: all goroutines are asleep - deadlock!" "$tmp/err" && grep -q "goroutine 1 \[chan receive\]" "$tmp/err"'
check deadlock_names_seed 'grep -q -- "--seed 42" "$tmp/err"'
$csp --seed 7 -e 'var a []int; fmt.Println(a[2])' 2>"$tmp/err"; rc=$?
check panic_names_seed '[ $rc = 2 ] && grep -q "^panic: runtime error: index out of range" "$tmp/err" && grep -q -- "--seed 7" "$tmp/err"'
$csp -e 'var a []int; fmt.Println(a[2])' 2>"$tmp/err"
check unseeded_panic_plain '! grep -q -- "--seed" "$tmp/err"'

# accesses to shared memory become switch points only in seeded code
check disasm_switch_points '$csp --seed 1 disasm $d/racy.csp | grep -q RACE && ! $csp disasm $d/racy.csp | grep -q RACE'

# bad seeds are usage errors
$csp --seed abc -e '1' 2>/dev/null; rc=$?
check bad_seed '[ $rc = 1 ]'
$csp --seed -3 -e '1' 2>/dev/null; rc=$?
check negative_seed '[ $rc = 1 ]'

echo "$pass passed, $fail failed"
[ $fail = 0 ]
