/* trace_svg.c: the SVG timeline of a recorded schedule by worker thread
 * (--trace FILE.svg --view workers; the default with more than one worker).
 *
 * Owns trace_write_svg, and the text and axis helpers that the process
 * view (trace_svg_procs.c) shares through trace_svg.h: the recorder
 * (trace.c) merges the events and calls one of the two once, at exit. The picture is one self-contained SVG file a person
 * opens in a browser: a title line, one horizontal lane per worker (plus a
 * thin "timers" lane when some event has track TRACE_TRACK_TIMER), coloured
 * bars for the processes that ran, arrows for channel hand-offs, markers
 * where processes blocked (and ticks where timers woke them), a time axis and
 * a legend. Hovering shows <title> tooltips.
 *
 * Why it aggregates: a trace may hold millions of events, far more than
 * pixels. The plot is a fixed SVG_PLOT_W px wide and every lane is cut into
 * at most SVG_PLOT_W time bins (fewer when there are many lanes, so the
 * total stays under SVG_BIN_BUDGET). Each bin remembers how long it was busy
 * and how long each of the first SVG_SLOTS processes to run in it ran
 * (later ones count as "other"). A bin is drawn as a stacked bar from the
 * lane's floor: its height is the share of the bin that something ran
 * (rounded to quarters of the lane, so scheduler gaps don't make the top
 * ragged; one eighth when anything ran at all), split between its processes
 * in proportion to their time (in eighths), in colour order, "other" (grey)
 * on top. Equal stacks in adjacent bins merge into one <rect>.
 * So one worker interleaving two processes shows two half-height bands in
 * one lane; two workers running them in parallel show two full lanes.
 * Idle time stays blank. If the bars would still need more than
 * SVG_MAX_RECTS rects (many processes mixing in every pixel), the bins are
 * made coarser until they don't; flow arrows, markers and tooltips have
 * fixed caps too, so the output stays a few hundred KB whatever n is.
 *
 * Colours: a fixed palette of SVG_NPAL well-separated colours, given to
 * processes in order of goroutine id (main, goroutine 1, is blue), so a run
 * with --workers 1 and one with --workers 2 colour the same goroutines
 * alike; past SVG_NPAL they repeat, and the legend says so.
 *
 * Memory: plain malloc/calloc working arrays, freed before returning; no GC
 * pointers are kept (event names are static or GC-immortal and only read).
 * Events are expected sorted by ts, but nothing breaks if they are not
 * (which block a marker's tooltip names is the first in the array).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "trace.h"
#include "trace_svg.h"

#define SVG_PLOT_W 1200      /* px of plot area */
#define SVG_MARGIN_L 96      /* lane labels */
#define SVG_MARGIN_R 24
#define SVG_WIDTH (SVG_MARGIN_L + SVG_PLOT_W + SVG_MARGIN_R)
#define SVG_TOP 64           /* title and caption above the lanes */
#define SVG_LANE_GAP 10
#define SVG_TIMER_H 14
#define SVG_MAX_LANES 64     /* worker tracks beyond this share the last lane */
#define SVG_BIN_BUDGET 4800  /* time bins over all lanes */
#define SVG_SLOTS 3          /* processes remembered per bin */
#define SVG_STEPS 8          /* bar heights are multiples of lane/SVG_STEPS */
#define SVG_MAX_FLOWS 300    /* arrows drawn */
#define SVG_BLOCK_BINS 600   /* block-marker bins over all lanes */
#define SVG_MAX_RECTS 4000   /* bars, by coarser bins if need be */
#define SVG_MAX_TIPS 600     /* tooltips on bars at least SVG_TIP_W px wide */
#define SVG_TIP_W 4
#define SVG_LEGEND_MAX 12
#define SVG_LEGEND_COLS 3
#define SVG_NPAL 12
#define SVG_OTHER_COLOR "#b0b0b0"

static const char *const svg_palette[SVG_NPAL] = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#393b79", "#637939", "#7f7f7f",
};

/* ---- the process table: id -> index in order of first appearance ---- */

typedef struct SvgProc {
    int64_t id;
    const char *name;  /* function name (TR_START or TR_SLICE), or NULL */
    int64_t ran;       /* total ns in slices */
} SvgProc;

typedef struct SvgProcs {
    SvgProc *v;
    size_t n, cap;
    int32_t *slot;     /* open addressing: index+1, 0 = empty */
    size_t nslot;      /* power of two */
} SvgProcs;

static size_t svg_hash(int64_t id, size_t mask) {
    uint64_t h = (uint64_t)id * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 17) & mask;
}

