#!/usr/bin/env bash
# explore_all.sh: `csp explore --all` (every schedule that can matter) and
# `csp --schedule TOKEN` (replaying one). Programs whose complete sets of
# outcomes are worked out by hand (in the comment above each) must give
# exactly those outcomes, with the search complete; the bounds (--max-
# schedules, --max-steps, --preemptions) must say the search was not
# complete; every outcome's token must replay it; bad tokens are refused.
# Programs are in tests/explore/; python3 reads the --json reports.
set -u
cd "$(dirname "$0")/.."
csp=${CSP:-./csp}
d=tests/explore
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL explore_all/$1: $2"; }

# all NAME FILE [OPTIONS...]: explores FILE; $tmp/NAME.json, $tmp/NAME.rc
all() {
  local name=$1 file=$2; shift 2
  timeout 120 $csp explore --all --json "$@" "$file" >"$tmp/$name.json" 2>"$tmp/$name.err" </dev/null
  echo $? >"$tmp/$name.rc"
}
# field NAME EXPR: a python expression over the report j
field() { python3 -c "import json,sys; j=json.load(open('$tmp/$1.json')); print($2)" 2>/dev/null; }
# outcomes NAME: the set of outcomes, one a line: stdout (\n as |), exit, end
outcomes() { field "$1" "'\\n'.join(sorted('%s %s %s' % ((o['stdout'] or '').replace('\\n','|'), o['exit'], o['end']) for o in j['outcomes']))"; }
# expect NAME FILE WANT...: FILE has exactly the outcomes WANT (each "stdout exit end"), complete
expect() {
  local name=$1 file=$2; shift 2
  all "$name" "$file"
  local want got
  want=$(printf '%s\n' "$@" | sort)
  got=$(outcomes "$name")
  [ "$got" = "$want" ] && ok || bad "$name" "outcomes: got [$(echo "$got" | tr '\n' ';')], want [$(echo "$want" | tr '\n' ';')] $(head -c 200 "$tmp/$name.err")"
  [ "$(field "$name" "j['complete']")" = True ] && ok || bad "$name" "search not complete"
}
schedules() { field "$1" "j['schedules']"; }

# two printers: a and b in either order
expect printers $d/printers.csp 'ab| 0 normal' 'ba| 0 normal'
# a lost update: each reads x, then writes it plus one; both reads before
# both writes lose one increment
expect lost $d/lost_update.csp '1| 0 normal' '2| 0 normal'
# check-then-act: withdraw 7 and 5 from 10, each checking under the lock
# and acting under it again: both checks pass before either act (-2), or
# one acts first and the other's check fails (3 or 5)
expect checkact $d/check_then_act.csp '-2| 0 normal' '3| 0 normal' '5| 0 normal'
# two senders on one channel: the receiver gets them in either order
expect senders $d/two_senders.csp '1 2| 0 normal' '2 1| 0 normal'
# a select over two ready channels takes either
expect select $d/select_ready.csp 'a| 0 normal' 'b| 0 normal'
# a pipeline is deterministic: one outcome (and one schedule does)
expect pipeline $d/pipeline.csp '1|4|9| 0 normal'
[ "$(schedules pipeline)" = 1 ] && ok || bad pipeline "$(schedules pipeline) schedules, want 1"
# close racing a select's send: the send finds the channel closed (panic)
# or sends first
expect closesel $d/close_select.csp ' 2 panic' 'sent| 0 normal'
[ "$(field closesel "[o['message'] for o in j['outcomes'] if o['end'] == 'panic'][0]")" = "panic: send on closed channel" ] && ok || bad closesel "panic message"
# main may return before its process prints, or after
expect mainexit $d/main_exits.csp 'main| 0 normal' 'main|go| 0 normal' 'go|main| 0 normal'
# a timeout that fires only when the work never comes (virtual time
# moves when no process can run): both outcomes
expect timeout $d/timeout.csp 'work| 0 normal' 'timeout| 0 normal'
# a mutex makes the update whole: one outcome
expect locked $d/locked_update.csp '2| 0 normal'
# a wait group: every process's print comes before main's
expect waitgroup $d/waitgroup.csp 'ab.| 0 normal' 'ba.| 0 normal'

