#!/usr/bin/env bash
# badinput.sh: hostile input never crashes or hangs csp. Every file must end
# in a diagnostic (exit 1), a Go-style panic or fatal error (exit 2), or a
# normal run (exit 0) within 20 seconds: never a signal or an assertion.
# CSP=path runs another binary (make asan: the ASan+UBSan build).
set -u
cd "$(dirname "$0")/.."
csp=${CSP:-./csp}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
check() { # name file
  timeout 20 $csp "$2" >/dev/null 2>"$tmp/err" </dev/null
  local rc=$?
  case $rc in
    0|1|2) pass=$((pass+1));;
    124) fail=$((fail+1)); echo "FAIL badinput/$1: timed out";;
    *) fail=$((fail+1)); echo "FAIL badinput/$1: exit $rc: $(head -c 200 "$tmp/err")";;
  esac
  if [ $rc = 1 ] && ! grep -q ':[0-9]*:[0-9]*: ' "$tmp/err"; then
    fail=$((fail+1)); pass=$((pass-1)); echo "FAIL badinput/$1: exit 1 without FILE:LINE:COL diagnostic: $(head -c 200 "$tmp/err")"
  fi
}
: > "$tmp/empty.csp"; check empty "$tmp/empty.csp"
head -c 100000 /dev/urandom > "$tmp/random.csp"; check random "$tmp/random.csp"
printf '\x00\x01\x02fmt.Println(1)\n' > "$tmp/nul.csp"; check nul "$tmp/nul.csp"
head -c 10000000 /dev/zero | tr '\0' '(' > "$tmp/parens.csp"; check parens "$tmp/parens.csp"
{ for i in $(seq 100000); do printf '{'; done; } > "$tmp/braces.csp"; check braces "$tmp/braces.csp"
{ printf 'func main() {\n'; for i in $(seq 3000); do printf 'if true {\n'; done; for i in $(seq 3000); do printf '}\n'; done; printf '}\n'; } > "$tmp/nested_if.csp"; check nested_if "$tmp/nested_if.csp"
{ printf 'x := '; for i in $(seq 5000); do printf '('; done; printf '1'; for i in $(seq 5000); do printf ')'; done; printf '\nfmt.Println(x)\n'; } > "$tmp/nested_expr.csp"; check nested_expr "$tmp/nested_expr.csp"
{ printf 'x := 0'; for i in $(seq 20000); do printf ' + 1'; done; printf '\nfmt.Println(x)\n'; } > "$tmp/long_expr.csp"; check long_expr "$tmp/long_expr.csp"
{ printf 's := "'; head -c 1000000 /dev/zero | tr '\0' 'a'; printf '"\nfmt.Println(len(s))\n'; } > "$tmp/bigstring.csp"; check bigstring "$tmp/bigstring.csp"
printf 's := "\xff\xfe"\nfmt.Println(s)\n' > "$tmp/badutf8.csp"; check badutf8 "$tmp/badutf8.csp"
printf '/* never closed\nfmt.Println(1)\n' > "$tmp/comment.csp"; check comment "$tmp/comment.csp"
printf 's := "never closed\n' > "$tmp/string.csp"; check string "$tmp/string.csp"
printf 'func f(n int) int { return f(n+1) + 1 }\nf(0)\n' > "$tmp/recursion.csp"; check recursion "$tmp/recursion.csp"
printf 'type T struct { t T }\nvar x T\n' > "$tmp/rectype.csp"; check rectype "$tmp/rectype.csp"
printf 'var a = b\nvar b = a\n' > "$tmp/initcycle.csp"; check initcycle "$tmp/initcycle.csp"
printf 'var x [1 << 40]int\n' > "$tmp/hugearray.csp"; check hugearray "$tmp/hugearray.csp"
printf 'x := make([]int, -1)\n' > "$tmp/negmake.csp"; check negmake "$tmp/negmake.csp"
printf 'const c = 1 << 500\n' > "$tmp/bigconst.csp"; check bigconst "$tmp/bigconst.csp"
{ printf 'x := []int{'; for i in $(seq 100000); do printf '%d,' $i; done; printf '}\nfmt.Println(len(x))\n'; } > "$tmp/bigliteral.csp"; check bigliteral "$tmp/bigliteral.csp"
{ for i in $(seq 2000); do printf 'func f%d() int { return %d }\n' $i $i; done; printf 'fmt.Println(f1999())\n'; } > "$tmp/manyfuncs.csp"; check manyfuncs "$tmp/manyfuncs.csp"
for f in tests/go/*.go; do
  [ -f "$f" ] || continue
  # truncated valid programs: every prefix cut at a random byte
  n=$(wc -c < "$f"); [ "$n" -gt 10 ] || continue
  cut=$(( (RANDOM * 32768 + RANDOM) % n ))
  head -c "$cut" "$f" > "$tmp/trunc.go"; check "truncated-$(basename "$f")" "$tmp/trunc.go"
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
