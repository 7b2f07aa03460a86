#!/usr/bin/env bash
# bench/run.sh (`make bench`): csp beside other implementations of the same
# programs, timed by hyperfine (medians).
#
#  1. fib, loop: csp beside lua5.4 and python3 (call-heavy and dispatch-heavy).
#  2. The concurrency benchmarks (bench/{pingpong,ring,sieve,spawn,million,
#     parallel}.go, each valid Go): csp beside the Go toolchain building the
#     same file, run with the same worker count (`csp --workers W`,
#     GOMAXPROCS=W), and beside Lua coroutines where a .lua twin exists. Each
#     program prints a checkable result; csp's output must equal Go's. The
#     table gives per-unit figures and checks the targets of the concurrency
#     issue (PASS/FAIL). million.go is measured with /usr/bin/time for peak
#     RSS instead of hyperfine.
#
# A missing go or lua5.4 prints "-" in its columns. Environment knobs:
#   CSP=path          interpreter to measure (default ./csp)
#   BENCH_RUNS=n      hyperfine runs per command (default 5)
#   BENCH_ONLY="a b"  run only these concurrency benchmarks
#   BENCH_TIMEOUT=s   per-run limit for the output check (default 120)
set -u
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install hyperfine"; exit 1; }
command -v python3 >/dev/null || { echo "python3 is missing (it formats the tables)"; exit 1; }
CSP=${CSP:-./csp}
RUNS=${BENCH_RUNS:-5}
TIMEOUT=${BENCH_TIMEOUT:-120}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
have_lua=; command -v lua5.4 >/dev/null && have_lua=1

echo "== sequential: csp beside lua5.4 and python3 (hyperfine medians of $RUNS runs)"
printf '%-10s %12s %12s %12s %10s %10s\n' bench csp lua5.4 python3 lua/csp py/csp
for b in fib loop; do
  cmds=("$CSP bench/$b.go")
  [ -n "$have_lua" ] && [ -f bench/$b.lua ] && cmds+=("lua5.4 bench/$b.lua")
  [ -f bench/$b.py ] && cmds+=("python3 bench/$b.py")
  hyperfine -N -w 1 -r "$RUNS" --export-json "$tmp/$b.json" "${cmds[@]}" >/dev/null 2>&1 || { echo "$b: hyperfine failed"; continue; }
  python3 - "$tmp/$b.json" "$b" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
med = {x["command"].split()[0]: x["median"] for x in r}
c = next((v for k, v in med.items() if k not in ("lua5.4", "python3")), None)
l = med.get("lua5.4"); p = med.get("python3")
f = lambda v: f"{v*1000:9.1f} ms" if v else "         -"
ratio = lambda v: f"{v/c:9.2f}x" if v and c else "         -"
print(f"{sys.argv[2]:<10} {f(c):>12} {f(l):>12} {f(p):>12} {ratio(l):>10} {ratio(p):>10}")
PY
done
echo "(ratios above 1 mean csp is faster)"
echo

# ---- concurrency benchmarks -------------------------------------------------
gobin=
if command -v go >/dev/null; then
  # A private cache and GOPATH so this works as root, in CI, without $HOME.
  export GOCACHE="$tmp/gocache" GOPATH="$tmp/gopath" GOENV=off GOFLAGS= GO111MODULE=off
  mkdir -p "$tmp/go" && gobin="$tmp/go"
fi

# check NAME TAG W CMD...: run once (doubles as the warm-up), keep the output
# in $tmp/NAME.TAG.out; fails on a non-zero status or a timeout.
check() {
  local name=$1 tag=$2 w=$3; shift 3
  GOMAXPROCS=$w timeout "$TIMEOUT" "$@" >"$tmp/$name.$tag.out" 2>"$tmp/$name.$tag.err"
  local rc=$?
  [ $rc = 124 ] && echo "timeout after ${TIMEOUT}s" >"$tmp/$name.$tag.fail"
  [ $rc != 0 ] && [ $rc != 124 ] && { echo "exit $rc: $(head -c 200 "$tmp/$name.$tag.err")" >"$tmp/$name.$tag.fail"; }
  return $rc
}

