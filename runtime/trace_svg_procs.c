/* trace_svg_procs.c: the process view of a recorded schedule: one lane per
 * goroutine (--trace FILE.svg with one worker or --seed, or --view procs).
 *
 * Owns trace_write_svg_procs. The worker view (trace_svg.c) answers "what
 * did each thread run"; under one worker it is a single bar. This view
 * answers the question a course asks: who waited for whom. Each goroutine
 * has a lane; its life is drawn by state (trace_procs.c derives the
 * spans): a full-height bar while it ran, a thin one while it was runnable
 * and waited for the worker, a middle-height one in the colour of what it
 * was blocked on (channel, select, lock, wait group, sleep, other), whose
 * tooltip names the reason and the line. Arrows join lanes: a channel
 * value from its send to its receive (black), a wake-up that was not a
 * hand-off, Unlock -> Lock, Done -> Wait, Signal -> Wait or a close
 * (orange), and a `go` statement from the parent to the child (dashed).
 *
 * Staying readable: at most PV_MAX_LANES lanes. With more goroutines, main
 * and those that ran longest keep lanes of their own (in id order) and the
 * rest share the last lane, and a note says how many were folded. Each
 * lane is cut into time bins (fewer per lane with more lanes, and fewer
 * still if the rects would exceed PV_MAX_RECTS); a bin shows the state it
 * spent most time in, and adjacent bins of one state and reason merge into
 * one rect, whose tooltip gives the mix when it is not pure. Arrows are
 * capped per kind (every k-th, spread over the run), and the caption says
 * how many are shown.
 *
 * Every element a test or a reader needs is marked: lanes are
 * <g class="proc-lane" data-goroutine="N">, state rects carry
 * data-goroutine and data-state, arrows are <path class="link KIND"
 * data-from="G" data-to="G"> with a <title>.
 *
 * Memory: malloc'd working arrays, freed before returning.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "trace_procs.h"
#include "trace_svg.h"

#define PV_MARGIN_L 176    /* lane labels "G12 main.worker" */
#define PV_PLOT_W 1120
#define PV_MARGIN_R 24
#define PV_WIDTH (PV_MARGIN_L + PV_PLOT_W + PV_MARGIN_R)
#define PV_TOP 90          /* title, caption and note above the lanes */
#define PV_MAX_LANES 64
#define PV_BIN_BUDGET 24000  /* time bins over all lanes */
#define PV_MAX_RECTS 6000
#define PV_MAX_LINKS 200     /* arrows drawn, per kind */
#define PV_LABEL_CHARS 24
#define PV_FOLDED 0          /* PvLane.proc of the lane that folds the rest */

static const char *const pv_color[TRS_COUNT] = {
    "#2e9e44", /* running */
    "#c9c9c9", /* runnable */
    "#d62728", /* channel */
    "#e377c2", /* select */
    "#ff7f0e", /* lock */
    "#9467bd", /* wait group */
    "#6baed6", /* sleep */
    "#8c564b", /* other */
};

static const char *const pv_link_class[] = {"handoff", "wake", "go"};
static const char *const pv_link_color[] = {"#222", "#e6550d", "#555"};

typedef struct PvLane {
    int y, h;
    int64_t proc;   /* goroutine id, or PV_FOLDED */
} PvLane;

/* One time bin of one lane: time per state, and the blocked span that
 * took most of it (for its reason and line). */
typedef struct PvBin {
    int64_t ns[TRS_COUNT];
    int64_t why_ns;
    int32_t why;
} PvBin;

typedef struct Pv {
    FILE *f;
    const TraceEvent *ev;
    const TraceMeta *m;
    TraceProcs tp;
    int64_t t0;            /* the plot starts here (see pv_start) */
    int64_t span;          /* ns across the plot (>= 1), from t0 */
    int *lane_of;          /* index in tp.procs -> lane */
    PvLane lanes[PV_MAX_LANES];
    int nlanes;
    size_t nfolded;        /* goroutines in the last lane, 0: none folded */
    int nbins;
    PvBin *bins;           /* nlanes * nbins */
    int lanes_bottom, height;
    size_t links_total[3], links_shown[3];
} Pv;

