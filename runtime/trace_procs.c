/* trace_procs.c: turns the recorded events around, goroutine by goroutine
 * (see trace_procs.h for what it derives and who uses it).
 *
 * One pass over the events in time order follows each goroutine through
 * its states: created -> runnable; a slice -> running; the end of a slice
 * -> runnable (preempted), blocked (a TR_BLOCK at its last moment names
 * the reason and line) or gone (TR_END); a wake-up -> runnable again. A
 * goroutine still blocked when the program ends stays blocked to the end:
 * that is what a deadlock looks like. Two slices of one goroutine separated
 * only by the recorder's 1 ns boundary gap (a --seed run switches at every
 * visible operation, often back to the same goroutine) merge into one
 * running span, or the runnable slivers between them would double the
 * JSON for nothing.
 *
 * Links: each channel flow (paired by id) is a hand-off from the sender to
 * the receiver; each wake-up by a goroutine that is not already such a
 * hand-off (TRACE_WAKE_HANDOFF) is an Unlock -> Lock, Done -> Wait, Signal
 * -> Wait or a close; each TR_START with a parent is a `go`.
 */
#include <stdlib.h>
#include <string.h>

#include "trace_procs.h"

/* Slices closer than this (ns) are one running span: the recorder ends a
 * slice up to 4 clock ticks early so slices never touch. */
#define TRP_MERGE_NS 2

/* ---- growable arrays ---- */

static bool trp_grow(void **v, size_t *cap, size_t n, size_t size) {
    if (n < *cap) return true;
    size_t nc = *cap ? *cap * 2 : 256;
    void *nv = realloc(*v, nc * size);
    if (!nv) return false;
    *v = nv, *cap = nc;
    return true;
}

/* ---- states ---- */

TraceState trace_state_of(const char *r) {
    if (!r) return TRS_OTHER;
    if (strncmp(r, "chan ", 5) == 0) return TRS_CHAN;
    if (strncmp(r, "select", 6) == 0) return TRS_SELECT;
    if (strstr(r, "Mutex.")) return TRS_LOCK;
    if (strstr(r, "WaitGroup")) return TRS_WAITGROUP;
    if (strcmp(r, "sleep") == 0) return TRS_SLEEP;
    return TRS_OTHER;
}

const char *trace_state_name(TraceState s) {
    static const char *const names[TRS_COUNT] = {"running", "runnable", "channel", "select",
                                                 "lock",    "wait group", "sleep", "other"};
    return s < TRS_COUNT ? names[s] : "?";
}

const char *trace_waker_verb(const char *r) {
    switch (trace_state_of(r)) {
    case TRS_LOCK: return strstr(r, "RWMutex.Lock") ? "Unlock/RUnlock" : "Unlock"; /* a writer waits for readers too */
    case TRS_WAITGROUP: return "Done";
    case TRS_CHAN:
    case TRS_SELECT: return "close";
    default: return r && strstr(r, "Cond") ? "Signal/Broadcast" : "wake-up";
    }
}

/* ---- the walk ---- */

/* Where one goroutine is during the walk. */
typedef struct TrpCursor {
    int64_t since;     /* when the open state began */
    int32_t why;       /* blocked: its TR_BLOCK event */
    int8_t state;      /* TraceState, or -1: not started / gone */
    int64_t last_run;  /* index+1 of its last running span (for merging), 0: none */
} TrpCursor;

typedef struct TrpBuild {
    TraceProcs *tp;
    const TraceEvent *ev;
    TrpCursor *cur;    /* by goroutine id */
    int32_t *index;    /* goroutine id -> index in tp->procs, -1: none */
    int64_t maxid;
    size_t span_cap, link_cap;
    bool oom;
} TrpBuild;

static TraceProc *trp_proc(TrpBuild *b, int64_t id) {
    return id > 0 && id <= b->maxid && b->index[id] >= 0 ? &b->tp->procs[b->index[id]] : NULL;
}

static void trp_span(TrpBuild *b, int64_t id, int state, int64_t ts, int64_t dur, int32_t why) {
    TraceProcs *tp = b->tp;
    if (dur <= 0 || b->oom) return;
    if (!trp_grow((void **)&tp->spans, &b->span_cap, tp->nspans, sizeof *tp->spans)) {
        b->oom = true;
        return;
    }
    tp->spans[tp->nspans++] = (TraceSpan){.ts = ts, .dur = dur, .proc = id, .why = why, .state = (uint8_t)state};
    TraceProc *p = trp_proc(b, id);
    if (p) p->ns[state] += dur;
}