# timeit NAME W: hyperfine over csp, Go and Lua for bench/NAME.{go,lua}.
timeit() {
  local name=$1 w=$2 id="$1.w$2" cmds=()
  if check "$id" csp "$w" $CSP --workers "$w" "bench/$name.go"; then cmds+=("$CSP --workers $w bench/$name.go"); fi
  if [ -n "$gobin" ] && [ -x "$gobin/$name" ]; then
    check "$id" go "$w" "$gobin/$name" && cmds+=("$gobin/$name")
  fi
  if [ -n "$have_lua" ] && [ -f "bench/$name.lua" ] && [ "$w" = 1 ]; then
    check "$id" lua "$w" lua5.4 "bench/$name.lua" && cmds+=("lua5.4 bench/$name.lua")
  fi
  [ ${#cmds[@]} = 0 ] && return
  GOMAXPROCS=$w hyperfine -N -w 0 -r "$RUNS" --export-json "$tmp/$id.json" "${cmds[@]}" >/dev/null 2>&1 \
    || echo "hyperfine failed" >"$tmp/$id.hyperfine.fail"
}

# memit NAME W RUNS TAG CMD...: peak RSS (KB) and wall time, with GNU time.
memit() {
  local name=$1 w=$2 n=$3 tag=$4 id="$1.w$2"; shift 4
  command -v /usr/bin/time >/dev/null || [ -x /usr/bin/time ] || { echo "no /usr/bin/time" >"$tmp/$id.$tag.fail"; return; }
  for i in $(seq "$n"); do
    GOMAXPROCS=$w timeout "$TIMEOUT" /usr/bin/time -f "%e %M" -o "$tmp/$id.$tag.time$i" "$@" \
      >"$tmp/$id.$tag.out" 2>"$tmp/$id.$tag.err"
    local rc=$?
    if [ $rc != 0 ]; then
      echo "exit $rc: $(grep -v '^Command' "$tmp/$id.$tag.err" | head -c 200)" >"$tmp/$id.$tag.fail"; return
    fi
  done
}

all="pingpong ring sieve spawn million parallel"
only=${BENCH_ONLY:-$all}
echo "== concurrency: csp beside Go (same file, go build) and Lua coroutines"
echo "   building with $(command -v go >/dev/null && go version | cut -d' ' -f3 || echo 'no go: Go columns print -')"
for b in $only; do
  [ -n "$gobin" ] && { go build -o "$gobin/$b" "bench/$b.go" 2>"$tmp/$b.build" || echo "go build $b failed: $(head -c 300 "$tmp/$b.build")"; }
done
load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')
echo "   load average before: $load (other work on the machine skews these numbers)"
for b in $only; do
  case $b in
    million)
      memit million 1 3 csp $CSP --workers 1 bench/million.go
      [ -n "$gobin" ] && [ -x "$gobin/million" ] && memit million 1 1 go "$gobin/million"
      [ -n "$have_lua" ] && [ -f bench/million.lua ] && memit million 1 1 lua lua5.4 bench/million.lua ;;
    parallel) timeit parallel 1; timeit parallel 2 ;;
    *) timeit "$b" 1 ;;
  esac
done

python3 - "$tmp" "$CSP" "$RUNS" $only <<'PY'
import json, os, re, statistics, sys
tmp, csp, runs, only = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]

def const(path, name):
    """The value of a constant `NAME = 1000` (Go const, Lua local) in a file."""
    try:
        m = re.search(r"\b%s\s*=\s*([0-9]+)" % name, open(path).read())
    except OSError:
        return None
    return int(m.group(1)) if m else None

def read(path):
    try:
        return open(path).read()
    except OSError:
        return None

def results(id_):
    """{'csp': r, 'go': r, 'lua': r}: hyperfine's json results for id_."""
    out = {}
    j = read(f"{tmp}/{id_}.json")
    if not j:
        return out
    for r in json.loads(j)["results"]:
        cmd = r["command"]
        tag = "lua" if cmd.startswith("lua5.4") else "csp" if cmd.startswith(csp + " ") else "go"
        out[tag] = r
    return out

def medians(id_):
    """{'csp': s, 'go': s, 'lua': s}: median wall times for id_."""
    return {k: r["median"] for k, r in results(id_).items()}

def status(id_, tag):
    """None if the run was fine, else a short reason (failure, wrong output)."""
    f = read(f"{tmp}/{id_}.{tag}.fail")
    if f:
        return f.strip().splitlines()[0][:60]
    if tag != "go":
        a, b = read(f"{tmp}/{id_}.{tag}.out"), read(f"{tmp}/{id_}.go.out")
        if a is not None and b is not None and a.split() != b.split():
            return f"output {a.strip()!r} != Go's {b.strip()!r}"
    return None

ms = lambda v: f"{v*1000:.0f} ms" if v is not None else "-"
ns = lambda v: f"{v*1e9:.0f} ns" if v is not None else "-"
rows, notes = [], []
def row(*cells):
    rows.append([str(c) for c in cells])