static bool svg_procs_grow(SvgProcs *t) {
    size_t ns = t->nslot ? t->nslot * 2 : 64;
    int32_t *s = calloc(ns, sizeof *s);
    if (!s) return false;
    for (size_t i = 0; i < t->n; i++) {
        size_t h = svg_hash(t->v[i].id, ns - 1);
        while (s[h]) h = (h + 1) & (ns - 1);
        s[h] = (int32_t)(i + 1);
    }
    free(t->slot);
    t->slot = s, t->nslot = ns;
    return true;
}

/* The index of process id, added if new; -1 when out of memory. */
static int32_t svg_proc(SvgProcs *t, int64_t id) {
    if (t->nslot) {
        size_t h = svg_hash(id, t->nslot - 1);
        for (; t->slot[h]; h = (h + 1) & (t->nslot - 1))
            if (t->v[t->slot[h] - 1].id == id) return t->slot[h] - 1;
    }
    if ((t->n + 1) * 2 > t->nslot && !svg_procs_grow(t)) return -1;
    if (t->n == t->cap) {
        size_t nc = t->cap ? t->cap * 2 : 64;
        SvgProc *v = realloc(t->v, nc * sizeof *v);
        if (!v) return -1;
        t->v = v, t->cap = nc;
    }
    size_t h = svg_hash(id, t->nslot - 1);
    while (t->slot[h]) h = (h + 1) & (t->nslot - 1);
    t->slot[h] = (int32_t)(t->n + 1);
    t->v[t->n] = (SvgProc){.id = id};
    return (int32_t)t->n++;
}

static int svg_proc_cmp(const void *a, const void *b) {
    const SvgProc *x = a, *y = b;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* Orders the table by id, so colours and the legend follow goroutine
 * numbers (main, 1, first): the same program gets the same colours
 * whatever the number of workers. */
static bool svg_procs_sort(SvgProcs *t) {
    if (!t->n) return true;
    qsort(t->v, t->n, sizeof *t->v, svg_proc_cmp);
    t->nslot /= 2;
    return svg_procs_grow(t);
}

static const char *svg_color(int32_t pi) {
    return pi < 0 ? SVG_OTHER_COLOR : svg_palette[pi % SVG_NPAL];
}

/* ---- text ---- */

/* The length of the UTF-8 sequence at p if it encodes a character XML
 * allows (no surrogates, U+FFFE/U+FFFF or overlong forms), else 0. */
static int svg_utf8_len(const unsigned char *p) {
    unsigned c = p[0];
    int len = c < 0x80 ? 1 : c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : 0;
    uint32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < len; k++) {
        if ((p[k] & 0xC0) != 0x80) return 0;  /* also stops at the NUL */
        cp = cp << 6 | (p[k] & 0x3F);
    }
    if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) || cp >= 0xFFFE)) return 0;
    if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
    return len;
}

/* Writes s as XML character data: & < > " ' escaped, control characters and
 * invalid UTF-8 replaced by '?', so the file stays well-formed. */
void trace_svg_esc(FILE *f, const char *s) {
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    while (*p) {
        unsigned c = *p;
        int len = svg_utf8_len(p);
        if (len > 1) fwrite(p, 1, (size_t)len, f), p += len;
        else {
            switch (c) {
            case '&': fputs("&amp;", f); break;
            case '<': fputs("&lt;", f); break;
            case '>': fputs("&gt;", f); break;
            case '"': fputs("&quot;", f); break;
            case '\'': fputs("&apos;", f); break;
            default: fputc(len == 1 && (c >= 0x20 || c == '\t') && c != 0x7F ? (int)c : '?', f);
            }
            p++;
        }
    }
}

/* A duration or instant in ns as "12.3 ms" (3 significant digits). */
const char *trace_svg_dur(char *buf, size_t n, int64_t ns) {
    static const char *const unit[] = {"ns", "\xC2\xB5s", "ms", "s"};
    double v = (double)ns;
    int u = 0;
    while (u < 3 && fabs(v) >= 1000) v /= 1000, u++;
    int dec = u == 0 || fabs(v) >= 100 ? 0 : fabs(v) >= 10 ? 1 : 2;
    snprintf(buf, n, "%.*f %s", dec, v, unit[u]);
    return buf;
}

/* ---- layout ---- */

typedef struct SvgLane {
    int y, h;          /* top and height in px */
    int track;         /* worker id, or TRACE_TRACK_TIMER */
} SvgLane;

/* One time bin of one lane. */
typedef struct SvgBin {
    int64_t busy, other;
    int32_t who[SVG_SLOTS];  /* process index, -1 = free */
    int64_t ns[SVG_SLOTS];
} SvgBin;

