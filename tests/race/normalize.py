#!/usr/bin/env python3
"""normalize.py: the race reports of a stderr (Go's -race or csp --race),
with what legitimately differs between the two made uniform, so csp's
reports can be compared with Go's line for line.

Keeps the report blocks (from a "==================" line to the next) and
the "Found N data race(s)" line, drops everything else (the program's own
stderr, a panic's trace). Addresses become ADDR, "+0x..." frame offsets go,
file paths keep their base name, and goroutine numbers are renumbered G1,
G2, ... in order of first appearance (Go's runtime has goroutines of its
own, so its numbers are larger). "main goroutine" stays.

  python3 tests/race/normalize.py < STDERR
"""
import re
import sys

ids = {}


def gid(m):
    n = m.group(2)
    if n not in ids:
        ids[n] = "G%d" % (len(ids) + 1)
    return "%s %s" % (m.group(1), ids[n])


inrep = False
for line in sys.stdin:
    line = line.rstrip("\n")
    if line == "==================":
        print(line)
        inrep = not inrep
        continue
    if re.match(r"^Found \d+ data race\(s\)$", line):
        print(line)
        continue
    if not inrep:
        continue
    line = re.sub(r" at 0x[0-9a-f]+ by ", " at ADDR by ", line)
    line = re.sub(r" \+0x[0-9a-f]+$", "", line)
    line = re.sub(r"^(\s+)\S*/([^/\s]+:\d+)$", r"\1\2", line)
    line = re.sub(r"\b(goroutine|Goroutine) (\d+)", gid, line)
    print(line)
