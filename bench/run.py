#!/usr/bin/env python3
"""bench/run.py (`make bench`, through bench/run.sh): csp beside Go, Lua,
LuaJIT and Python on the rows of the performance issue, with a PASS/FAIL
against each row's target.

Every program in bench/NAME.go is valid Go. csp runs it with `--workers W`;
the Go toolchain builds the same file (`go build`) and runs it with
GOMAXPROCS=W; bench/NAME.lua (lua5.4 and LuaJIT; bench/NAME.jit.lua instead
for LuaJIT when Lua 5.4 syntax is in the way) and bench/NAME.py are twins
where they exist. Each program prints a checkable result: csp's output must
equal Go's (a mismatch fails the row), and a twin's mismatch is noted.

What is measured: each command runs once unchecked-for-time (the warm-up and
the output check), then BENCH_RUNS times; a figure is the median of the
runs' CPU time (user + system of the process and its threads, from wait4),
divided by the row's operation count. CPU time rather than wall time keeps
the figures steady while other work shares the machine, and is what "cost
per operation" means for a W=2 run that keeps two threads busy. Exceptions:
`parallel` compares wall times (its point is the speed-up), `hello` reports
wall time and peak RSS, and `million` reports peak RSS above hello's, per
blocked process.

Environment knobs:
  CSP=path          interpreter to measure (default ./csp)
  BENCH_RUNS=n      timed runs per command (default 3)
  BENCH_ONLY="a b"  only these rows (program names: fib loop pingpong ...)
  BENCH_TIMEOUT=s   limit per run (default 120)
A missing tool prints "-" in its column.
"""
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
CSP = os.environ.get("CSP", "./csp")
RUNS = max(1, int(os.environ.get("BENCH_RUNS", "3")))
TIMEOUT = float(os.environ.get("BENCH_TIMEOUT", "120"))
TMP = tempfile.mkdtemp(prefix="csp-bench.")
TEXT_BYTES = 10_000_000  # wordfreq's input, made at bench time
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def const(path, name):
    """The integer constant `NAME = 1000` (Go const, Lua local) of a file."""
    try:
        m = re.search(r"\b%s\s*=\s*([0-9_]+)" % name, open(path).read())
    except OSError:
        return None
    return int(m.group(1).replace("_", "")) if m else None


def fib_calls(n):
    """Calls made by the naive fib(n): 2*fib(n+1) - 1."""
    a, b = 0, 1
    for _ in range(n + 1):
        a, b = b, a + b
    return 2 * a - 1


def fib_ops():
    m = re.search(r"fib\((\d+)\)\)", open("bench/fib.go").read())
    return fib_calls(int(m.group(1)))


# ---- the rows -----------------------------------------------------------
# name: program (bench/NAME.*); unit and scale: how a per-operation figure
# prints (seconds * scale); ops(): operations in one run (1: the whole run);
# workers: the W (and GOMAXPROCS) columns measured; kind: cpu (CPU time per
# op), wall (wall time), rss (peak RSS) or hello; target(r) -> (text, ok).
class Row:
    def __init__(self, name, label, unit, scale, ops, workers, target, kind="cpu", stdin=None):
        self.name, self.label, self.unit, self.scale = name, label, unit, scale
        self.ops, self.workers, self.target, self.kind, self.stdin = ops, workers, target, kind, stdin


def le(limit, *cols, what=""):
    """Target: every figure in cols (e.g. 'csp1') <= limit."""
    def t(r):
        vals = [r.get(c) for c in cols]
        ok = None if any(v is None for v in vals) else all(v <= limit for v in vals)
        return f"<= {limit:g}{what}", ok
    return t


def fib_target(r):
    c, j = r.get("csp1"), r.get("jit-joff")
    ok = None if c is None else c <= 7 and (j is None or c <= j)
    return "<= 7, < luajit -joff", ok


def loop_target(r):
    c, j = r.get("csp1"), r.get("jit-joff")
    ok = None if c is None else c <= 3 and (j is None or c <= j)
    return "<= 3, < luajit -joff", ok