typedef struct Svg {
    FILE *f;
    const TraceEvent *ev;
    size_t n;
    const TraceMeta *m;
    int64_t span;            /* ns shown across the plot (>= 1) */
    SvgProcs procs;
    SvgLane lanes[SVG_MAX_LANES + 1];
    int nworker_lanes, nlanes;  /* the timer lane, if any, is last */
    int maxtrack;            /* highest worker track in the events (-1: none) */
    int nbins;               /* bins per lane */
    SvgBin *bins;            /* nlanes * nbins */
    int lanes_bottom, height;
    int tips;                /* tooltips written so far */
    size_t nslices, nblocks, nmarks;
    size_t flows_total, flows_shown, flows_unpaired;
} Svg;

static int svg_lane_of(const Svg *s, int track) {
    if (track < 0) return s->nlanes > s->nworker_lanes ? s->nlanes - 1 : 0;
    return track < s->nworker_lanes ? track : s->nworker_lanes - 1;
}

static double svg_x(const Svg *s, int64_t ts) {
    if (ts < 0) ts = 0;
    if (ts > s->span) ts = s->span;
    return SVG_MARGIN_L + (double)ts * SVG_PLOT_W / (double)s->span;
}

/* Is e drawn as a marker: a block, or a wake-up by a timer (on the timers lane)? */
static bool svg_is_mark(const TraceEvent *e) {
    return e->kind == TR_BLOCK || (e->kind == TR_WAKE && e->track < 0);
}

/* Lanes 0..W-1, or up to the highest track seen if that is past W; past
 * SVG_MAX_LANES, the last lane ("worker N+") takes every track >= N. A few
 * stray high track ids add one such lane, not thousands of empty ones. */
static int svg_worker_lanes(int workers, int maxtrack) {
    int w = workers < 1 ? 1 : workers;
    if (maxtrack < w) return w > SVG_MAX_LANES ? SVG_MAX_LANES : w;
    if (maxtrack < SVG_MAX_LANES) return maxtrack + 1;
    return (w < SVG_MAX_LANES ? w : SVG_MAX_LANES - 1) + 1;
}

/* Span, processes, lanes and the picture's height. */
static bool svg_scan(Svg *s) {
    int64_t end = s->m->end_ts;
    int maxtrack = -1;
    bool timer = false;
    for (size_t i = 0; i < s->n; i++) {
        const TraceEvent *e = &s->ev[i];
        int64_t t = e->ts + (e->kind == TR_SLICE && e->dur > 0 ? e->dur : 0);
        if (t > end) end = t;
        if (e->track < 0) timer = true;
        else if (e->track > maxtrack) maxtrack = e->track;
        if (e->kind == TR_SLICE) s->nslices++;
        if (e->kind == TR_BLOCK) s->nblocks++;
        if (svg_is_mark(e)) s->nmarks++;
        if (e->proc <= 0) continue;
        int32_t pi = svg_proc(&s->procs, e->proc);
        if (pi < 0) return false;
        SvgProc *p = &s->procs.v[pi];
        if ((e->kind == TR_START || (e->kind == TR_SLICE && !p->name)) && e->name) p->name = e->name;
        if (e->kind == TR_SLICE && e->dur > 0) p->ran += e->dur;
    }
    if (!svg_procs_sort(&s->procs)) return false;
    s->span = end > 0 ? end : 1;
    s->nworker_lanes = svg_worker_lanes(s->m->workers, maxtrack);
    s->nlanes = s->nworker_lanes + (timer ? 1 : 0);
    int h = 480 / s->nworker_lanes;
    h = h < 12 ? 12 : h > 56 ? 56 : h;
    int gap = h >= 24 ? SVG_LANE_GAP : 4, y = SVG_TOP;
    for (int l = 0; l < s->nlanes; l++) {
        bool t = l >= s->nworker_lanes;
        s->lanes[l] = (SvgLane){.y = y, .h = t ? SVG_TIMER_H : h, .track = t ? TRACE_TRACK_TIMER : l};
        y += s->lanes[l].h + gap;
    }
    s->lanes_bottom = y - gap;
    s->maxtrack = maxtrack;
    s->nbins = SVG_BIN_BUDGET / s->nlanes;
    if (s->nbins > SVG_PLOT_W) s->nbins = SVG_PLOT_W;
    return true;
}

/* ---- bars ---- */

static void svg_bin_add(SvgBin *b, int32_t pi, int64_t ns) {
    b->busy += ns;
    for (int k = 0; k < SVG_SLOTS; k++) {
        if (b->who[k] == pi) { b->ns[k] += ns; return; }
        if (b->who[k] < 0) { b->who[k] = pi, b->ns[k] = ns; return; }
    }
    b->other += ns;
}

