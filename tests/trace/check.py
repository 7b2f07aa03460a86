#!/usr/bin/env python3
"""check.py KIND FILE [ARGS]: assertions on a --trace output, one per line
printed as PASS/FAIL NAME (tests/trace.sh counts them)."""
import json, re, sys, xml.dom.minidom
import xml.etree.ElementTree as ET

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


# ---- the process view (one lane per goroutine) and the goroutine tracks ----

SVG_NS = "{http://www.w3.org/2000/svg}"

def svg_procs(path):
    """lanes {id: (y, h, label)}, state rects, links of a process-view SVG"""
    root = ET.parse(path).getroot()
    lanes, rects, links = {}, [], []
    for g in root.iter(SVG_NS + "g"):
        if g.get("class", "").startswith("proc-lane"):
            r, t = g.find(SVG_NS + "rect"), g.find(SVG_NS + "text")
            lanes[g.get("data-goroutine")] = (float(r.get("y")), float(r.get("height")), t.text)
    for r in root.iter(SVG_NS + "rect"):
        if r.get("data-state"):
            t = r.find(SVG_NS + "title")
            rects.append({"g": r.get("data-goroutine"), "state": r.get("data-state"), "x": float(r.get("x")),
                          "w": float(r.get("width")), "title": t.text if t is not None else ""})
    for pth in root.iter(SVG_NS + "path"):
        cls = pth.get("class", "").split()
        if cls[:1] == ["link"]:
            nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", pth.get("d"))]
            links.append({"kind": cls[1], "from": pth.get("data-from"), "to": pth.get("data-to"),
                          "x0": nums[0], "y0": nums[1], "x1": nums[-2], "y1": nums[-1],
                          "title": pth.find(SVG_NS + "title").text})
    texts = {t.get("class"): "".join(t.itertext()) for t in root.iter(SVG_NS + "text") if t.get("class")}
    return root, lanes, rects, links, texts

def in_lane(lanes, g, y):
    top, h, _ = lanes[g]
    return top <= y <= top + h

def source_lines(src, pred):
    return {i + 1 for i, l in enumerate(open(src).read().split("\n")) if pred(l)}

def chan_op_lines(src):
    """{line: reason} for each channel operation in src, read from its text"""
    ops = {}
    for i, l in enumerate(open(src).read().split("\n")):
        code = l.split("//")[0]
        if re.search(r"\w\s*<-", code):
            ops[i + 1] = "chan send"
        elif re.search(r"<-\s*\w", code) or re.search(r"range\s+\w+\s*{", code):
            ops[i + 1] = "chan receive"
    return ops

def starts_of(d):
    """{goroutine: func} from the worker tracks' start events"""
    return {e["args"]["goroutine"]: e["args"]["func"] for e in worker_events(d)
            if e.get("cat") == "proc" and e["name"].endswith("starts")}

def flow_pairs(d):
    """(sender, receiver) goroutines of each channel flow on the worker tracks"""
    ev = worker_events(d)
    sl = slices_of(ev)
    s = {e["id"]: e for e in ev if e["ph"] == "s"}
    f = {e["id"]: e for e in ev if e["ph"] == "f"}
    out = []
    for i in s:
        a, b = inside(sl, s[i]), inside(sl, f[i]) if i in f else None
        out.append((str(a["args"]["goroutine"]) if a else "?", str(b["args"]["goroutine"]) if b else "?"))
    return sorted(out)

