/* trace_json.c: a recorded schedule (runtime/trace.c) in Chrome's Trace
 * Event Format, for https://ui.perfetto.dev and chrome://tracing.
 *
 * One trace process; one track (tid) per worker, named "worker N", and a
 * "timers" track when the timer thread woke anyone. A complete ("X") event
 * per stretch a goroutine ran, named "G7 main.worker"; instant ("i")
 * events where one blocked (reason and file:line in args), was woken (and
 * by whom), started and ended; flow events ("s"/"f", bound to the enclosing
 * slice) from each channel send to the receive that took its value.
 * otherData names the program, W and the seed.
 *
 * A second trace process, "goroutines", has one track per goroutine (tid =
 * its id), cut into slices by state (running, runnable, blocked: chan
 * receive ... with the line), and flows between those tracks for each
 * channel hand-off (cat "handoff"), each wake-up such as Unlock -> Lock or
 * Done -> Wait (cat "wake") and each `go` (cat "go"), all derived by
 * trace_procs.c. Every event of the file is in time order.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "trace_procs.h"

/* A traced ping-pong writes a million events: the JSON is formatted by
 * hand into a buffer (printf would dominate the program's exit). */
typedef struct JsonOut {
    FILE *f;
    char buf[1 << 16];
    size_t n;
} JsonOut;

static void jo_flush(JsonOut *o) {
    fwrite(o->buf, 1, o->n, o->f);
    o->n = 0;
}

static void jo_put(JsonOut *o, const char *s, size_t len) {
    if (o->n + len > sizeof o->buf) jo_flush(o);
    if (len > sizeof o->buf) {
        fwrite(s, 1, len, o->f);
        return;
    }
    memcpy(o->buf + o->n, s, len);
    o->n += len;
}

#define JO_LIT(o, s) jo_put(o, s, sizeof(s) - 1)

static void jo_int(JsonOut *o, int64_t v) {
    char t[24];
    int i = sizeof t;
    bool neg = v < 0;
    uint64_t u = neg ? -(uint64_t)v : (uint64_t)v;
    do t[--i] = (char)('0' + u % 10);
    while ((u /= 10));
    if (neg) t[--i] = '-';
    jo_put(o, t + i, sizeof t - (size_t)i);
}

/* Microseconds with nanosecond precision, as the format's ts wants. */
static void jo_us(JsonOut *o, int64_t ns) {
    jo_int(o, ns / 1000);
    char t[4] = {'.', (char)('0' + ns % 1000 / 100), (char)('0' + ns % 100 / 10), (char)('0' + ns % 10)};
    jo_put(o, t, 4);
}

/* The characters of s, escaped for a JSON string. */
static void jo_esc(JsonOut *o, const char *s) {
    for (; s && *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\') {
            char e[2] = {'\\', (char)ch};
            jo_put(o, e, 2);
        } else if (ch < 0x20) {
            char e[8];
            snprintf(e, sizeof e, "\\u%04x", ch);
            jo_put(o, e, 6);
        } else jo_put(o, (const char *)&ch, 1);
    }
}

static void jo_str(JsonOut *o, const char *s) {
    JO_LIT(o, "\"");
    jo_esc(o, s);
    JO_LIT(o, "\"");
}

/* Trace process 1 holds the worker tracks, process 2 the goroutines'. */
#define JSON_PID_GOROUTINES 2

static void jo_head_pid(JsonOut *o, const char *ph, int64_t ts, int pid, int64_t tid) {
    JO_LIT(o, ",\n{\"ph\":\"");
    jo_put(o, ph, 1);
    JO_LIT(o, "\",\"pid\":");
    jo_int(o, pid);
    JO_LIT(o, ",\"tid\":");
    jo_int(o, tid);
    JO_LIT(o, ",\"ts\":");
    jo_us(o, ts);
}

static void jo_head(JsonOut *o, const char *ph, int64_t ts, int track) {
    jo_head_pid(o, ph, ts, 1, track < 0 ? 9999 : track);
}

static void jo_goroutine(JsonOut *o, const char *prefix, int64_t id) {
    jo_put(o, prefix, strlen(prefix));
    JO_LIT(o, "G");
    jo_int(o, id);
}

