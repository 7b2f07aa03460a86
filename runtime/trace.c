/* trace.c: recording the schedule for --trace, and its JSON form.
 *
 * Each thread appends events to its own chain of fixed-size chunks (never
 * reallocated, so the thread that ends the program can read every chain
 * while other workers may still be appending: a chunk's count is published
 * with a release store after the event is written). At exit the chains are
 * merged, sorted by time and written as Chrome's Trace Event Format
 * (trace_json.c) and/or an SVG picture: one lane per worker (trace_svg.c)
 * or per goroutine (trace_svg_procs.c; the default with one worker).
 *
 * Channel hand-offs become flows from the send to the receive: a value
 * handed to a parked receiver arrives when that receiver next runs; a
 * parked sender's value left when it blocked. A wake-up says whether it
 * was such a hand-off, and a start where its `go` statement is, so the
 * goroutine view (trace_procs.c) can tell an Unlock -> Lock from a value.
 */
#include <errno.h>
#include <pthread.h>
#include <sys/mman.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../util/buf.h"
#include "chan_impl.h"
#include "ctl.h"
#include "trace.h"

/* Recording is the hot part (a ping-pong hand-off records ~5 events), so
 * raw events are 24 bytes, stamped with the CPU's time-stamp counter where
 * there is one (converted to ns at exit), and kept in big chunks of
 * huge-page memory (fewer page faults). Strings are interned to 16-bit
 * indexes; a block's position is packed into its `x`. */
typedef struct RawEvent {
    int64_t ts;     /* clock ticks (see now_ticks) */
    int64_t x;      /* slice: dur; flow: id; wake: waker; start: name|parent; block: reason|file|line */
    uint32_t proc;
    uint8_t kind;
    uint8_t pad;
    int16_t track;
} RawEvent;

/* A raw event of the recorder's own: where the `go` statement of the
 * TR_START just before it was (x: file|line), folded into that TR_START's
 * TraceEvent when the trace is collected. */
#define RAW_GO_AT 200

#define CHUNK_BYTES (8u << 20)
/* Then recording stops: ~50 MB of raw events, ~250 MB of JSON for the
 * worker tracks and about as much again for the goroutine tracks (a
 * ping-pong's 1M events write 210 MB), which Perfetto's UI still loads. */
#define MAX_EVENTS (2u << 20)
static int64_t max_events = MAX_EVENTS; /* $CSP_TRACE_LIMIT overrides (tests) */

typedef struct TraceChunk {
    struct TraceChunk *next;
    size_t n; /* published with release stores */
    size_t cap, bytes;
    RawEvent ev[];
} TraceChunk;

typedef struct TraceBuf {
    struct TraceBuf *next;
    TraceChunk *first, *cur;
} TraceBuf;

#ifndef CSP_NO_TRACE
bool trace_on;
#endif
static __thread TraceBuf *my_buf;
static TraceBuf *all_bufs;
static pthread_mutex_t bufs_lock = PTHREAD_MUTEX_INITIALIZER;
static int64_t total_events, flow_ids;
static int truncated, finished;
static const char *out_path;
static TraceMeta meta;

/* ---------- interned strings ---------- */

#define MAX_STRINGS 4096
/* Big tables are malloc'd, not static: the collector scans static data at
 * every collection, traced or not. */
static const char **strings; /* MAX_STRINGS, from trace_start */
static int nstrings = 1; /* 0 = none */
static pthread_mutex_t strings_lock = PTHREAD_MUTEX_INITIALIZER;

/* ---------- the clock ---------- */

/* Ticks are TSC cycles (use_tsc), or ns of the monotonic clock, or in a
 * --seed run ns of the virtual clock: the program's own time, which
 * advances by each slice's length and jumps to timers, so a seeded trace
 * is the same file on every run. */
static bool use_tsc, use_virtual;
static int64_t start_ns, start_ticks;

static int64_t mono_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

#if defined(__x86_64__)
#include <x86intrin.h>
#define READ_TSC() (int64_t) __rdtsc()
#else
#define READ_TSC() mono_ns()
#endif

static inline int64_t now_ticks(void) {
    if (use_tsc) return READ_TSC();
    return use_virtual ? timer_now() : mono_ns();
}

static double ns_per_tick = 1.0;   /* set when the trace ends */

static int64_t ticks_to_ns(int64_t t) { return (int64_t)((double)(t - start_ticks) * ns_per_tick); }

