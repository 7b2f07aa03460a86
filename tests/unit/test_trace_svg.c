/* test_trace_svg.c: unit tests of the schedule-trace SVG writers, by worker
 * (runtime/trace_svg.c) and by goroutine (runtime/trace_svg_procs.c, on
 * trace_procs.c), on synthetic event arrays: one worker interleaving
 * two processes, two workers in parallel, 200k tiny slices, an empty trace,
 * degenerate events (equal times, zero durations, one-ended flows, tracks
 * past W, XML specials in names) and a million events. Each SVG is written
 * to DIR (argv[1], or a fresh temporary directory), checked in C for its
 * lane markers, legend and size, and parsed with python3's xml.dom.minidom
 * when python3 is installed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../../runtime/trace.h"
#include "unit.h"

static char dir[512];

typedef struct Evs {
    TraceEvent *v;
    size_t n, cap;
} Evs;

static void push(Evs *e, TraceEvent x) {
    if (e->n == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 1024;
        e->v = realloc(e->v, e->cap * sizeof *e->v);
        if (!e->v) abort();
    }
    e->v[e->n++] = x;
}

static void slice(Evs *e, int64_t ts, int64_t dur, int64_t proc, const char *fn, int track) {
    push(e, (TraceEvent){.ts = ts, .dur = dur, .proc = proc, .name = fn, .kind = TR_SLICE, .track = (int16_t)track});
}

static void start(Evs *e, int64_t ts, int64_t proc, int64_t parent, const char *fn) {
    push(e, (TraceEvent){.ts = ts, .proc = proc, .other = parent, .name = fn, .kind = TR_START, .track = 0});
}

static void flow(Evs *e, int kind, int64_t ts, int64_t proc, int64_t id, int track) {
    push(e, (TraceEvent){.ts = ts, .proc = proc, .other = id, .kind = (int16_t)kind, .track = (int16_t)track});
}

static void block(Evs *e, int64_t ts, int64_t proc, const char *why, const char *file, int line, int track) {
    push(e, (TraceEvent){.ts = ts, .proc = proc, .name = why, .file = file, .line = line, .kind = TR_BLOCK,
                         .track = (int16_t)track});
}

static int by_ts(const void *a, const void *b) {
    const TraceEvent *x = a, *y = b;
    return x->ts < y->ts ? -1 : x->ts > y->ts;
}

typedef void (*SvgWriter)(FILE *, const TraceEvent *, size_t, const TraceMeta *);

/* Writes the SVG as DIR/NAME.svg with writer and returns its whole text
 * (malloc'd). */
static char *render_with(SvgWriter writer, const char *name, Evs *e, const TraceMeta *m, size_t *size) {
    if (e->n) qsort(e->v, e->n, sizeof *e->v, by_ts);
    char path[600];
    snprintf(path, sizeof path, "%s/%s.svg", dir, name);
    FILE *f = fopen(path, "w");
    if (!f) { perror(path); exit(2); }
    writer(f, e->v, e->n, m);
    fclose(f);
    f = fopen(path, "r");
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    rewind(f);
    char *text = malloc((size_t)len + 1);
    size_t got = fread(text, 1, (size_t)len, f);
    text[got] = 0;
    fclose(f);
    *size = got;
    return text;
}

/* The worker view. */
static char *render(const char *name, Evs *e, const TraceMeta *m, size_t *size) {
    return render_with(trace_write_svg, name, e, m, size);
}

static int count(const char *text, const char *needle) {
    int k = 0;
    for (const char *p = text; (p = strstr(p, needle)); p += strlen(needle)) k++;
    return k;
}

/* The text of the title line. */
static const char *title(const char *text) {
    static char buf[256];
    const char *p = strstr(text, "<text class=\"title\"");
    if (!p || !(p = strchr(p, '>'))) return NULL;
    const char *q = strstr(++p, "</text>");
    if (!q || q - p >= (long)sizeof buf) return NULL;
    memcpy(buf, p, (size_t)(q - p));
    buf[q - p] = 0;
    return buf;
}