static void json_meta(JsonOut *o, const TraceMeta *m, int max_track, bool timer_track) {
    JO_LIT(o, "{\"traceEvents\":[\n{\"ph\":\"M\",\"pid\":1,\"name\":\"process_name\",\"args\":{\"name\":");
    char title[512];
    if (m->seeded)
        snprintf(title, sizeof title, "csp %s (workers %d, seed %llu)", m->program, m->workers,
                 (unsigned long long)m->seed);
    else snprintf(title, sizeof title, "csp %s (workers %d)", m->program, m->workers);
    jo_str(o, title);
    JO_LIT(o, "}}");
    for (int t = 0; t <= max_track; t++) {
        char line[200];
        int n = snprintf(line, sizeof line,
                         ",\n{\"ph\":\"M\",\"pid\":1,\"tid\":%d,\"name\":\"thread_name\",\"args\":{\"name\":\"worker %d\"}}"
                         ",\n{\"ph\":\"M\",\"pid\":1,\"tid\":%d,\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":%d}}",
                         t, t, t, t);
        jo_put(o, line, (size_t)n);
    }
    if (timer_track) JO_LIT(o, ",\n{\"ph\":\"M\",\"pid\":1,\"tid\":9999,\"name\":\"thread_name\",\"args\":{\"name\":\"timers\"}}");
}

/* An instant event of goroutine e->proc, named "G7 <verb>..." by the
 * caller (which writes the rest of the name), then json_args. */
static void json_instant(JsonOut *o, const TraceEvent *e, const char *cat, const char *verb) {
    jo_head(o, "i", e->ts, e->track);
    JO_LIT(o, ",\"s\":\"t\",\"cat\":\"");
    jo_put(o, cat, strlen(cat));
    JO_LIT(o, "\",\"name\":\"");
    jo_goroutine(o, "", e->proc);
    jo_put(o, verb, strlen(verb));
}

/* Ends the name and opens args with the goroutine; the caller adds more
 * arguments and closes with "}}". */
static void json_args(JsonOut *o, const TraceEvent *e) {
    JO_LIT(o, "\",\"args\":{\"goroutine\":");
    jo_int(o, e->proc);
}

/* name: "G7 main.worker" */
static void json_slice(JsonOut *o, const TraceEvent *e) {
    jo_head(o, "X", e->ts, e->track);
    JO_LIT(o, ",\"dur\":");
    jo_us(o, e->dur);
    JO_LIT(o, ",\"cat\":\"run\",\"name\":\"");
    jo_goroutine(o, "", e->proc);
    JO_LIT(o, " ");
    jo_esc(o, e->name);
    json_args(o, e);
    JO_LIT(o, "}}");
}

/* ,"at":"FILE:LINE" when the place is known. */
static void json_at(JsonOut *o, const char *file, int line) {
    if (!file) return;
    JO_LIT(o, ",\"at\":\"");
    jo_esc(o, file);
    JO_LIT(o, ":");
    jo_int(o, line);
    JO_LIT(o, "\"");
}

static void json_block(JsonOut *o, const TraceEvent *e) {
    json_instant(o, e, "block", " blocks: ");
    jo_esc(o, e->name);
    json_args(o, e);
    JO_LIT(o, ",\"reason\":");
    jo_str(o, e->name);
    json_at(o, e->file, e->line);
    JO_LIT(o, "}}");
}

static void json_flow(JsonOut *o, const TraceEvent *e) {
    jo_head(o, e->kind == TR_FLOW_OUT ? "s" : "f", e->ts, e->track);
    JO_LIT(o, ",\"cat\":\"chan\",\"name\":\"chan\",\"id\":");
    jo_int(o, e->other);
    if (e->kind == TR_FLOW_IN) JO_LIT(o, ",\"bp\":\"e\"");
    JO_LIT(o, "}");
}

