#!/usr/bin/env bash
# memory.sh: big allocations and running out of memory (programs in
# tests/memory/; every expectation below was checked against Go 1.19).
#
#   - lazy.go: a channel of 1e9 ints and other big zeroed blocks must stay
#     untouched (Go: under 1 GB resident; csp once wrote all 8 GB). The peak
#     resident size is read from /proc while the program waits on stdin.
#   - oom_*.go: an allocation that cannot be met ends the program as Go's
#     does: the output so far, then Go's fatal error, exit status 2. Two of
#     them run under `ulimit -v` in a subshell.
# Each case runs as is, with --workers 1 and with --seed.
set -u
cd "$(dirname "$0")/.."
csp=${CSP:-./csp}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL memory/$1: $2"; }
FLAGS=("" "--workers 1" "--seed 11")

# run_lazy flags: the program's stdout and its peak resident size (kB)
lazy_want='1 1000000000 7 100000000 3 0 1 0 2 0
10000000 4 10000000 nine true
ready
0 3 1 2 0 nine'
run_lazy() {
  local label="lazy ${1:-default}" pid hwm="" rc
  rm -f "$tmp/in"; mkfifo "$tmp/in"
  # shellcheck disable=SC2086
  $csp $1 tests/memory/lazy.go <"$tmp/in" >"$tmp/out" 2>"$tmp/err" &
  pid=$!
  exec 3>"$tmp/in"                      # the program's stdin stays open
  for _ in $(seq 1200); do              # it reads stdin once it is ready
    if grep -q '^ready$' "$tmp/out"; then
      hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null)
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  exec 3>&-                             # end of input: the program finishes
  for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null && { wait "$pid"; bad "$label" "hung"; return; }
  wait "$pid"; rc=$?
  if [ "$rc" != 0 ]; then bad "$label" "exit $rc: $(head -c 300 "$tmp/err")"; return; fi
  if [ "$(cat "$tmp/out")" != "$lazy_want" ]; then bad "$label" "stdout: $(head -c 300 "$tmp/out" | tr '\n' '|')"; return; fi
  if [ -z "$hwm" ]; then bad "$label" "could not read the resident size"; return; fi
  if [ "$hwm" -gt 1000000 ]; then bad "$label" "peak resident size $hwm kB: big zeroed blocks were touched"; return; fi
  ok
}
for f in "${FLAGS[@]}"; do run_lazy "$f"; done

# expect_oom name vlimit flags file want-stdout line1-regexp [line2]
expect_oom() {
  local label="$1 ${3:-default}" rc l1 l2
  # shellcheck disable=SC2086
  ( [ "$2" = none ] || ulimit -v "$2"; exec timeout 120 $csp $3 "$4" ) >"$tmp/out" 2>"$tmp/err"; rc=$?
  l1=$(sed -n 1p "$tmp/err"); l2=$(sed -n 2p "$tmp/err")
  if [ "$rc" != 2 ]; then bad "$label" "exit $rc, want 2: $(head -c 300 "$tmp/err")"; return; fi
  if [ "$(cat "$tmp/out")" != "$5" ]; then bad "$label" "stdout '$(head -c 200 "$tmp/out" | tr '\n' '|')', want '$(printf '%s' "$5" | tr '\n' '|')'"; return; fi
  if ! printf '%s\n' "$l1" | grep -Eq "$6"; then bad "$label" "stderr line 1 '$l1', want /$6/"; return; fi
  if [ $# -ge 7 ] && [ "$l2" != "$7" ]; then bad "$label" "stderr line 2 '$l2', want '$7'"; return; fi
  ok
}
cannot='^runtime: out of memory: cannot allocate [0-9]+-byte block \([0-9]+ in use\)$'
for f in "${FLAGS[@]}"; do
  # 8 TB is refused only when the kernel does not overcommit blindly
  if [ "$(cat /proc/sys/vm/overcommit_memory 2>/dev/null)" != 1 ]; then
    expect_oom commit none "$f" tests/memory/oom_commit.go before '^fatal error: runtime: out of memory$'
  fi
  expect_oom reserve none "$f" tests/memory/oom_reserve.go before \
    '^runtime: out of memory: cannot allocate 140737488355328-byte block \([0-9]+ in use\)$' 'fatal error: out of memory'
  # a sanitizer build reserves terabytes of shadow memory at start: no ulimit -v
  [ -n "${CSP_SANITIZED:-}" ] && continue
  expect_oom loop 2000000 "$f" tests/memory/oom_loop.go "$(printf 'start\n0')" "$cannot" 'fatal error: out of memory'
  expect_oom small 2000000 "$f" tests/memory/oom_small.go "$(printf 'start\n0')" "$cannot" 'fatal error: out of memory'
done

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