/* Bin boundary k of nbins, in ns. */
static int64_t svg_bin_t(const Svg *s, int k) {
    return (int64_t)((double)s->span * k / s->nbins);
}

static void svg_bin_slices(Svg *s) {
    for (size_t i = 0; i < (size_t)s->nlanes * s->nbins; i++)
        for (int k = 0; k < SVG_SLOTS; k++) s->bins[i].who[k] = -1;
    for (size_t i = 0; i < s->n; i++) {
        const TraceEvent *e = &s->ev[i];
        if (e->kind != TR_SLICE || e->dur <= 0 || e->proc <= 0) continue;
        int64_t a = e->ts < 0 ? 0 : e->ts, b = e->ts + e->dur;
        if (b > s->span) b = s->span;
        if (b <= a) continue;
        int32_t pi = svg_proc(&s->procs, e->proc);
        SvgBin *lane = s->bins + (size_t)svg_lane_of(s, e->track) * s->nbins;
        int k0 = (int)((double)a * s->nbins / s->span), k1 = (int)((double)(b - 1) * s->nbins / s->span);
        if (k1 >= s->nbins) k1 = s->nbins - 1;
        for (int k = k0; k <= k1; k++) {
            int64_t lo = svg_bin_t(s, k), hi = svg_bin_t(s, k + 1);
            int64_t ov = (b < hi ? b : hi) - (a > lo ? a : lo);
            if (ov > 0) svg_bin_add(&lane[k], pi, ov);
        }
    }
}

/* One coloured piece of a bin's stack, or a run of equal pieces. */
typedef struct SvgSeg {
    int32_t who;        /* process index, -1 = other */
    int y0, y1;         /* px from the lane floor, y0 < y1 */
    int k0, k1;         /* bins k0..k1-1 */
    int64_t ns;         /* time this process ran in them */
} SvgSeg;

/* The stack of bin b: up to SVG_SLOTS+1 segments, in colour order. */
static int svg_stack(const SvgBin *b, int64_t width, int lane_h, SvgSeg *out) {
    if (b->busy <= 0) return 0;
    int32_t who[SVG_SLOTS + 1];
    int64_t ns[SVG_SLOTS + 1];
    int m = 0;
    for (int k = 0; k < SVG_SLOTS && b->who[k] >= 0; k++) {
        int j = m++;
        for (; j > 0 && who[j - 1] > b->who[k]; j--) who[j] = who[j - 1], ns[j] = ns[j - 1];
        who[j] = b->who[k], ns[j] = b->ns[k];
    }
    if (b->other > 0) who[m] = -1, ns[m++] = b->other;
    double fill = width > 0 ? (double)b->busy / (double)width : 1;
    int steps = (int)lrint((fill > 1 ? 1 : fill) * 4) * (SVG_STEPS / 4);  /* height: quarters */
    if (steps < 1) steps = 1;
    int nseg = 0, prev = 0;
    int64_t cum = 0;
    for (int j = 0; j < m; j++) {
        cum += ns[j];
        int top = (int)lrint((double)cum / (double)b->busy * steps);
        if (top <= prev) continue;
        out[nseg++] = (SvgSeg){who[j], prev * lane_h / SVG_STEPS, top * lane_h / SVG_STEPS, 0, 0, ns[j]};
        prev = top;
    }
    return nseg;
}

static void svg_emit_run(Svg *s, const SvgLane *ln, const SvgSeg *r) {
    double x0 = svg_x(s, svg_bin_t(s, r->k0)), x1 = svg_x(s, svg_bin_t(s, r->k1));
    int floor_y = ln->y + ln->h;
    fprintf(s->f, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"", x0,
            floor_y - r->y1, x1 - x0, r->y1 - r->y0, svg_color(r->who));
    if (x1 - x0 < SVG_TIP_W || s->tips >= SVG_MAX_TIPS) { fputs("/>\n", s->f); return; }
    s->tips++;
    int64_t t0 = svg_bin_t(s, r->k0), t1 = svg_bin_t(s, r->k1);
    char a[32], b[32], c[32];
    fputs("><title>", s->f);
    if (r->who < 0) fputs("other goroutines", s->f);
    else {
        const SvgProc *p = &s->procs.v[r->who];
        fprintf(s->f, "goroutine %lld (", (long long)p->id);
        trace_svg_esc(s->f, p->name ? p->name : "?");
        fputc(')', s->f);
    }
    fprintf(s->f, "\nfrom %s for %s: ran %s (%.0f%%)</title></rect>\n", trace_svg_dur(a, sizeof a, t0),
            trace_svg_dur(b, sizeof b, t1 - t0), trace_svg_dur(c, sizeof c, r->ns),
            t1 > t0 ? 100.0 * (double)r->ns / (double)(t1 - t0) : 100.0);
}

