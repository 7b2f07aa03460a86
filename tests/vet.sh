#!/usr/bin/env bash
# vet.sh: csp vet (SPEC §9), run by `make test`.
#
#   tests/vet/NAME.go|.csp  every line marked `// want "re" ["re"...]` must get
#                           a finding FILE:LINE:COL: matching each regexp, no
#                           other line any; exit 1 when there are findings, 0
#                           when none. NAME.out, when present, is the whole
#                           expected output (go vet's, for the go vet checks:
#                           message and LINE:COL), compared line for line;
#                           tests/vet/go_oracle.sh checks the .out files
#                           against go vet (it needs Go: not run here).
#   clean programs          csp vet reports nothing on tests/go/* and
#                           examples/*, except the files listed below, which
#                           misuse fmt on purpose (to test what it prints) or
#                           show csp vet's findings.
#   the command             compile errors as csp check reports them; usage.
# Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
csp=${CSP:-./csp}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL vet/$1: $2"; }

# The `// want` markers of a file: "LINE<TAB>REGEXP", one a regexp.
wants() {
  grep -n '// want "' "$1" | while IFS= read -r line; do
    ln=${line%%:*}
    rest=${line#*// want }
    printf '%s\n' "$rest" | grep -oE '"([^"\\]|\\.)*"' | sed 's/^"//; s/"$//; s/\\"/"/g' |
      while IFS= read -r re; do printf '%s\t%s\n' "$ln" "$re"; done
  done
}

check_file() {
  local src=$1 name; name=$(basename "$src")
  timeout 30 $csp vet "$src" >"$tmp/out" 2>"$tmp/err"; local rc=$?
  local nwant; nwant=$(wants "$src" | wc -l)
  local want_rc=0; [ "$nwant" -gt 0 ] && want_rc=1
  if [ $rc != $want_rc ]; then bad "$name" "exit $rc, want $want_rc: $(head -c 300 "$tmp/err")"; return; fi
  local okf=1
  while IFS=$'\t' read -r ln re; do
    [ -n "$ln" ] || continue
    if ! grep -E "^[^:]*$name:$ln:[0-9]+: " "$tmp/err" | grep -Eq -- "$re"; then
      bad "$name" "no finding matching \"$re\" at line $ln; got: $(grep ":$ln:" "$tmp/err" | head -2 | tr '\n' ' ')"; okf=0
    fi
  done < <(wants "$src")
  [ $okf = 1 ] || return
  # as many findings as markers, none on an unmarked line
  local nfound; nfound=$(grep -c "^[^:]*$name:[0-9]*:[0-9]*: " "$tmp/err")
  local extra; extra=$(sed -n "s/^[^:]*$name:\([0-9]*\):[0-9]*: .*/\1/p" "$tmp/err" | while read -r ln; do
            sed -n "${ln}p" "$src" | grep -q '// want' || echo "$ln"; done | head -1)
  if [ -n "$extra" ]; then bad "$name" "unexpected finding at line $extra: $(grep ":$extra:" "$tmp/err" | head -1)"; return; fi
  if [ "$nfound" != "$nwant" ]; then bad "$name" "$nfound findings for $nwant markers: $(tr '\n' ' ' < "$tmp/err" | head -c 400)"; return; fi
  if [ -f "${src%.*}.out" ] && ! diff <(sed 's|^tests/vet/||' "$tmp/err") "${src%.*}.out" >"$tmp/diff"; then
    bad "$name" "output differs from ${src%.*}.out: $(head -6 "$tmp/diff" | tr '\n' ' ')"; return; fi
  ok
}

for src in tests/vet/*.go tests/vet/*.csp; do
  [ -f "$src" ] && check_file "$src"
done

# Programs that misuse fmt on purpose, and what go vet 1.19 says of them.
declare -A expected=(
  [tests/go/errors_join_wrap.go]=1   # fmt.Errorf("bad %w", 3): prints Go's %!w(int=3)
  [tests/go/fmt_padding_table.go]=1  # %d of a map: prints Go's per-element formatting
  [tests/go/fmt_values.go]=5         # bad verbs, missing and extra arguments: Go's %!d(string=str) ...
  [examples/vet_mistakes.csp]=4      # the example of csp vet's findings
)
clean=0
for src in tests/go/*.go tests/go/*.csp examples/*.csp; do
  [ -f "$src" ] || continue
  timeout 30 $csp vet "$src" >/dev/null 2>"$tmp/err"; rc=$?
  n=$(grep -c ": " "$tmp/err")
  want=${expected[$src]:-0}
  if [ "$n" != "$want" ]; then bad "$src" "$n findings, want $want: $(head -3 "$tmp/err" | tr '\n' ' ')"; continue; fi
  if [ "$want" = 0 ] && [ $rc != 0 ]; then bad "$src" "exit $rc on a clean program"; continue; fi
  if [ "$want" != 0 ] && [ $rc != 1 ]; then bad "$src" "exit $rc with findings, want 1"; continue; fi
  clean=$((clean+1))
done
[ $clean -gt 0 ] && ok

# The command: compile errors are csp check's, silent check, usage.
printf 'package main\nimport "fmt"\nfunc main() { var x int = "s"; fmt.Println(x) }\n' > "$tmp/bad.go"
$csp vet "$tmp/bad.go" 2>"$tmp/vet_err"; rc_vet=$?
$csp check "$tmp/bad.go" 2>"$tmp/check_err"; rc_check=$?
if [ $rc_vet = 1 ] && [ $rc_check = 1 ] && cmp -s "$tmp/vet_err" "$tmp/check_err"; then ok; else bad compile_error "vet exit $rc_vet, check $rc_check; $(head -2 "$tmp/vet_err")"; fi
$csp check tests/vet/printf.go 2>"$tmp/err"; rc=$?
if [ $rc = 0 ] && [ ! -s "$tmp/err" ]; then ok; else bad check_silent "csp check exit $rc: $(head -2 "$tmp/err")"; fi
$csp vet 2>"$tmp/err"; rc=$?
if [ $rc = 1 ] && grep -q "vet needs a file" "$tmp/err"; then ok; else bad usage "exit $rc: $(head -2 "$tmp/err")"; fi
if $csp help | grep -q "csp vet FILE"; then ok; else bad help "csp help does not list csp vet"; fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
