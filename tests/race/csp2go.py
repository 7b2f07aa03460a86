#!/usr/bin/env python3
"""csp2go.py: a csp script (top-level statements) as a Go program with the
same line numbers, so that Go's race reports name the script's lines.

  python3 tests/race/csp2go.py SCRIPT.csp > prog.go

Declarations (type, func) must all come before the first top-level
statement, as in the examples. Line 1 gets `package main; import (...);`
in front (the packages the code names), the first statement gets
`func main() { ` in front, and a closing `}` follows the last line. A
script that already says `package main` is printed unchanged. Go 1.22's
`for range N` and `for i := range N` become three-clause loops for Go 1.19
(the same unless a closure captures i: Go 1.19 shares one i).
"""
import re
import sys

PKGS = {"fmt": "fmt", "strings": "strings", "sync": "sync", "time": "time", "os": "os",
        "strconv": "strconv", "sort": "sort", "math": "math", "rand": "math/rand",
        "errors": "errors", "context": "context", "atomic": "sync/atomic",
        "runtime": "runtime", "log": "log", "utf8": "unicode/utf8", "bufio": "bufio"}

src = open(sys.argv[1]).read().split("\n")
if any(l.startswith("package ") for l in src):
    sys.stdout.write("\n".join(src))
    sys.exit(0)
code = "\n".join(re.sub(r"//.*", "", re.sub(r'"(\\.|[^"\\])*"', '""', l)) for l in src)
used = sorted({PKGS[m] for m in re.findall(r"\b([a-z0-9]+)\.[A-Z]", code) if m in PKGS})
first = None
depth = 0
for i, l in enumerate(src):
    s = re.sub(r"//.*", "", re.sub(r'"(\\.|[^"\\])*"|`[^`]*`', '""', l))
    if depth == 0 and s.strip() and not s[0].isspace() and s[0] not in "})":
        decl = re.match(r"(type|func|import)\b", s)
        if first is None and not decl and not re.match(r"(var|const)\b", s):
            first = i
        elif first is not None and decl:
            sys.exit("csp2go: %s:%d: a declaration after the first statement" % (sys.argv[1], i + 1))
    depth += s.count("{") + s.count("(") - s.count("}") - s.count(")")
if first is None and not any(l.startswith("func main()") for l in src):
    sys.exit("csp2go: no statements")
src = [re.sub(r"\bfor range (\w+) \{", r"for _i := 0; _i < \1; _i++ {",
         re.sub(r"\bfor (\w+) := range (\d+|[a-z]\w*) \{$", lambda m: m.group(0) if not m.group(2).isdigit() else
                "for %s := 0; %s < %s; %s++ {" % (m.group(1), m.group(1), m.group(2), m.group(1)), l)) for l in src]
if first is not None:
    src[first] = "func main() { " + src[first]
src[0] = "package main; import (%s); %s" % ("; ".join('"%s"' % p for p in used), src[0])
while src and src[-1] == "":
    src.pop()
if first is not None:
    src.append("}")
print("\n".join(src))