/* The bars of lane l: each bin's stack, equal stacks of adjacent bins
 * merged. Returns the number of <rect>s; writes them only if emit. */
static size_t svg_bars(Svg *s, int l, bool emit) {
    const SvgLane *ln = &s->lanes[l];
    const SvgBin *bins = s->bins + (size_t)l * s->nbins;
    SvgSeg open[SVG_SLOTS + 1], cur[SVG_SLOTS + 1], next[SVG_SLOTS + 1];
    int nopen = 0;
    size_t runs = 0;
    for (int k = 0; k <= s->nbins; k++) {
        int ncur = k < s->nbins ? svg_stack(&bins[k], svg_bin_t(s, k + 1) - svg_bin_t(s, k), ln->h, cur) : 0;
        int nnext = 0;
        for (int j = 0; j < ncur; j++) {
            SvgSeg g = cur[j];
            g.k0 = k, g.k1 = k + 1;
            for (int i = 0; i < nopen; i++)
                if (open[i].who == g.who && open[i].y0 == g.y0 && open[i].y1 == g.y1) {
                    g.k0 = open[i].k0, g.ns += open[i].ns;
                    open[i].who = -2;  /* taken */
                    break;
                }
            next[nnext++] = g;
        }
        for (int i = 0; i < nopen; i++)
            if (open[i].who != -2) {
                runs++;
                if (emit) svg_emit_run(s, ln, &open[i]);
            }
        memcpy(open, next, sizeof next[0] * (size_t)nnext);
        nopen = nnext;
    }
    return runs;
}

/* Bins the slices, halving the bins per lane until the bars take at most
 * SVG_MAX_RECTS rects (a pathological mix of processes can't blow up the
 * file), then writes them. */
static void svg_emit_bars(Svg *s) {
    for (;;) {
        memset(s->bins, 0, (size_t)s->nlanes * s->nbins * sizeof *s->bins);
        svg_bin_slices(s);
        size_t runs = 0;
        for (int l = 0; l < s->nlanes; l++) runs += svg_bars(s, l, false);
        if (runs <= SVG_MAX_RECTS || s->nbins < 100) break;
        s->nbins /= 2;
    }
    fputs("<g class=\"bars\">\n", s->f);
    for (int l = 0; l < s->nlanes; l++) svg_bars(s, l, true);
    fputs("</g>\n", s->f);
}

/* ---- block markers ---- */

static void svg_mark(Svg *s, const TraceEvent *e, const SvgLane *ln, size_t more) {
    double x = svg_x(s, e->ts);
    if (e->kind == TR_WAKE) {
        fprintf(s->f, "<rect x=\"%.1f\" y=\"%d\" width=\"1.5\" height=\"%d\"><title>timer woke goroutine %lld",
                x - 0.75, ln->y + 2, ln->h - 4, (long long)e->proc);
    } else {
        fprintf(s->f, "<path d=\"M%.1f %dl-3 5h6z\"><title>goroutine %lld blocked: ", x, ln->y + ln->h,
                (long long)e->proc);
        trace_svg_esc(s->f, e->name ? e->name : "?");
        if (e->file) fputs(" at ", s->f), trace_svg_esc(s->f, e->file), fprintf(s->f, ":%d", (int)e->line);
    }
    if (more) fprintf(s->f, " (+%zu more here)", more);
    fputs(e->kind == TR_WAKE ? "</title></rect>\n" : "</title></path>\n", s->f);
}

/* Markers: a small triangle under a lane's floor where a process blocked,
 * a tick on the timers lane where a timer woke one; at most one per lane per
 * marker bin, its tooltip naming the first event there (for a block: reason,
 * file:line) and how many more. */
static bool svg_emit_marks(Svg *s) {
    if (!s->nmarks) return true;
    int nb = SVG_BLOCK_BINS / s->nlanes;
    nb = nb < 8 ? 8 : nb > 300 ? 300 : nb;
    size_t cells = (size_t)s->nlanes * nb;
    size_t *first = malloc(cells * sizeof *first), *count = calloc(cells, sizeof *count);
    if (!first || !count) { free(first), free(count); return false; }
    for (size_t i = 0; i < s->n; i++) {
        const TraceEvent *e = &s->ev[i];
        if (!svg_is_mark(e)) continue;
        int64_t t = e->ts < 0 ? 0 : e->ts > s->span ? s->span : e->ts;
        int k = (int)((double)t * nb / s->span);
        size_t c = (size_t)svg_lane_of(s, e->track) * nb + (k >= nb ? nb - 1 : k);
        if (!count[c]++) first[c] = i;
    }
    fputs("<g class=\"marks\" fill=\"#222\" fill-opacity=\"0.75\">\n", s->f);
    for (size_t c = 0; c < cells; c++)
        if (count[c]) svg_mark(s, &s->ev[first[c]], &s->lanes[c / nb], count[c] - 1);
    fputs("</g>\n", s->f);
    free(first), free(count);
    return true;
}