void trace_start(const char *path, const char *program, int workers, bool seeded, uint64_t seed, TraceView view) {
    out_path = path;
    meta.view = view;
    meta.program = program;
    meta.workers = workers;
    meta.seeded = seeded;
    meta.seed = seed;
#if defined(__x86_64__)
    /* an invariant TSC ticks at a constant rate on every core */
    use_tsc = !seeded;
    FILE *ci = fopen("/proc/cpuinfo", "r");
    if (ci) {
        char line[4096];
        bool invariant = false;
        while (fgets(line, sizeof line, ci))
            if (strncmp(line, "flags", 5) == 0) {
                invariant = strstr(line, " constant_tsc") && strstr(line, " nonstop_tsc");
                break;
            }
        fclose(ci);
        use_tsc = use_tsc && invariant;
    } else use_tsc = false;
#endif
    use_virtual = seeded && timer_is_virtual();
    strings = calloc(MAX_STRINGS, sizeof(char *));
    const char *limit = getenv("CSP_TRACE_LIMIT");
    if (limit && atoll(limit) > 0) max_events = atoll(limit);
    meta.limit = max_events;
    /* the viewer's page wants the details too (trace_detail.c); Mutex
     * operations reach it through ctl_touch */
#ifndef CSP_NO_TRACE
    size_t plen = strlen(path);
    if (plen >= 5 && strcmp(path + plen - 5, ".html") == 0) trace_detail_on = ctl_observed = true;
#endif
    start_ns = mono_ns();
    start_ticks = now_ticks();
#ifdef CSP_NO_TRACE
    fprintf(stderr, "csp: this build has no tracing (built with CSP_NO_TRACE); --trace ignored\n");
#else
    trace_on = true;
#endif
}