for b in only:
    if b == "million":
        id_ = "million.w1"
        res = {}
        for tag in ("csp", "go", "lua"):
            ts = [read(f"{tmp}/{id_}.{tag}.time{i}") for i in range(1, 4)]
            ts = [t.split() for t in ts if t]
            ts = [t for t in ts if len(t) == 2]
            if ts and not read(f"{tmp}/{id_}.{tag}.fail"):
                res[tag] = (statistics.median(float(t[0]) for t in ts), max(int(t[1]) for t in ts))
        n = const("bench/million.go", "N")
        c, g, l = res.get("csp"), res.get("go"), res.get("lua")
        kb = lambda r: f"{r[1]*1024/1e6:.0f} MB = {r[1]*1024/n/1000:.2f} KB/proc" if r else "-"
        target = "peak RSS < 1 GB"
        ok = c is not None and c[1] * 1024 < 1e9 and status(id_, "csp") is None
        per = f"peak RSS: csp {kb(c)}, Go {kb(g)}"
        if l:
            per += f", Lua {kb(l)}"
        row("million", 1, ms(c and c[0]), ms(g and g[0]), ms(l and l[0]),
            per, f"{c[1]/g[1]:.2f} (RSS)" if c and g else "-",
            target, "PASS" if ok else "FAIL")
        for tag in ("csp", "go", "lua"):
            s = status(id_, tag)
            if s: notes.append(f"million {tag}: {s}")
        continue
    if b == "parallel":
        m1, m2 = medians("parallel.w1"), medians("parallel.w2")
        for w, m in ((1, m1), (2, m2)):
            c, g = m.get("csp"), m.get("go")
            r = results(f"parallel.w{w}").get("csp")
            # CPU time over wall time: about W when the W workers really run
            # in parallel (other load on the machine lowers it).
            cw = f"csp cpu/wall {(r['user'] + r['system']) / r['mean']:.2f}" if r else "-"
            row("parallel", w, ms(c), ms(g), "-", cw, f"{c/g:.1f}" if c and g else "-", "", "")
        c1, c2, g1, g2 = m1.get("csp"), m2.get("csp"), m1.get("go"), m2.get("go")
        sp = c1 / c2 if c1 and c2 else None
        gsp = g1 / g2 if g1 and g2 else None
        r1, r2 = results("parallel.w1").get("csp"), results("parallel.w2").get("csp")
        best = f" (best runs {min(r1['times']) / min(r2['times']):.2f}x)" if r1 and r2 else ""
        ok = sp is not None and sp >= 1.8 and all(status(f"parallel.w{w}", "csp") is None for w in (1, 2))
        row("parallel", "1/2", "", "", "", f"speed-up csp {sp:.2f}x{best}" if sp else "speed-up csp -",
            f"Go {gsp:.2f}x" if gsp else "-", "W=2 >= 1.8x faster", "PASS" if ok else "FAIL")
        for w in (1, 2):
            for tag in ("csp", "go"):
                s = status(f"parallel.w{w}", tag)
                if s: notes.append(f"parallel W={w} {tag}: {s}")
        continue
    id_ = f"{b}.w1"
    m = medians(id_)
    c, g, l = m.get("csp"), m.get("go"), m.get("lua")
    unit, units, lunits, target, ok = "-", None, None, "", None
    if b == "pingpong":
        units, lunits = const("bench/pingpong.go", "N"), const("bench/pingpong.lua", "N")
        unit, target = "round trip", "per round trip <= Go's"
        ok = c and g and c <= g
    elif b == "ring":
        units, lunits = const("bench/ring.go", "M"), const("bench/ring.lua", "M")
        unit, target = "hop", "per hop <= Go's"
        ok = c and g and c <= g
    elif b == "sieve":
        target = "<= 2x Go's time"
        ok = c and g and c <= 2 * g
    elif b == "spawn":
        units = const("bench/spawn.go", "N")
        unit, target = "spawn", "<= 1 us per go+Done"
        ok = c and c / units <= 1e-6
    per = "-"
    if units:
        per = f"{unit}: csp {ns(c and c/units)}, Go {ns(g and g/units)}"
        if b == "spawn":
            lunits = const("bench/spawn.lua", "N")
        if l and lunits:
            per += f", Lua {ns(l/lunits)}"
    for tag in ("csp", "go", "lua"):
        s = status(id_, tag)
        if s:
            notes.append(f"{b} {tag}: {s}")
            if tag == "csp": ok = False
    row(b, 1, ms(c), ms(g), ms(l), per, f"{c/g:.2f}" if c and g else "-",
        target, "PASS" if ok else "FAIL" if ok is not None else "-")

hdr = ["benchmark", "W", "csp", "Go", "Lua", "per unit", "csp/Go", "target", "result"]
wid = [max(len(r[i]) for r in rows + [hdr]) for i in range(len(hdr))]
for r in [hdr] + rows:
    print("  ".join(c.ljust(wid[i]) if i in (0, 5, 7) else c.rjust(wid[i]) for i, c in enumerate(r)).rstrip())
print(f"(times: hyperfine medians of {runs} runs; million: GNU time, median of 3 csp runs / 1 Go and Lua run, max RSS;")
print(" csp --workers W, Go GOMAXPROCS=W; Lua: asymmetric coroutines, see bench/*.lua; MB and KB decimal)")
for n in notes:
    print("note:", n)
PY
