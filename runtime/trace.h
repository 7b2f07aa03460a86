/* trace.h: recording the schedule (--trace FILE) and writing it out.
 *
 * While a traced program runs, the scheduler and channels append events to
 * per-thread buffers (runtime/trace.c); when the program ends, they are
 * merged in time order and written as Chrome's Trace Event Format JSON
 * (trace.c, for Perfetto) and/or a self-contained SVG timeline
 * (runtime/trace_svg.c, or trace_svg_procs.c by goroutine), or a page that
 * replays the run beside the source (trace_html.c; for it trace_detail.c
 * also records values, holders, counters and stacks). Recording is off
 * unless trace_on is set: every hook is one predictable branch on a global.
 *
 * Times are nanoseconds since the trace started (in a --seed run, of the
 * program's virtual clock, so the trace is the same on every run and a
 * Sleep shows as a gap). A "track" is a worker
 * thread: 0..W-1; TRACE_TRACK_TIMER for the timer thread and others.
 */
#ifndef CSP_TRACE_H
#define CSP_TRACE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../vm/vm.h"

#define TRACE_TRACK_TIMER (-1)

typedef enum TraceKind {
    TR_SLICE,     /* proc ran on track from ts for dur ns; name = its function */
    TR_BLOCK,     /* proc blocked at ts: name = reason ("chan receive"), file:line */
    TR_WAKE,      /* proc was made runnable at ts by `other` (0: the runtime, e.g. a timer);
                   * flags TRACE_WAKE_HANDOFF when a channel value went to or from it */
    TR_FLOW_OUT,  /* a channel value left proc at ts (a send); `other` = flow id */
    TR_FLOW_IN,   /* the value with flow id `other` reached proc at ts (its receive) */
    TR_START,     /* proc was created at ts by `other` (0 for main); name = its function,
                   * file:line = the `go` statement (NULL for main) */
    TR_END,       /* proc finished at ts */
    TR_RACE,      /* --race: proc's access at file:line races with goroutine `other` */
    TR_DETAIL,    /* FILE.html only: what the viewer shows beside the schedule (a channel
                   * operation, a lock changing hands, a WaitGroup counter, a stack...):
                   * `other` indexes trace_details() (see TraceDetail) */
} TraceKind;

typedef struct TraceEvent {
    int64_t ts;           /* ns since the start of the trace */
    int64_t dur;          /* TR_SLICE only */
    int64_t proc;         /* process id (goroutine number) */
    int64_t other;        /* see TraceKind */
    const char *name;     /* function name or block reason (static or GC-immortal) */
    const char *file;     /* TR_BLOCK, TR_START, TR_RACE: source position; may be NULL */
    int32_t line;
    uint8_t kind;         /* TraceKind */
    uint8_t flags;        /* TR_WAKE: TRACE_WAKE_HANDOFF */
    int16_t track;        /* worker id, or TRACE_TRACK_TIMER */
} TraceEvent;

/* The wake-up came with a channel hand-off (a value given to the parked
 * receiver, or the parked sender's value taken), already drawn as that
 * flow; without it a wake-up by a goroutine is an Unlock, a Done, a
 * Signal or a close. */
#define TRACE_WAKE_HANDOFF 1

/* Which SVG picture --trace draws (--view): lanes per goroutine or per
 * worker thread; AUTO picks goroutines for one worker (--seed too). */
typedef enum TraceView { TRACE_VIEW_AUTO, TRACE_VIEW_PROCS, TRACE_VIEW_WORKERS } TraceView;

/* What the writers print as the trace's title and metadata. */
typedef struct TraceMeta {
    const char *program;  /* the file name as given */
    int workers;          /* W */
    bool seeded;
    uint64_t seed;
    int64_t end_ts;       /* ns: when the program ended */
    bool truncated;       /* the event cap was reached: later events are missing */
    TraceView view;       /* --view */
    const char *source;   /* the program's text (NULL: unknown), for FILE.html */
    int64_t limit;        /* the event cap in force */
} TraceMeta;

/* What a TR_DETAIL event says (runtime/trace_detail.c records them, only
 * for --trace FILE.html, so the other formats and their cost are unchanged). */
typedef enum TraceDetailOp {
    TD_CHAN_NEW = 1, /* first sight of channel obj: n = cap, line = where it was made */
    TD_SEND,         /* proc's value `text` went into channel obj (TD_BUFFERED: into its buffer;
                      * else straight to a receiver); n = len after */
    TD_RECV,         /* proc received `text` from obj (TD_BUFFERED: out of the buffer); n = len after */
    TD_CLOSE,        /* proc closed obj */
    TD_LOCK,         /* proc holds lock obj now (Mutex, or an RWMutex's writer) */
    TD_UNLOCK,       /* proc let go of lock obj */
    TD_RLOCK,        /* proc read-locked RWMutex obj; n = readers after */
    TD_RUNLOCK,      /* proc read-unlocked obj; n = readers after */
    TD_WG,           /* WaitGroup obj's counter is n after proc's Add/Done */
    TD_STACK,        /* proc's stack at this moment (a slice's start or end); when it
                      * blocked, name: what the code calls what it waits on, obj: its
                      * number (0: a select, a sleep...) */
    TD_CYCLE,        /* the deadlock report put proc in wait-for cycle n, waiting for goroutine obj */
    TD_REPORT,       /* the deadlock report's explanation, in text */
} TraceDetailOp;