static int intern(const char *s) {
    if (!s) return 0;
    int n = __atomic_load_n(&nstrings, __ATOMIC_ACQUIRE);
    for (int i = 1; i < n; i++)
        if (strings[i] == s) return i;
    pthread_mutex_lock(&strings_lock);
    int i;
    for (i = 1; i < nstrings && strings[i] != s; i++)
        ;
    if (i == nstrings && nstrings < MAX_STRINGS) {
        strings[i] = s;
        __atomic_store_n(&nstrings, nstrings + 1, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&strings_lock);
    return i < MAX_STRINGS ? i : 0;
}

/* ---------- recording ---------- */

/* Chunks grow from 256 KB to 8 MB and are populated when mapped: one
 * system call instead of a page fault every 170 events. */
static TraceChunk *chunk_new(size_t prev_bytes) {
    size_t bytes = prev_bytes ? prev_bytes * 2 : (256u << 10);
    if (bytes > CHUNK_BYTES) bytes = CHUNK_BYTES;
    void *m = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (m == MAP_FAILED) return NULL;
    TraceChunk *c = m;
    c->next = NULL;
    c->n = 0;
    c->cap = (bytes - offsetof(TraceChunk, ev)) / sizeof(RawEvent);
    c->bytes = bytes;
    return c;
}

static TraceBuf *buf_register(void) {
    TraceBuf *b = calloc(1, sizeof(TraceBuf));
    b->first = b->cur = chunk_new(0);
    pthread_mutex_lock(&bufs_lock);
    TraceBuf **tail = &all_bufs; /* in order of registration: ties sort stably */
    while (*tail) tail = &(*tail)->next;
    *tail = b;
    pthread_mutex_unlock(&bufs_lock);
    return my_buf = b;
}

static void put_id(int kind, int track, int64_t id, int64_t ts, int64_t x);

static void put(int kind, int track, Proc *p, int64_t ts, int64_t x) { put_id(kind, track, p ? p->id : 0, ts, x); }

void trace_put(int kind, int64_t proc, int64_t x) {
    Proc *cur = vm_current;
    put_id(kind, cur ? cur->trace_track : TRACE_TRACK_TIMER, proc, now_ticks(), x);
}

void trace_source(const char *src, size_t len) {
    char *s = malloc(len + 1);
    if (!s) return;
    if (len) memcpy(s, src, len);
    s[len] = 0;
    meta.source = s;
}

static void put_id(int kind, int track, int64_t id, int64_t ts, int64_t x) {
    TraceBuf *b = my_buf ? my_buf : buf_register();
    TraceChunk *c = b->cur;
    if (csp_unlikely(!c)) return;
    if (csp_unlikely(c->n == c->cap)) {
        if (__atomic_add_fetch(&total_events, (int64_t)c->cap, __ATOMIC_RELAXED) > max_events) {
            __atomic_store_n(&truncated, 1, __ATOMIC_RELAXED);
            return;
        }
        TraceChunk *nc = chunk_new(c->bytes);
        if (!nc) return;
        __atomic_store_n(&c->next, nc, __ATOMIC_RELEASE);
        b->cur = c = nc;
    }
    c->ev[c->n] = (RawEvent){.ts = ts, .x = x, .proc = (uint32_t)id, .kind = (uint8_t)kind, .track = (int16_t)track};
    __atomic_store_n(&c->n, c->n + 1, __ATOMIC_RELEASE);
}

/* The function a process was started with; goroutine 1 runs the package
 * initialisers, then main.main, and is called that, as Go does. */
static const char *proc_name(Proc *p) {
    if (p->id == 1) return "main.main";
    return p->entry && p->entry->fn ? p->entry->fn->name : "?";
}

int64_t trace_slice_begin(Proc *p, int track) {
    int64_t t0 = now_ticks();
    p->trace_track = track;
    if (p->trace_flow_in) {
        put(TR_FLOW_IN, track, p, t0, p->trace_flow_in);
        p->trace_flow_in = 0;
    }
    p->trace_handed = false;
    if (trace_detail_on) trace_stack(p, false); /* where it resumes */
    return t0;
}

/* file | line of the instruction p last ran (its saved pc is past it),
 * packed into the low 48 bits of an int64. */
static int64_t saved_position(Proc *p) {
    int64_t file = 0, line = 0;
    if (p && p->nframes) {
        Frame *f = &p->frames[p->nframes - 1];
        if (f->fn && f->fn->code) {
            file = intern(f->fn->file);
            line = vm_line_of(f->fn, f->pc > f->fn->code ? f->pc - 1 : f->pc);
        }
    }
    return file << 32 | (line & 0xffffffff);
}

/* reason | file | line of where p waits, packed into one int64. */
static int64_t wait_position(Proc *p) {
    int64_t reason = intern(p->wait_reason ? p->wait_reason : "waiting");
    return reason << 48 | saved_position(p);
}

void trace_slice_end(Proc *p, int track, int64_t t0, int status) {
    int64_t t1 = now_ticks();
    /* A slice ends a nanosecond before the next can start (virtual-time
     * slices would otherwise touch), so an event at a boundary, such as a
     * value arriving as a slice starts, belongs to one slice only. */
    int64_t gap = use_tsc ? 4 : 1;
    if (t1 - t0 > 3 * gap) t1 -= gap;
    else if (t1 <= t0) t1 = t0 + 1;
    put(TR_SLICE, track, p, t0, t1 - t0);
    if (trace_detail_on && status != VM_DONE) trace_stack(p, status == VM_PARK); /* where it stopped */
    int64_t last = t1 - t0 > gap ? t1 - gap : t0; /* the slice's last moment */
    if (status == VM_PARK) {
        /* inside the slice, so a flow from this (parked) sender binds to it */
        p->trace_park_ts = last;
        put(TR_BLOCK, track, p, last, wait_position(p));
    } else if (status == VM_DONE)
        put(TR_END, track, p, last, 0);
}

/* x: the other goroutine (24 bits), file (16), line (24). */
void trace_race(int64_t proc, int64_t other, const char *file, int line) {
    Proc *cur = vm_current;
    int64_t x = (other & 0xffffff) << 40 | intern(file ? file : "?") << 24 | (line & 0xffffff);
    put_id(TR_RACE, cur ? cur->trace_track : TRACE_TRACK_TIMER, proc, now_ticks(), x);
}

/* x: the waker's id | TRACE_WAKE_HANDOFF << 48 when a channel value was
 * handed to p (flow pending) or taken from it while it was parked. */
void trace_wake(Proc *p, Proc *by, int track) {
    int64_t handoff = p->trace_flow_in || p->trace_handed ? TRACE_WAKE_HANDOFF : 0;
    p->trace_handed = false;
    put(TR_WAKE, track, p, now_ticks(), handoff << 48 | (by ? by->id : 0));
}

/* The start, then (for a process started by another) where its `go`
 * statement is: the parent's saved pc, as the VM saves it before spawning. */
void trace_proc_start(Proc *p, Proc *parent, int track) {
    int64_t ts = now_ticks();
    put(TR_START, track, p, ts, (int64_t)intern(proc_name(p)) << 48 | (parent ? parent->id : 0));
    if (parent) put(RAW_GO_AT, track, p, ts, saved_position(parent));
}

int64_t trace_flow_out(Proc *from) {
    if (!from) return 0; /* the runtime (a timer) sent it: no slice to start from */
    int64_t id = __atomic_add_fetch(&flow_ids, 1, __ATOMIC_RELAXED);
    if (from != vm_current) from->trace_handed = true; /* a parked sender: its wake-up is this hand-off */
    put(TR_FLOW_OUT, from->trace_track, from, from == vm_current ? now_ticks() : from->trace_park_ts, id);
    return id;
}

void trace_flow_in(Proc *to, int64_t id) {
    if (!id || !to) return;
    if (to == vm_current) put(TR_FLOW_IN, to->trace_track, to, now_ticks(), id);
    else to->trace_flow_in = id; /* emitted when it next runs */
}

/* Buffered channels remember each queued value's flow id. */
void trace_chan_put(Chan *c, int64_t index, int64_t id) {
    if (!c->trace_ids) c->trace_ids = csp_alloc_atomic(sizeof(int64_t) * (size_t)c->cap);
    c->trace_ids[index] = id;
}

int64_t trace_chan_get(Chan *c, int64_t index) { return c->trace_ids ? c->trace_ids[index] : 0; }

/* ---------- merging and writing ---------- */

/* Sorts events by time (at one instant, a slice before the events inside
 * it), stably: an LSD radix sort of (key, index) pairs, as a million
 * events would keep a comparison sort busy longer than the writing. */
typedef struct SortKey {
    uint64_t key;
    uint32_t index;
} SortKey;

static void sort_events(TraceEvent *ev, size_t n) {
    SortKey *a = malloc(sizeof(SortKey) * (n ? n : 1)), *b = malloc(sizeof(SortKey) * (n ? n : 1));
    uint64_t max = 0;
    for (size_t i = 0; i < n; i++) {
        int64_t ts = ev[i].ts < 0 ? 0 : ev[i].ts;
        a[i] = (SortKey){(uint64_t)ts << 1 | (ev[i].kind != TR_SLICE), (uint32_t)i};
        if (a[i].key > max) max = a[i].key;
    }
    size_t *count = malloc(sizeof(size_t) << 16);
    for (int shift = 0; shift < 64 && (max >> shift); shift += 16) {
        memset(count, 0, sizeof(size_t) << 16);
        for (size_t i = 0; i < n; i++) count[(a[i].key >> shift) & 0xffff]++;
        size_t sum = 0;
        for (size_t d = 0; d < (1 << 16); d++) {
            size_t c = count[d];
            count[d] = sum;
            sum += c;
        }
        for (size_t i = 0; i < n; i++) b[count[(a[i].key >> shift) & 0xffff]++] = a[i];
        SortKey *t = a;
        a = b;
        b = t;
    }
    free(count);
    TraceEvent *sorted = malloc(sizeof(TraceEvent) * (n ? n : 1));
    for (size_t i = 0; i < n; i++) sorted[i] = ev[a[i].index];
    memcpy(ev, sorted, sizeof(TraceEvent) * n);
    free(sorted);
    free(a);
    free(b);
}

/* Per goroutine id, from its TR_START and RAW_GO_AT: what collect's
 * expand gives each of its events. */
typedef struct ProcNote {
    const char *name;
    int64_t go_at; /* file|line of its `go` statement, 0 if unknown */
} ProcNote;

/* Expands raw events into the writers' form: ns times, names. */
static void expand(const RawEvent *r, TraceEvent *e, const ProcNote *notes, int64_t nnotes) {
    *e = (TraceEvent){.ts = ticks_to_ns(r->ts), .proc = r->proc, .kind = r->kind, .track = r->track};
    switch (r->kind) {
    case TR_SLICE:
        /* the end converted as a time, so events stamped inside stay inside */
        e->dur = ticks_to_ns(r->ts + r->x) - e->ts;
        if (e->dur < 1) e->dur = 1;
        break;
    case TR_BLOCK:
        e->name = strings[(r->x >> 48) & 0xffff];
        e->file = strings[(r->x >> 32) & 0xffff];
        e->line = (int32_t)(r->x & 0xffffffff);
        break;
    case TR_START:
        e->other = r->x & 0xffffffffffffLL;
        if ((int64_t)r->proc < nnotes && notes[r->proc].go_at) {
            e->file = strings[(notes[r->proc].go_at >> 32) & 0xffff];
            e->line = (int32_t)(notes[r->proc].go_at & 0xffffffff);
        }
        break;
    case TR_WAKE:
        e->other = r->x & 0xffffffffffffLL;
        e->flags = (uint8_t)(r->x >> 48);
        break;
    case TR_RACE:
        e->other = (r->x >> 40) & 0xffffff;
        e->file = strings[(r->x >> 24) & 0xffff];
        e->line = (int32_t)(r->x & 0xffffff);
        break;
    default: e->other = r->x; break;
    }
    if (r->kind == TR_SLICE || r->kind == TR_START || r->kind == TR_END)
        e->name = (int64_t)r->proc < nnotes && notes[r->proc].name ? notes[r->proc].name : "?";
}

static TraceEvent *collect(size_t *count) {
    size_t n = 0;
    int64_t maxproc = 1;
    pthread_mutex_lock(&bufs_lock);
    for (TraceBuf *b = all_bufs; b; b = b->next)
        for (TraceChunk *c = b->first; c; c = __atomic_load_n(&c->next, __ATOMIC_ACQUIRE)) {
            size_t k = __atomic_load_n(&c->n, __ATOMIC_ACQUIRE);
            n += k;
            for (size_t i = 0; i < k; i++)
                if (c->ev[i].proc > maxproc) maxproc = c->ev[i].proc;
        }
    /* each process's name and `go` statement, from its start events */
    ProcNote *notes = calloc((size_t)maxproc + 1, sizeof(ProcNote));
    for (TraceBuf *b = all_bufs; b; b = b->next)
        for (TraceChunk *c = b->first; c; c = __atomic_load_n(&c->next, __ATOMIC_ACQUIRE))
            for (size_t i = 0, k = __atomic_load_n(&c->n, __ATOMIC_ACQUIRE); i < k; i++) {
                const RawEvent *r = &c->ev[i];
                if (r->kind == TR_START) notes[r->proc].name = strings[(r->x >> 48) & 0xffff];
                else if (r->kind == RAW_GO_AT) notes[r->proc].go_at = r->x; /* folded into the TR_START */
            }
    TraceEvent *all = malloc(sizeof(TraceEvent) * (n ? n : 1));
    size_t j = 0;
    for (TraceBuf *b = all_bufs; b; b = b->next)
        for (TraceChunk *c = b->first; c; c = __atomic_load_n(&c->next, __ATOMIC_ACQUIRE)) {
            size_t k = __atomic_load_n(&c->n, __ATOMIC_ACQUIRE);
            for (size_t i = 0; i < k && j < n; i++)
                if (c->ev[i].kind != RAW_GO_AT) expand(&c->ev[i], &all[j++], notes, maxproc + 1);
        }
    pthread_mutex_unlock(&bufs_lock);
    free(notes);
    sort_events(all, j);
    *count = j;
    return all;
}

static bool has_suffix(const char *s, const char *suf) {
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcmp(s + a - b, suf) == 0;
}

static void write_file(const char *path, void (*writer)(FILE *, const TraceEvent *, size_t, const TraceMeta *),
                       const TraceEvent *ev, size_t n) {
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "csp: cannot write trace %s: %s\n", path, strerror(errno));
        return;
    }
    char *iobuf = malloc(1 << 20);
    if (iobuf) setvbuf(f, iobuf, _IOFBF, 1 << 20);
    writer(f, ev, n, &meta);
    if (fclose(f) != 0) fprintf(stderr, "csp: cannot write trace %s: %s\n", path, strerror(errno));
    free(iobuf);
}

