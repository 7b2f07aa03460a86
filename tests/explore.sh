#!/usr/bin/env bash
# explore.sh: `csp explore FILE` runs FILE under many seeds and reports the
# distinct outcomes, each with the first seed that replays it. Checks exit
# statuses (0 same outcome, 3 different, 1 usage/compile error), the report's
# content, and that replaying a reported seed with `csp --seed K` reproduces
# that outcome exactly.
set -u
cd "$(dirname "$0")/.."
csp=${CSP:-./csp}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL explore/$1: $2"; }
# explore NAME WANT-EXIT ARGS...: runs `csp explore ARGS`, report in $tmp/NAME.out
explore() {
  local name=$1 want=$2; shift 2
  timeout 60 $csp explore "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" </dev/null
  local rc=$?
  if [ "$rc" = "$want" ]; then ok; else bad "$name" "exit $rc, want $want: $(head -c 300 "$tmp/$name.err" | tr '\n' ' ')"; fi
}
has() { # NAME REGEXP: the report of NAME has a line matching REGEXP
  if grep -Eq -- "$2" "$tmp/$1.out"; then ok; else bad "$1" "report lacks /$2/: $(tail -n 3 "$tmp/$1.out" | tr '\n' ' ' | cut -c1-300)"; fi
}
has_err() { # NAME REGEXP: the stderr of NAME matches
  if grep -Eq -- "$2" "$tmp/$1.err"; then ok; else bad "$1" "stderr lacks /$2/: $(head -c 300 "$tmp/$1.err" | tr '\n' ' ')"; fi
}
# block NAME N: the output lines shown for outcome N, with the "    | " cut off
block() {
  awk -v n="$2" '/^outcome [0-9]+:/ { cur = ($2 == n ":") } cur && /^    \| / { print substr($0, 7) }' "$tmp/$1.out"
}
# seed_of NAME N: the first seed of outcome N
seed_of() { sed -n "s/^outcome $2: .*, first seed \([0-9]*\): .*/\1/p" "$tmp/$1.out"; }
noutcomes() { sed -n 's/^csp explore: .*: \([0-9]*\) distinct outcomes*$/\1/p' "$tmp/$1.out"; }

# A deterministic program: one outcome, exit 0.
cat > "$tmp/det.csp" <<'EOF'
ch := make(chan int)
go func() {
	for i := 0; i < 3; i++ {
		ch <- i * i
	}
	close(ch)
}()
for v := range ch {
	fmt.Println(v)
}
EOF
explore det 0 --runs 50 "$tmp/det.csp"
has det '^csp explore: 50 runs of .*det\.csp, seeds 1\.\.50: 1 distinct outcome$'
has det '^outcome 1: 50 runs \(100\.0%\), first seed 1: exit 0$'
[ "$(block det 1)" = "$(printf '0\n1\n4')" ] && ok || bad det "outcome 1 shows '$(block det 1)'"
[ "$(tail -n 1 "$tmp/det.out")" = "all 50 runs gave the same output" ] && ok || bad det "verdict '$(tail -n 1 "$tmp/det.out")'"

# select picks among ready cases at random: the output depends on the seed.
cat > "$tmp/sel.csp" <<'EOF'
a := make(chan string, 1)
b := make(chan string, 1)
for i := 0; i < 4; i++ {
	a <- "a"
	b <- "b"
	select {
	case v := <-a:
		fmt.Println(i, v)
		<-b
	case v := <-b:
		fmt.Println(i, v)
		<-a
	}
}
EOF
explore sel 3 --runs 100 --seed 7 "$tmp/sel.csp"
n=$(noutcomes sel)
[ "${n:-0}" -ge 2 ] && ok || bad sel "want at least 2 outcomes, got '${n}'"
has sel 'seeds 7\.\.106: [0-9]+ distinct outcomes$'
has sel '^[0-9]+ different outcomes in 100 runs: the program.s result depends on the schedule \(replay one with: csp --seed [0-9]+ .*sel\.csp\)$'
# the counts add up to the runs, and the outcomes are sorted by count
total=$(sed -n 's/^outcome [0-9]*: \([0-9]*\) runs* .*/\1/p' "$tmp/sel.out" | awk "{ s += \$1 } END { print s }")
[ "$total" = 100 ] && ok || bad sel "counts add up to $total, want 100"
sed -n 's/^outcome [0-9]*: \([0-9]*\) runs* .*/\1/p' "$tmp/sel.out" | sort -rn -c 2>/dev/null && ok || bad sel "outcomes not sorted by count"
# replaying each outcome's first seed reproduces its output exactly
for k in 1 2; do
  seed=$(seed_of sel $k)
  if [ -z "$seed" ] || [ "$seed" -lt 7 ] || [ "$seed" -gt 106 ]; then bad sel "outcome $k: first seed '$seed' out of range"; continue; fi
  got=$($csp --seed "$seed" "$tmp/sel.csp")
  [ "$got" = "$(block sel $k)" ] && ok || bad sel "replay of seed $seed gave '$got', report shows '$(block sel $k)'"