static void json_event(JsonOut *o, const TraceEvent *e) {
    switch (e->kind) {
    case TR_SLICE: json_slice(o, e); break;
    case TR_BLOCK: json_block(o, e); break;
    case TR_WAKE:
        /* "G1 woken by G2" or "G1 woken by a timer" */
        json_instant(o, e, "wake", " woken by ");
        if (e->other) jo_goroutine(o, "", e->other);
        else JO_LIT(o, "a timer");
        json_args(o, e);
        JO_LIT(o, ",\"by\":");
        jo_int(o, e->other);
        JO_LIT(o, "}}");
        break;
    case TR_START:
        json_instant(o, e, "proc", " starts");
        json_args(o, e);
        JO_LIT(o, ",\"func\":");
        jo_str(o, e->name);
        JO_LIT(o, ",\"parent\":");
        jo_int(o, e->other);
        JO_LIT(o, "}}");
        break;
    case TR_END:
        json_instant(o, e, "proc", " ends");
        json_args(o, e);
        JO_LIT(o, "}}");
        break;
    case TR_RACE:
        /* "G7 data race with G8" */
        json_instant(o, e, "race", " data race with ");
        jo_goroutine(o, "", e->other);
        json_args(o, e);
        JO_LIT(o, ",\"with\":");
        jo_int(o, e->other);
        JO_LIT(o, ",\"at\":\"");
        jo_esc(o, e->file);
        JO_LIT(o, ":");
        jo_int(o, e->line);
        JO_LIT(o, "\"}}");
        break;
    case TR_FLOW_OUT:
    case TR_FLOW_IN: json_flow(o, e); break;
    }
}

/* ---- the "goroutines" process ---- */

