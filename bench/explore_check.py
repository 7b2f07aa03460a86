#!/usr/bin/env python3
"""explore_check.py: differential check of csp explore --all's reduction.

Generates small random concurrent programs and runs `csp explore --all
--json` on each three ways: with the finer dependence of runtime/ctl.h (the
default), with --plain-dependence (every access but a read conflicts), and
with --no-reduction (every interleaving), the last two up to
--max-schedules (a program whose search does not finish there is skipped
and counted). The sets of outcomes (stdout, exit, how it ended) must be
equal. Prints each disagreement with its program; ends with a summary.

Three generators, one program in eight from the first, the others
half from each of the other two: `gen_mixed` (2 or 3 processes doing a few
channel, mutex, wait-group, atomic, memory and print operations) and
`gen_select` (processes that meet on unbuffered and buffered channels
through selects of 2 or 3 cases, with and without default, that park and
are woken by one of several partners; sends after a receipt; closes;
mutexes and wait groups; programs that deadlock under some schedules
only), and `gen_meet` (the smallest of those meetings: one select in main,
one operation in each other process). The first alone never had a select park and be completed by one of
two partners on different channels, the case the reduction once got wrong.

    bench/explore_check.py [N] [SEED] [MAX]   (default 200 programs, seed 1,
                                               --max-schedules 20000)

Not part of make test: it is slow (every program is explored up to three
times) and random.
"""
import json
import os
import random
import subprocess
import sys
import tempfile

CSP = os.environ.get("CSP", "./csp")


def gen_mixed(rng):
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


def gen_select(rng):
    """Processes meeting through selects on a, b (unbuffered) and c
    (buffered): parks completed by one of several partners, defaults
    racing partners, closes, sends after a receipt, a mutex and a wait
    group; main may wait on a channel nobody sends on (a deadlock on some
    schedules only)."""
    lines = [
        "var mu sync.Mutex",
        "var wg sync.WaitGroup",
        "a := make(chan int)",
        "b := make(chan int)",
        f"c := make(chan int, {rng.choice([1, 2])})",
        "_, _, _ = a, b, c",
    ]
    closed = set()

    def case(p, ch, i):
        if rng.random() < 0.6:
            after = ""
            if rng.random() < 0.3:
                after = f"; {chan()} <- v + 10"  # a send after the receipt
            return f'case v := <-{ch}: fmt.Print("{ch}", v){after}'
        return f'case {ch} <- {p * 10 + i}: fmt.Print("{ch}!")'

    def select(p):
        k = rng.choice([2, 2, 3])
        cs = [case(p, chan(), i) for i in range(k)]
        if rng.random() < 0.3:
            cs.append('default: fmt.Print("-")')
        return "select { " + "; ".join(cs) + " }"

    def chan():
        return rng.choice(["a", "a", "b", "b", "c"])

    def op(p):
        # main mostly selects; the others mostly send (the partners that
        # complete a parked select, and race each other to)
        k = rng.randrange(20)
        if p == 0 and k < 10:
            k = 0
        elif p != 0 and k < 6:
            k = 4
        ch = chan()
        if k <= 3:
            return select(p)
        if k <= 7:
            return f"{ch} <- {p}"
        if k <= 10:
            return f'if v, ok := <-{ch}; ok {{ fmt.Print("r", v) }} else {{ fmt.Print("c") }}'
        if k <= 12 and ch not in closed:
            closed.add(ch)
            return f"close({ch})"
        if k <= 14:
            return 'mu.Lock(); fmt.Print("m"); mu.Unlock()'
        if k <= 16:
            return f'fmt.Print("p{p}")'
        return f"for v := range {ch} {{ fmt.Print(\"R\", v); break }}"

    nproc = rng.choice([1, 2, 2, 3])
    waits = rng.random() < 0.2
    for p in range(1, nproc + 1):
        body = "; ".join(op(p) for _ in range(rng.choice([1, 2] if nproc == 1 else [1, 1, 1, 2] if nproc == 2 else [1])))
        if waits:
            lines.append("wg.Add(1)")
            body = "defer wg.Done(); " + body
        # the channels and locks as arguments: a captured variable is
        # shared memory, and reading it would be an event of its own
        lines.append(f"go func(a, b, c chan int, mu *sync.Mutex, wg *sync.WaitGroup) {{ {body} }}(a, b, c, &mu, &wg)")
    main_ops = [op(0) for _ in range(rng.choice([1, 1, 1, 2]))]
    lines.extend(main_ops)
    if waits:
        lines.append("wg.Wait()")
    # in a function: main's variables are its locals, not shared memory
    # (every read of which would be an event)
    return "func() {\n" + "\n".join(lines) + "\n}()\n"


