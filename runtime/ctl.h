/* ctl.h: controlled runs: one worker, and a decision at every visible
 * operation (runtime/ctl.c).
 *
 * A visible operation is one another process can observe or be affected
 * by: a channel operation (send, receive, close, select, len), a sync or
 * sync/atomic call, a `go`, a process's exit, a timer firing, a write to
 * standard output or error, and an access to memory another process can
 * reach (the --race instrumentation marks those). Everything else a
 * process does is local. So a run is a sequence of EVENTS: a process,
 * chosen at a decision point, performs one visible operation and the local
 * work up to its next one. The VM calls ctl_switch at a SWITCH POINT just
 * before each visible operation; when the process must give way there, it
 * yields and re-executes the operation when chosen again.
 *
 * Two modes:
 *  - CTL_RANDOM (--seed): the decisions are the seeded generator's; a slice
 *    lasts a drawn number of switch points, so seeds try interleavings at
 *    every visible operation (a lock, an atomic, a non-blocking send...).
 *  - CTL_SCHEDULE (--schedule TOKEN, and the runs of csp explore --all):
 *    the decisions follow a given list, then a fixed default (the running
 *    process goes on; else the lowest-numbered runnable one). Time is
 *    virtual and moves only when no process can run: then the earliest
 *    timer fires (a decision when several are due at once). A select with
 *    several ready cases is a decision too, and map iteration and math/rand
 *    do not depend on the schedule, so a decision list replays a run
 *    exactly. An explorer's run records what each event touched (CtlTrace,
 *    in memory shared with the explorer) for partial-order reduction.
 */
#ifndef CSP_CTL_H
#define CSP_CTL_H

#include "../vm/vm.h"

enum { CTL_OFF, CTL_RANDOM, CTL_SCHEDULE };
extern int ctl_mode;
/* An explorer's run: accesses are recorded in the trace. */
extern bool ctl_recording;
/* CTL_RANDOM: switch points left in the running slice. */
extern int ctl_points;

/* A switch point of process p: true when p must yield before the visible
 * operation it is about to do (it re-executes it when it runs again). */
bool ctl_decide(Proc *p);
static inline bool ctl_switch(Proc *p) {
    if (p->ctl_pass) {
        p->ctl_pass = false;
        return false;
    }
    if (ctl_mode == CTL_RANDOM) return !p->nested && --ctl_points < 0;
    return ctl_decide(p);
}

/* ---- what an event touches (recorded only in an explorer's runs) ---- */
/* Access kinds. Two accesses to overlapping objects conflict unless both
 * are reads, or they are among these pairs that commute where they meet
 * (in either order they leave the same state):
 *  - wait-group changes: increments from non-zero (INC) with each other
 *    and with Wait (a read); decrements (DEC, and LAST, the one that
 *    reaches zero and wakes the waiters) with each other and with Wait;
 *  - a wait queue (a channel's, a mutex's): an operation that parks on it
 *    and one of the other direction (a send and a receive; a Lock and an
 *    Unlock) that parks, or that completes a parked partner's (HAND): in
 *    either order the partner is served and the queue the same. Two of
 *    one direction do not (who queues first, who is served). A close and
 *    an operation that parks commute too (it is woken by the close, or
 *    finds the channel closed: the same). A receive that finds the channel
 *    closed is a read; the other channel operations (on a buffer) writes.
 *    Completing a parked select also takes its waiters off its other
 *    channels: on each, a hand-off in that waiter's direction (who
 *    completes the select is decided there too; runtime/chan.c);
 *  - a Lock that gets the lock at once (LOCK), an Unlock that frees it
 *    (UNLOCK), a TryLock that gets it (TRYLOCK): writes, named so that an
 *    explorer reverses the acquisitions themselves (cli/dpor.c; a TryLock
 *    before the Unlock fails instead: that order is explored). */
enum {
    CTL_READ = 1, CTL_WRITE, CTL_INC, CTL_DEC, CTL_LAST,
    CTL_PARK_SEND, CTL_PARK_RECV, CTL_HAND_SEND, CTL_HAND_RECV, CTL_CLOSE,
    CTL_LOCK, CTL_LOCK_WAIT, CTL_UNLOCK, CTL_UNLOCK_HAND, CTL_TRYLOCK, CTL_KINDS
};
/* obj: an address; slots: how many 8-byte slots from it (0 or 1: one). */
void ctl_access(const void *obj, int kind, int64_t slots);
/* Someone watches ctl_touch: an explorer's run (ctl_recording), or --trace
 * FILE.html, which learns a Mutex's holder and a channel's close there
 * (trace_touch). One flag for both, so the viewer costs no extra test. */
extern bool ctl_observed;
void ctl_observe(const void *obj, int kind);
static inline void ctl_touch(const void *obj, int kind) {
    if (__builtin_expect(ctl_observed, 0)) ctl_observe(obj, kind);
}
/* The stream a write to (or read from) fd is: an object of its own. */
#define CTL_STREAM(fd) ((const void *)(uintptr_t)(8 * ((fd) + 1)))
/* The current event depends on every other (runtime.NumGoroutine). */
void ctl_global(void);
/* p became runnable (woken or started) during the current event. */
void ctl_wake(Proc *p);