def spawn_target(r):
    c1, c2 = r.get("csp1"), r.get("csp2")
    ok = None if c1 is None or c2 is None else c1 <= 0.25 and c2 <= c1
    return "<= 0.25, W2 <= W1", ok


def rel_go(factor, text):
    def t(r):
        c, g = r.get("csp1"), r.get("go1")
        return text, None if c is None or g is None else c <= factor * g
    return t


def rel_lua(col, text):
    def t(r):
        c, l = r.get(col), r.get("lua")
        return text, None if c is None or l is None else c <= l
    return t


def parallel_target(r):
    c1, c2 = r.get("csp1"), r.get("csp2")
    ok = None if c1 is None or c2 is None else c1 / c2 >= 1.8
    sp = f" (now {c1 / c2:.2f}x)" if c1 and c2 else ""
    return "W2 >= 1.8x faster" + sp, ok


C = lambda name, n: (lambda: const(f"bench/{name}.go", n))
ROWS = [
    Row("fib", "fib", "ns/call", 1e9, fib_ops, (1, 2), fib_target),
    Row("loop", "loop", "ns/iter", 1e9, lambda: 10000 * 10000, (1, 2), loop_target),
    Row("pingpong", "ping-pong", "ns/round trip", 1e9, C("pingpong", "N"), (1, 2),
        le(60, "csp1", "csp2", what=" W1, W2")),
    Row("ring", "ring", "ns/hop", 1e9, C("ring", "M"), (1, 2), le(30, "csp1", "csp2", what=" W1, W2")),
    Row("select", "select", "ns/msg", 1e9, C("select", "N"), (1, 2), le(120, "csp1", "csp2", what=" W1, W2")),
    Row("mutex", "mutex, contended", "ns/lock", 1e9, C("mutex", "N"), (1, 2), le(20, "csp2", what=" at W2")),
    Row("spawn", "spawn (go + wg.Done)", "us", 1e6, C("spawn", "N"), (1, 2), spawn_target),
    Row("million", "bytes per blocked process", "B", 1, C("million", "N"), (1,), le(400, "csp1"), kind="rss"),
    Row("binarytrees", "binary-trees depth 16", "s", 1, lambda: 1, (1,), rel_go(1, "<= Go P1")),
    Row("wordfreq", "word frequency, 10 MB", "s", 1, lambda: 1, (1,), rel_go(1.5, "<= 1.5x Go P1"),
        stdin="text"),
    Row("hello", "hello start-up", "ms", 1e3, lambda: 1, (1,), rel_lua("csp1", "<= lua5.4"), kind="hello"),
    Row("sieve", "sieve (3000 primes)", "s", 1, lambda: 1, (1,), rel_go(2, "<= 2x Go P1")),
    Row("parallel", "parallel (wall)", "s", 1, lambda: 1, (1, 2), parallel_target, kind="wall"),
]
ALL = [r.name for r in ROWS]


# ---- running --------------------------------------------------------------
class Run:
    """One execution: wall and CPU seconds, peak RSS (KB), output, failure."""
    def __init__(self, wall, cpu, rss, out, fail):
        self.wall, self.cpu, self.rss, self.out, self.fail = wall, cpu, rss, out, fail


def run_once(cmd, env, stdin):
    import time
    out_path = os.path.join(TMP, "out")
    with open(out_path, "wb") as out, open(os.path.join(TMP, "err"), "wb") as err, \
            open(stdin if stdin else os.devnull, "rb") as inp:
        t0 = time.monotonic()
        # Peak RSS from GNU time: wait4's ru_maxrss would count this Python
        # process too (a child's peak includes its RSS before exec); time's
        # own footprint (about 1 MB) is below any program measured here.
        rss_path = os.path.join(TMP, "rss")
        if GNU_TIME:
            cmd = [GNU_TIME, "-f", "%M", "-o", rss_path] + cmd
        p = subprocess.Popen(cmd, stdin=inp, stdout=out, stderr=err, env=env)
        timer = threading.Timer(TIMEOUT, lambda: os.kill(p.pid, signal.SIGKILL))
        timer.start()
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.monotonic() - t0
        timer.cancel()
        p.returncode = 0  # reaped by wait4
    outs = open(out_path, "rb").read()
    fail = None
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        fail = f"timeout after {TIMEOUT:g}s" if sig == signal.SIGKILL else f"killed by signal {sig}"
    elif os.WEXITSTATUS(status) != 0:
        e = open(os.path.join(TMP, "err"), "rb").read().decode(errors="replace").strip()
        e = "\n".join(l for l in e.splitlines() if not l.startswith("Command exited"))
        fail = f"exit {os.WEXITSTATUS(status)}: {e[:120]}"
    rss = None
    if GNU_TIME and not fail:
        try:
            rss = int(open(rss_path).read().split()[-1])
        except (OSError, ValueError, IndexError):
            pass
    # wait4's CPU times include the children the process reaped: with GNU
    # time in between, they are the program's own (to the microsecond).
    return Run(wall, ru.ru_utime + ru.ru_stime, rss, outs, fail)


