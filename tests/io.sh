#!/usr/bin/env bash
# io.sh: standard input, output and error behave as a Go program's do:
# broken pipes end the program (exit 141, also under `trap '' PIPE`),
# output reaches a file or pipe while the program runs and survives the
# signal that kills it, write and read errors are Go's (checked against
# Go: `go run` of the same programs prints the same lines), and a
# directory is no program. Timeouts only detect hangs; nothing here
# measures time.
set -u
cd "$(dirname "$0")/.."
csp=$PWD/${CSP:-./csp}
[ -x "$csp" ] || csp=${CSP:-./csp}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL io/$1: $2"; }
# check name got want
check() { if [ "$2" = "$3" ]; then ok; else bad "$1" "got '$(printf '%s' "$2" | head -c 300)', want '$3'"; fi; }
. tests/lib/sig.sh
# wait_for file regexp: up to 20 s (only a broken csp waits that long)
wait_for() { for _ in $(seq 200); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done; return 1; }

# ---- 8. a write to a broken pipe ends the program, as in Go ----
printf 'for i := 0; ; i++ {\n\tfmt.Println("line", i)\n}\n' > "$tmp/forever.csp"
out=$(timeout 20 "$csp" "$tmp/forever.csp" | head -1; echo "rc=${PIPESTATUS[0]}")
check epipe_stdout "$(echo $out)" "line 0 rc=141"
out=$(trap '' PIPE; timeout 20 "$csp" "$tmp/forever.csp" | head -1; echo "rc=${PIPESTATUS[0]}")
check epipe_stdout_sigpipe_ignored "$(echo $out)" "line 0 rc=141"
out=$(trap '' PIPE; timeout 20 "$csp" -e 'for { fmt.Fprintln(os.Stderr, "e") }' 2>&1 >/dev/null | head -1; echo "rc=${PIPESTATUS[0]}")
check epipe_stderr_sigpipe_ignored "$(echo $out)" "e rc=141"
out=$(trap '' PIPE; timeout 20 "$csp" -e 'w := bufio.NewWriter(os.Stdout); for { w.WriteString("b\n") }' | head -1; echo "rc=${PIPESTATUS[0]}")
check epipe_bufio_sigpipe_ignored "$(echo $out)" "b rc=141"
# a traced program that dies of SIGPIPE still writes its trace
out=$(trap '' PIPE; timeout 20 "$csp" --trace "$tmp/pipe.json" "$tmp/forever.csp" | head -1; echo "rc=${PIPESTATUS[0]}")
check epipe_trace_status "$(echo $out)" "line 0 rc=141"
if python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$tmp/pipe.json" 2>/dev/null; then ok; else bad epipe_trace_written "no valid $tmp/pipe.json"; fi
# the runtime's own messages (println) ignore a broken stderr, as Go's do
(trap '' PIPE; timeout 20 "$csp" -e 'time.Sleep(100 * time.Millisecond); for i := 0; i < 100000; i++ { println("x") }; os.Exit(3)' 2>&1 >/dev/null | true; echo "${PIPESTATUS[0]}") > "$tmp/rc"
check println_broken_stderr "$(cat "$tmp/rc")" 3

# ---- 9. output is not held back, and a killing signal does not lose it ----
printf 'fmt.Println("ready")\ntime.Sleep(time.Hour)\n' > "$tmp/sparse.csp"
"$csp" "$tmp/sparse.csp" > "$tmp/sparse.out" 2>&1 &
pid=$!
if wait_for "$tmp/sparse.out" '^ready$'; then ok; else bad prompt_sparse "nothing reached the file while the program ran"; fi
kill -TERM $pid; wait $pid; rc=$?
check sigterm_status $rc 143
check sigterm_output "$(cat "$tmp/sparse.out")" ready

# dense output (buffered), then a signal: every line is in the file
printf 'for i := 0; i < 5000; i++ {\n\tfmt.Println("line", i)\n}\nfmt.Println("done")\nfor {\n\ttime.Sleep(time.Millisecond)\n}\n' > "$tmp/dense.csp"
with_sig DFL "$csp" "$tmp/dense.csp" > "$tmp/dense.out" 2>&1 &
pid=$!
if wait_for "$tmp/dense.out" '^done$'; then ok; else bad prompt_dense "the output did not reach the file"; fi
kill -INT $pid; wait $pid; rc=$?
check sigint_status $rc 130
check sigint_lines "$(wc -l < "$tmp/dense.out")" 5001
check sigint_last "$(sed -n 5000p "$tmp/dense.out")" "line 4999"

