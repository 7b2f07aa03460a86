/* trace_html.c: --trace FILE.html, one self-contained page that replays a
 * recorded schedule step by step beside the program's source.
 *
 * Owns trace_write_html. The page is the viewer's style and script
 * (runtime/viewer/viewer.css and viewer.js, embedded at build time into
 * build/gen/viewer.c) around one JSON object with everything the script
 * needs, so the file opens anywhere, offline:
 *
 *   source, program, workers, seed, end, truncated...  the run
 *   str      strings, each once: names, reasons, values, stacks
 *   procs    [id, parent, name, start, end] per goroutine
 *   ev       the steps, in time order, column by column (t p k a b c l s n):
 *            time, goroutine, kind, then per kind (see EV_* below)
 *   spans    the process view's bars (trace_procs.c): t d p state reason line
 *   links    its arrows: t0 t1 from to kind
 *
 * A slice becomes two steps, RUN at its start and STOP at its end (a STOP
 * after the goroutine blocked or ended changes nothing). Flows are not
 * steps: they are drawn as the links, and the channel operations that
 * moved the values are TR_DETAIL steps with the values themselves.
 *
 * Columns instead of one array per event: 100,000 events parse in tens of
 * milliseconds, and the script keeps them as typed arrays.
 */
#include <stdlib.h>
#include <string.h>

#include "trace_procs.h"

extern const char trace_viewer_css[], trace_viewer_js[];

/* Step kinds of the page's `ev.k` (viewer.js reads the same numbers). A
 * TR_DETAIL step is EV_DETAIL + its TraceDetailOp, + EV_BUFFERED when it
 * went through a channel's buffer. */
enum {
    EV_START = 0, /* a: parent, b: name, l: line of the `go` */
    EV_RUN,       /* a: worker */
    EV_STOP,
    EV_BLOCK,     /* b: reason, l: line, s: stack, n: what it waits on (`ch`, `mu`), a: its number */
    EV_WAKE,      /* a: waker (0: the runtime), c: 1 when a channel hand-off */
    EV_END,
    EV_RACE,      /* a: the other goroutine, b: file, l: line */
    EV_DETAIL = 16,   /* a: object, b: value text, c: TraceDetail.n, l: line, s: stack, n: name */
    EV_BUFFERED = 64,
};

/* ---------- strings, each written once ---------- */

typedef struct HtStrings {
    const char **v;
    size_t n, cap;
    int32_t *slots; /* open addressing: index + 1 */
    size_t nslots;
} HtStrings;

static uint64_t ht_hash(const char *s) {
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 1099511628211ULL;
    return h;
}

/* The index of s in the table (-1 for NULL). */
static int32_t ht_str(HtStrings *t, const char *s) {
    if (!s) return -1;
    if (t->n * 2 >= t->nslots) {
        size_t ns = t->nslots ? t->nslots * 2 : 1024;
        int32_t *sl = calloc(ns, sizeof *sl);
        if (!sl) return -1;
        for (size_t i = 0; i < t->n; i++) {
            size_t j = ht_hash(t->v[i]) & (ns - 1);
            while (sl[j]) j = (j + 1) & (ns - 1);
            sl[j] = (int32_t)i + 1;
        }
        free(t->slots);
        t->slots = sl, t->nslots = ns;
    }
    size_t j = ht_hash(s) & (t->nslots - 1);
    for (; t->slots[j]; j = (j + 1) & (t->nslots - 1))
        if (strcmp(t->v[t->slots[j] - 1], s) == 0) return t->slots[j] - 1;
    if (t->n == t->cap) {
        size_t nc = t->cap ? t->cap * 2 : 1024;
        const char **nv = realloc(t->v, nc * sizeof *nv);
        if (!nv) return -1;
        t->v = nv, t->cap = nc;
    }
    t->v[t->n] = s;
    t->slots[j] = (int32_t)++t->n;
    return (int32_t)t->n - 1;
}

/* s as a JSON string; '<' escaped too, so no "</script>" ends the page early. */
static void ht_json_str(FILE *f, const char *s) {
    fputc('"', f);
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if (*c == '"' || *c == '\\') fprintf(f, "\\%c", *c);
        else if (*c == '\n') fputs("\\n", f);
        else if (*c == '\t') fputs("\\t", f);
        else if (*c < 0x20 || *c == '<' || *c == '>' || *c == '&') fprintf(f, "\\u%04x", *c);
        else fputc(*c, f);
    }
    fputc('"', f);
}

/* ---------- the steps ---------- */

typedef struct HtStep {
    int64_t t;
    int64_t p, a, c;
    int32_t b, l, s, n;
    uint32_t seq; /* order among steps at one time */
    uint8_t k;
} HtStep;