/* Its name, and a track per goroutine named "G7 main.worker", in id order. */
static void json_goroutine_meta(JsonOut *o, const TraceProcs *tp) {
    JO_LIT(o, ",\n{\"ph\":\"M\",\"pid\":2,\"name\":\"process_name\",\"args\":{\"name\":\"goroutines\"}}");
    JO_LIT(o, ",\n{\"ph\":\"M\",\"pid\":2,\"name\":\"process_sort_index\",\"args\":{\"sort_index\":2}}");
    for (size_t i = 0; i < tp->nprocs; i++) {
        const TraceProc *p = &tp->procs[i];
        JO_LIT(o, ",\n{\"ph\":\"M\",\"pid\":2,\"tid\":");
        jo_int(o, p->id);
        JO_LIT(o, ",\"name\":\"thread_name\",\"args\":{\"name\":\"");
        jo_goroutine(o, "", p->id);
        JO_LIT(o, " ");
        jo_esc(o, p->name ? p->name : "?");
        JO_LIT(o, "\"}},\n{\"ph\":\"M\",\"pid\":2,\"tid\":");
        jo_int(o, p->id);
        JO_LIT(o, ",\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":");
        jo_int(o, p->id);
        JO_LIT(o, "}}");
    }
}

/* A state slice: "running", "runnable", "blocked: chan receive" (args:
 * the kind of block, and where). */
static void json_span(JsonOut *o, const TraceSpan *s, const TraceEvent *ev) {
    jo_head_pid(o, "X", s->ts, JSON_PID_GOROUTINES, s->proc);
    JO_LIT(o, ",\"dur\":");
    jo_us(o, s->dur);
    JO_LIT(o, ",\"cat\":\"state\",\"name\":\"");
    const TraceEvent *why = s->why >= 0 ? &ev[s->why] : NULL;
    if (why) {
        JO_LIT(o, "blocked: ");
        jo_esc(o, why->name);
    } else jo_esc(o, trace_state_name(s->state));
    if (!why) { /* running, runnable: the name says it all (a million of them add up) */
        JO_LIT(o, "\"}");
        return;
    }
    JO_LIT(o, "\",\"args\":{\"state\":");
    jo_str(o, trace_state_name(s->state));
    json_at(o, why->file, why->line);
    JO_LIT(o, "}}");
}

/* One end of link k (flow id k+1): "s" on the from track, "f" on the to
 * track bound to the slice enclosing it. Both ends share cat and name. */
static void json_link_end(JsonOut *o, const TraceLink *l, size_t k, bool start, const TraceEvent *ev) {
    jo_head_pid(o, start ? "s" : "f", start ? l->ts0 : l->ts1, JSON_PID_GOROUTINES, start ? l->from : l->to);
    if (l->kind == TRL_CHAN) JO_LIT(o, ",\"cat\":\"handoff\",\"name\":\"chan");
    else if (l->kind == TRL_GO) JO_LIT(o, ",\"cat\":\"go\",\"name\":\"go");
    else {
        JO_LIT(o, ",\"cat\":\"wake\",\"name\":\"");
        const char *reason = l->why >= 0 ? ev[l->why].name : NULL;
        jo_esc(o, trace_waker_verb(reason));
        JO_LIT(o, " -> ");
        jo_esc(o, reason ? reason : "?");
    }
    JO_LIT(o, "\",\"id\":");
    jo_int(o, (int64_t)k + 1);
    if (!start) JO_LIT(o, ",\"bp\":\"e\"");
    JO_LIT(o, "}");
}

/* The goroutines process's events come from three streams, each in time
 * order: spans (by ts), link starts (links are by ts0) and link ends
 * (ends[], link indexes by ts1). They are merged with the worker tracks'
 * events so that the whole file is in time order. */
/* json_end_cmp's links (qsort has no context argument; one writer, at exit). */
static const TraceLink *json_links_base;

static int json_end_cmp(const void *a, const void *b) {
    const TraceLink *x = &json_links_base[*(const size_t *)a], *y = &json_links_base[*(const size_t *)b];
    if (x->ts1 != y->ts1) return x->ts1 < y->ts1 ? -1 : 1;
    return *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

static size_t *json_link_ends(const TraceProcs *tp) {
    size_t *v = malloc((tp->nlinks ? tp->nlinks : 1) * sizeof *v);
    if (!v) return NULL;
    for (size_t i = 0; i < tp->nlinks; i++) v[i] = i;
    json_links_base = tp->links;
    qsort(v, tp->nlinks, sizeof *v, json_end_cmp);
    return v;
}

/* Cursors into the three streams; INT64_MAX when one is used up. */
typedef struct JsonMerge {
    size_t span, start, end;
} JsonMerge;

static int64_t json_next_ts(const JsonMerge *g, const TraceProcs *tp, const size_t *ends, int *which) {
    int64_t t[3] = {g->span < tp->nspans ? tp->spans[g->span].ts : INT64_MAX,
                    g->start < tp->nlinks ? tp->links[g->start].ts0 : INT64_MAX,
                    g->end < tp->nlinks ? tp->links[ends[g->end]].ts1 : INT64_MAX};
    *which = t[1] < t[0] ? (t[2] < t[1] ? 2 : 1) : (t[2] < t[0] ? 2 : 0);
    return t[*which];
}

/* Writes the next event of the goroutines process (stream `which`). */
static void json_goroutine_next(JsonOut *o, JsonMerge *g, int which, const TraceProcs *tp, const size_t *ends,
                                const TraceEvent *ev) {
    if (which == 0) json_span(o, &tp->spans[g->span++], ev);
    else if (which == 1) json_link_end(o, &tp->links[g->start], g->start, true, ev), g->start++;
    else json_link_end(o, &tp->links[ends[g->end]], ends[g->end], false, ev), g->end++;
}

void trace_write_json(FILE *f, const TraceEvent *ev, size_t n, const TraceMeta *m) {
    JsonOut *o = malloc(sizeof(JsonOut));
    o->f = f;
    o->n = 0;
    int max_track = m->workers - 1;
    bool timer_track = false;
    for (size_t i = 0; i < n; i++) {
        if (ev[i].track > max_track) max_track = ev[i].track;
        if (ev[i].track < 0) timer_track = true;
    }
    json_meta(o, m, max_track, timer_track);
    TraceProcs tp;
    size_t *ends = NULL;
    if (trace_procs_build(&tp, ev, n, m->end_ts) && (ends = json_link_ends(&tp))) json_goroutine_meta(o, &tp);
    else trace_procs_free(&tp); /* out of memory: the worker tracks only */
    /* both processes' events, merged in time order */
    JsonMerge g = {0};
    for (size_t i = 0;;) {
        int which;
        int64_t t = json_next_ts(&g, &tp, ends, &which);
        if (i < n && ev[i].ts <= t) json_event(o, &ev[i++]);
        else if (t != INT64_MAX) json_goroutine_next(o, &g, which, &tp, ends, ev);
        else break;
    }
    free(ends);
    trace_procs_free(&tp);
    JO_LIT(o, "\n],\n\"displayTimeUnit\":\"ns\",\n\"otherData\":{\"program\":");
    jo_str(o, m->program);
    char tail[256];
    int k = snprintf(tail, sizeof tail, ",\"workers\":%d", m->workers);
    jo_put(o, tail, (size_t)k);
    if (m->seeded) {
        k = snprintf(tail, sizeof tail, ",\"seed\":%llu", (unsigned long long)m->seed);
        jo_put(o, tail, (size_t)k);
    }
    k = snprintf(tail, sizeof tail, ",\"duration_ns\":%lld,\"events\":%zu,\"truncated\":%s}}\n", (long long)m->end_ts, n,
                 m->truncated ? "true" : "false");
    jo_put(o, tail, (size_t)k);
    jo_flush(o);
    free(o);
}