# a select parked on two channels is completed by whichever sender comes
# first: either case (the senders race, though on different channels)
expect selwoken $d/select_woken.csp 'a| 0 normal' 'b| 0 normal'
# three senders, three cases: any of them
expect selthree $d/select_three.csp 'a| 0 normal' 'b| 0 normal' 'c| 0 normal'
# a deadlock only some schedules reach: main takes a (then waits on a
# forever: Go's deadlock, exit 2), or takes b and then a
expect deadsome $d/dead_some.csp 'took a| 2 deadlock' 'took b|3| 0 normal'
# a select with a default racing a sender: the value if the sender is
# parked in time, else the default
expect seldefault $d/select_default.csp '1| 0 normal' 'none| 0 normal'
# a select parked to receive on a and to send on b: a's sender completes
# it, or b's receiver does, and then prints before main, after, or never
expect selsendrecv $d/select_send_recv.csp 'recv 1| 0 normal' 'sent| 0 normal' 'sent|got 2| 0 normal' 'got 2|sent| 0 normal'
# a close completes a parked select, or the other channel's sender does
expect selclose $d/select_close.csp 'a 0| 0 normal' 'b 2| 0 normal'
# two receive cases on one channel: a sender that comes first leaves both
# ready, and either is taken (one that finds the select parked completes
# the first)
expect selsame $d/select_same_chan.csp 'one 1| 0 normal' 'two 1| 0 normal'
# a send and a receive case on a channel another process closes: closed
# first, either case (the send panics); closed while parked, the receive
expect selcloseboth $d/select_close_both.csp ' 2 panic' 'closed 0 false| 0 normal'
# found by the cross-check (bench/explore_check.py): a select that
# receives from b or sends on c, then waits on c forever: a deadlock after
# "b1", or after "c!" and c's receiver's "r1" in either order
expect selwait $d/select_then_wait.csp 'b1 2 deadlock' 'c!r1 2 deadlock' 'r1c! 2 deadlock'

# processes that touch nothing in common: one schedule, however long they run
all indep1 $d/independent.csp
sed "s/^const K = .*/const K = 40/" $d/independent.csp > "$tmp/independent40.csp"
all indep40 "$tmp/independent40.csp"
for n in indep1 indep40; do
  [ "$(schedules $n)" = 1 ] && [ "$(field $n "j['complete']")" = True ] && ok || bad $n "$(schedules $n) schedules, want 1, complete"
done

# the dining philosophers: the deadlock is found, the search complete; the
# fix with ordered forks is proven free of it
all phil examples/philosophers.csp
[ "$(field phil "sum(o['count'] for o in j['outcomes'] if o['end'] == 'deadlock') > 0 and j['complete']")" = True ] && ok || bad phil "no deadlock, or not complete"
[ "$(cat $tmp/phil.rc)" = 3 ] && ok || bad phil "exit $(cat $tmp/phil.rc), want 3"
timeout 120 $csp explore --all examples/philosophers_fixed.csp >"$tmp/fixed.out" 2>&1
grep -q '^all [0-9]* schedules explored: [0-9]* outcomes; no schedule deadlocks$' "$tmp/fixed.out" && ok || bad fixed "verdict: $(tail -1 "$tmp/fixed.out")"
timeout 120 $csp explore --all examples/philosophers.csp >"$tmp/phil.out" 2>&1
grep -q '^  deadlock: 1 schedule (replay: csp --schedule s1[0-9a-v]* examples/philosophers.csp)$' "$tmp/phil.out" && ok || bad phil "report lacks the deadlock line"
grep -q '^all [0-9]* schedules explored: [0-9]* outcomes; 1 schedule deadlocks$' "$tmp/phil.out" && ok || bad phil "verdict: $(tail -1 "$tmp/phil.out")"

# replay: every outcome's token reproduces its stdout and exit status
for name in printers checkact closesel phil; do
  n=$(field $name "len(j['outcomes'])")
  file=$(case $name in phil) echo examples/philosophers.csp;; printers) echo $d/printers.csp;; checkact) echo $d/check_then_act.csp;; closesel) echo $d/close_select.csp;; esac)
  for i in $(seq 0 $((n - 1))); do
    tok=$(field $name "j['outcomes'][$i]['token']")
    want=$(field $name "repr((j['outcomes'][$i]['stdout'] or '', j['outcomes'][$i]['exit']))")
    out=$(timeout 30 $csp --schedule "$tok" "$file" 2>"$tmp/replay.err"; echo "rc=$?")
    got=$(python3 -c "import sys; s=sys.argv[1]; i=s.rfind('rc='); print(repr((s[:i], int(s[i+3:]))))" "$out")
    [ "$got" = "$want" ] && ok || bad "replay_$name" "token $tok gave $got, want $want"
  done