/* ---- decisions beside the choice of process ---- */
/* Which of n alternatives (a select's ready cases): 0..n-1. */
int ctl_choose(int n);
/* CTL_SCHEDULE: math/rand's next number for p (a stream of its own). */
uint64_t ctl_rand(Proc *p);

/* ---- the scheduler's side (runtime/sched.c) ---- */
void ctl_set_random(void);
void ctl_set_schedule(void);
/* The scheduler's runnable set (*set holds *n processes; it may move). */
void ctl_bind(Proc ***set, int *n);
/* The process to run next (taken out of the runnable set); NULL when none
 * can run. */
Proc *ctl_next(void);
/* Nothing can run: fire the next timer (an event of its own); false when
 * no timer is armed (a deadlock). */
bool ctl_timer(void);
/* p, parked inside a nested call, was woken and goes on (its worker
 * returned to it): a new event, forced. */
void ctl_resume_nested(Proc *p);
/* The run ends: deadlock (no event caused it) / exit with code (the
 * current event ended the program). */
void ctl_deadlock(void);
void ctl_finish(int code);

/* ---- the record an explorer reads (cli/explore_all.c) ---- */
typedef struct CtlAccess {
    uintptr_t obj;
    int32_t slots;
    int32_t kind;
} CtlAccess;

/* Decision nodes, in the order they were taken. A PROC node starts an
 * event: chosen is a process number (0: the timer), cands the runnable
 * processes (ascending), cur the process that was running and could have
 * gone on (-1: none; choosing another is a preemption). A VALUE node
 * (only with 2 or more alternatives) belongs to the event before it. */
enum { CTL_NODE_PROC = 1, CTL_NODE_VALUE = 2 };
/* Event flags: GLOBAL conflicts with every event; ENDS ended the program
 * (exit, panic, os.Exit); TIMER is a timer firing; FORCED a nested wait
 * resuming (no other choice was possible). */
enum { CTL_EV_GLOBAL = 1, CTL_EV_ENDS = 2, CTL_EV_TIMER = 4, CTL_EV_FORCED = 8 };
typedef struct CtlNode {
    uint8_t kind, flags;
    uint16_t pad;
    int32_t chosen, cur, ncand, cand; /* VALUE: ncand alternatives */
    int32_t acc, nacc, wake, nwake;   /* PROC: the event's accesses and wake-ups */
} CtlNode;

/* How the run ended. */
enum { CTL_RUNNING, CTL_EXITED, CTL_DEADLOCKED, CTL_STEP_LIMIT, CTL_SLEEP_BLOCKED, CTL_DIVERGED, CTL_TOO_BIG };
typedef struct CtlTrace {
    volatile int32_t status;
    int32_t exit_code;
    int32_t nnodes, ncands, naccs, nwakes;
    int32_t cap_nodes, cap_cands, cap_accs, cap_wakes;
    int32_t diverged_at; /* CTL_DIVERGED: the node */
    CtlNode *nodes;
    int32_t *cands;
    CtlAccess *accs;
    int32_t *wakes;
} CtlTrace;

/* A process of the sleep set: it need not run next (partial-order
 * reduction), until an event conflicting with its own event runs. */
typedef struct CtlSleeper {
    int32_t pid, flags;
    const CtlAccess *acc;
    int32_t nacc;
} CtlSleeper;

/* What an explorer's run must do: the choice at each of the first
 * nprefix nodes (a process number, or -1 - k for alternative k of a VALUE
 * node), then the default choices, avoiding sleepers; the sleep
 * set is that of PROC node sleep_from (applied after its event). */
typedef struct CtlPlan {
    const int32_t *prefix;
    int32_t nprefix;
    const CtlSleeper *sleep;
    int32_t nsleep, sleep_from;
    int64_t max_steps;
} CtlPlan;

/* An explorer's run (in the forked child, before the program starts). */
void ctl_explore_child(const CtlPlan *plan, CtlTrace *trace);
/* A replayed schedule: at the n non-trivial decisions ords[i] (counted
 * from 0 over decisions with 2 or more choices), take choice[i]. */
void ctl_replay(const int32_t *ords, const int32_t *choice, int n);

/* Do two accesses of these kinds to one object conflict? */
extern bool ctl_plain_kinds; /* every access but a read is a write (explore --plain, to check the kinds) */
bool ctl_kinds_conflict(int a, int b);
/* Do events a and b conflict (is their order part of the outcome)? An
 * event with no access and not GLOBAL conflicts with none. */
bool ctl_conflict(const CtlAccess *a, int na, int fa, const CtlAccess *b, int nb, int fb);
/* The default choice at a PROC node: cur when it can run, else the lowest. */
int ctl_default(const int32_t *cands, int n, int cur);

#endif
