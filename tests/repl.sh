#!/usr/bin/env bash
# tests/repl.sh: transcript tests of the REPL (SPEC §10).
#
#   tests/repl/NAME.in    a session piped into `csp` (no prompts);
#   tests/repl/NAME.out   its expected stdout and stderr, merged;
#   tests/repl/NAME.exit  its exit status when not 0 (1: an entry failed to
#                         compile, 2: one panicked or deadlocked).
# Each session runs with the default workers and with --workers 1. Then:
# Ctrl-C (SIGINT) on a running entry, :disasm, and the terminal interface
# through a pseudo-terminal (tests/repl_pty.py: prompts, continuation
# lines, history recall, Tab completion, Ctrl-C on `for {}`).
# Prints FAIL lines, then "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
csp=${CSP:-./csp}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL repl/$1: $2"; }

for in in tests/repl/*.in; do
  name=$(basename "$in" .in)
  for flag in "" "--workers 1"; do
    label="$name${flag:+ ($flag)}"
    timeout 30 $csp $flag < "$in" > "$tmp/out" 2>&1
    rc=$?
    want_rc=0; [ -f "tests/repl/$name.exit" ] && want_rc=$(cat "tests/repl/$name.exit")
    if [ $rc != "$want_rc" ]; then bad "$label" "exit $rc, want $want_rc: $(tail -3 "$tmp/out" | tr '\n' ' ')"; continue; fi
    if ! cmp -s "$tmp/out" "tests/repl/$name.out"; then
      bad "$label" "output differs: $(diff "tests/repl/$name.out" "$tmp/out" | head -8 | tr '\n' ' ' | cut -c1-400)"; continue; fi
    ok
  done
done

# a piped session's exit status: 0 when every entry ran, 1 after an entry
# that failed to compile (or a command that failed), 2 after a panic or a
# deadlock (also in a background process; it outranks 1), os.Exit's own
session_status() { # name want-exit input
  printf '%b' "$3" | timeout 10 $csp > "$tmp/out" 2>&1; local rc=$?
  if [ $rc = "$2" ]; then ok; else bad "status_$1" "exit $rc, want $2: $(tr '\n' '|' < "$tmp/out" | cut -c1-300)"; fi
}
session_status clean 0 'x := 1\nx + 1\n'
session_status compile_error 1 'x := 1\ny := nope\nx\n'
session_status syntax_error 1 'x := 1 +* 2\nx := 3\n'
session_status unknown_command 1 ':frobnicate\n1\n'
session_status incomplete_last_entry 1 'func f() {\n'
session_status panic 2 'var a []int\na[1]\nfmt.Println("goes on")\n'
session_status deadlock 2 'ch := make(chan int)\n<-ch\n'
session_status background_panic 2 'go func() { panic("bg") }()\ntime.Sleep(100 * time.Millisecond)\n'
session_status panic_outranks_error 2 'nope\npanic("p")\nnope\n'
session_status recovered 0 'func f() (s string) { defer func() { s = fmt.Sprint(recover()) }(); panic("r") }\nf()\n'
session_status os_exit 4 'nope\nos.Exit(4)\n'

# Ctrl-C interrupts a running entry (a busy loop, then a parked receive); the session goes on
mkfifo "$tmp/in"
. tests/lib/sig.sh
with_sig DFL $csp < "$tmp/in" > "$tmp/out" 2>&1 &
pid=$!
( sleep 20; kill -KILL $pid 2>/dev/null ) & watchdog=$!
exec 3>"$tmp/in"
printf 'x := 7\nfor {}\n' >&3; sleep 0.5; kill -INT $pid 2>/dev/null; sleep 0.3
printf 'ch := make(chan int)\ngo func() { time.Sleep(time.Hour); ch <- 1 }()\n<-ch\n' >&3; sleep 0.5; kill -INT $pid 2>/dev/null; sleep 0.3
printf 'x + 1\n' >&3
exec 3>&-
wait $pid; rc=$?
kill $watchdog 2>/dev/null; wait $watchdog 2>/dev/null
want=$'interrupted\ninterrupted\n8'
if [ $rc = 0 ] && [ "$(cat "$tmp/out")" = "$want" ]; then ok; else bad sigint "exit $rc, output: $(tr '\n' '|' < "$tmp/out")"; fi

# :disasm prints the bytecode of a function, and of an expression (which
# calls sq through its slot, so that a redefinition of sq reaches it)
printf 'func sq(n int) int { return n * n }\n:disasm sq\n:disasm sq(3) + 1\n' | timeout 10 $csp > "$tmp/out" 2>&1
if grep -q '^func main.sq ' "$tmp/out" && grep -q 'GETG .*; main.sq' "$tmp/out" && grep -q 'CALLC' "$tmp/out" && grep -q 'repl.echo' "$tmp/out"; then ok
else bad disasm "$(head -c 300 "$tmp/out" | tr '\n' '|')"; fi

# values that hold addresses (differing per run, so masked): a pointer
# inside an error, as %#v shows it, with the error's message as a comment;
# a pointer to an int (checked against Go's fmt.Printf("%#v"))
printf 'strconv.Atoi("x")\nx := 5\n&x\n' | timeout 10 $csp 2>&1 | sed 's/0x[0-9a-f]\{6,\}/0xADDR/g' > "$tmp/out"
want='(0, &strconv.NumError{Func:"Atoi", Num:"x", Err:(*errors.errorString)(0xADDR)}) // _, strconv.Atoi: parsing "x": invalid syntax
(*int)(0xADDR)'
if [ "$(cat "$tmp/out")" = "$want" ]; then ok; else bad show_addresses "$(tr '\n' '|' < "$tmp/out")"; fi

# the example session examples/queue_repl.in shows what its comments say
timeout 10 $csp < examples/queue_repl.in > "$tmp/out" 2>&1
want='chan string (len 0, cap 3)
chan string (len 2, cap 3)
false
"first"
chan string (len 1, cap 3)
chan string (len 1, cap 3, closed)
"second"
""
false
chan int (len 0, cap 0)
42'
if [ "$(cat "$tmp/out")" = "$want" ]; then ok; else bad example_queue_repl "$(tr '\n' '|' < "$tmp/out")"; fi

# the terminal interface, through a pseudo-terminal
if command -v python3 >/dev/null && [ -f tests/repl_pty.py ]; then
  out=$(CSP="$csp" timeout 60 python3 tests/repl_pty.py 2>&1); rc=$?
  printf '%s\n' "$out" | grep '^FAIL' | sed 's/^FAIL /FAIL repl\/pty: /'
  p=$(printf '%s\n' "$out" | grep -c '^PASS'); f=$(printf '%s\n' "$out" | grep -c '^FAIL')
  pass=$((pass + p)); fail=$((fail + f))
  if [ $rc != 0 ] && [ "$f" = 0 ]; then bad pty "exit $rc: $(printf '%s' "$out" | tail -3 | tr '\n' ' ')"; fi
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
