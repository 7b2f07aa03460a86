#!/bin/sh
# run.sh: runs the front end's unit tests (test binaries in $1, then
# badinput.sh) and prints each PASS/FAIL line and a final "N passed, N failed".
dir=${1:-build/unit}
here=$(dirname "$0")
out=$( { "$dir/test_lexer"; "$dir/test_parse"; "$here/badinput.sh" "$dir/parse_file"; } 2>&1)
printf '%s\n' "$out" | grep -v ' passed, .* failed$'
pass=$(printf '%s\n' "$out" | grep -c '^PASS ')
fail=$(printf '%s\n' "$out" | grep -c '^FAIL ')
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
