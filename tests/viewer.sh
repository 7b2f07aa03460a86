#!/usr/bin/env bash
# viewer.sh: --trace FILE.html, the page that replays a schedule beside the
# source, opened in Debian's Chromium, headless (no display needed), and
# driven by tests/viewer/check.js through playwright-core: a seeded
# ping-pong stepped with the keys, the slider and a click (values, lines,
# states checked against the run's output and the source), a buffered
# channel's contents, a lock's holder and a WaitGroup's counter, the dining
# philosophers' deadlock (final state, the cycle), a race found by --race
# (both accesses, the jump between them), two workers, 300 goroutines,
# a cut trace.
# `make viewer-deps` (part of `make test`) installs chromium and, into
# build/node (never committed), playwright-core. Screenshots: build/viewer/.
set -u
cd "$(dirname "$0")/.."
csp=${CSP:-./csp}
d=tests/viewer
out=build/viewer
mkdir -p "$out"
pass=0; fail=0
export PLAYWRIGHT_DIR=${PLAYWRIGHT_DIR:-build/node/node_modules/playwright-core}
if ! command -v node >/dev/null || [ ! -x /usr/bin/chromium ] || [ ! -d "$PLAYWRIGHT_DIR" ]; then
  echo "FAIL viewer/deps: node, /usr/bin/chromium or $PLAYWRIGHT_DIR is missing: run make viewer-deps"
  echo "0 passed, 1 failed"; exit 1
fi

page() { # name want-exit csp-args...: writes $out/name.html and $out/name.out
  local name=$1 want=$2; shift 2
  "$csp" --trace "$out/$name.html" "$@" > "$out/$name.out" 2> "$out/$name.err"; local rc=$?
  if [ $rc = "$want" ] && [ -s "$out/$name.html" ]; then pass=$((pass+1))
  else fail=$((fail+1)); echo "FAIL viewer/$name: exit $rc, want $want: $(head -c 300 "$out/$name.err")"; fi
}
check() { # mode page program
  local res; res=$(timeout 120 node $d/check.js "$1" "$out/$2.html" "$3" "$out/$2.out" "$out/$2.png" 2>&1)
  while read -r verdict rest; do
    case $verdict in
      PASS) pass=$((pass+1)) ;;
      FAIL) fail=$((fail+1)); echo "FAIL viewer/$rest" ;;
      *) [ -n "$verdict" ] && { fail=$((fail+1)); echo "FAIL viewer/$1: $verdict $rest"; } ;;
    esac
  done <<< "$res"
}

page pingpong 0 --seed 1 $d/pingpong.csp
check pingpong pingpong $d/pingpong.csp
page buffered 0 --seed 1 $d/buffered.csp
check buffered buffered $d/buffered.csp
page locks 0 --seed 1 $d/locks.csp
check locks locks $d/locks.csp
page deadlock 2 --seed 47 examples/philosophers.csp
check deadlock deadlock examples/philosophers.csp
page race 66 --race --seed 1 $d/race.csp
check race race $d/race.csp
page workers 0 --workers 2 $d/pingpong.csp
check workers workers $d/pingpong.csp
page many 0 --seed 1 tests/trace/many.csp
check many many tests/trace/many.csp
# past the recording limit (CSP_TRACE_LIMIT lowers it) the page says what was cut
sed 's/i < 3/i < 20000/' $d/pingpong.csp > "$out/long.csp"
CSP_TRACE_LIMIT=10000 page truncated 0 --seed 1 "$out/long.csp"
check truncated truncated "$out/long.csp"
# the other formats are untouched: a .html name writes only the page
if [ ! -e "$out/pingpong.html.json" ] && [ ! -e "$out/pingpong.html.svg" ] && grep -q '<script id="trace-data"' "$out/pingpong.html"
then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL viewer/html_only"; fi

echo "$pass passed, $fail failed"
[ $fail = 0 ]