done
[ "$(block sel 1)" != "$(block sel 2)" ] && ok || bad sel "outcomes 1 and 2 show the same output"
# the same seeds give the same report (runs are reproducible, parallel or not)
explore sel_j1 3 --runs 100 --seed 7 --jobs 1 "$tmp/sel.csp"
cmp -s "$tmp/sel.out" "$tmp/sel_j1.out" && ok || bad sel_j1 "report with --jobs 1 differs: $(diff "$tmp/sel.out" "$tmp/sel_j1.out" | head -4 | tr '\n' ' ')"

# A deadlock under some seeds only: select decides whether <-c has a sender.
cat > "$tmp/dead.csp" <<'EOF'
a := make(chan int, 1)
b := make(chan int, 1)
c := make(chan int)
a <- 1
b <- 2
select {
case <-a:
	fmt.Println("took a")
case <-b:
	fmt.Println("took b")
	go func() { c <- 3 }()
}
fmt.Println(<-c)
EOF
explore dead 3 --runs 60 "$tmp/dead.csp"
has dead '^  deadlock: [0-9]+ runs? \(first seed [0-9]+\)$'
has dead '^outcome [12]: [0-9]+ runs? .*: deadlock \(exit 2\)$'
has dead '^    stderr: fatal error: all goroutines are asleep - deadlock!$'
has dead '^    \| took a$'
has dead 'replay one with: csp --seed [0-9]+ '
seed=$(sed -n 's/^  deadlock: .*(first seed \([0-9]*\))$/\1/p' "$tmp/dead.out")
verdict_seed=$(sed -n 's/.*replay one with: csp --seed \([0-9]*\) .*/\1/p' "$tmp/dead.out")
[ -n "$seed" ] && [ "$seed" = "$verdict_seed" ] && ok || bad dead "verdict replays seed '$verdict_seed', want the deadlock's '$seed'"
out=$($csp --seed "${seed:-0}" "$tmp/dead.csp" 2>"$tmp/dead_replay.err"); rc=$?
[ $rc = 2 ] && [ "$out" = "took a" ] && ok || bad dead "replay of seed $seed: exit $rc, stdout '$out'"
grep -q '^fatal error: all goroutines are asleep - deadlock!' "$tmp/dead_replay.err" && ok || bad dead "replay of seed $seed did not deadlock"

# A panic under some seeds (math/rand is seeded too), after other stderr output.
cat > "$tmp/panic.csp" <<'EOF'
x := rand.Intn(3)
println("debug line on stderr")
a := []int{10, 20}
fmt.Println("x =", x)
fmt.Println(a[x])
EOF
explore panic 3 --runs 60 "$tmp/panic.csp"
has panic '^  panic: [0-9]+ runs? \(first seed [0-9]+\)$'
has panic ': panic \(exit 2\)$'
has panic '^    stderr: panic: runtime error: index out of range \[2\] with length 2$'
n=$(noutcomes panic)
[ "$n" = 3 ] && ok || bad panic "want 3 outcomes, got '$n'"

# The program's own exit status is part of the outcome; the same everywhere is exit 0.
printf 'fmt.Println("bye")\nos.Exit(3)\n' > "$tmp/exit3.csp"
explore exit3 0 --runs 5 "$tmp/exit3.csp"
has exit3 '^  non-zero exit: 5 runs \(first seed 1\)$'
has exit3 '^all 5 runs gave the same outcome: exit 3 \(replay with: csp --seed 1 .*exit3\.csp\)$'

# Options after FILE belong to the program; no output is shown as such.
printf 'fmt.Println(os.Args[1:])\n' > "$tmp/args.csp"
explore args 0 --runs 3 "$tmp/args.csp" --runs 5 'two words'
has args '^csp explore: 3 runs of '
has args '^    \| \[--runs 5 two words\]$'
printf '' > "$tmp/empty.csp"
explore empty 0 --runs=2 --jobs=1 "$tmp/empty.csp"
has empty '^    \(no output\)$'
explore single 0 --runs 1 "$tmp/det.csp"
has single '^1 run: exit 0, nothing to compare'