def measure(cmd, w, stdin):
    """Warm-up/check run, then RUNS timed runs: (medians Run, fail)."""
    env = dict(os.environ, GOMAXPROCS=str(w))
    first = run_once(cmd, env, stdin)
    if first.fail:
        return first
    runs = [run_once(cmd, env, stdin) for _ in range(RUNS)]
    bad = next((r for r in runs if r.fail), None)
    if bad:
        return bad
    med = lambda xs: statistics.median(xs)
    rss = [r.rss for r in runs if r.rss is not None]
    return Run(med([r.wall for r in runs]), med([r.cpu for r in runs]),
               med(rss) if rss else None, first.out, None)


def go_build(name, gobin):
    exe = os.path.join(gobin, name)
    if not os.path.exists(exe):
        r = subprocess.run(["go", "build", "-o", exe, f"bench/{name}.go"], capture_output=True, text=True)
        if r.returncode:
            print(f"note: go build {name} failed: {r.stderr[:200]}")
    return exe if os.path.exists(exe) else None


def commands(row, gobin):
    """[(column, W, argv)] for a row, for the tools this machine has."""
    n = row.name
    cmds = [(f"csp{w}", w, [CSP, "--workers", str(w), f"bench/{n}.go"]) for w in row.workers]
    if gobin:
        exe = go_build(n, gobin)
        if exe:
            cmds += [(f"go{w}", w, [exe]) for w in (1, 2)]
    lua = f"bench/{n}.lua"
    jit = f"bench/{n}.jit.lua" if os.path.exists(f"bench/{n}.jit.lua") else lua
    if os.path.exists(lua) and shutil.which("lua5.4"):
        cmds.append(("lua", 1, ["lua5.4", lua]))
    if os.path.exists(jit) and shutil.which("luajit"):
        cmds.append(("jit", 1, ["luajit", jit]))
        cmds.append(("jit-joff", 1, ["luajit", "-joff", jit]))
    if os.path.exists(f"bench/{n}.py") and shutil.which("python3"):
        cmds.append(("py", 1, ["python3", f"bench/{n}.py"]))
    return cmds


COLS = [("csp1", "csp W1"), ("csp2", "csp W2"), ("go1", "Go P1"), ("go2", "Go P2"),
        ("lua", "lua5.4"), ("jit", "luajit"), ("jit-joff", "luajit -joff"), ("py", "python3")]