/* x of absolute time ts. */
static double pv_x(const Pv *s, int64_t ts) {
    ts -= s->t0;
    if (ts < 0) ts = 0;
    if (ts > s->span) ts = s->span;
    return PV_MARGIN_L + (double)ts * PV_PLOT_W / (double)s->span;
}

/* Bin boundary k, in absolute time. */
static int64_t pv_bin_t(const Pv *s, int k) { return s->t0 + (int64_t)((double)s->span * k / s->nbins); }

/* Where the plot starts. While main is the only goroutine nothing can
 * interleave, and under --seed the runtime's start-up alone takes a few
 * hundred switch points of virtual time: when that prologue is most of the
 * run, it would squeeze the concurrent part into a corner, so the plot
 * starts a little before the second goroutine does (the caption says so). */
static void pv_start(Pv *s) {
    int64_t first = -1;
    for (size_t i = 0; i < s->tp.nprocs; i++)
        if (s->tp.procs[i].id != 1 && s->tp.procs[i].start >= 0 &&
            (first < 0 || s->tp.procs[i].start < first))
            first = s->tp.procs[i].start;
    int64_t end = s->tp.end > 0 ? s->tp.end : 1;
    if (first > end / 4) s->t0 = first - (end - first) / 20;
    s->span = end - s->t0 > 0 ? end - s->t0 : 1;
}

/* The lane of goroutine id, or -1. */
static int pv_lane(const Pv *s, int64_t id) {
    const TraceProc *p = trace_procs_find(&s->tp, id);
    return p ? s->lane_of[p - s->tp.procs] : -1;
}

/* ---- lanes: which goroutines get one ---- */

/* pv_rank_cmp's table (qsort has no context argument; one writer, at exit). */
static const TraceProc *pv_rank_base;

