#!/usr/bin/env bash
# docs.sh: the examples in the documentation still do what it says.
#
# In docs/tutorial.md and docs/language.md every fenced block marked
# ```console is a transcript: a line starting with "$ " is a command, the
# lines after it, up to the next command or the end of the block, are what
# it prints (standard output and standard error together, as a terminal
# shows them). A line that is just "..." stands for any number of lines.
# Each block runs as one bash script in a fresh directory that holds a link
# to examples/ (so `csp examples/queue.csp` works) with the csp under test
# first on PATH; `echo $?` sees the previous command's status. Blocks marked
# ```sh or plain ``` are shown, not run: use them for output that depends on
# timing. Output that depends on the schedule is shown under --seed.
set -u
cd "$(dirname "$0")/.."
csp=${CSP:-./csp}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin"
ln -s "$(cd "$(dirname "$csp")" && pwd)/$(basename "$csp")" "$tmp/bin/csp"
python3 - "$tmp" docs/tutorial.md docs/language.md <<'PY'
import os, re, subprocess, sys
tmp, docs = sys.argv[1], sys.argv[2:]
repo = os.getcwd()
passed = failed = 0

def blocks(path):
    """(line number, [lines]) of each ```console block."""
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        if lines[i].strip() == "```console":
            start, body = i + 1, []
            i += 1
            while i < len(lines) and lines[i].strip() != "```":
                body.append(lines[i]); i += 1
            yield start + 1, body
        i += 1

def matches(want, got):
    """want may hold "..." lines, each standing for any run of lines."""
    parts, cur = [], []
    for w in want:
        if w == "...":
            parts.append(cur); cur = []
        else:
            cur.append(w)
    parts.append(cur)
    if len(parts) == 1:
        return want == got
    first, last, mid = parts[0], parts[-1], parts[1:-1]
    if got[:len(first)] != first:
        return False
    pos, end = len(first), len(got) - len(last)
    if end < pos or (last and got[end:] != last):
        return False
    for m in mid:
        for k in range(pos, end - len(m) + 1):
            if got[k:k + len(m)] == m:
                pos = k + len(m); break
        else:
            return False
    return True

nblock = 0
for doc in docs:
    for line, body in blocks(doc):
        nblock += 1
        cmds = []  # (command, expected lines)
        for l in body:
            if l.startswith("$ "):
                cmds.append((l[2:], []))
            elif cmds:
                cmds[-1][1].append(l)
            elif l.strip():
                print(f"FAIL docs/{doc}:{line}: output before the first command")
                failed += 1
        if not cmds:
            continue
        work = os.path.join(tmp, f"w{nblock}")
        os.makedirs(work)
        os.symlink(os.path.join(repo, "examples"), os.path.join(work, "examples"))
        script = ["__rc=0"]
        for k, (c, _) in enumerate(cmds):
            script.append(f"printf '\\036{k}\\n'; (exit $__rc); {{ {c}\n}} 2>&1 </dev/null; __rc=$?")
        env = dict(os.environ, PATH=os.path.join(tmp, "bin") + ":" + os.environ["PATH"],
                   HOME=work, GOMAXPROCS="2")
        try:
            out = subprocess.run(["bash", "-c", "\n".join(script)], cwd=work, env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120).stdout
        except subprocess.TimeoutExpired:
            print(f"FAIL {doc}:{line}: timed out"); failed += 1; continue
        text = out.decode("utf-8", "replace")
        pieces = re.split(r"\x1e(\d+)\n", text)
        got = {int(pieces[j]): pieces[j + 1] for j in range(1, len(pieces) - 1, 2)}
        for k, (c, want) in enumerate(cmds):
            g = got.get(k, "").rstrip("\n")
            g = g.split("\n") if g else []
            w = list(want)
            while w and not w[-1].strip():
                w.pop()
            if matches(w, g):
                passed += 1
            else:
                failed += 1
                print(f"FAIL {doc}:{line}: $ {c}")
                print("  want: " + "\n        ".join(w[:12]))
                print("  got:  " + "\n        ".join(g[:12]))
# every package the compiler has (compiler/lib.c) has its row in the
# reference's table of standard packages
lib = open("compiler/lib.c", encoding="utf-8").read()
paths = re.findall(r'^\s*\{"\w+", "([a-z/]+)", NULL', lib, re.M)
ref = open("docs/language.md", encoding="utf-8").read()
table = ref[ref.index("## 3. The standard packages"):ref.index("## 4.")]
rows = set(re.findall(r"^\| `([a-z/]+)`(?:, `([a-z/]+)`)?", table, re.M))
listed = {p for r in rows for p in r if p}
missing = [p for p in paths if p not in listed]
if paths and not missing:
    passed += 1
else:
    failed += 1
    print(f"FAIL docs/language.md: packages missing from section 3: {' '.join(missing) or '(none found in compiler/lib.c)'}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