void trace_finish(void) {
    if (__atomic_exchange_n(&finished, 1, __ATOMIC_ACQ_REL)) return;
    int64_t end_ticks = now_ticks(), end_ns = mono_ns();
#ifndef CSP_NO_TRACE
    __atomic_store_n(&trace_on, false, __ATOMIC_RELEASE);
#endif
    if (use_tsc && end_ticks > start_ticks) ns_per_tick = (double)(end_ns - start_ns) / (double)(end_ticks - start_ticks);
    size_t n;
    TraceEvent *ev = collect(&n);
    meta.end_ts = ticks_to_ns(end_ticks);
    meta.truncated = truncated != 0;
    bool json = has_suffix(out_path, ".json"), svg = has_suffix(out_path, ".svg");
    /* the picture that fits: by goroutine when one worker runs them all */
    bool procs = meta.view == TRACE_VIEW_PROCS || (meta.view == TRACE_VIEW_AUTO && meta.workers == 1);
    void (*svg_writer)(FILE *, const TraceEvent *, size_t, const TraceMeta *) =
        procs ? trace_write_svg_procs : trace_write_svg;
    if (has_suffix(out_path, ".html")) write_file(out_path, trace_write_html, ev, n);
    else if (json || svg) write_file(out_path, json ? trace_write_json : svg_writer, ev, n);
    else {
        write_file(csp_sprintf("%s.json", out_path), trace_write_json, ev, n);
        write_file(csp_sprintf("%s.svg", out_path), svg_writer, ev, n);
    }
    if (truncated)
        fprintf(stderr, "csp: the trace stopped recording after %zu events (the limit is about %lld)\n", n,
                (long long)max_events);
    free(ev);
}