done
# the deadlock's replay reports the deadlock; with --trace it draws it
tok=$(field phil "[o['token'] for o in j['outcomes'] if o['end'] == 'deadlock'][0]")
timeout 30 $csp --schedule "$tok" --trace "$tmp/dead.svg" examples/philosophers.csp >/dev/null 2>"$tmp/dead.err"
[ $? = 2 ] && grep -q '^fatal error: all goroutines are asleep - deadlock!' "$tmp/dead.err" && [ -s "$tmp/dead.svg" ] && ok || bad replay_deadlock "$(head -2 "$tmp/dead.err")"
# with --race, the lost update's replay explains it
tok=$(field lost "[o['token'] for o in j['outcomes'] if o['stdout'] == '1\n'][0]")
out=$(timeout 30 $csp --race --schedule "$tok" $d/lost_update.csp 2>"$tmp/race.err"); rc=$?
[ "$out" = 1 ] && [ $rc = 66 ] && grep -q '^WARNING: DATA RACE' "$tmp/race.err" && ok || bad replay_race "stdout '$out', exit $rc"

# bad tokens: refused before anything runs, exit status 1
$csp --schedule nonsense $d/printers.csp >"$tmp/o" 2>"$tmp/e"; rc=$?
[ $rc = 1 ] && [ ! -s "$tmp/o" ] && grep -q 'not a schedule token' "$tmp/e" && ok || bad bad_token "exit $rc: $(head -1 "$tmp/e")"
tok=$(field printers "j['outcomes'][0]['token']")
$csp --schedule "${tok%??}zz" $d/printers.csp >"$tmp/o" 2>"$tmp/e"; rc=$?
[ $rc = 1 ] && grep -q 'damaged' "$tmp/e" && ok || bad damaged_token "exit $rc: $(head -1 "$tmp/e")"
$csp --schedule "$tok" $d/lost_update.csp >"$tmp/o" 2>"$tmp/e"; rc=$?
[ $rc = 1 ] && [ ! -s "$tmp/o" ] && grep -q 'made for another program' "$tmp/e" && ok || bad other_program "exit $rc: $(head -1 "$tmp/e")"
$csp --schedule "$tok" --seed 1 $d/printers.csp >"$tmp/o" 2>"$tmp/e"; rc=$?
[ $rc = 1 ] && ok || bad schedule_and_seed "exit $rc"

# bounds: the search says it is not complete
all maxsched examples/philosophers.csp --max-schedules 3
[ "$(field maxsched "(j['complete'], j['schedules'])")" = "(False, 3)" ] && ok || bad max_schedules "$(field maxsched "(j['complete'], j['schedules'])")"
timeout 60 $csp explore --all --max-schedules 3 examples/philosophers.csp >"$tmp/ms.out" 2>&1
grep -q '^stopped after 3 schedules (--max-schedules 3): not complete' "$tmp/ms.out" && ok || bad max_schedules_text "$(tail -1 "$tmp/ms.out")"
# a process that never stops: every run ends at --max-steps
all steps $d/spin.csp --max-steps 200
[ "$(field steps "(j['complete'], sorted(o['end'] for o in j['outcomes']))")" = "(False, ['step limit'])" ] && ok || bad max_steps "$(field steps "(j['complete'], [o['end'] for o in j['outcomes']])")"
# the philosophers' deadlock needs two preemptions: not with one, found with two
all pre1 examples/philosophers.csp --preemptions 1
[ "$(field pre1 "(j['complete'], any(o['end'] == 'deadlock' for o in j['outcomes']))")" = "(False, False)" ] && ok || bad preemptions1 "$(field pre1 "(j['complete'], [o['end'] for o in j['outcomes']])")"
all pre2 examples/philosophers.csp --preemptions 2
[ "$(field pre2 "any(o['end'] == 'deadlock' and o['preemptions'] == 2 for o in j['outcomes'])")" = True ] && ok || bad preemptions2 "no deadlock with 2 preemptions"
# a bound that cuts nothing leaves the search complete
all pre9 $d/printers.csp --preemptions 9
[ "$(field pre9 "j['complete']")" = True ] && ok || bad preemptions9 "not complete"

# every schedule against every interleaving: the same outcomes
all printers_all $d/printers.csp --no-reduction
[ "$(outcomes printers_all)" = "$(outcomes printers)" ] && [ "$(schedules printers_all)" -gt "$(schedules printers)" ] && ok || bad no_reduction "$(outcomes printers_all | tr '\n' ';') in $(schedules printers_all) schedules"

# usage errors
$csp explore --all --runs 5 $d/printers.csp >/dev/null 2>"$tmp/e"; [ $? = 1 ] && ok || bad usage_runs "--runs with --all accepted"
$csp explore --max-steps 5 $d/printers.csp >/dev/null 2>"$tmp/e"; [ $? = 1 ] && ok || bad usage_steps "--max-steps without --all accepted"

echo "$pass passed, $fail failed"
[ $fail = 0 ]
