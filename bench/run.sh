#!/usr/bin/env bash
# bench/run.sh (`make bench`): csp beside lua5.4 and python3 on the same
# programs, timed by hyperfine; prints a table of medians and csp's ratio.
set -u
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install hyperfine"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf '%-10s %12s %12s %12s %10s %10s\n' bench csp lua5.4 python3 lua/csp py/csp
for b in fib loop; do
  cmds=("./csp bench/$b.go")
  names=(csp)
  command -v lua5.4 >/dev/null && [ -f bench/$b.lua ] && { cmds+=("lua5.4 bench/$b.lua"); names+=(lua); }
  command -v python3 >/dev/null && [ -f bench/$b.py ] && { cmds+=("python3 bench/$b.py"); names+=(py); }
  hyperfine -N -w 1 -r 5 --export-json "$tmp/$b.json" "${cmds[@]}" >/dev/null 2>&1 || { echo "$b: hyperfine failed"; continue; }
  python3 - "$tmp/$b.json" "$b" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
med = {x["command"].split()[0]: x["median"] for x in r}
c = med.get("./csp"); l = med.get("lua5.4"); p = med.get("python3")
f = lambda v: f"{v*1000:9.1f} ms" if v else "         -"
ratio = lambda v: f"{v/c:9.2f}x" if v and c else "         -"
print(f"{sys.argv[2]:<10} {f(c):>12} {f(l):>12} {f(p):>12} {ratio(l):>10} {ratio(p):>10}")
PY
done
echo "(ratios above 1 mean csp is faster)"