/* At one time: a STOP before a RUN before everything else, then in the
 * recorder's order. */
static int ht_rank(const HtStep *s) { return s->k == EV_STOP ? 0 : s->k == EV_RUN ? 1 : 2; }

static int ht_cmp(const void *x, const void *y) {
    const HtStep *a = x, *b = y;
    if (a->t != b->t) return a->t < b->t ? -1 : 1;
    int ra = ht_rank(a), rb = ht_rank(b);
    if (ra != rb) return ra - rb;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* One event as steps (a slice as two); returns how many were written. */
static int ht_steps(HtStrings *st, const TraceEvent *e, const TraceDetail *det, size_t ndet, HtStep *out) {
    HtStep s = {.t = e->ts, .p = e->proc, .b = -1, .s = -1, .n = -1};
    switch (e->kind) {
    case TR_SLICE:
        s.k = EV_RUN, s.a = e->track;
        out[0] = s;
        s.k = EV_STOP, s.t = e->ts + e->dur, s.a = 0;
        out[1] = s;
        return 2;
    case TR_START: s.k = EV_START, s.a = e->other, s.b = ht_str(st, e->name), s.l = e->line; break;
    case TR_BLOCK: s.k = EV_BLOCK, s.b = ht_str(st, e->name), s.l = e->line; break;
    case TR_WAKE: s.k = EV_WAKE, s.a = e->other, s.c = e->flags & TRACE_WAKE_HANDOFF; break;
    case TR_END: s.k = EV_END; break;
    case TR_RACE: s.k = EV_RACE, s.a = e->other, s.b = ht_str(st, e->file), s.l = e->line; break;
    case TR_DETAIL: {
        if (e->other < 0 || (size_t)e->other >= ndet) return 0;
        const TraceDetail *d = &det[e->other];
        s.k = (uint8_t)(EV_DETAIL + d->op + (d->flags & TD_BUFFERED ? EV_BUFFERED : 0));
        s.a = d->obj, s.b = ht_str(st, d->text), s.c = d->n, s.l = d->line, s.s = d->stack;
        s.n = ht_str(st, d->name);
        break;
    }
    default: return 0; /* flows: drawn as links */
    }
    out[0] = s;
    return 1;
}

/* Tidies the steps: the stack recorded as a goroutine blocked (just after
 * its BLOCK) goes to the BLOCK with what it names, so the step that says
 * it blocked says on what; each TD_STACK step that repeats its goroutine's
 * previous stack and names nothing goes (a slice starts where the previous
 * one stopped). */
static size_t ht_tidy(HtStep *v, size_t n) {
    int64_t maxp = 0;
    for (size_t i = 0; i < n; i++)
        if (v[i].p > maxp) maxp = v[i].p;
    int32_t *last = malloc(sizeof(int32_t) * (size_t)(maxp + 1));
    int64_t *prev = malloc(sizeof(int64_t) * (size_t)(maxp + 1)); /* index in v of its last step but a STOP, -1 */
    if (!last || !prev) {
        free(last);
        free(prev);
        return n;
    }
    for (int64_t i = 0; i <= maxp; i++) last[i] = -1, prev[i] = -1;
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        bool stack = v[i].k == EV_DETAIL + TD_STACK;
        int64_t p = v[i].p;
        if (stack && p >= 0 && prev[p] >= 0 && v[prev[p]].k == EV_BLOCK && v[prev[p]].s < 0) {
            v[prev[p]].s = v[i].s, v[prev[p]].n = v[i].n, v[prev[p]].a = v[i].a;
            last[p] = v[i].s;
            continue;
        }
        if (stack && v[i].n < 0 && p >= 0 && last[p] == v[i].s) continue;
        if (p >= 0 && v[i].k != EV_STOP) prev[p] = (int64_t)j; /* the slice's end comes between */
        if (v[i].s >= 0 && v[i].p >= 0) last[v[i].p] = v[i].s;
        v[j++] = v[i];
    }
    free(last);
    free(prev);
    return j;
}

/* ---------- writing ---------- */

#define COLUMN(name, expr)                                                                                             \
    do {                                                                                                               \
        fprintf(f, "%s\"" name "\":[", first ? "" : ",");                                                            \
        first = false;                                                                                                 \
        for (size_t i = 0; i < n; i++) fprintf(f, i ? ",%lld" : "%lld", (long long)(expr));                           \
        fputs("]", f);                                                                                                 \
    } while (0)

static void ht_write_steps(FILE *f, const HtStep *v, size_t n) {
    bool first = true;
    fputs("\"ev\":{", f);
    COLUMN("t", v[i].t);
    COLUMN("p", v[i].p);
    COLUMN("k", v[i].k);
    COLUMN("a", v[i].a);
    COLUMN("b", v[i].b);
    COLUMN("c", v[i].c);
    COLUMN("l", v[i].l);
    COLUMN("s", v[i].s);
    COLUMN("n", v[i].n);
    fputs("}", f);
}