/* ---- flow arrows ---- */

typedef struct SvgEnd {
    int64_t id, ts;
    int track;
} SvgEnd;

static int svg_end_cmp(const void *a, const void *b) {
    const SvgEnd *x = a, *y = b;
    return x->id < y->id ? -1 : x->id > y->id ? 1 : x->ts < y->ts ? -1 : x->ts > y->ts;
}

/* Collects the ends of kind k, sorted by flow id. */
static SvgEnd *svg_ends(const Svg *s, int kind, size_t *count) {
    size_t m = 0;
    for (size_t i = 0; i < s->n; i++) m += s->ev[i].kind == kind;
    *count = m;
    SvgEnd *v = malloc((m ? m : 1) * sizeof *v);
    if (!v) return NULL;
    m = 0;
    for (size_t i = 0; i < s->n; i++)
        if (s->ev[i].kind == kind) v[m++] = (SvgEnd){s->ev[i].other, s->ev[i].ts, s->ev[i].track};
    qsort(v, m, sizeof *v, svg_end_cmp);
    return v;
}

/* Pairs a[] and b[] by id into a[] (a[j] = out, b[j] = in); returns pairs. */
static size_t svg_pair(SvgEnd *a, size_t na, SvgEnd *b, size_t nb) {
    size_t i = 0, j = 0, p = 0;
    while (i < na && j < nb) {
        if (a[i].id < b[j].id) i++;
        else if (a[i].id > b[j].id) j++;
        else a[p] = a[i++], b[p++] = b[j++];
    }
    return p;
}

static void svg_arrow(Svg *s, const SvgEnd *o, const SvgEnd *in) {
    const SvgLane *lo = &s->lanes[svg_lane_of(s, o->track)], *li = &s->lanes[svg_lane_of(s, in->track)];
    double x0 = svg_x(s, o->ts), x1 = svg_x(s, in->ts);
    int y0 = lo->y + lo->h / 2, y1 = li->y + li->h / 2;
    if (lo == li) {  /* same lane: an arc over the top */
        double lift = lo->h / 2.0 + 4 + fmin(fabs(x1 - x0) * 0.05, 8);
        fprintf(s->f, "<path d=\"M%.1f %dC%.1f %.1f %.1f %.1f %.1f %d\"/>\n", x0, y0, x0, y0 - lift, x1, y0 - lift,
                x1, y1);
    } else {
        double my = (y0 + y1) / 2.0;
        fprintf(s->f, "<path d=\"M%.1f %dC%.1f %.1f %.1f %.1f %.1f %d\"/>\n", x0, y0, x0, my, x1, my, x1, y1);
    }
}

/* Arrows from each send to its receive: every k-th pair by flow id so at
 * most SVG_MAX_FLOWS are drawn, spread over the run. */
static bool svg_emit_flows(Svg *s) {
    size_t no, ni;
    SvgEnd *out = svg_ends(s, TR_FLOW_OUT, &no), *in = svg_ends(s, TR_FLOW_IN, &ni);
    if (!out || !in) { free(out), free(in); return false; }
    size_t np = svg_pair(out, no, in, ni);
    s->flows_total = np;
    s->flows_unpaired = no + ni - 2 * np;
    if (np) {
        size_t step = (np + SVG_MAX_FLOWS - 1) / SVG_MAX_FLOWS;
        fputs("<g class=\"flows\" fill=\"none\" stroke=\"#222\" stroke-opacity=\"0.55\" stroke-width=\"0.9\" "
              "marker-end=\"url(#arrow)\">\n", s->f);
        for (size_t i = 0; i < np; i += step, s->flows_shown++) svg_arrow(s, &out[i], &in[i]);
        fputs("</g>\n", s->f);
    }
    free(out), free(in);
    return true;
}

/* ---- frame: title, lanes, axis, legend ---- */

