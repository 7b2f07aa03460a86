#!/usr/bin/env python3
"""triage.py [FUZZ_DIR] [--out DIR] [--no-min] [--no-queue]: sorts what
`make fuzz` found (make fuzz-triage).

1. Every input in FUZZ_DIR/out-TARGET/*/{crashes,hangs} (default
   build/fuzz) is re-run the way the fuzzer ran it (FUZZ_DIR/csp-fuzz,
   `check FILE` or `--seed 1 FILE`, 10 s timeout).
2. Every input of the fuzzers' queues (the interesting programs they kept)
   is run once through build/asan/csp: the fuzz build has no ASan, so memory
   errors that do not crash it (a read of a dead stack slot, a small
   overflow) show up only here.
3. Each finding gets a signature: for a crash or a sanitizer report, its kind
   and the first four csp functions on the stack of build/asan/csp's report
   (gdb on csp-fuzz when the ASan build does not reproduce it); for a hang,
   gdb's stacks of every thread after 5 s. Findings are grouped by signature.
4. The smallest input of each group is minimised, keeping the signature:
   afl-tmin first (hangs: afl-tmin -H), then a line- and byte-wise delta
   debugging pass with the ASan build.
5. build/findings/NN-KIND-FUNCTION/ gets repro.csp (minimised), orig.csp,
   cmd (./csp command that reproduces it), stack.txt and sanitizer.txt.
Prints one line a finding; inputs that no longer crash or hang are listed in
build/findings/flaky.txt. Each finding, once fixed, becomes a regression
test: a tests/errors/ or tests/go/ program, or a line in tests/badinput.sh.
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
             "-ex", "handle SIGPWR SIGXCPU nostop noprint pass"]
TIMEOUT = 10
ASAN = os.path.join(ROOT, "build/asan/csp")


def target_args(target):
    return ["check"] if target == "check" else ["--seed", "1"]


def run(binary, target, path, timeout=TIMEOUT, env=None):
    """('crash', signal name) | ('hang', None) | ('exit', status) of one run in a scratch directory."""
    with tempfile.TemporaryDirectory() as work:
        try:
            p = subprocess.run([binary] + target_args(target) + [path], cwd=work, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout, env=env)
        except subprocess.TimeoutExpired:
            return ("hang", None)
    if p.returncode < 0:
        return ("crash", signal.Signals(-p.returncode).name)
    return ("exit", p.returncode)


def asan_run(target, path, timeout=TIMEOUT):
    """build/asan/csp's sanitizer report for one run ('' when none), and the run's result."""
    with tempfile.TemporaryDirectory() as rep:
        env = dict(os.environ)
        env["ASAN_OPTIONS"] = "detect_leaks=0:detect_stack_use_after_return=0:handle_abort=1:exitcode=86:log_path=%s/asan" % rep
        env["UBSAN_OPTIONS"] = "halt_on_error=1:print_stacktrace=1:exitcode=86:log_path=%s/ubsan" % rep
        res = run(ASAN, target, path, timeout=timeout, env=env)
        text = "".join(open(f, errors="replace").read() for f in sorted(glob.glob(rep + "/*")))
    return text, res


ASAN_FRAME = re.compile(r"^\s*#\d+ 0x[0-9a-f]+ in (\S+) /\S*?/((?:%s)\S*)" % "|".join(re.escape(d) for d in OUR_DIRS))


def asan_signature(report):
    """'KIND: f1 < f2 < f3 < f4' from a sanitizer report, or None."""
    m = re.search(r"ERROR: AddressSanitizer: ([\w-]+)|runtime error: ([^\n]*)", report)
    if not m:
        return None
    kind = m.group(1) or re.sub(r"0x[0-9a-f]+|-?\d[\d.e+]*", "N", m.group(2))[:70]
    fs = [fm.group(1) for fm in map(ASAN_FRAME.match, report.splitlines()) if fm]
    return "%s: %s" % (kind, " < ".join(fs[:4]))


GDB_FRAME = re.compile(r"^#(\d+)\s+(?:0x[0-9a-f]+ in )?(\S+) \(.*?\)(?: at (\S+):(\d+))?")


def gdb_frames(text):
    out = []
    for line in text.splitlines():
        m = GDB_FRAME.match(line.strip())
        if m and m.group(3) and m.group(3).startswith(OUR_DIRS):
            out.append(m.group(2))
    return out


def gdb_stack(binary, target, path, hang):
    """gdb's report: the crashing thread's backtrace, or every thread's after 5 s of a hang."""
    with tempfile.TemporaryDirectory() as work:
        cmds = GDB_SETUP + ["-ex", "run", "-ex", "thread apply all bt 40" if hang else "bt 40"]
        g = subprocess.Popen(["gdb"] + cmds + ["--args", binary] + target_args(target) + [path], cwd=work,
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             text=True, errors="replace")
        if hang:
            time.sleep(5)
            # interrupt the program (gdb's only child); gdb then prints the stacks
            for k in subprocess.run(["pgrep", "-P", str(g.pid)], capture_output=True, text=True).stdout.split():
                os.kill(int(k), signal.SIGINT)
        try:
            out, _ = g.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            g.kill()
            out, _ = g.communicate()
    return out


