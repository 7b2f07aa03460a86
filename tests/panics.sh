#!/usr/bin/env bash
# panics.sh: the whole panic report before the goroutine trace, not just its
# first line: chains of panics (recovered ones marked [recovered], later
# ones indented) and Go's fatal error when an Error or String method panics
# while the values are printed. tests/panics/NAME.go must write NAME.out on
# stdout and, on stderr, NAME.want followed by "goroutine N [running]:",
# then exit with status 2; each .out and .want is Go 1.19's own output.
# Each program runs as is, with --workers 1 and with --seed.
set -u
cd "$(dirname "$0")/.."
csp=${CSP:-./csp}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
bad() { fail=$((fail+1)); echo "FAIL panics/$1: $2"; }

for src in tests/panics/*.go; do
  base=${src%.go}; name=$(basename "$base")
  for flags in "" "--workers 1" "--seed 5"; do
    label="$name${flags:+ ($flags)}"
    # shellcheck disable=SC2086
    timeout 60 $csp $flags "$src" >"$tmp/out" 2>"$tmp/err" </dev/null; rc=$?
    if [ "$rc" != 2 ]; then bad "$label" "exit $rc, want 2: $(head -c 300 "$tmp/err" | tr '\n' '|')"; continue; fi
    if ! cmp -s "$tmp/out" "$base.out"; then bad "$label" "stdout: $(head -c 200 "$tmp/out" | tr '\n' '|')"; continue; fi
    # the report up to the goroutine line, without the blank line before it
    sed '/^goroutine /,$d' "$tmp/err" | sed '${/^$/d}' >"$tmp/head"
    if ! cmp -s "$tmp/head" "$base.want"; then
      bad "$label" "report '$(tr '\n' '|' <"$tmp/head")', want '$(tr '\n' '|' <"$base.want")'"; continue; fi
    if ! grep -Eq '^goroutine [0-9]+ \[running\]:$' "$tmp/err"; then bad "$label" "no goroutine line"; continue; fi
    pass=$((pass+1))
  done
done

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