def check_procs(svg, jpath, src, outp, want):
    """handoff3.csp: main (G1) hands jobs to workers w = 0, 1 (G2, G3)"""
    root, lanes, rects, links, texts = svg_procs(svg)
    d = json.load(open(jpath))
    starts = starts_of(d)
    report("procs_view", root.get("class") == "procs-view" and not [g for g in root.iter(SVG_NS + "g") if g.get("class") == "lane"])
    report("procs_lanes", len(lanes) == want and set(lanes) == {str(g) for g in starts},
           "%d lanes %s, goroutines %s" % (len(lanes), sorted(lanes), sorted(starts)))
    report("procs_lane_labels", all(lanes[str(g)][2] == "G%d %s" % (g, fn) for g, fn in starts.items() if str(g) in lanes),
           str([l[2] for l in lanes.values()]))
    # each "worker W got J" line is one hand-off from main to worker W's goroutine (G2+W)
    got = [int(l.split()[1]) for l in open(outp).read().split("\n") if l.startswith("worker ")]
    hand = sorted((l["from"], l["to"]) for l in links if l["kind"] == "handoff")
    want_hand = sorted([("1", str(2 + w)) for w in got] + [("2", "1"), ("3", "1")])
    report("procs_handoffs", hand == want_hand, "%s, want %s" % (hand, want_hand))
    report("procs_handoffs_match_json", hand == flow_pairs(d), "%s vs %s" % (hand, flow_pairs(d)))
    report("procs_arrows_join_lanes", links and all(in_lane(lanes, l["from"], l["y0"]) and in_lane(lanes, l["to"], l["y1"])
                                                   and l["x0"] <= l["x1"] + 0.5 for l in links), str(links[:2]))
    ops = chan_op_lines(src)
    blocked = [r for r in rects if r["state"] == "channel"]
    bad = []
    for r in blocked:
        m = re.search(r"^G(\d+): blocked on (chan \w+) at (.+):(\d+)\n", r["title"])
        if not m or m.group(1) != r["g"] or not m.group(3).endswith(src.split("/")[-1]) or ops.get(int(m.group(4))) != m.group(2):
            bad.append(r["title"])
    report("procs_blocked_titles", blocked and not bad, "%d blocked rects, bad: %s" % (len(blocked), bad[:2]))
    go_line = source_lines(src, lambda l: l.strip().startswith("go func"))
    gos = [l for l in links if l["kind"] == "go"]
    report("procs_go", sorted((l["from"], l["to"]) for l in gos) == [("1", "2"), ("1", "3")]
           and all(int(re.search(r":(\d+) starts", l["title"]).group(1)) in go_line for l in gos), str([l["title"] for l in gos]))
    # a close wakes the workers still in `range jobs`: only main closes
    report("procs_close_wakes", all(l["from"] == "1" and " close " in l["title"] for l in links if l["kind"] == "wake"))
    check_goroutine_json(d, starts, ops, src)

def check_goroutine_json(d, starts, ops, src):
    ev = d["traceEvents"]
    g = [e for e in ev if e.get("pid") == 2]
    report("json_goroutines_process", any(e["ph"] == "M" and e["name"] == "process_name" and e["args"]["name"] == "goroutines" for e in g))
    names = {e["tid"]: e["args"]["name"] for e in g if e["ph"] == "M" and e["name"] == "thread_name"}
    report("json_goroutine_tracks", names == {i: "G%d %s" % (i, fn) for i, fn in starts.items()}, str(names))
    spans = [e for e in g if e["ph"] == "X"]
    ok = True
    for tid in names:
        l = sorted((e["ts"], e["ts"] + e["dur"]) for e in spans if e["tid"] == tid)
        ok = ok and all(b[0] >= a[1] - 1e-6 for a, b in zip(l, l[1:]))
    report("json_goroutine_spans_no_overlap", ok)
    # running spans are the worker-track slices (two joined when 2 ns or less apart)
    ok, why = True, ""
    for tid in names:
        w = [e for e in worker_events(d) if e["ph"] == "X" and e["args"]["goroutine"] == tid]
        r = [e for e in spans if e["tid"] == tid and e["name"] == "running"]
        a, b = sum(e["dur"] for e in w), sum(e["dur"] for e in r)
        if not (a - 1e-6 <= b <= a + 0.002 * len(w) + 1e-6):
            ok, why = False, "G%d: slices %.3f us, running %.3f us" % (tid, a, b)
    report("json_goroutine_running", ok, why)
    bl = [e for e in spans if e["name"].startswith("blocked: ")]
    report("json_goroutine_blocked", bl and all(e["args"]["at"].endswith(":%d" % l) and ops[l] == e["name"][9:]
                                                for e in bl for l in [int(e["args"]["at"].rsplit(":", 1)[1])]),
           str(bl[:1]))
    sl = {}
    for e in spans:
        sl.setdefault(e["tid"], []).append((e["ts"], e["ts"] + e["dur"], e))
    for cat, want in (("handoff", len([e for e in worker_events(d) if e["ph"] == "s"])), ("go", len(starts) - 1)):
        s = {e["id"]: e for e in g if e["ph"] == "s" and e["cat"] == cat}
        f = {e["id"]: e for e in g if e["ph"] == "f" and e["cat"] == cat}
        bound = all(inside(sl, e) for e in list(s.values()) + list(f.values()))
        report("json_goroutine_flows_" + cat, set(s) == set(f) and len(s) == want and bound,
               "%d starts, %d ends, want %d, bound %s" % (len(s), len(f), want, bound))