static void trp_link(TrpBuild *b, int kind, int64_t from, int64_t to, int64_t ts0, int64_t ts1, int32_t why) {
    TraceProcs *tp = b->tp;
    if (b->oom || !trp_grow((void **)&tp->links, &b->link_cap, tp->nlinks, sizeof *tp->links)) {
        b->oom = true;
        return;
    }
    tp->links[tp->nlinks++] = (TraceLink){.ts0 = ts0, .ts1 = ts1, .from = from, .to = to, .why = why,
                                          .kind = (uint8_t)kind};
}

/* Ends goroutine id's open state at t (a span if it lasted). */
static void trp_close(TrpBuild *b, int64_t id, int64_t t) {
    TrpCursor *c = &b->cur[id];
    if (c->state < 0) return;
    if (t > c->since) trp_span(b, id, c->state, c->since, t - c->since, c->why);
    c->since = t > c->since ? t : c->since;
}

static void trp_open(TrpBuild *b, int64_t id, int state, int64_t t, int32_t why) {
    TrpCursor *c = &b->cur[id];
    c->state = (int8_t)state, c->since = t, c->why = why;
}

static void trp_slice(TrpBuild *b, const TraceEvent *e) {
    TrpCursor *c = &b->cur[e->proc];
    TraceSpan *last = c->last_run ? &b->tp->spans[c->last_run - 1] : NULL;
    if (c->state == TRS_RUNNABLE && last && e->ts - (last->ts + last->dur) <= TRP_MERGE_NS) {
        int64_t grow = e->ts + e->dur - (last->ts + last->dur);
        last->dur += grow;
        TraceProc *p = trp_proc(b, e->proc);
        if (p) p->ns[TRS_RUNNING] += grow;
    } else {
        if (c->state < 0) c->state = TRS_RUNNABLE, c->since = e->ts; /* started before the trace */
        trp_close(b, e->proc, e->ts);
        trp_span(b, e->proc, TRS_RUNNING, e->ts, e->dur, -1);
        if (!b->oom) c->last_run = (int64_t)b->tp->nspans;
    }
    trp_open(b, e->proc, TRS_RUNNABLE, e->ts + e->dur, -1); /* preempted, unless a block or end follows */
}

static void trp_block(TrpBuild *b, const TraceEvent *e, int32_t i) {
    TrpCursor *c = &b->cur[e->proc];
    if (c->state != TRS_RUNNABLE) return;
    c->state = (int8_t)trace_state_of(e->name), c->why = i;
    TraceProc *p = trp_proc(b, e->proc);
    if (p) p->last_block = i;
}

static void trp_wake(TrpBuild *b, const TraceEvent *e) {
    TrpCursor *c = &b->cur[e->proc];
    if (c->state <= TRS_RUNNABLE) return; /* not blocked (or not known) */
    int32_t why = c->why;
    trp_close(b, e->proc, e->ts);
    trp_open(b, e->proc, TRS_RUNNABLE, c->since, -1);
    c->last_run = 0;
    if (e->other > 0 && !(e->flags & TRACE_WAKE_HANDOFF))
        trp_link(b, TRL_WAKE, e->other, e->proc, e->ts, e->ts, why);
}

static void trp_event(TrpBuild *b, int32_t i) {
    const TraceEvent *e = &b->ev[i];
    if (e->proc <= 0 || e->proc > b->maxid) return;
    switch (e->kind) {
    case TR_START: {
        TraceProc *p = trp_proc(b, e->proc);
        if (p) p->start = e->ts, p->parent = e->other, p->name = e->name;
        /* (main's first slice sorts before its start, at the same instant) */
        if (b->cur[e->proc].state < 0 && !b->cur[e->proc].last_run) trp_open(b, e->proc, TRS_RUNNABLE, e->ts, -1);
        if (e->other > 0) trp_link(b, TRL_GO, e->other, e->proc, e->ts, e->ts, i);
        break;
    }
    case TR_SLICE: trp_slice(b, e); break;
    case TR_BLOCK: trp_block(b, e, i); break;
    case TR_WAKE: trp_wake(b, e); break;
    case TR_END: {
        TrpCursor *c = &b->cur[e->proc];
        c->state = -1;
        TraceProc *p = trp_proc(b, e->proc);
        if (p) p->end = e->ts;
        break;
    }
    default: break;
    }
}

/* ---- channel flows: pair each send with its receive by flow id ---- */

typedef struct TrpEnd {
    int64_t id, ts, proc;
} TrpEnd;

static int trp_end_cmp(const void *a, const void *b) {
    const TrpEnd *x = a, *y = b;
    return x->id < y->id ? -1 : x->id > y->id ? 1 : x->ts < y->ts ? -1 : x->ts > y->ts;
}