/* Longest running first; main first of all; then by id. */
static int pv_rank_cmp(const void *a, const void *b) {
    const TraceProc *x = &pv_rank_base[*(const size_t *)a], *y = &pv_rank_base[*(const size_t *)b];
    if ((x->id == 1) != (y->id == 1)) return x->id == 1 ? -1 : 1;
    if (x->ns[TRS_RUNNING] != y->ns[TRS_RUNNING]) return x->ns[TRS_RUNNING] > y->ns[TRS_RUNNING] ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* Marks keep[i] for the goroutines with lanes of their own: all of them
 * if they fit, else main and the PV_MAX_LANES-1 that ran longest. */
static bool pv_choose(Pv *s, bool *keep) {
    size_t n = s->tp.nprocs;
    if (n <= PV_MAX_LANES) {
        for (size_t i = 0; i < n; i++) keep[i] = true;
        return true;
    }
    size_t *order = malloc(n * sizeof *order);
    if (!order) return false;
    for (size_t i = 0; i < n; i++) order[i] = i;
    pv_rank_base = s->tp.procs;
    qsort(order, n, sizeof *order, pv_rank_cmp);
    for (size_t i = 0; i < PV_MAX_LANES - 1; i++) keep[order[i]] = true;
    free(order);
    s->nfolded = n - (PV_MAX_LANES - 1);
    return true;
}

static bool pv_layout(Pv *s) {
    size_t n = s->tp.nprocs;
    bool *keep = calloc(n ? n : 1, sizeof *keep);
    s->lane_of = malloc((n ? n : 1) * sizeof *s->lane_of);
    if (!keep || !s->lane_of || !pv_choose(s, keep)) {
        free(keep);
        return false;
    }
    int nl = 0;
    for (size_t i = 0; i < n; i++)
        if (keep[i]) s->lane_of[i] = nl, s->lanes[nl++].proc = s->tp.procs[i].id;
    if (s->nfolded) {
        for (size_t i = 0; i < n; i++)
            if (!keep[i]) s->lane_of[i] = nl;
        s->lanes[nl++].proc = PV_FOLDED;
    }
    free(keep);
    s->nlanes = nl;
    int h = nl ? 600 / nl : 30;
    h = h < 10 ? 10 : h > 30 ? 30 : h;
    int gap = h >= 20 ? 8 : 2, y = PV_TOP;
    for (int l = 0; l < nl; l++) {
        s->lanes[l].y = y, s->lanes[l].h = h;
        y += h + gap;
    }
    s->lanes_bottom = nl ? y - gap : PV_TOP;
    s->nbins = nl ? PV_BIN_BUDGET / nl : 1;
    if (s->nbins > PV_PLOT_W) s->nbins = PV_PLOT_W;
    return true;
}

/* ---- state bars ---- */

static void pv_bin_spans(Pv *s) {
    memset(s->bins, 0, (size_t)s->nlanes * s->nbins * sizeof *s->bins);
    for (size_t i = 0; i < (size_t)s->nlanes * s->nbins; i++) s->bins[i].why = -1;
    for (size_t i = 0; i < s->tp.nspans; i++) {
        const TraceSpan *sp = &s->tp.spans[i];
        int l = pv_lane(s, sp->proc);
        /* in plot time */
        int64_t a = sp->ts - s->t0 < 0 ? 0 : sp->ts - s->t0, b = sp->ts + sp->dur - s->t0;
        if (b > s->span) b = s->span;
        if (l < 0 || b <= a) continue;
        PvBin *lane = s->bins + (size_t)l * s->nbins;
        int k0 = (int)((double)a * s->nbins / s->span), k1 = (int)((double)(b - 1) * s->nbins / s->span);
        if (k1 >= s->nbins) k1 = s->nbins - 1;
        for (int k = k0; k <= k1; k++) {
            int64_t lo = pv_bin_t(s, k) - s->t0, hi = pv_bin_t(s, k + 1) - s->t0;
            int64_t ov = (b < hi ? b : hi) - (a > lo ? a : lo);
            if (ov <= 0) continue;
            lane[k].ns[sp->state] += ov;
            if (sp->why >= 0 && ov > lane[k].why_ns) lane[k].why_ns = ov, lane[k].why = sp->why;
        }
    }
}

/* The state a bin spent most time in; -1 if nothing was alive in it. */
static int pv_dominant(const PvBin *b) {
    int best = -1;
    int64_t most = 0;
    for (int st = 0; st < TRS_COUNT; st++)
        if (b->ns[st] > most) most = b->ns[st], best = st;
    return best;
}

/* Do two blocked spans name the same reason and line? */
static bool pv_same_why(const Pv *s, int32_t a, int32_t b) {
    if (a == b) return true;
    if (a < 0 || b < 0) return false;
    const TraceEvent *x = &s->ev[a], *y = &s->ev[b];
    return x->name == y->name && x->file == y->file && x->line == y->line;
}

/* A run of adjacent bins of one lane drawn as one rect. */
typedef struct PvRun {
    int state;
    int32_t why;
    int k0, k1;
    int64_t ns[TRS_COUNT];
} PvRun;

static void pv_title_state(Pv *s, const PvRun *r) {
    if (r->why >= 0) {
        const TraceEvent *e = &s->ev[r->why];
        fputs("blocked on ", s->f);
        trace_svg_esc(s->f, e->name);
        if (e->file) fputs(" at ", s->f), trace_svg_esc(s->f, e->file), fprintf(s->f, ":%d", (int)e->line);
    } else if (r->state == TRS_RUNNABLE) fputs("runnable (ready, waiting for a worker)", s->f);
    else fputs(trace_state_name(r->state), s->f);
}

/* "(of this stretch: running 40%, channel 60%)" when the run is mixed. */
static void pv_title_mix(Pv *s, const PvRun *r) {
    int64_t total = 0;
    for (int st = 0; st < TRS_COUNT; st++) total += r->ns[st];
    if (total <= 0 || r->ns[r->state] * 100 >= total * 95) return;
    fputs("\n(of this stretch:", s->f);
    const char *sep = " ";
    for (int st = 0; st < TRS_COUNT; st++)
        if (r->ns[st] * 100 >= total) {
            fprintf(s->f, "%s%s %.0f%%", sep, trace_state_name(st), 100.0 * (double)r->ns[st] / (double)total);
            sep = ", ";
        }
    fputs(")", s->f);
}

static void pv_emit_run(Pv *s, int l, const PvRun *r) {
    const PvLane *ln = &s->lanes[l];
    double x0 = pv_x(s, pv_bin_t(s, r->k0)), x1 = pv_x(s, pv_bin_t(s, r->k1));
    int h = r->state == TRS_RUNNING ? ln->h : r->state == TRS_RUNNABLE ? (ln->h + 3) / 4 : (ln->h * 3 + 4) / 5;
    if (h < 2) h = 2;
    fprintf(s->f, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" data-state=\"%s\"", x0,
            ln->y + (ln->h - h) / 2, x1 - x0, h, pv_color[r->state], trace_state_name(r->state));
    /* a stretch that mixes states (many switches a pixel) is paler the
     * less its colour dominates, so a clean state stands out */
    int64_t total = 0;
    for (int st = 0; st < TRS_COUNT; st++) total += r->ns[st];
    double share = total > 0 ? (double)r->ns[r->state] / (double)total : 1;
    if (share < 0.95) fprintf(s->f, " fill-opacity=\"%.2f\"", 0.3 + 0.7 * share);
    if (ln->proc == PV_FOLDED) fputs(" data-goroutine=\"folded\"><title>", s->f);
    else fprintf(s->f, " data-goroutine=\"%lld\"><title>G%lld: ", (long long)ln->proc, (long long)ln->proc);
    if (ln->proc == PV_FOLDED) fprintf(s->f, "%zu folded goroutines, mostly ", s->nfolded);
    pv_title_state(s, r);
    char a[32], b[32];
    int64_t t0 = pv_bin_t(s, r->k0), t1 = pv_bin_t(s, r->k1);
    fprintf(s->f, "\nfrom %s for %s", trace_svg_dur(a, sizeof a, t0), trace_svg_dur(b, sizeof b, t1 - t0));
    const TraceProc *p = ln->proc == PV_FOLDED ? NULL : trace_procs_find(&s->tp, ln->proc);
    if (r->why >= 0 && r->k1 == s->nbins && p && p->end < 0) fputs("\nstill blocked when the program ended", s->f);
    pv_title_mix(s, r);
    fputs("</title></rect>\n", s->f);
}

/* The rects of lane l (written only if emit); returns how many. */
static size_t pv_bars(Pv *s, int l, bool emit) {
    const PvBin *bins = s->bins + (size_t)l * s->nbins;
    PvRun r = {.state = -1};
    size_t runs = 0;
    for (int k = 0; k <= s->nbins; k++) {
        int st = k < s->nbins ? pv_dominant(&bins[k]) : -1;
        int32_t why = st >= TRS_CHAN ? bins[k].why : -1;
        if (r.state >= 0 && (st != r.state || !pv_same_why(s, why, r.why))) {
            r.k1 = k;
            runs++;
            if (emit) pv_emit_run(s, l, &r);
            r.state = -1;
        }
        if (st < 0) continue;
        if (r.state < 0) r = (PvRun){.state = st, .why = why, .k0 = k};
        for (int j = 0; j < TRS_COUNT; j++) r.ns[j] += bins[k].ns[j];
    }
    return runs;
}

/* Bins the spans, halving the bins until the rects fit PV_MAX_RECTS. */
static void pv_emit_bars(Pv *s) {
    for (;;) {
        pv_bin_spans(s);
        size_t runs = 0;
        for (int l = 0; l < s->nlanes; l++) runs += pv_bars(s, l, false);
        if (runs <= PV_MAX_RECTS || s->nbins < 100) break;
        s->nbins /= 2;
    }
    fputs("<g class=\"states\">\n", s->f);
    for (int l = 0; l < s->nlanes; l++) pv_bars(s, l, true);
    fputs("</g>\n", s->f);
}

/* ---- arrows ---- */

static void pv_link_title(Pv *s, const TraceLink *k) {
    char a[32], b[32];
    fputs("<title>", s->f);
    if (k->kind == TRL_CHAN)
        fprintf(s->f, "G%lld \xE2\x86\x92 G%lld: a channel value, sent at %s, received at %s", (long long)k->from,
                (long long)k->to, trace_svg_dur(a, sizeof a, k->ts0), trace_svg_dur(b, sizeof b, k->ts1));
    else if (k->kind == TRL_GO) {
        const TraceEvent *e = &s->ev[k->why];
        fprintf(s->f, "G%lld: go ", (long long)k->from);
        trace_svg_esc(s->f, e->name);
        if (e->file) fputs(" at ", s->f), trace_svg_esc(s->f, e->file), fprintf(s->f, ":%d", (int)e->line);
        fprintf(s->f, " starts G%lld at %s", (long long)k->to, trace_svg_dur(a, sizeof a, k->ts0));
    } else {
        const TraceEvent *e = k->why >= 0 ? &s->ev[k->why] : NULL;
        fprintf(s->f, "G%lld %s \xE2\x86\x92 G%lld ", (long long)k->from, trace_waker_verb(e ? e->name : NULL),
                (long long)k->to);
        trace_svg_esc(s->f, e ? e->name : "?");
        if (e && e->file) fputs(" at ", s->f), trace_svg_esc(s->f, e->file), fprintf(s->f, ":%d", (int)e->line);
        fprintf(s->f, ", at %s", trace_svg_dur(a, sizeof a, k->ts0));
    }
    fputs("</title>", s->f);
}

static void pv_arrow(Pv *s, const TraceLink *k, int l0, int l1) {
    const PvLane *a = &s->lanes[l0], *b = &s->lanes[l1];
    double x0 = pv_x(s, k->ts0), x1 = pv_x(s, k->ts1);
    int y0 = a->y + a->h / 2, y1 = b->y + b->h / 2;
    fprintf(s->f, "<path class=\"link %s\" data-from=\"%lld\" data-to=\"%lld\" d=\"", pv_link_class[k->kind],
            (long long)k->from, (long long)k->to);
    if (l0 == l1) { /* the folded lane to itself: an arc over the top */
        double lift = a->h / 2.0 + 4 + fmin(fabs(x1 - x0) * 0.05, 8);
        fprintf(s->f, "M%.1f %dC%.1f %.1f %.1f %.1f %.1f %d\">", x0, y0, x0, y0 - lift, x1, y0 - lift, x1, y1);
    } else {
        /* bow sideways a little, so an arrow at one instant is still seen */
        double my = (y0 + y1) / 2.0, bow = x1 - x0 < 6 ? 6 : 0;
        fprintf(s->f, "M%.1f %dC%.1f %.1f %.1f %.1f %.1f %d\">", x0, y0, x0 + bow, my, x1 + bow, my, x1, y1);
    }
    pv_link_title(s, k);
    fputs("</path>\n", s->f);
    if (k->kind == TRL_GO) fprintf(s->f, "<circle cx=\"%.1f\" cy=\"%d\" r=\"2.5\" fill=\"#555\"/>\n", x0, y0);
}

/* Is link k worth an arrow (its lanes in *l0, *l1)? Not when it stays
 * inside the folded lane, nor for a `go` of a folded goroutine: hundreds
 * of those would only hatch the picture. */
static bool pv_drawable(const Pv *s, const TraceLink *k, int *l0, int *l1) {
    *l0 = pv_lane(s, k->from), *l1 = pv_lane(s, k->to);
    if (*l0 < 0 || *l1 < 0) return false;
    bool folded = s->lanes[*l1].proc == PV_FOLDED;
    return !(folded && (k->kind == TRL_GO || *l0 == *l1));
}

/* Each kind in its group, every k-th drawable link of it so at most
 * PV_MAX_LINKS, spread over the run. */
static void pv_emit_links(Pv *s) {
    size_t drawable[3] = {0};
    int l0, l1;
    for (size_t i = 0; i < s->tp.nlinks; i++) {
        const TraceLink *k = &s->tp.links[i];
        s->links_total[k->kind]++;
        if (pv_drawable(s, k, &l0, &l1)) drawable[k->kind]++;
    }
    for (int kind = 0; kind < 3; kind++) {
        if (!drawable[kind]) continue;
        size_t step = (drawable[kind] + PV_MAX_LINKS - 1) / PV_MAX_LINKS, seen = 0;
        fprintf(s->f, "<g class=\"links-%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\" stroke-opacity=\"0.8\" "
                      "marker-end=\"url(#arrow-%s)\"%s>\n",
                pv_link_class[kind], pv_link_color[kind], kind == TRL_GO ? "0.9" : "1.2", pv_link_class[kind],
                kind == TRL_GO ? " stroke-dasharray=\"3 2\"" : "");
        for (size_t i = 0; i < s->tp.nlinks; i++) {
            const TraceLink *k = &s->tp.links[i];
            if (k->kind != kind || !pv_drawable(s, k, &l0, &l1) || seen++ % step) continue;
            pv_arrow(s, k, l0, l1);
            s->links_shown[kind]++;
        }
        fputs("</g>\n", s->f);
    }
}

/* ---- frame: title, caption, lanes, axis, legend ---- */

static void pv_emit_head(Pv *s) {
    const TraceMeta *m = s->m;
    char d[32];
    fprintf(s->f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"procs-view\" width=\"%d\" height=\"%d\" "
                  "viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n<defs>",
            PV_WIDTH, s->height, PV_WIDTH, s->height);
    for (int k = 0; k < 3; k++)
        fprintf(s->f, "<marker id=\"arrow-%s\" viewBox=\"0 0 6 6\" refX=\"6\" refY=\"3\" markerWidth=\"6\" "
                      "markerHeight=\"6\" orient=\"auto\"><path d=\"M0 0L6 3L0 6z\" fill=\"%s\"/></marker>",
                pv_link_class[k], pv_link_color[k]);
    fputs("</defs>\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n", s->f);
    fprintf(s->f, "<text class=\"title\" x=\"%d\" y=\"24\" font-size=\"16\" font-weight=\"bold\">", PV_MARGIN_L);
    trace_svg_esc(s->f, m->program ? m->program : "csp");
    fprintf(s->f, " \xE2\x80\x94 goroutines, %d worker%s", m->workers, m->workers == 1 ? "" : "s");
    if (m->seeded) fprintf(s->f, ", seed %llu", (unsigned long long)m->seed);
    fprintf(s->f, ", %s", trace_svg_dur(d, sizeof d, s->t0 + s->span));
    if (m->truncated) fputs(" (truncated)", s->f);
    fputs("</text>\n", s->f);
}

/* How many goroutines were blocked when the program ended (in a deadlock,
 * all that had not ended): those whose last span is blocked and reaches the
 * end. One pass over the spans (they are in time order). */
static size_t pv_still_blocked(const Pv *s) {
    bool *stuck = calloc(s->tp.nprocs ? s->tp.nprocs : 1, sizeof *stuck);
    if (!stuck) return 0;
    for (size_t i = 0; i < s->tp.nspans; i++) {
        const TraceSpan *sp = &s->tp.spans[i];
        const TraceProc *p = trace_procs_find(&s->tp, sp->proc);
        if (p) stuck[p - s->tp.procs] = sp->state >= TRS_CHAN && sp->ts + sp->dur >= s->tp.end && p->end < 0;
    }
    size_t n = 0;
    for (size_t i = 0; i < s->tp.nprocs; i++) n += stuck[i];
    free(stuck);
    return n;
}

static void pv_emit_caption(Pv *s) {
    size_t n = s->tp.nprocs;
    fprintf(s->f, "<text class=\"caption\" x=\"%d\" y=\"44\" fill=\"#555\">%zu goroutine%s; arrows: %zu channel "
                  "hand-off%s, %zu wake-up%s (Unlock\xE2\x86\x92Lock, Done\xE2\x86\x92Wait...), %zu go statement%s",
            PV_MARGIN_L, n, n == 1 ? "" : "s", s->links_total[TRL_CHAN], s->links_total[TRL_CHAN] == 1 ? "" : "s",
            s->links_total[TRL_WAKE], s->links_total[TRL_WAKE] == 1 ? "" : "s", s->links_total[TRL_GO],
            s->links_total[TRL_GO] == 1 ? "" : "s");
    size_t shown = 0, total = 0;
    for (int k = 0; k < 3; k++) shown += s->links_shown[k], total += s->links_total[k];
    if (shown < total) fprintf(s->f, " (%zu of %zu drawn)", shown, total);
    size_t stuck = pv_still_blocked(s);
    if (stuck) fprintf(s->f, "; %zu still blocked when the program ended", stuck);
    if (s->m->truncated) fputs("; truncated: the event cap was reached", s->f);
    fputs("</text>\n", s->f);
    if (s->t0 > 0) {
        char d[32];
        fprintf(s->f, "<text class=\"start-note\" x=\"%d\" y=\"%d\" fill=\"#555\">drawn from %s: before that "
                      "main was the only goroutine</text>\n",
                PV_MARGIN_L, s->nfolded ? 76 : 62, trace_svg_dur(d, sizeof d, s->t0));
    }
    if (s->nfolded)
        fprintf(s->f, "<text class=\"folded-note\" x=\"%d\" y=\"62\" fill=\"#a33\">%zu goroutines: %d have lanes of "
                      "their own (main and those that ran longest); %zu more are folded into the last lane</text>\n",
                PV_MARGIN_L, n, s->nlanes - 1, s->nfolded);
}

/* "G12 main.worker", cut to PV_LABEL_CHARS bytes (at a character boundary). */
static void pv_label(Pv *s, const TraceProc *p) {
    char t[96];
    snprintf(t, sizeof t, "G%lld %s", (long long)p->id, p->name ? p->name : "?");
    size_t len = strlen(t);
    if (len > PV_LABEL_CHARS) {
        len = PV_LABEL_CHARS;
        while (len > 0 && ((unsigned char)t[len] & 0xC0) == 0x80) len--;
        t[len] = 0;
        trace_svg_esc(s->f, t);
        fputs("\xE2\x80\xA6", s->f);
    } else trace_svg_esc(s->f, t);
}

static void pv_emit_lanes(Pv *s) {
    for (int l = 0; l < s->nlanes; l++) {
        const PvLane *ln = &s->lanes[l];
        const TraceProc *p = ln->proc == PV_FOLDED ? NULL : trace_procs_find(&s->tp, ln->proc);
        if (p) fprintf(s->f, "<g class=\"proc-lane\" data-goroutine=\"%lld\">", (long long)ln->proc);
        else fputs("<g class=\"proc-lane folded\" data-goroutine=\"folded\">", s->f);
        fprintf(s->f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f5f6f8\"/>", PV_MARGIN_L, ln->y,
                PV_PLOT_W, ln->h);
        fprintf(s->f, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"%d\">", PV_MARGIN_L - 8,
                ln->y + ln->h / 2 + 4, ln->h < 16 ? 9 : 12);
        if (p) pv_label(s, p);
        else fprintf(s->f, "+%zu more goroutines", s->nfolded);
        if (p) {
            fputs("<title>goroutine ", s->f);
            fprintf(s->f, "%lld (", (long long)p->id);
            trace_svg_esc(s->f, p->name ? p->name : "?");
            if (p->parent) fprintf(s->f, "), started by goroutine %lld", (long long)p->parent);
            else fputs(")", s->f);
            fputs("</title>", s->f);
        }
        fputs("</text></g>\n", s->f);
    }
}

/* Ticks at round absolute times (the plot may start after 0). */
static void pv_emit_axis(Pv *s) {
    int64_t step = trace_svg_tick_step(s->span), first = (s->t0 + step - 1) / step * step, end = s->t0 + s->span;
    int64_t unit_span = end; /* labels in the unit of the absolute times */
    int y = s->lanes_bottom + 6;
    fputs("<g class=\"grid\" stroke=\"#e2e2e2\" stroke-width=\"1\">", s->f);
    for (int64_t t = first; t <= end; t += step)
        if (t > s->t0)
            fprintf(s->f, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>", pv_x(s, t), PV_TOP - 4, pv_x(s, t), y);
    fprintf(s->f, "</g>\n<g class=\"axis\" stroke=\"#999\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>",
            PV_MARGIN_L, y, PV_MARGIN_L + PV_PLOT_W, y);
    for (int64_t t = first; t <= end; t += step)
        fprintf(s->f, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>", pv_x(s, t), y, pv_x(s, t), y + 5);
    fputs("</g>\n<g class=\"ticks\" text-anchor=\"middle\" fill=\"#333\" font-size=\"11\">", s->f);
    for (int64_t t = first; t <= end; t += step) {
        fprintf(s->f, "<text x=\"%.1f\" y=\"%d\">", pv_x(s, t), y + 18);
        trace_svg_tick_label(s->f, t, unit_span, step);
        fputs("</text>", s->f);
    }
    fputs("</g>\n", s->f);
}

#define PV_LEGEND_ROWS 3

/* The states' colours, then the arrows' meaning. */
static void pv_emit_legend(Pv *s, int y0) {
    static const char *const label[TRS_COUNT] = {
        "running", "runnable (waiting for a worker)", "blocked: channel", "blocked: select",
        "blocked: lock", "blocked: wait group", "sleeping", "blocked: other (Cond...)",
    };
    const int colw = PV_PLOT_W / 4;
    fputs("<g class=\"legend\" fill=\"#222\">\n", s->f);
    for (int st = 0; st < TRS_COUNT; st++) {
        int x = PV_MARGIN_L + (st % 4) * colw, y = y0 + (st / 4) * 20;
        fprintf(s->f, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s"
                      "</text>\n", x, y - 10, pv_color[st], x + 18, y, label[st]);
    }
    static const char *const what[] = {"channel hand-off (send \xE2\x86\x92 receive)",
                                       "wake-up (Unlock\xE2\x86\x92Lock, Done\xE2\x86\x92Wait, close)",
                                       "go statement (parent \xE2\x86\x92 child)"};
    int y = y0 + 40;
    for (int k = 0; k < 3; k++) {
        int x = PV_MARGIN_L + k * (PV_PLOT_W / 3);
        fprintf(s->f, "<path d=\"M%d %dh22\" stroke=\"%s\" stroke-width=\"1.5\"%s marker-end=\"url(#arrow-%s)\"/>"
                      "<text x=\"%d\" y=\"%d\">%s</text>\n", x, y - 4, pv_link_color[k],
                k == TRL_GO ? " stroke-dasharray=\"3 2\"" : "", pv_link_class[k], x + 30, y, what[k]);
    }
    fputs("</g>\n", s->f);
}

/* ---- entry point ---- */

void trace_write_svg_procs(FILE *f, const TraceEvent *ev, size_t n, const TraceMeta *m) {
    static const TraceMeta none = {0};
    Pv s = {.f = f, .ev = ev, .m = m ? m : &none};
    bool ok = trace_procs_build(&s.tp, ev, ev ? n : 0, s.m->end_ts) && pv_layout(&s) &&
              (s.bins = malloc((size_t)(s.nlanes ? s.nlanes : 1) * s.nbins * sizeof *s.bins));
    if (!ok) { /* out of memory: still a valid (empty) picture */
        trace_procs_free(&s.tp);
        s.nlanes = 0, s.nfolded = 0, s.lanes_bottom = PV_TOP;
    }
    pv_start(&s);
    if (s.nbins > s.span) s.nbins = (int)s.span; /* a bin of less than 1 ns would stay empty */
    int legend_y = s.lanes_bottom + 56;
    s.height = legend_y + PV_LEGEND_ROWS * 20 + 16;
    pv_emit_head(&s);
    pv_emit_lanes(&s);
    pv_emit_axis(&s);
    if (s.nlanes) pv_emit_bars(&s);
    pv_emit_links(&s);
    pv_emit_legend(&s, legend_y);
    pv_emit_caption(&s);
    fputs("</svg>\n", f);
    free(s.bins), free(s.lane_of);
    trace_procs_free(&s.tp);
}
