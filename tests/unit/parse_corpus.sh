#!/bin/sh
# parse_corpus.sh: parses every FILE given (e.g. a conformance corpus) with
# parse_file and reports those that fail; exit 1 if any did.
# Usage: tests/unit/parse_corpus.sh build/unit/parse_file DIR/*.go
pf=$1; shift
fail=0; n=0
for f in "$@"; do
    n=$((n+1))
    if ! out=$(timeout 10 "$pf" -q "$f" 2>&1); then
        fail=$((fail+1)); echo "FAIL $f"; printf '%s\n' "$out" | head -3
    fi
done
echo "$n files, $fail failed"
[ "$fail" -eq 0 ]