static void check_well_formed(const char *name, const char *text) {
    char label[128];
    snprintf(label, sizeof label, "%s: svg root, xmlns, viewBox, white background, closed", name);
    unit_check(label, !strncmp(text, "<?xml", 5) && strstr(text, "<svg xmlns=\"http://www.w3.org/2000/svg\"") &&
                          strstr(text, "viewBox=\"0 0 ") && strstr(text, "fill=\"#fff\"") &&
                          strstr(text, "</svg>\n") && !strstr(text, "nan") && !strstr(text, "inf\""));
}

static void check_lanes(const char *name, const char *text, int want) {
    char label[128], marker[64];
    snprintf(label, sizeof label, "%s: %d worker lane%s", name, want, want == 1 ? "" : "s");
    snprintf(marker, sizeof marker, "data-worker=\"%d\"", want - 1);
    unit_check(label, count(text, "class=\"lane\"") == want && strstr(text, marker));
}

/* ---- cases ---- */

/* One worker: main and a worker goroutine take turns every 50 µs for 10 ms. */
static void test_one_worker(void) {
    Evs e = {0};
    start(&e, 0, 1, 0, "main.main");
    start(&e, 1000, 2, 1, "main.spin");
    for (int64_t t = 0, i = 0; t < 10000000; t += 50000, i++) slice(&e, t, 49000, 1 + (i & 1), "?", 0);
    for (int i = 0; i < 50; i++) {
        flow(&e, TR_FLOW_OUT, i * 200000 + 10000, 1, i + 1, 0);
        flow(&e, TR_FLOW_IN, i * 200000 + 60000, 2, i + 1, 0);
    }
    TraceMeta m = {.program = "spin.go", .workers = 1, .end_ts = 10000000};
    size_t size;
    char *t = render("one_worker", &e, &m, &size);
    check_well_formed("one worker", t);
    check_lanes("one worker", t, 1);
    unit_check_str("one worker: title names program, W and duration", "spin.go \xE2\x80\x94 1 worker, 10.0 ms",
                   title(t));
    unit_check("one worker: legend names both goroutines",
               strstr(t, "goroutine 1 (main.main)") && strstr(t, "goroutine 2 (main.spin)"));
    unit_check("one worker: both colours drawn", strstr(t, "fill=\"#1f77b4\"") && strstr(t, "fill=\"#ff7f0e\""));
    unit_check("one worker: 50 of 50 arrows", strstr(t, "50 of 50 shown") && count(t, "<path d=\"M") >= 50);
    unit_check("one worker: axis labels in ms", strstr(t, ">0 ms</text>") && strstr(t, ">10 ms</text>"));
    unit_check("one worker: 50 µs turns drawn as stripes",
               count(t, "fill=\"#1f77b4\"") >= 50 && count(t, "fill=\"#ff7f0e\"") >= 50);
    free(t), free(e.v);
}

/* One worker, turns of 2 µs (far under a pixel): two half-height bands. */
static void test_one_worker_fast(void) {
    Evs e = {0};
    start(&e, 0, 1, 0, "main.main");
    start(&e, 1000, 2, 1, "main.spin");
    for (int64_t t = 0, i = 0; t < 10000000; t += 2000, i++) slice(&e, t, 1900, 1 + (i & 1), "?", 0);
    TraceMeta m = {.program = "spin.go", .workers = 1, .end_ts = 10000000};
    size_t size;
    char *t = render("one_worker_fast", &e, &m, &size);
    check_well_formed("fast turns", t);
    check_lanes("fast turns", t, 1);
    unit_check("fast turns: two half-height bands", count(t, "<rect") < 20 &&
                                                        strstr(t, "width=\"1200.0\" height=\"28\" fill=\"#1f77b4\"") &&
                                                        strstr(t, "width=\"1200.0\" height=\"28\" fill=\"#ff7f0e\""));
    free(t), free(e.v);
}

