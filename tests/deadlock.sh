#!/usr/bin/env bash
# tests/deadlock.sh: deadlocks that explain themselves (runtime/deadlock.c).
#
# Each tests/deadlock/NAME.go deadlocks in every schedule. It must end as
# Go's does (first stderr line, exit status 2), and the explanation after
# the stacks must hold each `// want: TEXT` line of its header and none of
# its `// deny: TEXT` lines. In TEXT, @NAME stands for the number of the
# line marked `// @NAME` in the program, so the expected holders and lines
# come from the program itself. The explanation is compared with its line
# breaks and indentation folded into single spaces (it is wrapped at 79
# columns). Each program runs with the default workers, --workers 1 and
# two seeds. Then the REPL's :procs on live processes.
set -u
cd "$(dirname "$0")/.."
csp=${CSP:-./csp}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL deadlock/$1: $2"; }

# TEXT with each @NAME replaced by the line marked // @NAME in file $1
expand() {
  local src=$1 text=$2 name ln
  while [[ $text =~ @([A-Za-z0-9]+) ]]; do
    name=${BASH_REMATCH[1]}
    ln=$(grep -n "// @$name\$" "$src" | head -1 | cut -d: -f1)
    [ -n "$ln" ] || { echo "NO-MARKER-$name"; return; }
    text=${text//@$name/$ln}
  done
  printf '%s' "$text"
}

for src in tests/deadlock/*.go; do
  name=$(basename "$src" .go)
  for flag in "" "--workers 1" "--seed 1" "--seed 2"; do
    label="$name${flag:+ ($flag)}"
    timeout 30 $csp $flag "$src" >"$tmp/out" 2>"$tmp/err" </dev/null
    rc=$?
    if [ $rc != 2 ]; then bad "$label" "exit $rc, want 2: $(head -c 300 "$tmp/err" | tr '\n' ' ')"; continue; fi
    if [ "$(head -n 1 "$tmp/err")" != "fatal error: all goroutines are asleep - deadlock!" ]; then
      bad "$label" "first stderr line: $(head -n 1 "$tmp/err")"; continue; fi
    # the explanation: from its heading on, folded into one line
    sed -n '/^-- DEADLOCK -/,$p' "$tmp/err" | tr '\n' ' ' | tr -s ' ' > "$tmp/why"
    if ! grep -q "^-- DEADLOCK -.* $src " "$tmp/why"; then bad "$label" "no explanation headed with the file: $(tail -c 300 "$tmp/err" | tr '\n' ' ')"; continue; fi
    good=1
    while IFS= read -r want; do
      want=$(expand "$src" "$want")
      if ! grep -qF -- "$want" "$tmp/why"; then bad "$label" "missing: $want"; good=0; break; fi
    done < <(sed -n 's|^// want: ||p' "$src")
    [ $good = 1 ] || continue
    while IFS= read -r deny; do
      if grep -qF -- "$deny" "$tmp/why"; then bad "$label" "should not say: $deny"; good=0; break; fi
    done < <(sed -n 's|^// deny: ||p' "$src")
    [ $good = 1 ] && ok
  done
done

# The examples read well: deadlock.csp's two goroutines wait on channels
# in a cycle; the philosophers (with a seed that deadlocks, found here) in
# a cycle of three locks. Lines come from the sources.
line_of() { grep -nF -- "$2" "$1" | head -1 | cut -d: -f1; }
ex=examples/deadlock.csp
timeout 10 $csp "$ex" >/dev/null 2>"$tmp/err"; rc=$?
sed -n '/^-- DEADLOCK -/,$p' "$tmp/err" | tr '\n' ' ' | tr -s ' ' > "$tmp/why"
miss=
for want in "2 goroutines wait for each other in a cycle:" \
  "goroutine 1 (main) waits to receive from results (unbuffered, made at line $(line_of $ex 'results := make')) at line $(line_of $ex '<-results)'), whose send is later in the code of goroutine 2, at line $(line_of $ex 'results <- n')" \
  "goroutine 2 waits to receive from jobs (unbuffered, made at line $(line_of $ex 'jobs := make')) at line $(line_of $ex 'n := <-jobs'), whose send is later in the code of goroutine 1 (main), at line $(line_of $ex 'jobs <- 7')"; do
  grep -qF -- "$want" "$tmp/why" || miss="$miss [$want]"
done
if [ $rc = 2 ] && [ -z "$miss" ]; then ok; else bad "example deadlock.csp" "exit $rc, missing:$miss"; fi

ex=examples/philosophers.csp
seed=
for s in $(seq 1 300); do
  timeout 10 $csp --seed $s "$ex" >/dev/null 2>"$tmp/err"
  if [ $? = 2 ]; then seed=$s; break; fi
done
if [ -z "$seed" ]; then bad "example philosophers.csp" "no seed in 1..300 deadlocks"; else
  sed -n '/^-- DEADLOCK -/,$p' "$tmp/err" | tr '\n' ' ' | tr -s ' ' > "$tmp/why"
  l=$(line_of $ex 'left.Lock()'); r=$(line_of $ex 'right.Lock()'); w=$(line_of $ex 'wg.Wait()'); a=$(line_of $ex 'wg.Add(1)')
  miss=
  for want in "3 goroutines wait for each other in a cycle:" \
    "goroutine 2 holds left (locked at line $l) and waits for right at line $r, held by goroutine 3;" \
    "goroutine 3 holds left (locked at line $l) and waits for right at line $r, held by goroutine 4;" \
    "goroutine 4 holds left (locked at line $l) and waits for right at line $r, held by goroutine 2;" \
    "A fix: make every goroutine take these locks in the same order." \
    "goroutine 1 (main) waits in wg.Wait() at line $w. The counter is 3 (last raised by Add at line $a)"; do
    grep -qF -- "$want" "$tmp/why" || miss="$miss [$want]"
  done
  if [ -z "$miss" ]; then ok; else bad "example philosophers.csp (--seed $seed)" "missing:$miss"; fi
fi

# Go's exit status and first line are kept for a deadlock without csp's
# help too: the explanation comes after every stack, never before.
timeout 10 $csp -e 'ch := make(chan int); <-ch' >/dev/null 2>"$tmp/err"; rc=$?
first_stack=$(grep -n '^goroutine 1 \[' "$tmp/err" | head -1 | cut -d: -f1)
heading=$(grep -n '^-- DEADLOCK -' "$tmp/err" | head -1 | cut -d: -f1)
if [ $rc = 2 ] && [ "$(head -1 "$tmp/err")" = "fatal error: all goroutines are asleep - deadlock!" ] &&
   [ -n "$first_stack" ] && [ -n "$heading" ] && [ "$first_stack" -lt "$heading" ]; then ok
else bad "-e order" "exit $rc: $(head -c 300 "$tmp/err" | tr '\n' ' ')"; fi

# The REPL's :procs describes live processes: the channel by its name,
# where it was made, len/cap and its buffered values; the lock's holder.
cat > "$tmp/procs.in" <<'IN'
queue := make(chan int, 3)
queue <- 10; queue <- 20; queue <- 30
go func() { queue <- 40 }()
var mu sync.Mutex
go func() { mu.Lock(); select {} }()
time.Sleep(20 * time.Millisecond)
go func() { mu.Lock() }()
var wg sync.WaitGroup
wg.Add(2)
go func() { wg.Wait() }()
time.Sleep(20 * time.Millisecond)
:procs
IN
for flag in "" "--workers 1"; do
  timeout 30 $csp $flag < "$tmp/procs.in" > "$tmp/out" 2>&1; rc=$?
  tr '\n' ' ' < "$tmp/out" | tr -s ' ' > "$tmp/flat"
  miss=
  for want in "waits to send on queue at <stdin>:1." \
              "queue (made at <stdin>:1): len 3, cap 3, holding [10 20 30]" \
              "waits to lock mu at <stdin>:1. It is held by goroutine" \
              "which locked it as mu at <stdin>:1." \
              "waits in wg.Wait() at <stdin>:1. The counter is 2"; do
    grep -qF -- "$want" "$tmp/flat" || miss="$miss [$want]"
  done
  # the holder is the process that is still in its select {}
  holder=$(sed -n 's/.*It is held by goroutine \([0-9]*\),.*/\1/p' "$tmp/flat")
  grep -q "^goroutine $holder \[select (no cases)\]:" "$tmp/out" || miss="$miss [holder $holder in select {}]"
  if [ $rc = 0 ] && [ -z "$miss" ]; then ok; else bad ":procs${flag:+ ($flag)}" "exit $rc, missing:$miss: $(head -c 400 "$tmp/out" | tr '\n' '|')"; fi
done

echo "$pass passed, $fail failed"