static void ht_write_procs(FILE *f, HtStrings *st, const TraceProcs *tp, const TraceEvent *ev) {
    bool first = true;
    size_t n = tp->nspans;
    const TraceSpan *sp = tp->spans;
    fputs(",\"spans\":{", f);
    COLUMN("t", sp[i].ts);
    COLUMN("d", sp[i].dur);
    COLUMN("p", sp[i].proc);
    COLUMN("s", sp[i].state);
    COLUMN("r", sp[i].why >= 0 ? ht_str(st, ev[sp[i].why].name) : -1);
    COLUMN("l", sp[i].why >= 0 ? ev[sp[i].why].line : 0);
    fputs("},\"links\":{", f);
    first = true;
    n = tp->nlinks;
    const TraceLink *lk = tp->links;
    COLUMN("t0", lk[i].ts0);
    COLUMN("t1", lk[i].ts1);
    COLUMN("f", lk[i].from);
    COLUMN("o", lk[i].to);
    COLUMN("k", lk[i].kind);
    fputs("},\"procs\":[", f);
    for (size_t i = 0; i < tp->nprocs; i++) {
        const TraceProc *p = &tp->procs[i];
        fprintf(f, "%s[%lld,%lld,%d,%lld,%lld]", i ? "," : "", (long long)p->id, (long long)p->parent,
                ht_str(st, p->name), (long long)p->start, (long long)p->end);
    }
    fputs("]", f);
}

static void ht_write_data(FILE *f, const TraceEvent *ev, size_t n, const TraceMeta *m) {
    HtStrings st = {0};
    size_t ndet, nstacks;
    const TraceDetail *det = trace_details(&ndet);
    const char *const *stacks = trace_stacks(&nstacks);
    /* stacks first (distinct texts): a step's s is then its index in str too */
    for (size_t i = 0; i < nstacks; i++) ht_str(&st, stacks[i]);
    HtStep *steps = malloc(sizeof(HtStep) * (2 * n + 1));
    size_t ns = 0;
    for (size_t i = 0; steps && i < n; i++) {
        int k = ht_steps(&st, &ev[i], det, ndet, &steps[ns]);
        for (int j = 0; j < k; j++) steps[ns + j].seq = (uint32_t)(ns + j);
        ns += (size_t)k;
    }
    if (steps) qsort(steps, ns, sizeof *steps, ht_cmp);
    ns = ht_tidy(steps, ns);
    TraceProcs tp;
    bool have_procs = trace_procs_build(&tp, ev, n, m->end_ts);

    fputs("{\"program\":", f);
    ht_json_str(f, m->program ? m->program : "?");
    fprintf(f, ",\"workers\":%d,\"seeded\":%s,\"seed\":%llu,\"end\":%lld,\"truncated\":%s,\"limit\":%lld,\"events\":%zu",
            m->workers, m->seeded ? "true" : "false", (unsigned long long)m->seed, (long long)m->end_ts,
            m->truncated ? "true" : "false", (long long)m->limit, n);
    fputs(",\"source\":", f);
    ht_json_str(f, m->source ? m->source : "");
    fputs(",", f);
    ht_write_steps(f, steps ? steps : (HtStep[1]){{0}}, steps ? ns : 0);
    if (have_procs) ht_write_procs(f, &st, &tp, ev);
    else fputs(",\"spans\":{},\"links\":{},\"procs\":[]", f);
    fputs(",\"str\":[", f);
    for (size_t i = 0; i < st.n; i++) {
        if (i) fputc(',', f);
        ht_json_str(f, st.v[i]);
    }
    fputs("]}", f);
    if (have_procs) trace_procs_free(&tp);
    free(steps);
    free(st.v);
    free(st.slots);
}

void trace_write_html(FILE *f, const TraceEvent *ev, size_t n, const TraceMeta *m) {
    fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>csp trace: ", f);
    for (const char *c = m->program ? m->program : "?"; *c; c++) /* the title, HTML-escaped */
        if (*c == '<') fputs("&lt;", f);
        else if (*c == '&') fputs("&amp;", f);
        else fputc(*c, f);
    fputs("</title>\n<style>\n", f);
    fputs(trace_viewer_css, f);
    fputs("</style></head>\n<body>\n<script id=\"trace-data\" type=\"application/json\">", f);
    ht_write_data(f, ev, n, m);
    fputs("</script>\n<script>\n", f);
    fputs(trace_viewer_js, f);
    fputs("</script>\n</body></html>\n", f);
}
