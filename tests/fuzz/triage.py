#!/usr/bin/env python3
"""triage.py [FUZZ_DIR] [--out DIR] [--no-min]: sorts what `make fuzz` found.

For every input in FUZZ_DIR/out-TARGET/*/{crashes,hangs} (default build/fuzz):
  1. re-runs it the way the fuzzer did (FUZZ_DIR/csp-fuzz, `check FILE` or
     `--seed 1 FILE`, 10 s timeout) and against ./csp, the normal build;
  2. takes the stack with gdb: the crashing thread of a crash; every thread of
     a hang (interrupted after 5 s);
  3. groups the inputs by signature: crash or hang, and the first csp
     functions on the stack;
  4. for each group, minimises the smallest input with afl-tmin (keeping it
     only if it still gives the same signature), and writes build/findings/
     NN-KIND-FUNCTION/ with repro.csp (minimised), orig.csp, cmd (how to
     run it), stack.txt (gdb), and sanitizer.txt (build/asan/csp's report,
     which names undefined behaviour the fuzz build only traps on).
Prints one line a finding. Inputs that no longer crash or hang are counted
as flaky. Each finding, once fixed, becomes a regression test: a
tests/errors/ or tests/go/ program, or a line in tests/badinput.sh.
"""
import argparse
import glob
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUR_DIRS = ("util/", "grammar/", "compiler/", "vm/", "runtime/", "stdlib/", "cli/", "gen/", "tests/fuzz/")
GDB_SETUP = ["-nx", "-batch", "-ex", "set startup-with-shell off", "-ex", "set pagination off",
             "-ex", "handle SIGPWR SIGXCPU SIG36 nostop noprint pass"]
TIMEOUT = 10


def target_args(target):
    return ["check"] if target == "check" else ["--seed", "1"]


def run(binary, target, path, timeout=TIMEOUT, env=None):
    """Returns ('crash', signal name) | ('hang', None) | ('exit', code)."""
    with tempfile.TemporaryDirectory() as work:
        try:
            p = subprocess.run([binary] + target_args(target) + [path], cwd=work, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout, env=env)
        except subprocess.TimeoutExpired:
            return ("hang", None)
    if p.returncode < 0:
        return ("crash", signal.Signals(-p.returncode).name)
    return ("exit", p.returncode)


FRAME = re.compile(r"^#(\d+)\s+(?:0x[0-9a-f]+ in )?(\S+) \(.*?\)(?: at (\S+):(\d+))?")


def frames(text):
    """[(function, 'file:line' or '')] of one backtrace."""
    out = []
    for line in text.splitlines():
        m = FRAME.match(line.strip())
        if m:
            out.append((m.group(2), "%s:%s" % (m.group(3), m.group(4)) if m.group(3) else ""))
    return out


def ours(fs):
    return [f for f in fs if f[1] and f[1].startswith(OUR_DIRS)]


def gdb_stack(binary, target, path, hang):
    """gdb's report: the crashing thread's backtrace, or all threads of a hang."""
    with tempfile.TemporaryDirectory() as work:
        cmds = GDB_SETUP + ["-ex", "run"]
        cmds += ["-ex", "thread apply all bt 40"] if hang else ["-ex", "bt 40"]
        args = ["gdb"] + cmds + ["--args", binary] + target_args(target) + [path]
        g = subprocess.Popen(args, cwd=work, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, errors="replace")
        if hang:
            time.sleep(5)
            # interrupt the program (gdb's only child), then gdb prints the stacks
            kids = subprocess.run(["pgrep", "-P", str(g.pid)], capture_output=True, text=True).stdout.split()
            for k in kids:
                os.kill(int(k), signal.SIGINT)
        try:
            out, _ = g.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            g.kill()
            out, _ = g.communicate()
    return out


def signature(kind, gdb_out):
    if kind == "crash":
        fs = ours(frames(gdb_out.split("received signal", 1)[-1]))
        return "crash " + " < ".join(f[0] for f in fs[:4])
    # a hang: the busiest-looking csp stacks, one per thread, that are not
    # the usual waits (an idle worker, the timer thread, main's pause)
    sigs = set()
    for block in re.split(r"\nThread \d+ ", gdb_out):
        fs = ours(frames(block))
        names = [f[0] for f in fs]
        if not names or names[0] in ("sched_run_main", "timer_main", "watch") or names[-1:] == ["main"] and len(names) <= 2:
            continue
        sigs.add(" < ".join(names[:4]))
    return "hang " + " | ".join(sorted(sigs))


def sanitizer_report(target, path):
    asan = os.path.join(ROOT, "build/asan/csp")
    if not os.path.exists(asan):
        return "(no build/asan/csp: make asan-build)\n"
    with tempfile.TemporaryDirectory() as rep:
        env = dict(os.environ)
        env["ASAN_OPTIONS"] = "detect_leaks=0:detect_stack_use_after_return=0:handle_abort=1:exitcode=86:log_path=%s/asan" % rep
        env["UBSAN_OPTIONS"] = "halt_on_error=1:print_stacktrace=1:exitcode=86:log_path=%s/ubsan" % rep
        res = run(asan, target, path, env=env)
        text = "".join(open(f, errors="replace").read() for f in sorted(glob.glob(rep + "/*")))
    return "build/asan/csp: %s %s\n%s" % (res[0], res[1] if res[1] is not None else "", text or "(no report)\n")


