#!/usr/bin/env bash
# bench/viewer.sh (`make bench-viewer`): how long a --trace FILE.html page
# takes to open in Chromium (headless), for a ping-pong of about 100,000
# recorded events (6,000 round trips under --seed 1) and, with
# BENCH_BIG=1, one of about a million. Target: under two seconds from
# navigation to the first drawn state for 100,000 events. Prints each
# run's time and the median (bench/viewer_load.js); not part of make test.
set -u
cd "$(dirname "$0")/.."
CSP=${CSP:-./csp}
RUNS=${BENCH_RUNS:-5}
export PLAYWRIGHT_DIR=${PLAYWRIGHT_DIR:-build/node/node_modules/playwright-core}
[ -d "$PLAYWRIGHT_DIR" ] && [ -x /usr/bin/chromium ] || { echo "run make viewer-deps first"; exit 1; }
out=build/bench-viewer
mkdir -p "$out"
sizes="6000"
[ "${BENCH_BIG:-}" = 1 ] && sizes="6000 60000"
for n in $sizes; do
  sed "s/i < 3/i < $n/" tests/viewer/pingpong.csp > "$out/pingpong$n.csp"
  $CSP --seed 1 --trace "$out/pingpong$n.html" "$out/pingpong$n.csp" > /dev/null
  events=$(grep -o '"events":[0-9]*' "$out/pingpong$n.html" | head -1 | cut -d: -f2)
  echo "== $n round trips: $events recorded events, $(du -k "$out/pingpong$n.html" | cut -f1) KB of HTML"
  node bench/viewer_load.js "$out/pingpong$n.html" "$RUNS"
done
