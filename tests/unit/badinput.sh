#!/bin/sh
# badinput.sh: feeds hostile inputs to the parser driver (tests/unit/parse_file)
# and checks that each run ends with status 0 (parsed) or 1 (syntax error)
# within a few seconds: no crash, no hang, no runaway memory.
# Usage: badinput.sh PATH/TO/parse_file
pf=${1:-build/unit/parse_file}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
limit=10

check() { # name file [expected status]
    timeout $limit "$pf" -q "$2" >"$tmp/out" 2>&1
    rc=$?
    if [ $rc -eq 0 ] || [ $rc -eq 1 ]; then
        if [ -n "$3" ] && [ "$rc" != "$3" ]; then
            echo "FAIL badinput/$1 (exit $rc, want $3)"; head -c 300 "$tmp/out"; echo
        else
            echo "PASS badinput/$1"
        fi
    else
        echo "FAIL badinput/$1 (exit $rc)"; head -c 300 "$tmp/out"; echo
    fi
}

: > "$tmp/empty";                                   check empty "$tmp/empty" 0
printf '\n\n  \t\n' > "$tmp/blank";                 check blank "$tmp/blank" 0
head -c 65536 /dev/urandom > "$tmp/random1";        check random-64k "$tmp/random1" 1
head -c 4096 /dev/urandom | tr -dc 'a-z(){}[];:=.,<+*&|^ \n"`/-' > "$tmp/random2"
check random-tokens "$tmp/random2"
head -c 10000000 /dev/zero | tr '\0' '(' > "$tmp/parens"; check 10MB-of-parens "$tmp/parens" 1
{ printf 'func f() '; head -c 100000 /dev/zero | tr '\0' '{'; } > "$tmp/braces"
check 100k-nested-braces "$tmp/braces" 1
{ printf 'func f() '; head -c 100000 /dev/zero | tr '\0' '{'; head -c 100000 /dev/zero | tr '\0' '}'; } > "$tmp/braces2"
check 100k-balanced-braces "$tmp/braces2" 1
{ printf 'x := []int'; head -c 50000 /dev/zero | tr '\0' '{'; } > "$tmp/complit"
check 50k-nested-composite "$tmp/complit" 1
{ printf 'x := "'; head -c 1000000 /dev/zero | tr '\0' 'a'; printf '"\n'; } > "$tmp/bigstr"
check 1MB-string-literal "$tmp/bigstr" 0
{ printf 'x := `'; head -c 1000000 /dev/zero | tr '\0' 'b'; printf '`\n'; } > "$tmp/bigraw"
check 1MB-raw-string "$tmp/bigraw" 0
{ printf 'x := "'; head -c 1000000 /dev/zero | tr '\0' 'a'; } > "$tmp/bigstr2"
check 1MB-unterminated-string "$tmp/bigstr2" 1
printf 'x := "\377\376"\n' > "$tmp/utf8";           check invalid-utf8-string "$tmp/utf8" 1
printf 'x\300\200 := 1\n' > "$tmp/utf8b";           check invalid-utf8-ident "$tmp/utf8b" 1
printf 'x := 1 /* never closed\n\n' > "$tmp/comment"; check unterminated-comment "$tmp/comment" 1
printf 'x := 1\000\n' > "$tmp/nul";                 check nul-byte "$tmp/nul" 1
printf '\000' > "$tmp/nul1";                        check only-nul "$tmp/nul1" 1
{ printf 'x := 1'; head -c 200000 /dev/zero | tr '\0' '+' ; } > "$tmp/ops"; check 200k-operators "$tmp/ops" 1
{ printf 'x := 0'; i=0; while [ $i -lt 20000 ]; do printf ' + 1'; i=$((i+1)); done; printf '\n'; } > "$tmp/longexpr"
check long-flat-expression "$tmp/longexpr" 0
{ i=0; while [ $i -lt 3000 ]; do printf 'if x {\n} else '; i=$((i+1)); done; printf '{\n}\n'; } > "$tmp/elseif"
check 3000-else-ifs "$tmp/elseif" 0
printf 'func' > "$tmp/func";                        check lone-func "$tmp/func" 1
printf '"' > "$tmp/quote";                          check lone-quote "$tmp/quote" 1
printf "'" > "$tmp/squote";                         check lone-squote "$tmp/squote" 1
printf '`' > "$tmp/bquote";                         check lone-backquote "$tmp/bquote" 1
printf '0x' > "$tmp/hex";                           check lone-hex-prefix "$tmp/hex" 1
printf 'x := "\\' > "$tmp/bs";                      check string-ends-in-backslash "$tmp/bs" 1
printf "x := '\\\\u12" > "$tmp/bs2";                check rune-ends-in-escape "$tmp/bs2" 1