def main():
    only = os.environ.get("BENCH_ONLY", "").split() or ALL
    unknown = [o for o in only if o not in ALL]
    if unknown:
        sys.exit(f"BENCH_ONLY: no row {' '.join(unknown)} (rows: {' '.join(ALL)})")
    rows = [r for r in ROWS if r.name in only]
    gobin = None
    if shutil.which("go"):
        # A private cache and GOPATH so this works as root, in CI, without $HOME.
        os.environ.update(GOCACHE=os.path.join(TMP, "gocache"), GOPATH=os.path.join(TMP, "gopath"),
                          GOENV="off", GOFLAGS="", GO111MODULE="off")
        gobin = os.path.join(TMP, "go")
        os.makedirs(gobin)
        ver = subprocess.run(["go", "version"], capture_output=True, text=True).stdout.split()[2]
    text = None
    if any(r.stdin == "text" for r in rows):
        text = os.path.join(TMP, "text.txt")
        with open(text, "wb") as f:
            subprocess.run(["python3", "bench/gentext.py", str(TEXT_BYTES)], stdout=f, check=True)
    print(f"== csp beside {'Go ' + ver if gobin else 'no Go'}, lua5.4, LuaJIT, python3: "
          f"CPU time per operation, medians of {RUNS} runs")
    print(f"   load average before: {open('/proc/loadavg').read().split()[0]} "
          "(other work on the machine skews wall times more than CPU times)", flush=True)
    table, notes = [], []
    hello_rss = {}
    if any(r.kind == "rss" for r in rows):  # million's baseline
        for col, w, cmd in commands(ROWS[ALL.index("hello")], gobin):
            r = measure(cmd, w, None)
            hello_rss[col] = None if r.fail else r.rss
    for row in rows:
        if sys.stderr.isatty():
            sys.stderr.write(f"   {row.name}...\r")
        res, outs = {}, {}
        for col, w, cmd in commands(row, gobin):
            r = measure(cmd, w, text if row.stdin else None)
            if r.fail:
                notes.append(f"{row.name} {col}: {r.fail}")
                continue
            outs[col] = r.out
            res[col] = r
        ops = row.ops() or 1
        vals = {}
        for col, r in res.items():
            if row.kind == "cpu":
                vals[col] = r.cpu / ops * row.scale
            elif row.kind in ("wall", "hello"):
                vals[col] = r.wall / ops * row.scale
            elif row.kind == "rss":
                base = hello_rss.get(col)
                vals[col] = (r.rss - base) * 1024 / ops if base is not None and r.rss else None
        if row.kind == "hello":
            for col, r in res.items():
                hello_rss[col] = r.rss
        # csp's output must equal Go's; a twin's differing output is noted.
        ref = outs.get("go1")
        for col, o in outs.items():
            if ref is not None and o.split() != ref.split():
                notes.append(f"{row.name} {col}: output {o[:60]!r} != Go's {ref[:60]!r}")
                if col.startswith("csp"):
                    vals[col + "!"] = True
        add_row(table, row.label, row.unit, vals, row.target)
        if row.kind == "hello":
            rss = {c: r.rss * 1024 / 1e6 for c, r in res.items() if r.rss}
            add_row(table, "hello peak RSS", "MB", rss, rel_lua("csp1", "<= lua5.4"))
    print_table(table)
    print("(CPU time = user + system, per operation; parallel: wall time; hello: wall time;")
    print(" bytes per blocked process: peak RSS above hello's over the process count; MB decimal.")
    print(" csp --workers W, Go GOMAXPROCS=W; Lua: asymmetric coroutines where Go has channels;")
    print(" x Go: csp W1 over Go P1, x Lua: csp W1 over lua5.4; above 1 means csp is slower)")
    for n in notes:
        print("note:", n)
    shutil.rmtree(TMP, ignore_errors=True)


def fmt(v):
    if v is None:
        return "-"
    if v >= 100:
        return f"{v:.0f}"
    if v >= 10:
        return f"{v:.1f}"
    return f"{v:.2f}" if v >= 0.1 else f"{v:.3f}"


def add_row(table, label, unit, vals, target):
    text, ok = target(vals)
    if any(k.endswith("!") for k in vals):
        ok = False  # wrong output
    ratio = lambda a, b: f"{vals[a] / vals[b]:.2f}" if vals.get(a) and vals.get(b) else "-"
    table.append([f"{label}, {unit}"] + [fmt(vals.get(c)) for c, _ in COLS]
                 + [ratio("csp1", "go1"), ratio("csp1", "lua"), text,
                    "PASS" if ok else "FAIL" if ok is not None else "-"])


def print_table(table):
    hdr = ["benchmark"] + [h for _, h in COLS] + ["x Go", "x Lua", "target", "result"]
    wid = [max(len(r[i]) for r in table + [hdr]) for i in range(len(hdr))]
    left = (0, len(hdr) - 2)
    for r in [hdr] + table:
        print("  ".join(c.ljust(wid[i]) if i in left else c.rjust(wid[i]) for i, c in enumerate(r)).rstrip())


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