static void svg_emit_head(Svg *s) {
    const TraceMeta *m = s->m;
    char d[32];
    fprintf(s->f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                  "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n",
            SVG_WIDTH, s->height, SVG_WIDTH, s->height);
    fputs("<defs><marker id=\"arrow\" viewBox=\"0 0 6 6\" refX=\"6\" refY=\"3\" markerWidth=\"6\" "
          "markerHeight=\"6\" orient=\"auto\"><path d=\"M0 0L6 3L0 6z\" fill=\"#222\"/></marker></defs>\n", s->f);
    fprintf(s->f, "<rect width=\"100%%\" height=\"100%%\" fill=\"#fff\"/>\n");
    fprintf(s->f, "<text class=\"title\" x=\"%d\" y=\"24\" font-size=\"16\" font-weight=\"bold\">", SVG_MARGIN_L);
    trace_svg_esc(s->f, m->program ? m->program : "csp");
    fprintf(s->f, " \xE2\x80\x94 %d worker%s", m->workers, m->workers == 1 ? "" : "s");
    if (m->seeded) fprintf(s->f, ", seed %llu", (unsigned long long)m->seed);
    fprintf(s->f, ", %s", trace_svg_dur(d, sizeof d, m->end_ts > 0 ? m->end_ts : s->n ? s->span : 0));
    if (m->truncated) fputs(" (truncated)", s->f);
    fputs("</text>\n", s->f);
}

static void svg_emit_caption(Svg *s) {
    fprintf(s->f, "<text class=\"caption\" x=\"%d\" y=\"44\" fill=\"#555\">%zu goroutine%s, %zu run slice%s, "
                  "%zu block%s; arrows: channel hand-offs, %zu of %zu shown",
            SVG_MARGIN_L, s->procs.n, s->procs.n == 1 ? "" : "s", s->nslices, s->nslices == 1 ? "" : "s",
            s->nblocks, s->nblocks == 1 ? "" : "s", s->flows_shown, s->flows_total);
    if (s->flows_unpaired) fprintf(s->f, " (%zu unpaired ends)", s->flows_unpaired);
    if (s->m->truncated) fputs("; truncated: the event cap was reached", s->f);
    fputs("</text>\n", s->f);
}

/* The lanes' backgrounds and labels, drawn under everything else. */
static void svg_emit_lanes(Svg *s) {
    for (int l = 0; l < s->nlanes; l++) {
        const SvgLane *ln = &s->lanes[l];
        bool timer = ln->track < 0;
        if (timer) fprintf(s->f, "<g class=\"lane-timers\" data-track=\"-1\">");
        else fprintf(s->f, "<g class=\"lane\" data-worker=\"%d\">", ln->track);
        fprintf(s->f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f3f4f6\"/>", SVG_MARGIN_L, ln->y,
                SVG_PLOT_W, ln->h);
        fprintf(s->f, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"%d\">",
                SVG_MARGIN_L - 8, ln->y + ln->h / 2 + 4, ln->h < 16 ? 10 : 12);
        if (timer) fputs("timers", s->f);
        else if (l == s->nworker_lanes - 1 && s->maxtrack >= s->nworker_lanes) fprintf(s->f, "worker %d+", l);
        else fprintf(s->f, "worker %d", l);
        fputs("</text></g>\n", s->f);
    }
}