/* Two workers: the same two goroutines, each on its own worker, in parallel. */
static void test_two_workers(void) {
    Evs e = {0};
    start(&e, 0, 1, 0, "main.main");
    start(&e, 1000, 2, 1, "main.spin");
    for (int64_t t = 0; t < 10000000; t += 50000) {
        slice(&e, t, 49000, 1, "main.main", 0);
        slice(&e, t + 2000, 49000, 2, "main.spin", 1);
    }
    block(&e, 10000000, 1, "chan receive", "spin.go", 12, 0);
    TraceMeta m = {.program = "spin.go", .workers = 2, .seeded = true, .seed = 42, .end_ts = 10100000};
    size_t size;
    char *t = render("two_workers", &e, &m, &size);
    check_well_formed("two workers", t);
    check_lanes("two workers", t, 2);
    unit_check("two workers: lanes labelled", strstr(t, ">worker 0</text>") && strstr(t, ">worker 1</text>"));
    unit_check("two workers: title has seed", strstr(t, "2 workers, seed 42") != NULL);
    unit_check("two workers: block tooltip with file:line", strstr(t, "blocked: chan receive at spin.go:12") != NULL);
    unit_check("two workers: one solid bar per lane", count(t, "fill=\"#1f77b4\"") <= 4 && count(t, "<rect") < 40);
    unit_check("two workers: bar tooltip", strstr(t, "<title>goroutine 2 (main.spin)\nfrom") != NULL);
    free(t), free(e.v);
}

/* 200k tiny slices of 40 goroutines on 4 workers, with flows and blocks. */
static void test_many_slices(void) {
    Evs e = {0};
    for (int i = 0; i < 200000; i++) {
        int64_t ts = (int64_t)i * 500;
        slice(&e, ts, 300 + (i % 7) * 20, 1 + (i * 7919) % 40, "main.worker", i % 4);
        if (i % 4 == 0) {
            flow(&e, TR_FLOW_OUT, ts, 1, i, i % 4);
            flow(&e, TR_FLOW_IN, ts + 700, 2, i, (i + 1) % 4);
        }
        if (i % 10 == 0) block(&e, ts + 350, 1 + (i * 7919) % 40, "chan send", "w.go", 7, i % 4);
    }
    TraceMeta m = {.program = "many.go", .workers = 4, .end_ts = 200000 * 500, .truncated = true};
    size_t size;
    clock_t c0 = clock();
    char *t = render("many_slices", &e, &m, &size);
    double secs = (double)(clock() - c0) / CLOCKS_PER_SEC;
    check_well_formed("200k slices", t);
    check_lanes("200k slices", t, 4);
    unit_check("200k slices: output under 400 KB", size < 400 * 1024);
    unit_check("200k slices: 300 of 50000 arrows", strstr(t, "300 of 50000 shown") != NULL);
    unit_check("200k slices: legend capped with a 'more' line", strstr(t, "+ 28 more goroutines") != NULL &&
                                                                    count(t, "class=\"legend\"") == 1);
    unit_check("200k slices: legend in goroutine id order (not first appearance)",
               strstr(t, ">goroutine 12 (main.worker)") && !strstr(t, ">goroutine 40 ("));
    unit_check("200k slices: truncated in title", strstr(t, "(truncated)</text>") != NULL);
    unit_check("200k slices: under two seconds of CPU", secs < 2.0);
    free(t), free(e.v);
}

static void test_empty(void) {
    Evs e = {0};
    TraceMeta m = {.program = "empty.go", .workers = 2};
    size_t size;
    char *t = render("empty", &e, &m, &size);
    check_well_formed("empty", t);
    check_lanes("empty", t, 2);
    unit_check("empty: no bars, no timers lane", !strstr(t, "fill=\"#1f77b4\"") && !strstr(t, "lane-timers"));
    free(t);
    TraceMeta zero = {0};
    t = render("empty_nometa", &e, &zero, &size);
    check_well_formed("empty, zero meta", t);
    check_lanes("empty, zero meta", t, 1);
    free(t);
}

/* Equal times, zero durations, one-ended flows, a track past W, a timer
 * event, and names that need escaping or are not UTF-8. */
