/* trace_procs.h: a recorded schedule seen goroutine by goroutine.
 *
 * The recorder (trace.c) writes events as they happen on worker threads:
 * slices, blocks, wake-ups, flows, starts and ends. The process view of the
 * SVG (trace_svg_procs.c) and the "goroutines" tracks of the JSON
 * (trace_json.c) need the same events turned around: for each goroutine,
 * the intervals of its life by state (running, runnable, blocked and on
 * what), and the links between goroutines (a channel hand-off, a wake-up
 * such as Unlock -> Lock or Done -> Wait, a `go` statement). This module
 * derives them once (trace_procs.c); both writers draw from it.
 *
 * Plain malloc memory, no GC pointers kept: event names and files are
 * static or GC-immortal and only read.
 */
#ifndef CSP_TRACE_PROCS_H
#define CSP_TRACE_PROCS_H

#include "trace.h"

/* A goroutine's state; the blocked states by what it waits for. */
typedef enum TraceState {
    TRS_RUNNING,
    TRS_RUNNABLE,   /* ready, waiting for a worker */
    TRS_CHAN,       /* blocked: a channel send or receive */
    TRS_SELECT,
    TRS_LOCK,       /* sync.Mutex, sync.RWMutex */
    TRS_WAITGROUP,
    TRS_SLEEP,
    TRS_OTHER,      /* sync.Cond.Wait and anything else */
    TRS_COUNT
} TraceState;

/* One interval of one goroutine's life. */
typedef struct TraceSpan {
    int64_t ts, dur;
    int64_t proc;   /* goroutine id */
    int32_t why;    /* blocked: index of its TR_BLOCK event (reason, file:line); else -1 */
    uint8_t state;  /* TraceState */
} TraceSpan;

typedef enum TraceLinkKind {
    TRL_CHAN,  /* a channel value from `from` (sent at ts0) to `to` (received at ts1) */
    TRL_WAKE,  /* `from` unblocked `to` at ts0 = ts1: Unlock, Done, Signal, close */
    TRL_GO,    /* `from` started `to` at ts0 = ts1 */
} TraceLinkKind;

typedef struct TraceLink {
    int64_t ts0, ts1;
    int64_t from, to;  /* goroutine ids */
    int32_t why;       /* TRL_WAKE: to's TR_BLOCK event; TRL_GO: to's TR_START event (file:line of the go) */
    uint8_t kind;      /* TraceLinkKind */
} TraceLink;

/* What one goroutine did, in total. */
typedef struct TraceProc {
    int64_t id, parent;
    const char *name;        /* its function */
    int64_t start, end;      /* ns; end = -1 if it had not ended when the program did */
    int64_t ns[TRS_COUNT];   /* time in each state */
    int32_t last_block;      /* its last TR_BLOCK event, -1 if none */
} TraceProc;

typedef struct TraceProcs {
    TraceSpan *spans;  /* by ts, then goroutine */
    size_t nspans;
    TraceLink *links;  /* by ts0 */
    size_t nlinks;
    TraceProc *procs;  /* by id */
    size_t nprocs;
    int64_t end;       /* when the program ended (>= every span's end) */
} TraceProcs;

/* Derives spans, links and totals from events sorted by ts; false when out
 * of memory (tp is then empty and safe to free). */
bool trace_procs_build(TraceProcs *tp, const TraceEvent *ev, size_t n, int64_t end_ts);
void trace_procs_free(TraceProcs *tp);
/* The goroutine with this id, or NULL. */
const TraceProc *trace_procs_find(const TraceProcs *tp, int64_t id);

/* The blocked state for a block reason ("chan receive" -> TRS_CHAN). */
TraceState trace_state_of(const char *reason);
/* "running", "runnable", "channel", "select", "lock", "wait group", "sleep", "other" */
const char *trace_state_name(TraceState s);
/* What the waker of a goroutine blocked for `reason` did: "Unlock" for a
 * Lock, "Done" for a Wait, "Signal" for a Cond, "close" for a channel. */
const char *trace_waker_verb(const char *reason);

#endif
