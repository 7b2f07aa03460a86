/* trace_detail.c: what --trace FILE.html records beside the schedule.
 *
 * The JSON and SVG pictures need only when each goroutine ran, blocked and
 * was woken (trace.c). The HTML viewer (trace_html.c) replays the run step
 * by step and shows, at every step, what a teacher would draw on the
 * board: the line each goroutine is on and its stack, each channel's
 * length and buffered values, each lock's holder, each WaitGroup's
 * counter, and at a deadlock the wait-for cycle. Those facts are recorded
 * here as TR_DETAIL events whose payload (a TraceDetail) lives in a side
 * table, since a raw event has one 64-bit word to spare.
 *
 * Cost: nothing unless the trace is HTML (trace_detail_on), and nothing at
 * all with tracing off: every hook is reached from a branch that exists
 * anyway (trace_on in the channel hand-off and slice paths, ctl_touch's
 * test for Mutex) or from a path that already holds an OS lock (RWMutex,
 * WaitGroup). The side table is appended under one mutex: a traced run
 * is slower, not different.
 *
 * Objects are numbered from 1 in order of first sight: a channel keeps its
 * number in the Chan, a lock or WaitGroup (slots of the program's own
 * struct) in a pointer table (an address the collector frees and reuses
 * would keep the old number: a known limit). A channel's first sight also
 * records its capacity and the line that made it (TD_CHAN_NEW).
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../stdlib/fmt.h"
#include "../util/buf.h"
#include "chan_impl.h"
#include "ctl.h"
#include "deadlock.h"
#include "trace.h"

bool trace_detail_on;

/* A recorded value is cut here (bytes of its %v text). */
#define TD_VALUE_MAX 48
/* Past this many details recording stops (the raw event cap stops first). */
#define TD_MAX (8u << 20)

static pthread_mutex_t td_lock = PTHREAD_MUTEX_INITIALIZER;
static TraceDetail *details;
static size_t ndetails, cap_details;
static int32_t next_obj = 1;

/* ---------- growable arrays (malloc: the collector never sees them) ---------- */

static bool td_grow(void **v, size_t *cap, size_t n, size_t size) {
    if (n < *cap) return true;
    size_t nc = *cap ? *cap * 2 : 1024;
    void *nv = realloc(*v, nc * size);
    if (!nv) return false;
    *v = nv, *cap = nc;
    return true;
}

/* ---------- stacks, interned ---------- */

static char **stacks;
static size_t nstacks, cap_stacks;
static int32_t *stack_slots; /* open addressing: stack index + 1, 0 empty */
static size_t nslots;

static uint64_t td_hash(const char *s) {
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 1099511628211ULL;
    return h;
}

/* The index of stack text s (copied on first sight); td_lock held. */
static int32_t td_stack_id(const char *s) {
    if (nstacks * 2 >= nslots) {
        size_t ns = nslots ? nslots * 2 : 4096;
        int32_t *t = calloc(ns, sizeof *t);
        if (!t) return -1;
        for (size_t i = 0; i < nstacks; i++) {
            size_t j = td_hash(stacks[i]) & (ns - 1);
            while (t[j]) j = (j + 1) & (ns - 1);
            t[j] = (int32_t)i + 1;
        }
        free(stack_slots);
        stack_slots = t, nslots = ns;
    }
    size_t j = td_hash(s) & (nslots - 1);
    for (; stack_slots[j]; j = (j + 1) & (nslots - 1))
        if (strcmp(stacks[stack_slots[j] - 1], s) == 0) return stack_slots[j] - 1;
    if (!td_grow((void **)&stacks, &cap_stacks, nstacks, sizeof *stacks)) return -1;
    stacks[nstacks] = strdup(s);
    stack_slots[j] = (int32_t)++nstacks;
    return (int32_t)nstacks - 1;
}

/* ---------- where a process is ---------- */

static bool td_library(const Func *fn) { return fn->file && fn->file[0] == '$'; }

static int td_line_at(const Func *fn, const Instr *pc) {
    return vm_line_of((Func *)fn, pc > fn->code ? pc - 1 : pc);
}

/* The innermost frame in the program's own code (not a package's prelude). */
static Frame *td_user_frame(Proc *p) {
    for (int i = p ? p->nframes - 1 : -1; i >= 0; i--) {
        Frame *f = &p->frames[i];
        if (f->fn && f->fn->code && !td_library(f->fn)) return f;
    }
    return NULL;
}

/* What the code calls the object of the operation p is doing, when p's
 * own code does it (a Done, through the prelude's Add, names nothing). */
static const char *td_site_name(Proc *p, Frame *f) {
    if (!f || f != &p->frames[p->nframes - 1]) return NULL;
    return deadlock_site_text(f->fn, f->pc);
}