# A run that never ends is killed at the timeout and counted, quickly.
printf 'fmt.Println("spinning")\nfor {\n}\n' > "$tmp/loop.csp"
start=$(date +%s)
explore loop 0 --runs 2 --timeout 1 "$tmp/loop.csp"
took=$(( $(date +%s) - start ))
has loop '^  timeout: 2 runs \(first seed 1\)$'
has loop ': timeout \(killed after 1s\)$'
[ $took -le 6 ] && ok || bad loop "took ${took}s with --timeout 1"

# Runs that time out say nothing about the schedule: when the others agree,
# the verdict is that they agree (exit 0), the timeouts noted apart.
printf 'if rand.Intn(2) == 0 {\n\tfor {\n\t}\n}\nfmt.Println("done")\n' > "$tmp/some_loop.csp"
explore some_loop 0 --runs 6 --timeout 0.5 "$tmp/some_loop.csp"
has some_loop '^  timeout: [1-5] runs? \(first seed [0-9]+\)$'
has some_loop '^all [1-5] finished runs gave the same output \([1-5] runs? timed out: not counted; try a longer --timeout\)$'

# --json: the same report as one object.
explore det_json 0 --runs 5 --json "$tmp/det.csp"
python3 -c "
import json, sys
j = json.load(open('$tmp/det_json.out'))
o = j['outcomes']
assert j['complete'] is False and j['schedules'] == 5 and j['runs'] == 5, j
assert len(o) == 1 and o[0]['stdout'] == '0\n1\n4\n' and o[0]['exit'] == 0 and o[0]['end'] == 'normal', o
assert o[0]['count'] == 5 and o[0]['replay'] == '--seed 1' and o[0]['seed'] == 1, o
" 2>"$tmp/json.err" && ok || bad det_json "$(tail -1 "$tmp/json.err")"

# Compile errors: reported once as `csp check` does, exit 1, nothing runs.
printf 'x := 1\nfmt.Println(x +\n' > "$tmp/syntax.csp"
explore syntax 1 "$tmp/syntax.csp"
has_err syntax 'syntax\.csp:3:1: syntax error: unexpected EOF'
[ ! -s "$tmp/syntax.out" ] && ok || bad syntax "printed a report: $(head -c 200 "$tmp/syntax.out")"

# The teaching pair: the unguarded counter is caught printing several totals
# (within 300 of the default 1000 seeds); the mutex version never differs.
explore racy 3 --runs 300 examples/racy_counter.csp
n=$(noutcomes racy); [ "${n:-0}" -ge 2 ] && ok || bad racy "only ${n:-?} outcome(s)"
has racy '^    \| total: [0-9]+$'
s=$(seed_of racy 2); want=$(block racy 2)
[ -n "$s" ] && [ "$($csp --seed "$s" examples/racy_counter.csp)" = "$want" ] && ok || bad racy_replay "seed $s does not replay '$want'"
explore mutex 0 --runs 300 examples/counter_mutex.csp
has mutex '^all 300 runs gave the same output$'

# Usage errors: exit 1 with a message.
explore no_file 1
has_err no_file 'no file to explore'
explore missing 1 --runs 5 "$tmp/does-not-exist.csp"
has_err missing 'cannot open'
explore runs0 1 --runs 0 "$tmp/det.csp"
has_err runs0 '--runs needs a whole number'
explore runs_bad 1 --runs 12x "$tmp/det.csp"
explore runs_neg 1 --runs -3 "$tmp/det.csp"
explore runs_noval 1 --runs
has_err runs_noval '--runs needs a value'
explore jobs0 1 --jobs 0 "$tmp/det.csp"
explore timeout0 1 --timeout 0 "$tmp/det.csp"
explore unknown 1 --frobnicate "$tmp/det.csp"
has_err unknown 'unknown option --frobnicate'
explore stdin 1 -
timeout 10 $csp --seed 3 explore "$tmp/det.csp" >/dev/null 2>"$tmp/global_seed.err"; rc=$?
[ $rc = 1 ] && grep -q 'put --seed after explore' "$tmp/global_seed.err" && ok || bad global_seed "exit $rc: $(head -c 200 "$tmp/global_seed.err")"
timeout 30 $csp --workers 3 explore --runs 3 "$tmp/det.csp" >/dev/null 2>&1; rc=$?
[ $rc = 0 ] && ok || bad global_workers "csp --workers 3 explore: exit $rc, want 0 (ignored)"
$csp explore --help | grep -q '^usage: csp explore ' && ok || bad help "csp explore --help"
$csp help | grep -q 'csp explore FILE' && ok || bad help "csp help does not mention explore"

# No progress counter when stderr is not a terminal.
[ ! -s "$tmp/det.err" ] && ok || bad det "stderr not empty: $(head -c 200 "$tmp/det.err" | od -c | head -2)"

echo "$pass passed, $fail failed"
[ $fail = 0 ]
