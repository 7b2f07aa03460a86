#!/usr/bin/env python3
"""explore_check.py: differential check of csp explore --all's reduction.

Generates small random concurrent programs (2 or 3 processes doing a few
channel, mutex, wait-group, atomic, memory and print operations) and runs
`csp explore --all --json` on each three ways: with the finer dependence of
runtime/ctl.h (the default), with --plain-dependence (every access but a
read conflicts), and, when small enough, with --no-reduction (every
interleaving). The sets of outcomes (stdout, exit, how it ended) must be
equal. Prints each disagreement with its program; ends with a summary.

    bench/explore_check.py [N] [SEED]      (default 200 programs, seed 1)

Not part of make test: it is slow (every program is explored up to three
times) and random.
"""
import json
import random
import subprocess
import sys
import tempfile

CSP = "./csp"


def gen(rng):
    nproc = rng.choice([2, 2, 3])
    buffered = rng.choice([0, 0, 1, 2])
    lines = [
        "var mu sync.Mutex",
        "var wg sync.WaitGroup",
        "var n int64",
        "var rw sync.RWMutex",
        "var once sync.Once",
        "x := 0",
        f"ch := make(chan int, {buffered})",
        "d := make(chan int, 1)",
        "_ = d",
    ]
    closed = False

    def op(p):
        nonlocal closed
        k = rng.randrange(20)
        if k == 0:
            return "x = x + 1"
        if k == 1:
            return "mu.Lock(); x = x * 2; mu.Unlock()"
        if k == 2:
            return f"ch <- {p}"
        if k == 3:
            return "fmt.Print(<-ch)"
        if k == 4:
            return f'fmt.Print("{"abc"[p % 3]}")'
        if k == 5:
            return "atomic.AddInt64(&n, 1)"
        if k == 6:
            return 'select { case v := <-ch: fmt.Print("s", v); default: fmt.Print("-") }'
        if k == 7:
            return f'select {{ case ch <- {p}: fmt.Print("w"); case d <- {p}: fmt.Print("d") }}'
        if k == 8 and not closed:
            closed = True
            return "close(ch)"
        if k == 9:
            return 'if v, ok := <-ch; ok { fmt.Print("r", v) } else { fmt.Print("c") }'
        if k == 10:
            return 'if mu.TryLock() { fmt.Print("T"); mu.Unlock() } else { fmt.Print("F") }'
        if k == 11:
            return 'rw.RLock(); fmt.Print(x); rw.RUnlock()'
        if k == 12:
            return 'rw.Lock(); x++; rw.Unlock()'
        if k == 13:
            return 'select { case v := <-ch: fmt.Print("q", v); case v := <-d: fmt.Print("e", v) }'
        if k == 14:
            return f'select {{ case d <- {p}: fmt.Print("D"); default: fmt.Print("!") }}'
        if k == 15:
            return 'select { case v := <-ch: fmt.Print("g", v); case <-time.After(time.Millisecond): fmt.Print("t") }'
        if k == 16:
            return 'time.Sleep(time.Millisecond); fmt.Print("z")'
        if k == 17:
            return 'once.Do(func() { fmt.Print("o") })'
        if k == 18:
            return 'if atomic.CompareAndSwapInt64(&n, 0, 5) { fmt.Print("C") }'
        return "mu.Lock(); if x > 0 { x-- }; mu.Unlock()"

    for p in range(1, nproc + 1):
        body = "; ".join(op(p) for _ in range(rng.randint(1, 3)))
        lines.append("wg.Add(1)")
        lines.append(f"go func() {{ defer wg.Done(); {body} }}()")
    main_ops = "; ".join(op(0) for _ in range(rng.randint(0, 2)))
    if main_ops:
        lines.append(main_ops)
    lines.append(rng.choice(["wg.Wait()", "wg.Wait()", "time.Sleep(time.Millisecond)", ""]))
    lines.append('fmt.Println(" x =", x, "n =", atomic.LoadInt64(&n))')
    return "\n".join(lines) + "\n"


def outcomes(path, *opts):
    r = subprocess.run([CSP, "explore", "--all", "--json", "--max-schedules", "20000", *opts, path],
                       capture_output=True, text=True, timeout=600)
    if r.returncode not in (0, 3):
        return None, r.stderr.strip()[:300]
    j = json.loads(r.stdout)
    outs = {(o["stdout"], o["exit"], o["end"]) for o in j["outcomes"]}
    return (outs, j["complete"], j["schedules"]), None


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    bad = checked = 0
    totals = {"fine": 0, "plain": 0, "none": 0}
    for i in range(n):
        src = gen(rng)
        with tempfile.NamedTemporaryFile("w", suffix=".csp", delete=False) as f:
            f.write(src)
            path = f.name
        fine, err = outcomes(path)
        if fine is None:
            print(f"program {i}: explore failed: {err}\n{src}")
            bad += 1
            continue
        plain, err = outcomes(path, "--plain-dependence")
        if plain is None or not plain[1] or not fine[1]:
            continue  # too big to compare in full
        checked += 1
        totals["fine"] += fine[2]
        totals["plain"] += plain[2]
        if fine[0] != plain[0]:
            bad += 1
            print(f"program {i}: outcomes differ\n  finer: {sorted(fine[0])}\n  plain: {sorted(plain[0])}\n{src}")
            continue
        if plain[2] <= 300:
            none, err = outcomes(path, "--no-reduction")
            if none and none[1]:
                totals["none"] += none[2]
                if none[0] != fine[0]:
                    bad += 1
                    print(f"program {i}: outcomes differ from every interleaving's\n"
                          f"  finer: {sorted(fine[0])}\n  all:   {sorted(none[0])}\n{src}")
    print(f"{checked} programs compared, {bad} disagreements; schedules: finer {totals['fine']}, "
          f"plain {totals['plain']}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