/* p's frames as text, innermost first, as proc_traceback names them. */
static void td_stack_text(Proc *p, char *out, size_t size) {
    size_t len = 0;
    out[0] = 0;
    for (int i = p->nframes - 1; i >= 0 && len + 1 < size; i--) {
        Frame *f = &p->frames[i];
        if (!f->fn || !f->fn->code || strcmp(f->fn->name, "runtime.main") == 0) continue;
        int k = snprintf(out + len, size - len, "%s\t%s:%d\n", f->fn->name, f->fn->file ? f->fn->file : "?",
                         td_line_at(f->fn, f->pc));
        if (k < 0) break;
        len += (size_t)k;
    }
    if (len >= size) out[size - 1] = 0;
}

/* ---------- recording ---------- */

/* Appends d for goroutine `proc` (its stack and line from p when given). */
static void td_add(TraceDetail d, Proc *p, int64_t proc) {
    char text[2048];
    Frame *f = p ? td_user_frame(p) : NULL;
    if (f && !d.line) d.line = td_line_at(f->fn, f->pc);
    if (f && !d.name && (d.op >= TD_SEND && d.op <= TD_WG)) {
        const char *name = td_site_name(p, f);
        d.name = name && !strchr(name, '\n') ? name : NULL; /* a select names all its cases */
    }
    if (p && p->nframes) td_stack_text(p, text, sizeof text);
    pthread_mutex_lock(&td_lock);
    d.stack = p && p->nframes ? td_stack_id(text) : -1;
    bool ok = ndetails < TD_MAX && td_grow((void **)&details, &cap_details, ndetails, sizeof *details);
    size_t at = ndetails;
    if (ok) details[ndetails++] = d;
    pthread_mutex_unlock(&td_lock);
    if (ok) trace_put(TR_DETAIL, proc, (int64_t)at);
    else free(d.text);
}

/* v as %v writes it, cut to TD_VALUE_MAX bytes (at a character boundary). */
static char *td_value(Type *t, const Slot *v) {
    Buf b;
    buf_init(&b);
    fmt_value_plain(&b, t, *v);
    size_t n = b.len;
    if (n > TD_VALUE_MAX) {
        n = TD_VALUE_MAX;
        while (n > 0 && ((uint8_t)b.data[n] & 0xc0) == 0x80) n--;
    }
    char *s = malloc(n + 4);
    if (!s) return NULL;
    if (n) memcpy(s, b.data, n); /* an empty string's buffer may be NULL */
    strcpy(s + n, n < b.len ? "\xe2\x80\xa6" : ""); /* … */
    return s;
}

static int32_t td_obj_no(const void *ptr);

/* c's number; the first time, a TD_CHAN_NEW with its capacity and birth line. */
static int32_t td_chan_no(Chan *c) {
    int32_t no = __atomic_load_n(&c->trace_no, __ATOMIC_ACQUIRE);
    if (no) return no;
    pthread_mutex_lock(&td_lock);
    no = c->trace_no;
    if (!no) __atomic_store_n(&c->trace_no, no = next_obj++, __ATOMIC_RELEASE);
    else no = -no; /* another thread numbered it first */
    pthread_mutex_unlock(&td_lock);
    if (no < 0) return -no;
    int line = c->made_fn && c->made_fn->code ? td_line_at(c->made_fn, c->made_pc) : 0;
    td_add((TraceDetail){.op = TD_CHAN_NEW, .obj = no, .n = c->cap, .line = line}, NULL, 0);
    return no;
}

void trace_chan_op(Chan *c, Proc *p, int op, bool buffered, const Slot *v, int64_t len) {
    if (!trace_detail_on || !c) return;
    int32_t no = td_chan_no(c);
    td_add((TraceDetail){.op = (uint8_t)op, .flags = buffered ? TD_BUFFERED : 0, .obj = no, .n = len,
                         .text = v ? td_value(c->elem, v) : NULL},
           p, p ? p->id : 0);
}

/* ---------- locks and wait groups, numbered by address ---------- */

typedef struct TdObj {
    const void *ptr;
    int32_t no;
} TdObj;
static TdObj *objs;
static size_t nobjs, obj_slots;

