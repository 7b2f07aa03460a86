#!/bin/sh
# run.sh: runs the front end's unit tests (test binaries in $1, then
# badinput.sh) and prints each PASS/FAIL line and a final "N passed, N failed".
# A test binary that dies (crash, abort) counts as one more failure.
dir=${1:-build/unit}
here=$(dirname "$0")
run() { # name command...
    name=$1; shift
    "$@" 2>&1
    rc=$?
    [ $rc -gt 1 ] && echo "FAIL $name exited with status $rc (crash?)"
    return 0
}
fixtures() {
    for f in "$here"/parse/*.go; do
        if "$dir/parse_file" -q "$f" >/dev/null 2>&1; then echo "PASS fixture/$(basename "$f")"
        else echo "FAIL fixture/$(basename "$f")"; "$dir/parse_file" -q "$f" | head -3; fi
    done
}
out=$( { run test_lexer "$dir/test_lexer"; run test_parse "$dir/test_parse";
         run badinput "$here/badinput.sh" "$dir/parse_file"; fixtures; } )
printf '%s\n' "$out" | grep -v ' passed, .* failed$'
pass=$(printf '%s\n' "$out" | grep -c '^PASS ')
fail=$(printf '%s\n' "$out" | grep -c '^FAIL ')
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