static void test_degenerate(void) {
    Evs e = {0};
    start(&e, 5, 1, 0, "main.(*T).M<&>\"'");
    slice(&e, 5, 0, 1, "main.(*T).M<&>\"'", 0);
    slice(&e, 5, 0, 2, "bad\xff\x01utf8\xed\xa0\x80\xef\xbf\xbe \xce\xbb \xe2\x9c", 5);
    flow(&e, TR_FLOW_OUT, 5, 1, 99, 0);
    flow(&e, TR_FLOW_IN, 5, 2, 100, 1);
    block(&e, 5, 1, "select <&>", "a&b<c>.go", 3, 0);
    push(&e, (TraceEvent){.ts = 5, .proc = 2, .kind = TR_WAKE, .track = TRACE_TRACK_TIMER});
    TraceMeta m = {.program = "x<y>&z.go", .workers = 2, .end_ts = 0};
    size_t size;
    char *t = render("degenerate", &e, &m, &size);
    check_well_formed("degenerate", t);
    check_lanes("degenerate: track 5 adds lanes", t, 6);
    unit_check("degenerate: timers lane", count(t, "class=\"lane-timers\"") == 1 && strstr(t, ">timers</text>"));
    unit_check("degenerate: names escaped", strstr(t, "main.(*T).M&lt;&amp;&gt;&quot;&apos;") &&
                                                strstr(t, "x&lt;y&gt;&amp;z.go") && strstr(t, "a&amp;b&lt;c&gt;.go:3") &&
                                                strstr(t, "bad??utf8?????? \xce\xbb ??"));
    unit_check("degenerate: timer wake tick", strstr(t, "<title>timer woke goroutine 2</title>") != NULL);
    unit_check("degenerate: unpaired flow ends counted", strstr(t, "0 of 0 shown (2 unpaired ends)") != NULL);
    free(t), free(e.v);
}

/* A million events over 8 workers, some on a huge track id: bounded, fast. */
static void test_million(void) {
    Evs e = {0};
    for (int i = 0; i < 1000000; i++)
        slice(&e, (int64_t)i * 1000, 900, 1 + i % 1000, "main.f", i % 997 == 0 ? 30000 : i % 8);
    TraceMeta m = {.program = "big.go", .workers = 8, .end_ts = 1000000000};
    size_t size;
    clock_t c0 = clock();
    char *t = render("million", &e, &m, &size);
    double secs = (double)(clock() - c0) / CLOCKS_PER_SEC;
    check_well_formed("1M events", t);
    check_lanes("1M events: stray track 30000 adds one lane", t, 9);
    unit_check("1M events: last lane labelled 'worker 8+'", strstr(t, ">worker 8+</text>") != NULL);
    unit_check("1M events: output under 600 KB", size < 600 * 1024);
    unit_check("1M events: under five seconds of CPU", secs < 5.0);
    unit_check("1M events: axis in s", strstr(t, ">1.0 s</text>") != NULL);
    free(t), free(e.v);
}

/* W = 100: lanes capped at 64, the last one taking the rest. */
static void test_many_workers(void) {
    Evs e = {0};
    for (int i = 0; i < 100; i++) slice(&e, i * 10, 1000, i + 1, "main.w", i);
    TraceMeta m = {.program = "wide.go", .workers = 100, .end_ts = 2000};
    size_t size;
    char *t = render("many_workers", &e, &m, &size);
    check_well_formed("W=100", t);
    check_lanes("W=100: 64 lanes", t, 64);
    unit_check("W=100: last lane labelled 'worker 63+'", strstr(t, ">worker 63+</text>") != NULL);
    free(t), free(e.v);
}

/* ---- the process view ---- */

/* The degenerate events, by goroutine: still well-formed and escaped. */
static void test_procs_degenerate(void) {
    Evs e = {0};
    start(&e, 5, 1, 0, "main.(*T).M<&>\"'");
    slice(&e, 5, 0, 1, "main.(*T).M<&>\"'", 0);
    slice(&e, 5, 0, 2, "bad\xff\x01utf8", 5);
    flow(&e, TR_FLOW_OUT, 5, 1, 99, 0);
    flow(&e, TR_FLOW_IN, 5, 2, 100, 1);
    block(&e, 5, 1, "select <&>", "a&b<c>.go", 3, 0);
    push(&e, (TraceEvent){.ts = 5, .proc = 2, .kind = TR_WAKE, .track = TRACE_TRACK_TIMER});
    TraceMeta m = {.program = "x<y>&z.go", .workers = 1};
    size_t size;
    char *t = render_with(trace_write_svg_procs, "procs_degenerate", &e, &m, &size);
    check_well_formed("procs, degenerate", t);
    unit_check("procs, degenerate: a lane per goroutine", count(t, "class=\"proc-lane\"") == 2);
    unit_check("procs, degenerate: names escaped", strstr(t, "x&lt;y&gt;&amp;z.go") && strstr(t, "G1 main.(*T).M&lt;&amp;"));
    free(t), free(e.v);
    Evs none = {0};
    TraceMeta zero = {0};
    t = render_with(trace_write_svg_procs, "procs_empty", &none, &zero, &size);
    check_well_formed("procs, empty", t);
    unit_check("procs, empty: no lanes", count(t, "proc-lane") == 0);
    free(t);
}

