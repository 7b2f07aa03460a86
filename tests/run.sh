#!/usr/bin/env bash
# tests/run.sh: csp's test runner (`make test`).
#
#   tests/go/NAME.go|.csp   run; stdout must equal NAME.out; exit status NAME.exit
#                           (default 0); first stderr line NAME.err when present.
#                           Every program also runs with --workers 1 and with
#                           a --seed of its own (unless NAME.w1 says "skip").
#   tests/errors/NAME.go    must fail to compile (exit 1); every line marked
#                           `// ERROR "regexp"` must get a diagnostic FILE:LINE:COL:
#                           matching the regexp, and no other line any.
#   tests/unit/...          C unit tests (make unit, make unit-values).
#   tests/*.sh              script tests (bad input, CLI), each prints its own lines.
# Ends with "N passed, N failed"; exit status 0 only when nothing failed.
set -u
cd "$(dirname "$0")/.."
csp=${CSP:-./csp}
filter=${1:-}
pass=0; fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL $1: $2"; }

run_golden() { # file workers-flag label
  local src=$1 flag=$2 label=$3 base=${1%.*}
  local want_exit=0; [ -f "$base.exit" ] && want_exit=$(cat "$base.exit")
  if [ -f "$base.in" ]; then timeout 60 $csp $flag "$src" >"$tmp/out" 2>"$tmp/err" <"$base.in"; else timeout 60 $csp $flag "$src" >"$tmp/out" 2>"$tmp/err" </dev/null; fi
  local got=$?
  if [ $got = 124 ]; then bad "$label" "timed out"; return; fi
  if [ "$got" != "$want_exit" ]; then bad "$label" "exit $got, want $want_exit: $(head -c 300 "$tmp/err" | tr '\n' ' ')"; return; fi
  if [ -f "$base.out" ] && ! cmp -s "$tmp/out" "$base.out"; then
    bad "$label" "stdout differs: $(diff "$base.out" "$tmp/out" | head -6 | tr '\n' ' ' | cut -c1-300)"; return; fi
  if [ -f "$base.err" ] && [ "$(head -n 1 "$tmp/err")" != "$(head -n 1 "$base.err")" ]; then
    bad "$label" "stderr: got '$(head -n 1 "$tmp/err")', want '$(head -n 1 "$base.err")'"; return; fi
  ok
}

for src in tests/go/*.go tests/go/*.csp; do
  [ -f "$src" ] || continue
  case "$src" in *"$filter"*) ;; *) continue;; esac
  run_golden "$src" "" "$src"
  base=${src%.*}
  if [ "$(cat "$base.w1" 2>/dev/null)" != skip ]; then
    run_golden "$src" "--workers 1" "$src (W=1)"
    # and one deterministic schedule (a seed of its own per program): the
    # same output, virtual time and all
    seed=$(printf '%s' "$src" | cksum | cut -d' ' -f1)
    run_golden "$src" "--seed $seed" "$src (seed $seed)"
  fi
done

for src in tests/errors/*.go; do
  [ -f "$src" ] || continue
  case "$src" in *"$filter"*) ;; *) continue;; esac
  timeout 30 $csp check "$src" >"$tmp/out" 2>"$tmp/err"
  got=$?
  if [ $got != 1 ]; then bad "$src" "exit $got, want 1 (compile error)"; continue; fi
  name=$(basename "$src")
  okf=1
  grep -n '// ERROR "' "$src" | while IFS= read -r line; do
    ln=${line%%:*}
    re=$(printf '%s' "$line" | sed 's/.*\/\/ ERROR "\(.*\)"[[:space:]]*$/\1/')
    if ! grep -E "^[^:]*$name:$ln:[0-9]+: .*$re" "$tmp/err" >/dev/null; then
      echo "FAIL $src: no error matching \"$re\" at line $ln; got: $(head -c 300 "$tmp/err" | tr '\n' ' ')"; echo x >> "$tmp/badmark"
    fi
  done
  if [ -f "$tmp/badmark" ]; then rm -f "$tmp/badmark"; fail=$((fail+1)); continue; fi
  # no diagnostics on unmarked lines
  extra=$(sed -n "s/^[^:]*$name:\([0-9]*\):[0-9]*: .*/\1/p" "$tmp/err" | while read -r ln; do
            sed -n "${ln}p" "$src" | grep -q '// ERROR' || echo "$ln"; done | head -1)
  if [ -n "$extra" ]; then bad "$src" "unexpected diagnostic at line $extra: $(grep ":$extra:" "$tmp/err" | head -1)"; continue; fi
  ok
done

# script tests
for t in tests/*.sh; do
  [ -f "$t" ] || continue
  [ "$t" = tests/run.sh ] && continue
  [ -n "$filter" ] && { case "$t" in *"$filter"*) ;; *) continue;; esac; }
  out=$(bash "$t" 2>&1); rc=$?
  last=$(printf '%s\n' "$out" | tail -n 1)
  case "$last" in
    *" passed, "*" failed") set -- $last; pass=$((pass + $1)); fail=$((fail + $3))
       printf '%s\n' "$out" | grep '^FAIL' ;;
    *) [ $rc = 0 ] && ok || bad "$t" "exit $rc: $(printf '%s' "$out" | tail -3 | tr '\n' ' ')";;
  esac
done

# C unit tests
if [ -z "$filter" ]; then
  for target in unit unit-values; do
    out=$(make -s "$target" 2>&1); rc=$?
    last=$(printf '%s\n' "$out" | tail -n 1)
    case "$last" in
      *" passed, "*" failed") set -- $last; pass=$((pass + $1)); fail=$((fail + $3))
         printf '%s\n' "$out" | grep '^FAIL' ;;
      *) bad "make $target" "exit $rc: $(printf '%s' "$out" | tail -3 | tr '\n' ' ')";;
    esac
  done
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