static int32_t td_obj_no(const void *ptr) {
    pthread_mutex_lock(&td_lock);
    if (nobjs * 2 >= obj_slots) {
        size_t ns = obj_slots ? obj_slots * 2 : 256;
        TdObj *t = calloc(ns, sizeof *t);
        if (!t) {
            pthread_mutex_unlock(&td_lock);
            return 0;
        }
        for (size_t i = 0; i < obj_slots; i++)
            if (objs[i].ptr) {
                size_t j = ((uintptr_t)objs[i].ptr >> 3) * 0x9e3779b97f4a7c15ULL >> 20 & (ns - 1);
                while (t[j].ptr) j = (j + 1) & (ns - 1);
                t[j] = objs[i];
            }
        free(objs);
        objs = t, obj_slots = ns;
    }
    size_t j = ((uintptr_t)ptr >> 3) * 0x9e3779b97f4a7c15ULL >> 20 & (obj_slots - 1);
    while (objs[j].ptr && objs[j].ptr != ptr) j = (j + 1) & (obj_slots - 1);
    if (!objs[j].ptr) {
        objs[j] = (TdObj){ptr, next_obj++};
        nobjs++;
    }
    int32_t no = objs[j].no;
    pthread_mutex_unlock(&td_lock);
    return no;
}

void trace_lock_op(const void *lock, Proc *p, int op, int64_t readers) {
    if (!trace_detail_on) return;
    td_add((TraceDetail){.op = (uint8_t)op, .obj = td_obj_no(lock), .n = readers}, p, p ? p->id : 0);
}

/* ctl_touch's kinds that say something here: a channel's close (obj: the
 * Chan, touched before it closes) and a Mutex's Lock and Unlock (obj: its
 * slots {state, w, holder, fn, pc}; after a hand-off the holder is the
 * waiter Unlock chose, parked: only its number is known here). */
void trace_touch(const void *m, int kind) {
    if (!trace_detail_on) return;
    Proc *p = vm_current;
    switch (kind) {
    case CTL_CLOSE: {
        Chan *c = (Chan *)m;
        td_add((TraceDetail){.op = TD_CLOSE, .obj = td_chan_no(c), .n = c->count}, p, p ? p->id : 0);
        break;
    }
    case CTL_LOCK:
    case CTL_TRYLOCK: trace_lock_op(m, p, TD_LOCK, 0); break;
    case CTL_UNLOCK: trace_lock_op(m, p, TD_UNLOCK, 0); break;
    case CTL_UNLOCK_HAND: {
        int64_t next = ((const Slot *)m)[2].i;
        trace_lock_op(m, p, TD_UNLOCK, 0);
        td_add((TraceDetail){.op = TD_LOCK, .obj = td_obj_no(m)}, NULL, next);
        break;
    }
    default: break;
    }
}

void trace_wg(const void *wg, Proc *p, int64_t counter) {
    if (!trace_detail_on) return;
    td_add((TraceDetail){.op = TD_WG, .obj = td_obj_no(wg), .n = counter}, p, p ? p->id : 0);
}

/* The object p is parked on, numbered as its operations number it: a
 * channel (its wait record says which), a Mutex or WaitGroup (its slots,
 * Proc.wait_obj), an RWMutex (its wait record, in its first slot); 0 for
 * a select, a sleep, a Cond. */
static int32_t td_wait_obj(Proc *p) {
    const char *why = p->wait_reason ? p->wait_reason : "";
    if ((!strcmp(why, "chan send") || !strcmp(why, "chan receive")) && p->waiter && ((Waiter *)p->waiter)->c)
        return td_chan_no(((Waiter *)p->waiter)->c);
    if (!p->wait_obj) return 0;
    if (!strcmp(why, "sync.Mutex.Lock") || !strcmp(why, "sync.WaitGroup.Wait")) return td_obj_no(p->wait_obj);
    if (!strncmp(why, "sync.RWMutex.", 13)) {
        void *r = ((Slot *)p->wait_obj)[0].p;
        return r ? td_obj_no(r) : 0;
    }
    return 0;
}

void trace_stack(Proc *p, bool parked) {
    if (!trace_detail_on || !p->nframes) return;
    const char *name = NULL;
    Frame *f = parked ? td_user_frame(p) : NULL;
    if (f) name = td_site_name(p, f); /* a select's: its cases, one a line */
    td_add((TraceDetail){.op = TD_STACK, .name = name, .obj = parked ? td_wait_obj(p) : 0}, p, p->id);
}

void trace_cycle(int64_t proc, int64_t next, int cycle) {
    if (!trace_detail_on) return;
    td_add((TraceDetail){.op = TD_CYCLE, .obj = (int32_t)next, .n = cycle}, NULL, proc);
}

/* The report's text, its no-break marks (deadlock.c's NBSP) as spaces. */
void trace_report(const char *text) {
    if (!trace_detail_on || !text) return;
    char *s = strdup(text);
    if (!s) return;
    for (char *c = s; *c; c++)
        if (*c == '\x01') *c = ' ';
    td_add((TraceDetail){.op = TD_REPORT, .text = s}, NULL, 0);
}

const TraceDetail *trace_details(size_t *n) {
    *n = ndetails;
    return details;
}

const char *const *trace_stacks(size_t *n) {
    *n = nstacks;
    return (const char *const *)stacks;
}