/* A million slices of 1000 goroutines, each blocking on a channel now and
 * then: 64 lanes, the rest folded with a note, bounded and fast. */
static void test_procs_million(void) {
    Evs e = {0};
    for (int g = 1; g <= 1000; g++) start(&e, 0, g, g == 1 ? 0 : 1, g == 1 ? "main.main" : "main.w");
    for (int i = 0; i < 1000000; i++) {
        slice(&e, (int64_t)i * 1000, 900, 1 + i % 1000, "main.w", 0);
        if (i % 7 == 0) block(&e, (int64_t)i * 1000 + 899, 1 + i % 1000, "chan receive", "w.go", 12, 0);
        if (i % 7 == 0) flow(&e, TR_FLOW_OUT, (int64_t)i * 1000 + 10, 1 + i % 1000, i + 1, 0);
        if (i % 7 == 0) flow(&e, TR_FLOW_IN, (int64_t)i * 1000 + 1010, 1 + (i + 1) % 1000, i + 1, 0);
    }
    TraceMeta m = {.program = "big.go", .workers = 1, .end_ts = 1000000000};
    size_t size;
    clock_t c0 = clock();
    char *t = render_with(trace_write_svg_procs, "procs_million", &e, &m, &size);
    double secs = (double)(clock() - c0) / CLOCKS_PER_SEC;
    check_well_formed("procs, 1M events", t);
    unit_check("procs, 1M events: 64 lanes, the last folds 937", count(t, "class=\"proc-lane") == 64 &&
                                                                  strstr(t, ">+937 more goroutines<") != NULL);
    unit_check("procs, 1M events: the note", strstr(t, "1000 goroutines: 63 have lanes of their own") != NULL);
    unit_check("procs, 1M events: arrows capped", count(t, "class=\"link handoff\"") <= 200);
    unit_check("procs, 1M events: output under 2 MB", size < 2 * 1024 * 1024);
    unit_check("procs, 1M events: under five seconds of CPU", secs < 5.0);
    free(t), free(e.v);
}

/* Parses every SVG written with python3's xml.dom.minidom. */
static void test_xml_parse(void) {
    if (system("command -v python3 >/dev/null 2>&1") != 0) {
        printf("PASS xml parse (skipped: no python3)\n");
        unit_passed++;
        return;
    }
    static const char *const names[] = {"one_worker", "one_worker_fast", "two_workers", "many_slices", "empty", "empty_nometa",
                                        "degenerate", "million", "many_workers", "procs_degenerate", "procs_empty",
                                        "procs_million"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char cmd[1200], label[128];
        snprintf(cmd, sizeof cmd,
                 "python3 -c 'import xml.dom.minidom,sys; xml.dom.minidom.parse(sys.argv[1])' '%s/%s.svg'", dir,
                 names[i]);
        snprintf(label, sizeof label, "xml.dom.minidom parses %s.svg", names[i]);
        unit_check(label, system(cmd) == 0);
    }
}

int main(int argc, char **argv) {
    if (argc > 1) {
        snprintf(dir, sizeof dir, "%s", argv[1]);
        mkdir(dir, 0777);
    } else {
        snprintf(dir, sizeof dir, "/tmp/csp-trace-svg-XXXXXX");
        if (!mkdtemp(dir)) { perror("mkdtemp"); return 2; }
    }
    test_one_worker();
    test_one_worker_fast();
    test_two_workers();
    test_many_slices();
    test_empty();
    test_degenerate();
    test_million();
    test_many_workers();
    test_procs_degenerate();
    test_procs_million();
    test_xml_parse();
    return unit_done();
}