def minimise(fuzz_bin, target, kind, sig, src, dst):
    base = ["afl-tmin", "-i", src, "-o", dst, "-t", "10000" if kind == "hang" else "5000", "-m", "4096"]
    if kind == "hang":
        base.append("-H")
    env = dict(os.environ, AFL_SKIP_BIN_CHECK="1", AFL_QUIET="1")
    for exact in ("", "1"):
        if exact:
            env["AFL_TMIN_EXACT"] = exact
        with tempfile.TemporaryDirectory() as work:
            r = subprocess.run(base + ["--", fuzz_bin] + target_args(target) + ["@@"], cwd=work, env=env,
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if r.returncode == 0 and os.path.exists(dst):
            k = run(fuzz_bin, target, dst)[0]
            if k == kind and signature(kind, gdb_stack(fuzz_bin, target, dst, kind == "hang")) == sig:
                return True
    shutil.copy(src, dst)
    return False


def main():
    ap = argparse.ArgumentParser(description="dedupe, minimise and report what make fuzz found")
    ap.add_argument("fuzz_dir", nargs="?", default=os.path.join(ROOT, "build/fuzz"))
    ap.add_argument("--out", default=os.path.join(ROOT, "build/findings"))
    ap.add_argument("--no-min", action="store_true", help="skip afl-tmin")
    opt = ap.parse_args()
    fuzz_dir, out_dir = os.path.abspath(opt.fuzz_dir), os.path.abspath(opt.out)
    fuzz_bin = os.path.join(fuzz_dir, "csp-fuzz")
    plain = os.path.join(ROOT, "csp")
    inputs = []
    for d in sorted(glob.glob(os.path.join(fuzz_dir, "out-*", "*", "crashes")) +
                    glob.glob(os.path.join(fuzz_dir, "out-*", "*", "hangs"))):
        target = os.path.basename(os.path.dirname(os.path.dirname(d)))[4:]
        inputs += [(target, f) for f in sorted(glob.glob(os.path.join(d, "id:*")))]
    print("triage: %d inputs from %s" % (len(inputs), fuzz_dir))
    groups, flaky = {}, []
    for i, (target, path) in enumerate(inputs):
        kind, detail = run(fuzz_bin, target, path)
        if kind == "exit":
            flaky.append(path)
            continue
        sig = signature(kind, gdb_stack(fuzz_bin, target, path, kind == "hang"))
        g = groups.setdefault(sig, {"kind": kind, "detail": detail, "inputs": []})
        g["inputs"].append((os.path.getsize(path), target, path))
        if (i + 1) % 25 == 0:
            print("triage: %d/%d, %d distinct so far" % (i + 1, len(inputs), len(groups)), flush=True)
    if os.path.isdir(out_dir):
        shutil.rmtree(out_dir)
    os.makedirs(out_dir)
    print("triage: %d distinct, %d flaky (no longer crash or hang)" % (len(groups), len(flaky)))
    for n, (sig, g) in enumerate(sorted(groups.items(), key=lambda kv: (kv[1]["kind"], kv[0])), 1):
        size, target, path = min(g["inputs"])
        kind = g["kind"]
        top = re.sub(r"[^A-Za-z0-9_]", "", (sig.split(" ", 1)[1].split(" <")[0] or "unknown"))[:40]
        d = os.path.join(out_dir, "%02d-%s-%s" % (n, kind, top))
        os.makedirs(d)
        shutil.copy(path, os.path.join(d, "orig.csp"))
        minimised = not opt.no_min and minimise(fuzz_bin, target, kind, sig, path, os.path.join(d, "repro.csp"))
        if not minimised:
            shutil.copy(path, os.path.join(d, "repro.csp"))
        repro = os.path.join(d, "repro.csp")
        stack = gdb_stack(fuzz_bin, target, repro, kind == "hang")
        plain_res = run(plain, target, repro) if os.path.exists(plain) else ("?", None)
        with open(os.path.join(d, "stack.txt"), "w") as f:
            f.write("signature: %s\n%d inputs, e.g. %s\n./csp: %s %s\n\n%s" % (
                sig, len(g["inputs"]), path, plain_res[0], plain_res[1] if plain_res[1] is not None else "", stack))
        with open(os.path.join(d, "sanitizer.txt"), "w") as f:
            f.write(sanitizer_report(target, repro))
        with open(os.path.join(d, "cmd"), "w") as f:
            f.write("./csp %s %s\n" % (" ".join(target_args(target)), os.path.relpath(repro, ROOT)))
        print("%s: %s (%s), %d inputs, repro %d bytes%s; ./csp: %s %s" % (
            os.path.relpath(d, ROOT), sig, target, len(g["inputs"]), os.path.getsize(repro),
            "" if minimised else " (not minimised)", plain_res[0], plain_res[1] if plain_res[1] is not None else ""))
    with open(os.path.join(out_dir, "flaky.txt"), "w") as f:
        f.write("\n".join(flaky) + ("\n" if flaky else ""))


if __name__ == "__main__":
    main()
