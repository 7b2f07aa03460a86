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
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "trace.h"

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

static void jo_head(JsonOut *o, const char *ph, int64_t ts, int track) {
    JO_LIT(o, ",\n{\"ph\":\"");
    jo_put(o, ph, 1);
    JO_LIT(o, "\",\"pid\":1,\"tid\":");
    jo_int(o, track < 0 ? 9999 : track);
    JO_LIT(o, ",\"ts\":");
    jo_us(o, ts);
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

static void json_block(JsonOut *o, const TraceEvent *e) {
    json_instant(o, e, "block", " blocks: ");
    jo_esc(o, e->name);
    json_args(o, e);
    JO_LIT(o, ",\"reason\":");
    jo_str(o, e->name);
    if (e->file) {
        JO_LIT(o, ",\"at\":\"");
        jo_esc(o, e->file);
        JO_LIT(o, ":");
        jo_int(o, e->line);
        JO_LIT(o, "\"");
    }
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
    for (size_t i = 0; i < n; i++) json_event(o, &ev[i]);
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
