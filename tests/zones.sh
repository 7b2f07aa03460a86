#!/usr/bin/env bash
# tests/zones.sh: time.Local follows TZ as Go's does (tests/zones/local.go
# under TZ=America/New_York and an unknown zone; outputs from Go 1.22).
# Skipped where the system has no zoneinfo for New York.
set -u
cd "$(dirname "$0")/.."
csp=${CSP:-./csp}
pass=0; fail=0
if [ ! -f /usr/share/zoneinfo/America/New_York ]; then echo "0 passed, 0 failed"; exit 0; fi
for z in "America/New_York new_york" "Nowhere/Land unknown"; do
  set -- $z
  got=$(TZ=$1 timeout 30 $csp tests/zones/local.go 2>&1)
  if [ "$got" = "$(cat tests/zones/local_$2.out)" ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL zones/$2: $(diff <(printf '%s\n' "$got") tests/zones/local_$2.out | head -4 | tr '\n' ' ')"; fi
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