# a line every 20 ms, through a pipe: the reader sees each while
# the program runs, and SIGHUP leaves nothing half-written
printf 'for i := 0; ; i++ {\n\tfmt.Println("tick", i)\n\ttime.Sleep(20 * time.Millisecond)\n}\n' > "$tmp/tick.csp"
mkfifo "$tmp/tickpipe"
cat < "$tmp/tickpipe" > "$tmp/tick.out" &
catpid=$!
with_sig DFL "$csp" "$tmp/tick.csp" > "$tmp/tickpipe" &
pid=$!
if wait_for "$tmp/tick.out" '^tick 5$'; then ok; else bad prompt_pipe "the ticks did not come through the pipe"; fi
kill -HUP $pid; { wait $pid; } 2>/dev/null; rc=$?; wait $catpid
check sighup_status $rc 129
check sighup_complete_lines "$(tail -c 1 "$tmp/tick.out" | od -An -c | tr -d ' ')" '\n'
check sighup_consecutive "$(awk '$2 != NR-1 { print "gap at " NR; exit }' "$tmp/tick.out")" ""

# an inherited SIG_IGN for SIGINT is kept (Go keeps it for SIGINT and SIGHUP)
with_sig IGN "$csp" "$tmp/sparse.csp" > "$tmp/ign.out" 2>&1 &
pid=$!
wait_for "$tmp/ign.out" '^ready$'
kill -INT $pid; sleep 0.3
if kill -0 $pid 2>/dev/null; then ok; else bad sigint_ignored "an inherited SIG_IGN for SIGINT was not kept"; fi
kill -TERM $pid; wait $pid

# a program blocked writing to a pipe nobody reads still dies of SIGTERM
mkfifo "$tmp/fifo"; exec 3<>"$tmp/fifo"
timeout -k 5 20 "$csp" "$tmp/forever.csp" > "$tmp/fifo" &
pid=$!; sleep 0.5; kill -TERM $pid; wait $pid; rc=$?
exec 3>&-
check sigterm_blocked_writer $rc 143

# ---- 10. write errors are returned as Go returns them ----
"$csp" -e 'n, err := fmt.Println("x"); fmt.Fprintln(os.Stderr, n, err)' > /dev/full 2> "$tmp/err"
check full_println "$(cat "$tmp/err")" "0 write /dev/stdout: no space left on device"
cat > "$tmp/werr.go" <<'EOF'
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
)

func main() {
	n, err := fmt.Println("x")
	fmt.Fprintln(os.Stderr, n, err)
	n, err = os.Stdout.WriteString("abc")
	fmt.Fprintln(os.Stderr, n, err)
	n, err = fmt.Fprintf(os.Stdout, "%d\n", 12)
	fmt.Fprintln(os.Stderr, n, err)
	n, err = fmt.Print("z")
	fmt.Fprintln(os.Stderr, n, err)
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Fprintln(os.Stderr, "PathError", pe.Op, pe.Path)
	}
	w := bufio.NewWriter(os.Stdout)
	n, err = w.WriteString("buffered\n")
	fmt.Fprintln(os.Stderr, n, err)
	fmt.Fprintln(os.Stderr, w.Flush())
	n, err = w.WriteString("again\n")
	fmt.Fprintln(os.Stderr, n, err)
}
EOF
"$csp" "$tmp/werr.go" > /dev/full 2> "$tmp/err"; rc=$?
check full_status $rc 0
check full_errors "$(cat "$tmp/err")" "0 write /dev/stdout: no space left on device
0 write /dev/stdout: no space left on device
0 write /dev/stdout: no space left on device
0 write /dev/stdout: no space left on device
PathError write /dev/stdout
9 <nil>
write /dev/stdout: no space left on device
0 write /dev/stdout: no space left on device"
"$csp" "$tmp/werr.go" 1< /dev/null 2> "$tmp/err"
check readonly_stdout "$(head -1 "$tmp/err")" "0 write /dev/stdout: bad file descriptor"
"$csp" "$tmp/werr.go" > "$tmp/good.out" 2> "$tmp/err"
check good_results "$(cat "$tmp/err" | tr '\n' ' ')" "2 <nil> 3 <nil> 3 <nil> 1 <nil> 9 <nil> <nil> 6 <nil> "
check good_output "$(cat "$tmp/good.out")" "x
abc12
zbuffered"
# a closed stdout is /dev/null, as in Go 1.22: writes succeed
"$csp" "$tmp/werr.go" >&- 2> "$tmp/err"
check closed_stdout "$(head -1 "$tmp/err")" "2 <nil>"
# stderr on /dev/full: os.Stderr's write reports it
"$csp" -e 'n, err := fmt.Fprintln(os.Stderr, "e"); fmt.Println(n, err)' 2>/dev/full > "$tmp/out"
check full_stderr "$(cat "$tmp/out")" "0 write /dev/stderr: no space left on device"