def gen_meet(rng):
    """The smallest meetings: main makes one select (perhaps with a
    default, perhaps then one more receive, which may wait forever), and
    2 or 3 processes make one operation each: a send, a receive, a close
    or a select of their own. Small enough that every interleaving can be
    enumerated almost always."""
    chans = ["a", "b", "c"]
    lines = ["a := make(chan int)", "b := make(chan int)", f"c := make(chan int, {rng.choice([0, 1])})"]
    closed = set()

    def case(p, ch, i):
        if rng.random() < 0.7:
            return f'case v := <-{ch}: fmt.Print("{ch}", v)'
        return f'case {ch} <- {p * 10 + i}: fmt.Print("{ch}!")'

    def select(p, k):
        cs = [case(p, rng.choice(chans), i) for i in range(k)]
        if rng.random() < 0.25:
            cs.append('default: fmt.Print("-")')
        return "select { " + "; ".join(cs) + " }"

    def op(p):
        ch = rng.choice(chans)
        k = rng.randrange(10)
        if k < 5:
            return f"{ch} <- {p}"
        if k < 7:
            return f'fmt.Print("r", <-{ch})'
        if k < 8 and ch not in closed:
            closed.add(ch)
            return f"close({ch})"
        return select(p, 2)

    for p in range(1, rng.choice([2, 2, 3]) + 1):
        lines.append(f"go func(a, b, c chan int) {{ {op(p)} }}(a, b, c)")
    lines.append(select(0, rng.choice([2, 2, 3])))
    if rng.random() < 0.3:
        lines.append(f'fmt.Print("then", <-{rng.choice(chans)})')
    return "func() {\n" + "\n".join(lines) + "\n}()\n"


def gen(rng, i):
    return gen_mixed(rng) if i % 8 == 7 else gen_meet(rng) if i % 2 == 0 else gen_select(rng)


MAX = 20000


def outcomes(path, *opts):
    try:
        r = subprocess.run([CSP, "explore", "--all", "--json", "--max-schedules", str(MAX), *opts, path],
                           capture_output=True, text=True, timeout=600)
    except subprocess.TimeoutExpired:
        return ({("timeout", 0, "timeout")}, False, 0), None
    if r.returncode not in (0, 3):
        return None, r.stderr.strip()[:300]
    j = json.loads(r.stdout)
    outs = {(o["stdout"], o["exit"], o["end"]) for o in j["outcomes"]}
    return (outs, j["complete"], j["schedules"]), None


def main():
    global MAX
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    MAX = int(sys.argv[3]) if len(sys.argv) > 3 else MAX
    bad = checked = skipped = 0
    totals = {"fine": 0, "plain": 0, "none": 0}
    for i in range(n):
        src = gen(rng, i)
        with tempfile.NamedTemporaryFile("w", suffix=".csp", delete=False) as f:
            f.write(src)
            path = f.name
        fine, err = outcomes(path)
        if fine is None:
            print(f"program {i}: explore failed: {err}\n{src}")
            bad += 1
            continue
        none, err = outcomes(path, "--no-reduction")
        if none is None or not none[1]:
            skipped += 1  # every interleaving is too many to compare
            continue
        checked += 1
        totals["none"] += none[2]
        totals["fine"] += fine[2]
        if not fine[1] or none[0] != fine[0]:
            bad += 1
            print(f"program {i}: outcomes differ from every interleaving's (reduced search complete: {fine[1]})\n"
                  f"  finer: {sorted(fine[0])}\n  all:   {sorted(none[0])}\n{src}", flush=True)
            continue
        plain, err = outcomes(path, "--plain-dependence")
        if plain is None or not plain[1]:
            continue
        totals["plain"] += plain[2]
        if plain[0] != fine[0]:
            bad += 1
            print(f"program {i}: outcomes differ\n  finer: {sorted(fine[0])}\n  plain: {sorted(plain[0])}\n{src}",
                  flush=True)
    print(f"{checked} programs compared with every interleaving ({skipped} skipped: more than {MAX} "
          f"interleavings), {bad} disagreements; schedules: finer {totals['fine']}, plain {totals['plain']}, "
          f"every interleaving {totals['none']}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