static TrpEnd *trp_ends(const TraceEvent *ev, size_t n, int kind, size_t *count) {
    size_t m = 0;
    for (size_t i = 0; i < n; i++) m += ev[i].kind == kind && ev[i].proc > 0;
    TrpEnd *v = malloc((m ? m : 1) * sizeof *v);
    if (!v) return NULL;
    m = 0;
    for (size_t i = 0; i < n; i++)
        if (ev[i].kind == kind && ev[i].proc > 0) v[m++] = (TrpEnd){ev[i].other, ev[i].ts, ev[i].proc};
    qsort(v, m, sizeof *v, trp_end_cmp);
    *count = m;
    return v;
}

static void trp_flows(TrpBuild *b, size_t n) {
    size_t no = 0, ni = 0;
    TrpEnd *out = trp_ends(b->ev, n, TR_FLOW_OUT, &no), *in = trp_ends(b->ev, n, TR_FLOW_IN, &ni);
    if (!out || !in) b->oom = true;
    for (size_t i = 0, j = 0; out && in && i < no && j < ni;) {
        if (out[i].id < in[j].id) i++;
        else if (out[i].id > in[j].id) j++;
        else {
            trp_link(b, TRL_CHAN, out[i].proc, in[j].proc, out[i].ts, in[j].ts, -1);
            i++, j++;
        }
    }
    free(out), free(in);
}

/* ---- the table of goroutines ---- */

static bool trp_table(TrpBuild *b, size_t n) {
    b->maxid = 0;
    for (size_t i = 0; i < n; i++)
        if (b->ev[i].proc > b->maxid) b->maxid = b->ev[i].proc;
    b->cur = malloc((size_t)(b->maxid + 1) * sizeof *b->cur);
    b->index = malloc((size_t)(b->maxid + 1) * sizeof *b->index);
    if (!b->cur || !b->index) return false;
    for (int64_t id = 0; id <= b->maxid; id++) b->cur[id] = (TrpCursor){.state = -1, .why = -1}, b->index[id] = -1;
    size_t np = 0;
    for (size_t i = 0; i < n; i++)
        if (b->ev[i].proc > 0 && b->index[b->ev[i].proc] < 0) b->index[b->ev[i].proc] = 0, np++;
    b->tp->procs = calloc(np ? np : 1, sizeof *b->tp->procs);
    if (!b->tp->procs) return false;
    for (int64_t id = 1; id <= b->maxid; id++) /* by id */
        if (b->index[id] == 0) {
            b->index[id] = (int32_t)b->tp->nprocs;
            b->tp->procs[b->tp->nprocs++] = (TraceProc){.id = id, .start = -1, .end = -1, .last_block = -1};
        }
    return true;
}

static int trp_span_cmp(const void *a, const void *b) {
    const TraceSpan *x = a, *y = b;
    if (x->ts != y->ts) return x->ts < y->ts ? -1 : 1;
    return x->proc < y->proc ? -1 : x->proc > y->proc;
}

static int trp_link_cmp(const void *a, const void *b) {
    const TraceLink *x = a, *y = b;
    if (x->ts0 != y->ts0) return x->ts0 < y->ts0 ? -1 : 1;
    return x->kind < y->kind ? -1 : x->kind > y->kind ? 1 : x->to < y->to ? -1 : x->to > y->to;
}

bool trace_procs_build(TraceProcs *tp, const TraceEvent *ev, size_t n, int64_t end_ts) {
    *tp = (TraceProcs){0};
    TrpBuild b = {.tp = tp, .ev = ev};
    int64_t end = end_ts;
    for (size_t i = 0; i < n; i++) {
        int64_t t = ev[i].ts + (ev[i].kind == TR_SLICE ? ev[i].dur : 0);
        if (t > end) end = t;
    }
    tp->end = end;
    bool ok = trp_table(&b, n);
    for (size_t i = 0; ok && i < n; i++) trp_event(&b, (int32_t)i);
    /* what was still open when the program ended: runnable, or blocked for good */
    for (int64_t id = 1; ok && id <= b.maxid; id++) trp_close(&b, id, end);
    if (ok) trp_flows(&b, n);
    ok = ok && !b.oom;
    free(b.cur), free(b.index);
    if (!ok) {
        trace_procs_free(tp);
        return false;
    }
    /* (qsort of an empty, NULL array is undefined) */
    if (tp->nspans) qsort(tp->spans, tp->nspans, sizeof *tp->spans, trp_span_cmp);
    if (tp->nlinks) qsort(tp->links, tp->nlinks, sizeof *tp->links, trp_link_cmp);
    return true;
}

void trace_procs_free(TraceProcs *tp) {
    free(tp->spans), free(tp->links), free(tp->procs);
    *tp = (TraceProcs){0};
}

const TraceProc *trace_procs_find(const TraceProcs *tp, int64_t id) {
    size_t lo = 0, hi = tp->nprocs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (tp->procs[mid].id < id) lo = mid + 1;
        else hi = mid;
    }
    return lo < tp->nprocs && tp->procs[lo].id == id ? &tp->procs[lo] : NULL;
}