def check_wakes(svg, src):
    """locks.csp: G2 blocks on the lock G1 holds, G1 in Wait until G2's Done"""
    root, lanes, rects, links, texts = svg_procs(svg)
    text = open(src).read().split("\n")
    go = min(source_lines(src, lambda l: "go func" in l))
    lock = min(l for l in source_lines(src, lambda l: "mu.Lock()" in l) if l > go)
    wait = min(source_lines(src, lambda l: "wg.Wait()" in l))
    sleep = max(source_lines(src, lambda l: "time.Sleep" in l))  # main's, after the go func
    wakes = [l for l in links if l["kind"] == "wake"]
    name = src.split("/")[-1]
    unlock = [l for l in wakes if (l["from"], l["to"]) == ("1", "2") and l["title"].startswith("G1 Unlock \u2192 G2 sync.Mutex.Lock at ")
              and l["title"].split(",")[0].endswith("%s:%d" % (name, lock))]
    done = [l for l in wakes if (l["from"], l["to"]) == ("2", "1") and l["title"].startswith("G2 Done \u2192 G1 sync.WaitGroup.Wait at ")
            and l["title"].split(",")[0].endswith("%s:%d" % (name, wait))]
    report("wake_unlock_lock", len(unlock) == 1, str([l["title"] for l in wakes]))
    report("wake_done_wait", len(done) == 1, str([l["title"] for l in wakes]))
    # a wake-up arrow ends where the blocked bar it ends does
    def ends_block(arrow, g, state):
        return any(r["g"] == g and r["state"] == state and abs(r["x"] + r["w"] - arrow["x1"]) <= 1.5 for r in rects)
    report("wake_ends_block", unlock and done and ends_block(unlock[0], "2", "lock") and ends_block(done[0], "1", "wait group"))
    report("sleep_title", any(r["g"] == "1" and r["state"] == "sleep" and "blocked on sleep at" in r["title"]
                              and r["title"].split("\n")[0].endswith("%s:%d" % (name, sleep)) for r in rects))
    report("no_handoffs", not [l for l in links if l["kind"] == "handoff"])

def check_fold(svg, started):
    """many.csp: `started` goroutines besides main, more than the lanes"""
    root, lanes, rects, links, texts = svg_procs(svg)
    total, own = started + 1, 63
    folded = [g for g in root.iter(SVG_NS + "g") if g.get("class") == "proc-lane folded"]
    report("fold_lanes", len(lanes) == 64 and "1" in lanes and len(folded) == 1
           and lanes["folded"][2] == "+%d more goroutines" % (total - own), "%d lanes" % len(lanes))
    note = texts.get("folded-note", "")
    report("fold_note", note.startswith("%d goroutines: %d have lanes" % (total, own)) and "%d more are folded" % (total - own) in note, note)
    report("fold_caption", texts.get("caption", "").startswith("%d goroutines" % total), texts.get("caption", ""))
    # arrows still join lanes that exist, none inside the folded lane
    report("fold_links", all(in_lane(lanes, l["from"] if l["from"] in lanes else "folded", l["y0"]) for l in links)
           and not [l for l in links if l["kind"] == "go" and l["to"] not in lanes])

def check_deadlock(svg, src):
    """philosophers.csp in a deadlocked run: each holds a fork and waits for the next"""
    root, lanes, rects, links, texts = svg_procs(svg)
    n = int(re.search(r"const N = (\d+)", open(src).read()).group(1))
    right = source_lines(src, lambda l: l.strip() == "right.Lock()")
    wait = source_lines(src, lambda l: l.strip() == "wg.Wait()")
    report("deadlock_lanes", len(lanes) == n + 1, str(sorted(lanes)))
    def last(g):
        rs = [r for r in rects if r["g"] == g]
        return max(rs, key=lambda r: r["x"]) if rs else None
    def waits(g, state, reason, lines):
        r = last(g)
        m = r and re.search(reason + r" at .*:(\d+)\n", r["title"])
        return bool(m) and r["state"] == state and int(m.group(1)) in lines and "still blocked when the program ended" in r["title"]
    report("deadlock_philosophers", all(waits(str(g), "lock", "sync.Mutex.Lock", right) for g in range(2, n + 2)),
           str([last(str(g)) for g in range(2, n + 2)]))
    report("deadlock_main", waits("1", "wait group", "sync.WaitGroup.Wait", wait), str(last("1")))
    report("deadlock_caption", texts.get("caption", "").endswith("; %d still blocked when the program ended" % (n + 1)),
           texts.get("caption", ""))

def check_view(svg, view, n):
    root = ET.parse(svg).getroot()
    worker = [g for g in root.iter(SVG_NS + "g") if g.get("class") == "lane"]
    procs = [g for g in root.iter(SVG_NS + "g") if g.get("class", "").startswith("proc-lane")]
    if view == "workers":
        report("view_workers", len(worker) == n and not procs and root.get("class") != "procs-view", "%d %d" % (len(worker), len(procs)))
    else:
        report("view_procs", len(procs) == n and not worker, "%d %d" % (len(worker), len(procs)))

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
elif kind == "procs":
    check_procs(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], int(sys.argv[6]))
elif kind == "wakes":
    check_wakes(sys.argv[2], sys.argv[3])
elif kind == "fold":
    check_fold(sys.argv[2], int(sys.argv[3]))
elif kind == "deadlock":
    check_deadlock(sys.argv[2], sys.argv[3])
elif kind == "view":
    check_view(sys.argv[2], sys.argv[3], int(sys.argv[4]))
elif kind == "parses":
    json.load(open(sys.argv[2]))
    report("parses", True)