#define TD_BUFFERED 1

typedef struct TraceDetail {
    uint8_t op;        /* TraceDetailOp */
    uint8_t flags;     /* TD_BUFFERED */
    int32_t obj;       /* channel, lock or WaitGroup number (from 1), TD_CYCLE: a goroutine */
    int32_t stack;     /* index into trace_stacks() of proc's stack then, -1: none */
    int32_t line;      /* the line in the program's own code it happened at, 0: unknown */
    int64_t n;         /* see TraceDetailOp */
    const char *name;  /* what the code calls obj there (`ch`, `c.mu`), may be NULL; static */
    char *text;        /* a value as %v writes it (cut at 48 bytes), a report; malloc'd, may be NULL */
} TraceDetail;

/* The details and stacks recorded (valid in trace_finish's writers). A
 * stack is a string of frames, innermost first, "func\tfile:line\n" each. */
const TraceDetail *trace_details(size_t *n);
const char *const *trace_stacks(size_t *n);

#ifdef CSP_NO_TRACE
#define trace_on false /* `make notrace-build`: every hook compiled out (bench/) */
#else
extern bool trace_on;
#endif

/* Starts recording; the files are written by trace_finish. PATH ending in
 * .json, .svg or .html selects that format; any other PATH writes
 * PATH.json and PATH.svg. */
void trace_start(const char *path, const char *program, int workers, bool seeded, uint64_t seed, TraceView view);
/* Writes the trace files (once; called when the program exits). */
void trace_finish(void);

/* Hooks (call only when trace_on). track = worker id of the calling thread. */
/* A worker starts running p (emits a value that reached p while parked);
 * returns the start time for trace_slice_end. */
int64_t trace_slice_begin(Proc *p, int track);
/* p's stretch ended with vm_run status `status` (blocked, finished...). */
void trace_slice_end(Proc *p, int track, int64_t t0, int status);
void trace_wake(Proc *p, Proc *by, int track);
void trace_proc_start(Proc *p, Proc *parent, int track);
/* A channel value leaves `from` (trace_flow_out returns its flow id; 0 when
 * a timer sent it) and reaches `to` (trace_flow_in). Either may be running
 * on this thread or parked: a parked sender's send happened when it
 * blocked, a parked receiver's receive happens when it next runs. A value
 * put into a buffer keeps its id there (trace_chan_put) until taken out. */
int64_t trace_flow_out(Proc *from);
void trace_flow_in(Proc *to, int64_t id);

/* --race found a race: goroutine proc's access at file:line conflicts with
 * one of goroutine other (one event for each side, on this thread's track). */
void trace_race(int64_t proc, int64_t other, const char *file, int line);

/* --trace FILE.html: the details the viewer shows (runtime/trace_detail.c).
 * Call only when trace_on; each does nothing unless the trace is HTML.
 * The hooks sit where tracing already branches (channel hand-offs, slice
 * boundaries), behind ctl_touch's existing test (Mutex), or in paths that
 * already take an OS lock (RWMutex, WaitGroup). */
extern bool trace_detail_on;
struct Chan;

/* A value moved through c: TD_SEND or TD_RECV by p (NULL: a timer). */
void trace_chan_op(struct Chan *c, Proc *p, int op, bool buffered, const Slot *v, int64_t len_after);
/* Lock `lock` changed hands: TD_LOCK... by goroutine `proc`; readers after for RLOCK/RUNLOCK. */
void trace_lock_op(const void *lock, Proc *p, int op, int64_t readers);
/* An operation seen by ctl_touch (runtime/ctl.h's kinds): a close, a Mutex's. */
void trace_touch(const void *obj, int ctl_kind);
void trace_wg(const void *wg, Proc *p, int64_t counter);
/* p's stack as a slice starts or ends; parked: it blocked (name what it waits on). */
void trace_stack(Proc *p, bool parked);
void trace_cycle(int64_t proc, int64_t next, int cycle);
void trace_report(const char *text);
/* The program's source, shown beside the schedule. */
void trace_source(const char *src, size_t len);
/* The recorder's own append (trace.c): an event of this kind for goroutine
 * proc, stamped now, on the calling thread's track. */
void trace_put(int kind, int64_t proc, int64_t x);

/* A buffered channel's queued values keep their flow ids (slot index). */
struct Chan;
void trace_chan_put(struct Chan *c, int64_t index, int64_t id);
int64_t trace_chan_get(struct Chan *c, int64_t index);

/* Writers: events sorted by ts. trace_write_svg draws one lane per worker
 * (trace_svg.c), trace_write_svg_procs one lane per goroutine
 * (trace_svg_procs.c); the JSON has both. */
void trace_write_json(FILE *f, const TraceEvent *ev, size_t n, const TraceMeta *m);
void trace_write_svg(FILE *f, const TraceEvent *ev, size_t n, const TraceMeta *m);
void trace_write_svg_procs(FILE *f, const TraceEvent *ev, size_t n, const TraceMeta *m);
/* One self-contained page that replays the schedule beside the source (trace_html.c). */
void trace_write_html(FILE *f, const TraceEvent *ev, size_t n, const TraceMeta *m);

#endif