# ---- 11. read errors on stdin are reported, as in Go ----
check scanner_directory "$("$csp" -e 's := bufio.NewScanner(os.Stdin); fmt.Println(s.Scan(), s.Err())' < /tmp)" \
  "false read /dev/stdin: is a directory"
cat > "$tmp/rerr.go" <<'EOF'
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	buf := make([]byte, 10)
	n, err := os.Stdin.Read(buf)
	fmt.Println(n, err)
	s := bufio.NewScanner(os.Stdin)
	fmt.Println(s.Scan(), s.Err())
	line, err := bufio.NewReader(os.Stdin).ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
}
EOF
check stdin_directory "$("$csp" "$tmp/rerr.go" < /tmp)" '0 read /dev/stdin: is a directory
false read /dev/stdin: is a directory
"" read /dev/stdin: is a directory'
# a closed stdin is /dev/null, as in Go 1.22: a clean EOF
check stdin_closed "$("$csp" "$tmp/rerr.go" <&-)" '0 EOF
false <nil>
"" EOF'
check stdin_empty "$("$csp" "$tmp/rerr.go" < /dev/null)" '0 EOF
false <nil>
"" EOF'
# a Scanner reads any amount of short lines (it stopped with ErrTooLong
# once 64 KB of input had arrived)
check scanner_large_input "$(seq 1 30000 | "$csp" -e 's := bufio.NewScanner(os.Stdin); n := 0; for s.Scan() { n++ }; fmt.Println(n, s.Text(), s.Err())')" \
  "30000  <nil>"
# after ErrTooLong the next reader gets what Go's gets: the scanner's
# buffer (65536 bytes past the first line) is gone, nothing more
{ echo first; head -c 70000 /dev/zero | tr '\0' a; printf '\nlast\n'; } > "$tmp/long.in"
cat > "$tmp/toolong.csp" <<'EOF'
s := bufio.NewScanner(os.Stdin)
for s.Scan() {
	fmt.Println("line", s.Text())
}
fmt.Println(s.Err())
r := bufio.NewReader(os.Stdin)
for {
	line, err := r.ReadString('\n')
	fmt.Println(len(line), err)
	if err != nil {
		break
	}
}
EOF
check toolong_file "$("$csp" "$tmp/toolong.csp" < "$tmp/long.in" | tr '\n' ' ')" "line first bufio.Scanner: token too long 4465 <nil> 5 <nil> 0 EOF "
check toolong_pipe "$(cat "$tmp/long.in" | "$csp" "$tmp/toolong.csp" | tr '\n' ' ')" "line first bufio.Scanner: token too long 4465 <nil> 5 <nil> 0 EOF "

# ---- 12. a directory is not a program ----
for cmd in run check disasm explore stdin; do
  case $cmd in
    run) "$csp" "$tmp" > "$tmp/out" 2> "$tmp/err"; rc=$?;;
    stdin) "$csp" - < "$tmp" > "$tmp/out" 2> "$tmp/err"; rc=$?;;
    *) "$csp" $cmd "$tmp" > "$tmp/out" 2> "$tmp/err"; rc=$?;;
  esac
  check "directory_$cmd" "$rc $(grep -ci 'is a directory' "$tmp/err")" "1 1"
done
printf ':load %s\nfmt.Println("after")\n' "$tmp" | "$csp" > "$tmp/out" 2> "$tmp/err"
check directory_repl_load "$(cat "$tmp/out") $(grep -ci 'is a directory' "$tmp/err")" "after 1"

echo "$pass passed, $fail failed"
[ $fail = 0 ]
