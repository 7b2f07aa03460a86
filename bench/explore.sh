#!/usr/bin/env bash
# bench/explore.sh: the goals of `csp explore --all` (results in
# bench/explore.md). Timing goals live here, not in make test.
#
#   - the dining philosophers, each taking the left fork then the right:
#     3 (deadlock found, search complete, under 1 s), 4 and 5 (under 30 s);
#     the fix with ordered forks proven deadlock-free for 3 and 4;
#   - two processes that touch nothing in common, k steps each: 1 schedule
#     for any k;
#   - schedules run with partial-order reduction against every interleaving
#     of visible operations (--no-reduction), for a handful of programs
#     small enough to enumerate (bigger ones: "more than" the cap);
#   - the random search (1000 seeds) on the same philosophers, for contrast.
#
#   bench/explore.sh [quick]     (quick: skips the slow enumerations)
set -u
cd "$(dirname "$0")/.."
csp=${CSP:-./csp}
quick=${1:-}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# run LABEL ARGS...: one explore --all, a table row: schedules, complete, outcomes, deadlocks, seconds
run() {
  local label=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  $csp explore --all --json "$@" >"$tmp/r.json" 2>/dev/null
  t1=$(date +%s.%N)
  python3 - "$label" "$t0" "$t1" "$tmp/r.json" <<'EOF'
import json, sys
label, t0, t1, path = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
j = json.load(open(path))
dl = sum(o["count"] for o in j["outcomes"] if o["end"] == "deadlock")
print(f"| {label} | {j['schedules']} | {'yes' if j['complete'] else 'no'} | {len(j['outcomes'])} | {dl} | {t1 - t0:.2f} s |")
EOF
}

phil() { # N ordered: a philosophers program
  sed -e "s/^const N = 3/const N = $1/" examples/philosophers$2.csp > "$tmp/phil$1$2.csp"
  echo "$tmp/phil$1$2.csp"
}

echo "## Philosophers"
echo
echo "| program | schedules | complete | outcomes | deadlocking schedules | time |"
echo "|---|---|---|---|---|---|"
for n in 3 4 5; do run "$n philosophers, left then right" "$(phil $n "")"; done
for n in 3 4; do run "$n philosophers, ordered forks" "$(phil $n _fixed)"; done
run "3 philosophers, at most 2 preemptions" --preemptions 2 "$(phil 3 "")"
echo
t0=$(date +%s.%N)
$csp explore --runs 1000 "$(phil 3 "")" >"$tmp/rand.out" 2>/dev/null
t1=$(date +%s.%N)
echo "Random search, 1000 seeds, 3 philosophers: $(grep -E '^  deadlock' "$tmp/rand.out" || echo '  no deadlock found') ($(python3 -c "print(f'{$t1 - $t0:.1f}')") s)"
echo

echo "## Independent processes"
echo
echo "| program | schedules | complete | outcomes | deadlocking schedules | time |"
echo "|---|---|---|---|---|---|"
for k in 1 10 100 1000; do
  sed "s/^const K = .*/const K = $k/" tests/explore/independent.csp > "$tmp/indep$k.csp"
  run "2 processes, $k steps each, nothing shared" "$tmp/indep$k.csp"
done
echo

echo "## With and without the reduction"
echo
echo "| program | with reduction | every interleaving | outcomes (both) |"
echo "|---|---|---|---|"
cap=200000
[ "$quick" = quick ] && cap=2000
for f in printers select_ready two_senders close_select lost_update check_then_act waitgroup pipeline locked_update \
    select_woken select_three select_send_recv select_close select_default dead_some; do
  $csp explore --all --json tests/explore/$f.csp >"$tmp/a.json" 2>/dev/null
  $csp explore --all --no-reduction --json --max-schedules $cap --max-time 900 tests/explore/$f.csp >"$tmp/b.json" 2>/dev/null
  python3 - "$f" "$tmp/a.json" "$tmp/b.json" <<'EOF'
import json, sys
name, a, b = sys.argv[1], json.load(open(sys.argv[2])), json.load(open(sys.argv[3]))
def outs(j): return sorted((o["stdout"], o["exit"], o["end"]) for o in j["outcomes"])
every = str(b["schedules"]) if b["complete"] else f"more than {b['schedules']}"
same = "the same" if outs(a) == outs(b) else ("differ!" if b["complete"] else "(not all seen)")
print(f"| tests/explore/{name}.csp | {a['schedules']} | {every} | {len(a['outcomes'])}, {same} |")
EOF
done
echo

echo "## Speed"
echo
t0=$(date +%s.%N)
$csp explore --all --json "$(phil 5 "")" >"$tmp/s.json" 2>/dev/null
t1=$(date +%s.%N)
python3 -c "
import json; j = json.load(open('$tmp/s.json'))
print(f\"5 philosophers: {j['schedules']} schedules (+{j['cut']} runs cut short) in {$t1 - $t0:.2f} s: {(j['schedules'] + j['cut']) / ($t1 - $t0):.0f} runs/s\")"
