#!/usr/bin/env python3
"""check.py KIND FILE [ARGS]: assertions on a --trace output, one per line
printed as PASS/FAIL NAME (tests/trace.sh counts them)."""
import json, sys, xml.dom.minidom

def report(name, ok, why=""):
    print(("PASS " if ok else "FAIL ") + name + ("" if ok else ": " + why))

def worker_events(d):
    """the events of trace process 1, the worker tracks (process 2 has the goroutines')"""
    return [e for e in d["traceEvents"] if e.get("pid") == 1]

def slices_of(events):
    out = {}
    for e in events:
        if e["ph"] == "X":
            out.setdefault(e["tid"], []).append((e["ts"], e["ts"] + e["dur"], e))
    return out

def inside(sl, e):
    """the slice on e's track enclosing e's time, or None"""
    for t0, t1, s in sl.get(e["tid"], []):
        if t0 - 1e-6 <= e["ts"] <= t1 + 1e-6:
            return s
    return None

def check_json(path, workers, rounds, seed, prog):
    d = json.load(open(path))
    ev = worker_events(d)
    od = d["otherData"]
    report("json_program", od["program"].endswith(prog), od["program"])
    report("json_workers", od["workers"] == workers, str(od["workers"]))
    report("json_seed", (seed is None and "seed" not in od) or od.get("seed") == seed, str(od.get("seed")))
    names = {e["tid"]: e["args"]["name"] for e in ev if e["ph"] == "M" and e["name"] == "thread_name"}
    report("json_worker_tracks", all(names.get(w) == "worker %d" % w for w in range(workers)), str(names))
    sl = slices_of(ev)
    xs = [e for e in ev if e["ph"] == "X"]
    report("json_slices_named", any(e["name"] == "G1 main.main" for e in xs)
           and any(e["name"] == "G2 main.main.func1" for e in xs), str({e["name"] for e in xs}))
    report("json_slices_on_workers", all(0 <= e["tid"] < workers for e in xs))
    # slices on one track never overlap
    ok = True
    for tid, l in sl.items():
        l.sort(key=lambda x: x[0])
        for a, b in zip(l, l[1:]):
            if b[0] < a[1] - 1e-6:
                ok = False
    report("json_no_overlap", ok)
    s = {e["id"]: e for e in ev if e["ph"] == "s"}
    f = {e["id"]: e for e in ev if e["ph"] == "f"}
    report("json_flows_paired", set(s) == set(f) and len(s) == rounds, "%d starts, %d ends, want %d" % (len(s), len(f), rounds))
    ok = True
    for i in s:
        a, b = inside(sl, s[i]), inside(sl, f.get(i, s[i]))
        if a is None or b is None or a is b or a["args"]["goroutine"] == b["args"]["goroutine"]:
            ok = False
        if i in f and f[i]["ts"] < s[i]["ts"]:
            ok = False
    report("json_flows_bind_to_slices", ok, "a flow end outside a slice, or running backwards")
    blocks = [e for e in ev if e["ph"] == "i" and e.get("cat") == "block"]
    # which operations block depends on the schedule; where they can is fixed
    ops = {"4", "5", "10", "11", "14"}  # pingpong.csp's channel operations
    report("json_blocks", len(blocks) >= 2
           and all(b["args"]["reason"] in ("chan send", "chan receive") for b in blocks)
           and all(b["args"]["at"].rsplit(":", 1)[1] in ops
                   and b["args"]["at"].rsplit(":", 1)[0].endswith(prog) for b in blocks), str(blocks[:2]))
    wakes = [e for e in ev if e["ph"] == "i" and e.get("cat") == "wake"]
    report("json_wakes", len(wakes) >= rounds, "%d wakes" % len(wakes))
    starts = {e["args"]["goroutine"] for e in ev if e.get("cat") == "proc" and e["name"].endswith("starts")}
    ends = {e["args"]["goroutine"] for e in ev if e.get("cat") == "proc" and e["name"].endswith("ends")}
    report("json_start_end", {1, 2} <= starts and 2 in ends, "%s %s" % (starts, ends))
    ts = [e["ts"] for e in d["traceEvents"] if "ts" in e]
    report("json_time_order", ts == sorted(ts))

def check_svg(path, workers, goroutines):
    doc = xml.dom.minidom.parse(path)
    root = doc.documentElement
    report("svg_root", root.tagName == "svg" and root.getAttribute("xmlns") == "http://www.w3.org/2000/svg")
    lanes = [g for g in doc.getElementsByTagName("g") if g.getAttribute("class") == "lane"]
    report("svg_lanes", len(lanes) == workers, "%d lanes, want %d" % (len(lanes), workers))
    text = " ".join(t.firstChild.data for t in doc.getElementsByTagName("text") if t.firstChild)
    report("svg_legend", all("goroutine %d " % g in text for g in goroutines) and "worker 0" in text, text[:200])
    busy = {}
    for g in lanes:
        busy[g.getAttribute("data-worker")] = len(g.getElementsByTagName("rect"))
    report("svg_busy_lanes", all(n > 0 for n in busy.values()), str(busy))

kind = sys.argv[1]
if kind == "json":
    seed = None if sys.argv[5] == "-" else int(sys.argv[5])
    check_json(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), seed, sys.argv[6])
elif kind == "svg":
    check_svg(sys.argv[2], int(sys.argv[3]), [int(g) for g in sys.argv[4:]])
elif kind == "flows":
    d = json.load(open(sys.argv[2]))
    s = [e for e in worker_events(d) if e["ph"] == "s"]
    f = [e for e in worker_events(d) if e["ph"] == "f"]
    report("flows_" + sys.argv[3], len(s) == len(f) == int(sys.argv[3]) and {e["id"] for e in s} == {e["id"] for e in f},
           "%d starts, %d ends" % (len(s), len(f)))
    timers = [e for e in worker_events(d) if e.get("cat") == "wake" and e["args"]["by"] == 0 and e["tid"] == 9999]
    report("timer_wake", len(timers) >= 1)
elif kind == "parses":
    json.load(open(sys.argv[2]))
    report("parses", True)