/* A round tick step: 1, 2 or 5 times a power of ten, about span/8. */
int64_t trace_svg_tick_step(int64_t span) {
    double raw = (double)span / 8, p = pow(10, floor(log10(raw > 1 ? raw : 1)));
    double m = raw / p;
    double step = (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
    return step < 1 ? 1 : (int64_t)step;
}

/* Tick label: t in the unit of the span, with as many decimals as the step needs. */
void trace_svg_tick_label(FILE *f, int64_t t, int64_t span, int64_t step) {
    static const char *const unit[] = {"ns", "\xC2\xB5s", "ms", "s"};
    double scale = 1;
    int u = 0;
    while (u < 3 && (double)span >= scale * 1000) scale *= 1000, u++;
    int dec = 0;
    for (double q = (double)step / scale; q < 0.999 && dec < 6; q *= 10) dec++;
    fprintf(f, "%.*f %s", dec, (double)t / scale, unit[u]);
}

static void svg_emit_axis(Svg *s) {
    int64_t step = trace_svg_tick_step(s->span);
    int y = s->lanes_bottom + 6;
    fprintf(s->f, "<g class=\"axis\" stroke=\"#999\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", SVG_MARGIN_L, y,
            SVG_MARGIN_L + SVG_PLOT_W, y);
    for (int64_t t = 0; t <= s->span; t += step)
        fprintf(s->f, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>", svg_x(s, t), y, svg_x(s, t), y + 5);
    fputs("</g>\n<g class=\"ticks\" text-anchor=\"middle\" fill=\"#333\" font-size=\"11\">", s->f);
    for (int64_t t = 0; t <= s->span; t += step) {
        fprintf(s->f, "<text x=\"%.1f\" y=\"%d\">", svg_x(s, t), y + 18);
        trace_svg_tick_label(s->f, t, s->span, step);
        fputs("</text>", s->f);
    }
    fputs("</g>\n", s->f);
}

/* Vertical grid lines at the ticks, behind the bars. */
static void svg_emit_grid(Svg *s) {
    int64_t step = trace_svg_tick_step(s->span);
    fputs("<g class=\"grid\" stroke=\"#ddd\" stroke-width=\"1\">", s->f);
    for (int64_t t = step; t <= s->span; t += step)
        fprintf(s->f, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>", svg_x(s, t), SVG_TOP - 4, svg_x(s, t),
                s->lanes_bottom + 6);
    fputs("</g>\n", s->f);
}

static int svg_legend_rows(const Svg *s) {
    size_t shown = s->procs.n < SVG_LEGEND_MAX ? s->procs.n : SVG_LEGEND_MAX;
    return (int)((shown + SVG_LEGEND_COLS - 1) / SVG_LEGEND_COLS) + 1;  /* + the key line */
}

static void svg_legend_entry(Svg *s, int x, int y, const char *color) {
    fprintf(s->f, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">", x,
            y - 10, color, x + 18, y);
}

/* Colour -> "goroutine N (function)  run time", then a key to the symbols. */
static void svg_emit_legend(Svg *s, int y0) {
    const int colw = SVG_PLOT_W / SVG_LEGEND_COLS, rowh = 20;
    size_t shown = s->procs.n < SVG_LEGEND_MAX ? s->procs.n : SVG_LEGEND_MAX;
    char d[32];
    fputs("<g class=\"legend\" fill=\"#222\">\n", s->f);
    for (size_t i = 0; i < shown; i++) {
        const SvgProc *p = &s->procs.v[i];
        int x = SVG_MARGIN_L + (int)(i % SVG_LEGEND_COLS) * colw, y = y0 + (int)(i / SVG_LEGEND_COLS) * rowh;
        svg_legend_entry(s, x, y, svg_color((int32_t)i));
        fprintf(s->f, "goroutine %lld (", (long long)p->id);
        trace_svg_esc(s->f, p->name ? p->name : "?");
        fprintf(s->f, ") <tspan fill=\"#777\">%s</tspan></text>\n", trace_svg_dur(d, sizeof d, p->ran));
    }
    int y = y0 + (int)((shown + SVG_LEGEND_COLS - 1) / SVG_LEGEND_COLS) * rowh;
    int x = SVG_MARGIN_L;
    if (s->procs.n > shown) {
        fprintf(s->f, "<text x=\"%d\" y=\"%d\" fill=\"#555\">+ %zu more goroutines (colours repeat)</text>\n", x, y,
                s->procs.n - shown);
        x += colw;
    }
    svg_legend_entry(s, x, y, SVG_OTHER_COLOR);
    fputs("other goroutines sharing a pixel</text>\n", s->f);
    x += colw;
    fprintf(s->f, "<path d=\"M%d %dl-4 6h8z\" fill=\"#222\"/><text x=\"%d\" y=\"%d\">blocked (hover for where)</text>",
            x + 6, y - 8, x + 18, y);
    fputs("\n</g>\n", s->f);
    fprintf(s->f, "<text x=\"%d\" y=\"%d\" fill=\"#777\" font-size=\"11\">Bar height = share of each pixel's time "
                  "the worker was running; colours stacked by goroutine. Hover for details.</text>\n",
            SVG_MARGIN_L, y + rowh);
}

/* ---- entry point ---- */

static void svg_free(Svg *s) {
    free(s->bins);
    free(s->procs.v);
    free(s->procs.slot);
}

void trace_write_svg(FILE *f, const TraceEvent *ev, size_t n, const TraceMeta *m) {
    static const TraceMeta none = {0};
    Svg s = {.f = f, .ev = ev, .n = ev ? n : 0, .m = m ? m : &none};
    if (!svg_scan(&s) || !(s.bins = calloc((size_t)s.nlanes * s.nbins, sizeof *s.bins))) {
        s.n = 0, s.procs.n = 0;  /* out of memory: still a valid (empty) picture */
        svg_scan(&s);
    }
    int legend_y = s.lanes_bottom + 52;
    s.height = legend_y + svg_legend_rows(&s) * 20 + 16;
    svg_emit_head(&s);
    svg_emit_lanes(&s);
    svg_emit_grid(&s);
    if (s.bins) svg_emit_bars(&s);
    svg_emit_marks(&s);
    svg_emit_flows(&s);
    svg_emit_axis(&s);
    svg_emit_legend(&s, legend_y);
    svg_emit_caption(&s);
    fputs("</svg>\n", f);
    svg_free(&s);
}