def hang_signature(gdb_out):
    """The csp stacks of the threads that are not in the usual waits."""
    sigs = set()
    for block in re.split(r"\nThread \d+ ", gdb_out):
        names = gdb_frames(block)
        if not names or names[0] in ("sched_run_main", "timer_main", "watch", "worker_main"):
            continue
        sigs.add(" < ".join(names[:4]))
    return "hang: " + " | ".join(sorted(sigs))


class Triage:
    def __init__(self, fuzz_bin):
        self.fuzz_bin = fuzz_bin

    def signature(self, target, path):
        """(kind, signature) of one input, or (None, None) when it runs fine."""
        kind, _ = run(self.fuzz_bin, target, path)
        if kind == "hang":
            return "hang", hang_signature(gdb_stack(self.fuzz_bin, target, path, True))
        if kind == "crash":
            report, _ = asan_run(target, path)
            sig = asan_signature(report)
            if not sig:
                sig = "crash: " + " < ".join(gdb_frames(gdb_stack(self.fuzz_bin, target, path, False).split("received signal", 1)[-1])[:4])
            return "crash", sig
        report, _ = asan_run(target, path)
        sig = asan_signature(report)
        return ("asan", sig) if sig else (None, None)

    def same(self, target, kind, sig, path):
        if kind == "asan" or kind == "crash" and not sig.startswith("crash: "):
            report, _ = asan_run(target, path, timeout=5)
            return asan_signature(report) == sig
        return self.signature(target, path) == (kind, sig)

    def afl_tmin(self, target, kind, sig, src, dst):
        cmd = ["afl-tmin", "-i", src, "-o", dst, "-t", "10000" if kind == "hang" else "5000", "-m", "4096"]
        if kind == "hang":
            cmd.append("-H")
        env = dict(os.environ, AFL_QUIET="1")
        with tempfile.TemporaryDirectory() as work:
            r = subprocess.run(cmd + ["--", self.fuzz_bin] + target_args(target) + ["@@"], cwd=work, env=env,
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return r.returncode == 0 and os.path.exists(dst) and self.same(target, kind, sig, dst)

    def ddmin(self, target, kind, sig, data, budget=1500):
        """Delta debugging over lines, then bytes, keeping the signature."""
        tmp = tempfile.NamedTemporaryFile(suffix=".csp", delete=False)
        tmp.close()
        tries = [0]

        def keeps(cand):
            if tries[0] >= budget:
                return False
            tries[0] += 1
            with open(tmp.name, "wb") as f:
                f.write(cand)
            return self.same(target, kind, sig, tmp.name)

        for split, join in ((lambda d: d.splitlines(True), b"".join), (lambda d: [bytes([b]) for b in d], b"".join)):
            items, n = split(data), 2
            while len(items) >= 2 and tries[0] < budget:
                chunk = max(1, -(-len(items) // n))
                for i in range(0, len(items), chunk):
                    cand = items[:i] + items[i + chunk:]
                    if keeps(join(cand)):
                        items, n = cand, max(n - 1, 2)
                        break
                else:
                    if chunk == 1:
                        break
                    n = min(len(items), n * 2)
            data = join(items)
        os.unlink(tmp.name)
        return data

    def minimise(self, target, kind, sig, src, dst):
        if kind != "asan" and self.afl_tmin(target, kind, sig, src, dst):
            start = dst
        else:
            start = src
        if kind == "hang":  # each try takes seconds: afl-tmin -H only
            if start == src:
                shutil.copy(src, dst)
            return start != src
        data = self.ddmin(target, kind, sig, open(start, "rb").read())
        with open(dst, "wb") as f:
            f.write(data)
        if not self.same(target, kind, sig, dst):
            shutil.copy(start, dst)
        return os.path.getsize(dst) < os.path.getsize(src)


def main():
    ap = argparse.ArgumentParser(description="dedupe, minimise and report what make fuzz found")
    ap.add_argument("fuzz_dir", nargs="?", default=os.path.join(ROOT, "build/fuzz"))
    ap.add_argument("--out", default=os.path.join(ROOT, "build/findings"))
    ap.add_argument("--no-min", action="store_true", help="do not minimise")
    ap.add_argument("--no-queue", action="store_true", help="do not replay the queues through build/asan/csp")
    opt = ap.parse_args()
    fuzz_dir, out_dir = os.path.abspath(opt.fuzz_dir), os.path.abspath(opt.out)
    tr = Triage(os.path.join(fuzz_dir, "csp-fuzz"))
    plain = os.path.join(ROOT, "csp")

    groups, flaky = {}, []

    def add(kind, sig, target, path):
        g = groups.setdefault(sig, {"kind": kind, "inputs": []})
        g["inputs"].append((os.path.getsize(path), target, path))

    found = []
    for d in sorted(glob.glob(os.path.join(fuzz_dir, "out-*", "*", "crashes")) +
                    glob.glob(os.path.join(fuzz_dir, "out-*", "*", "hangs"))):
        target = os.path.basename(os.path.dirname(os.path.dirname(d)))[4:]
        found += [(target, f) for f in sorted(glob.glob(os.path.join(d, "id:*")))]
    print("triage: %d crashes and hangs in %s" % (len(found), fuzz_dir), flush=True)
    for target, path in found:
        kind, sig = tr.signature(target, path)
        if kind:
            add(kind, sig, target, path)
        else:
            flaky.append(path)
    if not opt.no_queue and os.path.exists(ASAN):
        queue = []
        for d in sorted(glob.glob(os.path.join(fuzz_dir, "out-*", "*", "queue"))):
            target = os.path.basename(os.path.dirname(os.path.dirname(d)))[4:]
            queue += [(target, f) for f in sorted(glob.glob(os.path.join(d, "id:*")))]
        print("triage: replaying %d queue inputs through build/asan/csp" % len(queue), flush=True)
        for target, path in queue:
            report, _ = asan_run(target, path, timeout=3)
            sig = asan_signature(report)
            if sig and sig not in groups:
                add("asan", sig, target, path)
            elif sig and groups[sig]["kind"] == "asan":
                groups[sig]["inputs"].append((os.path.getsize(path), target, path))

    if os.path.isdir(out_dir):
        shutil.rmtree(out_dir)
    os.makedirs(out_dir)
    print("triage: %d distinct, %d flaky (no longer crash or hang)" % (len(groups), len(flaky)), flush=True)
    for n, (sig, g) in enumerate(sorted(groups.items(), key=lambda kv: (kv[1]["kind"], kv[0])), 1):
        size, target, path = min(g["inputs"])
        kind = g["kind"]
        top = re.sub(r"\W", "", sig.split(": ", 1)[1].split(" <")[0] or "unknown")[:40]
        d = os.path.join(out_dir, "%02d-%s-%s" % (n, kind, top))
        os.makedirs(d)
        repro = os.path.join(d, "repro.csp")
        shutil.copy(path, os.path.join(d, "orig.csp"))
        minimised = not opt.no_min and tr.minimise(target, kind, sig, path, repro)
        if not os.path.exists(repro):
            shutil.copy(path, repro)
        stack = gdb_stack(tr.fuzz_bin, target, repro, kind == "hang") if kind != "asan" else ""
        report, _ = asan_run(target, repro) if os.path.exists(ASAN) else ("(no build/asan/csp)\n", None)
        res = run(plain, target, repro) if os.path.exists(plain) else ("?", None)
        res_s = "%s %s" % (res[0], "" if res[1] is None else res[1])
        with open(os.path.join(d, "stack.txt"), "w") as f:
            f.write("signature: %s\n%d inputs, e.g. %s\n./csp: %s\n\n%s" % (sig, len(g["inputs"]), path, res_s,
                                                                         stack or "(see sanitizer.txt)\n"))
        with open(os.path.join(d, "sanitizer.txt"), "w") as f:
            f.write(report or "(build/asan/csp reports nothing)\n")
        with open(os.path.join(d, "cmd"), "w") as f:
            f.write("./csp %s %s\n" % (" ".join(target_args(target)), os.path.relpath(repro, ROOT)))
        print("%s: [%s] %s (%s), %d inputs, repro %d bytes%s; ./csp: %s" % (
            os.path.relpath(d, ROOT), kind, sig, target, len(g["inputs"]), os.path.getsize(repro),
            "" if minimised else " (not minimised)", res_s), flush=True)
    with open(os.path.join(out_dir, "flaky.txt"), "w") as f:
        f.write("".join(p + "\n" for p in flaky))


if __name__ == "__main__":
    main()
