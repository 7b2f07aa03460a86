/* sched.c: the M:N scheduler: processes run on W worker threads.
 *
 * As in Go's runtime/proc.go: each worker has a local FIFO run queue and a
 * run-next slot. A process made runnable by a running one (a channel
 * partner, a new `go`) goes to run-next, so a ping-pong pair stays on one
 * worker and hands off without touching any shared queue. Other threads
 * (the timer thread) use the global queue, which workers also check every
 * 61 schedules for fairness. A worker with nothing to do steals half of
 * another's queue, then sleeps on a condition variable (an idle program
 * burns no CPU); new work wakes at most one sleeper. A sleeper re-checks
 * every queue after announcing itself idle, so no wake-up is lost.
 *
 * A worker runs a process for a budget of instructions (vm_run checks it at
 * calls and backward jumps), then requeues it, so `for {}` cannot starve
 * anyone even with W = 1.
 *
 * Deadlock: when every worker is idle, no queue holds a process, no timer
 * is pending and main has not finished, nothing can ever happen again: the
 * program dies like Go's checkdead, with a report of every blocked process.
 *
 * Deterministic mode (--seed, sched_set_deterministic): one worker, and
 * every choice comes from the seeded generator: the runnable processes form
 * one set from which the next to run is drawn, each time slice has a drawn
 * length (counted in calls and backward jumps, and in switch points: the
 * visible operations of runtime/ctl.h, a lock, a send, an access to shared
 * memory...), and time is virtual: each slice moves the clock by its
 * length, and when nothing can run, the clock jumps to the next timer
 * (runtime/timer.c). No other thread touches the scheduler, so a seed
 * replays a run exactly.
 *
 * Scheduled mode (--schedule, csp explore --all; sched_set_scheduled): the
 * same one worker and runnable set, but every choice is runtime/ctl.c's,
 * taken at each visible operation, and virtual time moves only when no
 * process can run.
 *
 * REPL mode (sched_repl_start): each entry runs as a process the REPL's
 * thread waits for (sched_repl_run), while processes started by earlier
 * entries keep running. Nothing then ends the program: a panic ends only
 * its process (sched_exit long-jumps back to the worker's loop), a deadlock
 * (the entry is parked and nothing can ever wake it) is reported and the
 * entry abandoned, and an interrupted entry (Ctrl-C) is killed: marked, and
 * dropped by whoever next sees it: the worker when it yields or parks, or
 * the REPL thread when it is parked (then taken off its channel's queue).
 */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../util/buf.h"
#include "../vm/proc.h"
#include "../vm/map.h"
#include "chan_impl.h"
#include "ctl.h"
#include "deadlock.h"
#include "sched.h"
#include "trace.h"
#include "../race/race.h"

#define TIME_SLICE 4000
#define MAX_WORKERS 256

typedef struct Worker {
    int id;
    Proc *runnext;            /* written only by the worker's own thread */
    int streak;               /* consecutive run-next hand-offs */
    RtLock lock;              /* guards the local queue */
    Proc *head, *tail;
    int64_t len;
    Proc *dead;               /* finished processes whose memory sched_spawn reuses */
    int ndead;
} Worker;

/* Finished processes kept for reuse, as Go keeps free goroutines: per
 * worker without a lock, and beyond DEAD_LOCAL in a shared pool (up to
 * DEAD_SHARED), moved DEAD_BATCH at a time, so that a worker that only
 * finishes processes feeds one that only starts them. */
#define DEAD_LOCAL 512
#define DEAD_BATCH 256
#define DEAD_SHARED 16384

static Worker workers[MAX_WORKERS];
static __thread Worker *cur_worker;

static pthread_mutex_t rq_lock = PTHREAD_MUTEX_INITIALIZER; /* global queue, idle set, W */
static pthread_cond_t rq_cond = PTHREAD_COND_INITIALIZER;
static pthread_cond_t spare_cond = PTHREAD_COND_INITIALIZER; /* workers beyond W wait here */
static Proc *rq_head, *rq_tail;
static int nworkers_target = 1;   /* W */
static int nworkers_started;
static int nidle;                 /* active workers asleep (or waiting on a nested call) */
static int64_t nested_woken;      /* processes in a nested call woken, not yet resumed */
static Proc *main_proc;

/* Every live process, for reports and NumGoroutine (GC-visible: static),
 * in stripes by id, each with its lock and count: processes starting and
 * ending on different workers rarely meet on one cache line. */
typedef struct ProcLink {
    Proc *p;
    struct ProcLink *prev, *next;
} ProcLink;
#define ALL_STRIPES 16
static struct AllStripe {
    RtLock lock;
    ProcLink *head;
    int64_t live;
} __attribute__((aligned(64))) all_procs[ALL_STRIPES];

static struct AllStripe *stripe_of(Proc *p) { return &all_procs[(uint64_t)p->id % ALL_STRIPES]; }

typedef struct NestedWait {
    pthread_mutex_t m;
    pthread_cond_t cv;
    bool ready;
} NestedWait;

/* The scheduler's record of a process, allocated with it (vm/proc.c). */
typedef struct ParkLocks {
    RtLock *few[2];            /* most parks release one lock; select may need more */
    RtLock **locks;
    int n, cap;
    ProcLink link;             /* in the list of live processes */
    NestedWait *nested;
    int killed;                /* REPL: an abandoned entry, dropped when next seen */
    int dropped;               /* unregistered (once) */
} ParkLocks;

static ParkLocks *park_of(Proc *p) {
    if (!p->sched_data) p->sched_data = csp_alloc(sizeof(ParkLocks));
    return p->sched_data;
}

void sched_park_unlock(Proc *p, RtLock *m) {
    ParkLocks *pl = park_of(p);
    if (!pl->locks) {
        pl->locks = pl->few;
        pl->cap = 2;
    }
    if (pl->n == pl->cap) {
        RtLock **n = csp_alloc(sizeof(RtLock *) * pl->cap * 2);
        memcpy(n, pl->locks, sizeof(RtLock *) * pl->n);
        pl->locks = n;
        pl->cap *= 2;
    }
    pl->locks[pl->n++] = m;
}

/* Releases the locks p parked with. The list is emptied BEFORE the first
 * unlock: from that moment a waker may resume p on another worker, where it
 * can park again and record new locks. */
static void release_park_locks(Proc *p) {
    ParkLocks *pl = park_of(p);
    int n = pl->n;
    pl->n = 0;
    if (n == 1) { /* a channel, a lock, a sleep: the common case */
        rtlock_release(pl->locks[0]);
        return;
    }
    RtLock *few[8], **held = n <= 8 ? few : csp_alloc(sizeof(RtLock *) * n);
    for (int i = 0; i < n; i++) held[i] = pl->locks[i];
    for (int i = n - 1; i >= 0; i--) rtlock_release(held[i]);
}

void sched_set_wait(Proc *p, const char *reason) {
    /* the line is found from the saved pc only if a report needs it */
    p->wait_reason = reason;
}

void sched_block(Proc *p, const char *reason) { sched_set_wait(p, reason); }

static void register_proc(Proc *p) {
    ProcLink *l = &park_of(p)->link;
    l->p = p;
    struct AllStripe *st = stripe_of(p);
    rtlock_acquire(&st->lock);
    l->prev = NULL;
    l->next = st->head;
    if (st->head) st->head->prev = l;
    st->head = l;
    st->live++;
    rtlock_release(&st->lock);
}

static void unregister_proc(Proc *p) {
    ProcLink *l = &park_of(p)->link;
    struct AllStripe *st = stripe_of(p);
    rtlock_acquire(&st->lock);
    if (l->prev) l->prev->next = l->next;
    else st->head = l->next;
    if (l->next) l->next->prev = l->prev;
    st->live--;
    rtlock_release(&st->lock);
}

int64_t sched_num_procs(void) {
    int64_t n = 0;
    for (int i = 0; i < ALL_STRIPES; i++) n += __atomic_load_n(&all_procs[i].live, __ATOMIC_RELAXED);
    return n;
}

/* A finished or abandoned process leaves the list of live ones, once. */
static void drop_proc(Proc *p) {
    ParkLocks *pl = park_of(p);
    if (__atomic_exchange_n(&pl->dropped, 1, __ATOMIC_ACQ_REL)) return;
    p->state = PROC_DEAD;
    unregister_proc(p);
}

/* ---------- REPL mode (state; the functions are at the end) ---------- */

bool sched_repl_mode;
volatile int sched_interrupt_pending;
int sched_repl_panics;
static Proc *repl_entry;          /* the entry being run (rq_lock and repl_lock to set) */
static int repl_status = -1;      /* SCHED_ENTRY_*, -1 while it runs */
static bool repl_deadlock;        /* a worker found the entry deadlocked */
static pthread_mutex_t repl_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t repl_cond = PTHREAD_COND_INITIALIZER;
static __thread sigjmp_buf *worker_jmp; /* where sched_exit returns to in REPL mode */
static __thread Proc *worker_proc;      /* the process this worker runs */
#define REPL_NO_EXIT (-0x7fffffff)

static void finish_entry(Proc *p, int status) {
    if (!sched_repl_mode) return;
    pthread_mutex_lock(&repl_lock);
    if (p == repl_entry && repl_status < 0) {
        repl_status = status;
        pthread_cond_broadcast(&repl_cond);
    }
    pthread_mutex_unlock(&repl_lock);
}

/* Takes an abandoned, parked process off the channel or select it waits
 * on, so it cannot swallow a value sent later. (A process parked on a lock,
 * a wait group or a timer is dropped when it is woken.) */
static void abandon_waits(Proc *p) {
    Waiter *w = p->waiter;
    if (w && w->c) {
        Chan *c = w->c;
        rtlock_acquire(&c->lock);
        if (w->queued) waitq_remove(w->dst ? &c->recvq : &c->sendq, w);
        rtlock_release(&c->lock);
    }
    SelectState *s = p->on_resume && p->wait_reason && strncmp(p->wait_reason, "select", 6) == 0 ? p->resume_data : NULL;
    if (s && __atomic_exchange_n(&s->done, 1, __ATOMIC_ACQ_REL) == 0) {
        for (int i = 0; i < s->n; i++) {
            Waiter *sw = &s->waiters[i];
            if (!sw->c) continue;
            rtlock_acquire(&sw->c->lock);
            if (sw->queued) waitq_remove(sw->dst ? &sw->c->recvq : &sw->c->sendq, sw);
            rtlock_release(&sw->c->lock);
        }
    }
}

/* The REPL kills process p (its entry): now if it is parked, else its worker does. */
static void kill_proc(Proc *p, int status) {
    ParkLocks *pl = park_of(p);
    __atomic_store_n(&pl->killed, 1, __ATOMIC_SEQ_CST);
    if (__atomic_load_n(&p->state, __ATOMIC_SEQ_CST) == PROC_WAITING && !pl->nested) {
        abandon_waits(p);
        drop_proc(p);
        finish_entry(p, status);
    }
}

static bool is_killed(Proc *p) { return __atomic_load_n(&park_of(p)->killed, __ATOMIC_SEQ_CST) != 0; }

/* ---------- deterministic mode: the runnable set ---------- */

/* How often a seeded run switches processes is itself drawn from the seed:
 * slices last 1..det_slice_max preemption points, with det_slice_max a
 * power of two from 1 to 8192. Some seeds interleave at almost every step,
 * others rarely, so a thousand seeds cover both the schedules that break a
 * racy read-modify-write at once and those under which it looks correct
 * (as it does in most real runs). */
#define DET_SLICE_LOG2_MAX 13

static int det_slice_max;
static bool det_mode;
static bool sched_special; /* det_mode or trace_on: the slower paths */
static uint64_t det_seed;
static int det_cap;         /* det_set (GC memory): the runnable processes */

void sched_set_deterministic(uint64_t seed) {
    det_mode = true;
    ctl_set_random();
    det_seed = seed;
    rand_seed(seed);
    map_rand_hook = rand_next;
    det_slice_max = 1 << (rand_next() % (DET_SLICE_LOG2_MAX + 1));
}

bool sched_deterministic(void) { return det_mode; }

static Proc **det_set;
static int det_n;

void sched_set_scheduled(void) {
    det_mode = true;
    rand_seed(1);
    ctl_set_schedule();
    ctl_bind(&det_set, &det_n);
}

static void det_push(Proc *p) {
    if (det_n == det_cap) {
        int nc = det_cap ? det_cap * 2 : 64;
        Proc **n = csp_alloc(sizeof(Proc *) * nc);
        if (det_n) memcpy(n, det_set, sizeof(Proc *) * det_n);
        det_set = n;
        det_cap = nc;
    }
    det_set[det_n++] = p;
}

static Proc *det_pick(void) {
    if (!det_n) return NULL;
    int i = (int)(rand_next() % (uint64_t)det_n);
    Proc *p = det_set[i];
    det_set[i] = det_set[--det_n];
    det_set[det_n] = NULL;
    return p;
}

/* Virtual time a deterministic slice takes per preemption point. */
#define DET_NS_PER_POINT 10
/* A scheduled run's slice: a process that computes this long without a
 * visible operation makes a decision point anyway (an event of no
 * consequence), so --max-steps bounds a loop that never ends. */
#define CTL_SLICE 4096

static int slice_budget(void) { return 1 + (int)(rand_next() % (uint64_t)det_slice_max); }

/* ---------- run queue ---------- */

static void q_push(Proc **head, Proc **tail, Proc *p) {
    p->next = NULL;
    if (*tail) (*tail)->next = p;
    else __atomic_store_n(head, p, __ATOMIC_RELEASE); /* others peek at head without the lock */
    *tail = p;
}

static Proc *q_pop(Proc **head, Proc **tail) {
    Proc *p = *head;
    if (p) {
        __atomic_store_n(head, p->next, __ATOMIC_RELAXED);
        if (!*head) *tail = NULL;
        p->next = NULL;
    }
    return p;
}

/* Wakes one sleeping worker if there is one (work was just queued). */
static void wake_one(void) {
    __atomic_thread_fence(__ATOMIC_SEQ_CST); /* the queued work is visible before we look */
    if (__atomic_load_n(&nidle, __ATOMIC_SEQ_CST) == 0) return;
    pthread_mutex_lock(&rq_lock);
    pthread_cond_signal(&rq_cond);
    pthread_mutex_unlock(&rq_lock);
}

/* Returns whether the queue was empty. */
static bool local_push(Worker *w, Proc *p) {
    rtlock_acquire(&w->lock);
    bool was_empty = w->len == 0;
    q_push(&w->head, &w->tail, p);
    w->len++;
    rtlock_release(&w->lock);
    return was_empty;
}

static Proc *local_pop(Worker *w) {
    if (!__atomic_load_n(&w->head, __ATOMIC_RELAXED)) return NULL;
    rtlock_acquire(&w->lock);
    Proc *p = q_pop(&w->head, &w->tail);
    if (p) w->len--;
    rtlock_release(&w->lock);
    return p;
}

static void global_push(Proc *p) {
    pthread_mutex_lock(&rq_lock);
    q_push(&rq_head, &rq_tail, p);
    pthread_cond_signal(&rq_cond);
    pthread_mutex_unlock(&rq_lock);
}

static Proc *global_pop(void) {
    if (!__atomic_load_n(&rq_head, __ATOMIC_RELAXED)) return NULL;
    pthread_mutex_lock(&rq_lock);
    Proc *p = q_pop(&rq_head, &rq_tail);
    pthread_mutex_unlock(&rq_lock);
    return p;
}

static void ready_special(Proc *p);
CSP_HOT void ready_here(Proc *p);

void sched_ready(Proc *p) {
    ParkLocks *pl = park_of(p);
    if (pl->nested) {
        NestedWait *w = pl->nested;
        /* counted as work until it resumes: no deadlock check may miss it */
        __atomic_add_fetch(&nested_woken, 1, __ATOMIC_SEQ_CST);
        pthread_mutex_lock(&w->m);
        w->ready = true;
        pthread_cond_signal(&w->cv);
        pthread_mutex_unlock(&w->m);
        return;
    }
    if (csp_unlikely(sched_special)) {
        ready_special(p);
        return;
    }
    p->state = PROC_RUNNABLE;
    ready_here(p);
}

/* A deterministic or traced run's sched_ready. */
static void ready_special(Proc *p) {
    if (trace_on && p->state == PROC_WAITING) trace_wake(p, vm_current, cur_worker ? cur_worker->id : TRACE_TRACK_TIMER);
    if (ctl_recording) ctl_wake(p);
    p->state = PROC_RUNNABLE;
    if (det_mode) det_push(p);
    else ready_here(p);
}

/* Queues runnable p: on this worker's run-next slot when called by a
 * worker, else on the global queue. */
CSP_HOT void ready_here(Proc *p) {
    Worker *w = cur_worker;
    if (!w || w->id >= nworkers_target) {
        global_push(p);
        return;
    }
    /* made runnable by the running process: it runs next on this worker */
    Proc *old = w->runnext;
    __atomic_store_n(&w->runnext, p, __ATOMIC_RELEASE);
    /* A queue that already held work has a thief on its way (woken for
     * the first item, and waking the next sleeper when it steals: see
     * find_work), or none is asleep; its owner runs it in any case. So
     * only the first item wakes a sleeper: waking one per `go` made a
     * sleeper rise for every few processes of a loop that starts many. */
    if (old && local_push(w, old)) wake_one();
}

/* Moves up to half of victim's queue to w; returns one of them. */
static Proc *steal(Worker *w, Worker *victim) {
    if (!__atomic_load_n(&victim->head, __ATOMIC_RELAXED)) return NULL;
    rtlock_acquire(&victim->lock);
    int64_t n = (victim->len + 1) / 2;
    Proc *first = NULL, *ftail = NULL;
    for (int64_t i = 0; i < n; i++) {
        Proc *p = q_pop(&victim->head, &victim->tail);
        if (!p) break;
        victim->len--;
        q_push(&first, &ftail, p);
    }
    rtlock_release(&victim->lock);
    if (!first) return NULL;
    Proc *p = q_pop(&first, &ftail);
    if (first) {
        rtlock_acquire(&w->lock);
        while (first) {
            Proc *q = q_pop(&first, &ftail);
            q_push(&w->head, &w->tail, q);
            w->len++;
        }
        rtlock_release(&w->lock);
    }
    return p;
}

/* Is there a process in a queue (or a nested wait woken)? `stealable`:
 * only work that another worker could take, leaving out run-next slots:
 * a worker fills its run-next slot only while it runs, and empties it
 * before it sleeps, so a sleeper need not stay up for it (it would spin
 * against a worker that keeps handing off to itself). */
static bool queued_work(bool stealable) {
    if (__atomic_load_n(&rq_head, __ATOMIC_SEQ_CST) || __atomic_load_n(&nested_woken, __ATOMIC_SEQ_CST)) return true;
    int active = nworkers_target < nworkers_started ? nworkers_target : nworkers_started;
    for (int i = 0; i < active; i++)
        if (__atomic_load_n(&workers[i].head, __ATOMIC_SEQ_CST) ||
            (!stealable && __atomic_load_n(&workers[i].runnext, __ATOMIC_SEQ_CST)))
            return true;
    return false;
}

static bool any_work(void) { return queued_work(false); }

/* ---------- exit and deadlock ---------- */

static void note_seed(void);

void sched_exit(int code) {
    /* REPL: a panic (not os.Exit) ends only the process that raised it */
    if (sched_repl_mode && worker_jmp && worker_proc && vm_exit_code == REPL_NO_EXIT) {
        out_flush();
        siglongjmp(*worker_jmp, 1);
    }
    if (race_enabled) code = race_exit_status(code);
    if (ctl_mode == CTL_SCHEDULE) ctl_finish(code);
    out_flush();
    if (trace_on) trace_finish();
    fflush(stderr);
    _exit(code);
}

/* A panic, fatal error or deadlock ends the program with status 2; in a
 * deterministic run the report ends saying how to replay it. */
void sched_die(void) {
    if (det_mode && ctl_mode == CTL_RANDOM) note_seed();
    sched_exit(2);
}

static void note_seed(void) {
    out_flush();
    char line[160];
    int n = snprintf(line, sizeof line, "\n[csp: deterministic run with --seed %llu; the same seed replays it]\n",
                     (unsigned long long)det_seed);
    out_write(2, line, (size_t)n);
}

static int cmp_proc_id(const void *a, const void *b) {
    int64_t x = (*(Proc *const *)a)->id, y = (*(Proc *const *)b)->id;
    return (x > y) - (x < y);
}

/* The live processes that pass keep (all when NULL), in id order, taken
 * stripe by stripe (for reports, :procs and :reset). */
static Proc **snapshot_procs(bool (*keep)(Proc *p), int *count) {
    int n = 0, cap = 64;
    Proc **ps = csp_alloc(sizeof(Proc *) * cap);
    for (int i = 0; i < ALL_STRIPES; i++) {
        struct AllStripe *st = &all_procs[i];
        rtlock_acquire(&st->lock);
        for (ProcLink *l = st->head; l; l = l->next) {
            if (keep && !keep(l->p)) continue;
            if (n == cap) {
                Proc **np = csp_alloc(sizeof(Proc *) * cap * 2);
                memcpy(np, ps, sizeof(Proc *) * n);
                ps = np;
                cap *= 2;
            }
            ps[n++] = l->p;
        }
        rtlock_release(&st->lock);
    }
    qsort(ps, n, sizeof(Proc *), cmp_proc_id);
    *count = n;
    return ps;
}

static bool is_blocked(Proc *p) { return p->state == PROC_WAITING && !park_of(p)->killed; }
static bool not_killed(Proc *p) { return !park_of(p)->killed; }

/* Go's deadlock report, goroutine 1 first, each blocked process with its
 * stack, where it was started, and what it waits on at which line; then
 * csp's explanation (runtime/deadlock.c): who holds what, and the cycle. */
static void deadlock_text(Buf *b_) {
    Buf b = *b_;
    int n;
    Proc **blocked = snapshot_procs(is_blocked, &n);
    if (n == 0 && vm_main_goexit) {
        buf_puts(&b, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
        *b_ = b;
        return;
    }
    buf_puts(&b, "fatal error: all goroutines are asleep - deadlock!\n");
    for (int i = 0; i < n && i < 50; i++) {
        Proc *p = blocked[i];
        buf_printf(&b, "\ngoroutine %lld [%s]:\n", (long long)p->id, p->wait_reason ? p->wait_reason : "waiting");
        buf_puts(&b, proc_traceback(p));
        if (p->nframes) {
            Frame *f = &p->frames[p->nframes - 1];
            buf_printf(&b, "\t(blocked in %s at %s:%d)\n", p->wait_reason ? p->wait_reason : "?",
                       f->fn->file ? f->fn->file : "?", vm_line_of(f->fn, f->pc > f->fn->code ? f->pc - 1 : f->pc));
        }
    }
    if (n > 50) buf_printf(&b, "\n... and %d more blocked processes\n", n - 50);
    deadlock_explain(&b, blocked, n);
    *b_ = b;
}

static void report_deadlock(void) {
    if (ctl_mode == CTL_SCHEDULE) ctl_deadlock();
    out_flush();
    Buf b;
    buf_init(&b);
    deadlock_text(&b);
    out_write(2, b.data, b.len);
    sched_die();
}

/* Called with rq_lock held by a worker about to sleep. */
static void check_dead_locked(void) {
    int active = nworkers_target < nworkers_started ? nworkers_target : nworkers_started;
    if (nidle < active) return;
    /* timers first: a timer stops counting as pending only after its
     * firing made its work visible (queued, or a nested wait woken) */
    if (timer_pending() > 0 || any_work()) return;
    if (sched_repl_mode) {
        /* only the entry's deadlock matters: the REPL thread reports it */
        pthread_mutex_lock(&repl_lock);
        if (repl_entry && repl_status < 0 && !repl_deadlock) {
            repl_deadlock = true;
            pthread_cond_broadcast(&repl_cond);
        }
        pthread_mutex_unlock(&repl_lock);
        return;
    }
    report_deadlock();
}

void sched_timers_idle(void) {
    /* with every worker idle and nothing queued, this is the last chance to
     * notice; any worker still busy will check when it goes idle */
    pthread_mutex_lock(&rq_lock);
    check_dead_locked();
    pthread_mutex_unlock(&rq_lock);
}

/* ---------- workers ---------- */

/* Runs p for a time slice, and on while nobody else waits for the worker;
 * returns vm_run's status. */
CSP_HOT int run_slice(Worker *w, Proc *p) {
    int st;
    while ((st = vm_run(p, TIME_SLICE)) == VM_YIELD && !w->runnext && !__atomic_load_n(&w->head, __ATOMIC_RELAXED) &&
           !__atomic_load_n(&rq_head, __ATOMIC_RELAXED) && w->id < nworkers_target &&
           !(sched_repl_mode && is_killed(p)))
        ;
    return st;
}

/* The same, deterministic (one drawn slice) and/or traced. */
static __attribute__((noinline)) int run_slice_special(Worker *w, Proc *p) {
    int64_t t0 = trace_on ? trace_slice_begin(p, w->id) : 0;
    int st;
    if (det_mode && ctl_mode == CTL_RANDOM) {
        /* the slice takes virtual time in proportion to its length */
        int budget = slice_budget();
        ctl_points = budget;
        p->ctl_pass = true;
        st = vm_run(p, budget);
        timer_virtual_tick((int64_t)budget * DET_NS_PER_POINT);
    } else if (det_mode) {
        st = vm_run(p, CTL_SLICE); /* time moves only when nothing can run */
    } else st = run_slice(w, p);
    vm_current = NULL; /* wake-ups from here on (timers) are the runtime's */
    if (trace_on) trace_slice_end(p, w->id, t0, st);
    return st;
}

/* A finished process's memory goes to w for the next `go` (sched_spawn).
 * Only in plain runs: traces, the race detector, seeded and scheduled runs
 * and the REPL may still refer to a process after it ends. */
static RtLock dead_lock;
static Proc *dead_shared;
static int ndead_shared;

/* Moves up to DEAD_BATCH processes from list *from to list *to; returns
 * how many. */
static int dead_move(Proc **from, Proc **to) {
    int n = 0;
    for (; n < DEAD_BATCH && *from; n++) {
        Proc *p = *from;
        *from = p->next;
        p->next = *to;
        *to = p;
    }
    return n;
}

static void keep_dead(Worker *w, Proc *p) {
    if (sched_special || race_enabled || sched_repl_mode || p == main_proc) return;
    if (w->ndead >= DEAD_LOCAL) {
        rtlock_acquire(&dead_lock);
        if (ndead_shared < DEAD_SHARED) {
            int n = dead_move(&w->dead, &dead_shared);
            w->ndead -= n;
            __atomic_store_n(&ndead_shared, ndead_shared + n, __ATOMIC_RELAXED);
        }
        rtlock_release(&dead_lock);
        if (w->ndead >= DEAD_LOCAL) return;
    }
    p->next = w->dead;
    w->dead = p;
    w->ndead++;
}

/* A finished process's memory for the next `go` on w, or NULL. */
static Proc *take_dead(Worker *w) {
    if (!w->dead && __atomic_load_n(&ndead_shared, __ATOMIC_RELAXED) > 0) {
        rtlock_acquire(&dead_lock);
        int n = dead_move(&dead_shared, &w->dead);
        w->ndead += n;
        __atomic_store_n(&ndead_shared, ndead_shared - n, __ATOMIC_RELAXED);
        rtlock_release(&dead_lock);
    }
    Proc *p = w->dead;
    if (p) {
        w->dead = p->next;
        w->ndead--;
    }
    return p;
}

CSP_HOT void run_one(Worker *w, Proc *p) {
    if (sched_repl_mode && is_killed(p)) {
        drop_proc(p);
        finish_entry(p, SCHED_ENTRY_INTERRUPTED);
        return;
    }
    p->state = PROC_RUNNING;
    worker_proc = p;
    int st = csp_unlikely(sched_special) ? run_slice_special(w, p) : run_slice(w, p);
    worker_proc = NULL;
    switch (st) {
    case VM_YIELD:
        if (sched_repl_mode && is_killed(p)) {
            drop_proc(p);
            finish_entry(p, SCHED_ENTRY_INTERRUPTED);
            break;
        }
        p->state = PROC_RUNNABLE;
        if (det_mode) det_push(p);
        else local_push(w, p);
        break;
    case VM_PARK:
        /* The REPL's kill_proc and this worker form a Dekker pair (each
         * stores, then loads the other's word): only there must the store
         * be sequentially consistent. Elsewhere the release of the park
         * locks publishes it. */
        if (csp_unlikely(sched_repl_mode)) __atomic_store_n(&p->state, PROC_WAITING, __ATOMIC_SEQ_CST);
        else __atomic_store_n(&p->state, PROC_WAITING, __ATOMIC_RELAXED);
        release_park_locks(p);
        if (sched_repl_mode && is_killed(p)) {
            abandon_waits(p);
            drop_proc(p);
            finish_entry(p, SCHED_ENTRY_INTERRUPTED);
        }
        break;
    case VM_DONE:
        p->state = PROC_DEAD;
        if (p == main_proc && !vm_main_goexit) sched_exit(0);
        if (race_enabled) race_proc_end(p);
        drop_proc(p);
        finish_entry(p, SCHED_ENTRY_DONE);
        keep_dead(w, p);
        break;
    case VM_EXIT:
        worker_proc = p;
        sched_exit(vm_exit_code);
    default:
        /* a panic that escaped (cannot happen: proc_unwind dies) */
        worker_proc = p;
        proc_die(p);
    }
}

/* The next process for worker w, or NULL when there is none anywhere. */
CSP_HOT Proc *find_work(Worker *w, unsigned tick) {
    Proc *p;
    if (tick % 61 == 0 && (p = global_pop())) return p;
    if (w->runnext) {
        p = w->runnext;
        __atomic_store_n(&w->runnext, NULL, __ATOMIC_RELEASE);
        /* a hand-off chain must not starve the queue */
        if (++w->streak < 64 || !__atomic_load_n(&w->head, __ATOMIC_ACQUIRE)) return p;
        local_push(w, p);
    }
    w->streak = 0;
    if ((p = local_pop(w))) return p;
    if ((p = global_pop())) return p;
    int started = __atomic_load_n(&nworkers_started, __ATOMIC_ACQUIRE);
    for (int i = 1; i < started; i++) {
        Worker *v = &workers[(w->id + i) % started];
        if ((p = steal(w, v))) {
            /* more left: another sleeper may take its share (as Go's
             * spinning Ms wake the next when they find work) */
            if (__atomic_load_n(&v->head, __ATOMIC_RELAXED)) wake_one();
            return p;
        }
    }
    return NULL;
}

/* A worker beyond W (GOMAXPROCS lowered) hands its work to the others. */
static void shed_work(Worker *w) {
    Proc *p;
    if (w->runnext) {
        global_push(w->runnext);
        __atomic_store_n(&w->runnext, NULL, __ATOMIC_RELEASE);
    }
    while ((p = local_pop(w))) global_push(p);
}

static __thread unsigned worker_tick;

static bool nested_ready(NestedWait *nw) {
    pthread_mutex_lock(&nw->m);
    bool r = nw->ready;
    pthread_mutex_unlock(&nw->m);
    return r;
}

/* Deterministic mode's worker: run a drawn process; when none can run,
 * advance virtual time; when no timer is left either, it is a deadlock.
 * Runs forever (until = NULL), or until a process waiting in a nested call
 * is woken (see nested_run_others). */
static void det_loop(Worker *w, NestedWait *until) {
    while (!until || !nested_ready(until)) {
        Proc *p;
        if (ctl_mode == CTL_SCHEDULE) {
            if ((p = ctl_next())) run_one(w, p);
            else if (!ctl_timer()) report_deadlock();
            continue;
        }
        timer_fire_due();
        if ((p = det_pick())) run_one(w, p);
        else if (!timer_advance()) report_deadlock();
    }
}

static void *worker_main(void *arg) {
    Worker *w = &workers[(int)(intptr_t)arg];
    cur_worker = w;
    sigjmp_buf jb;
    if (sigsetjmp(jb, 0)) {
        /* REPL mode: the process this worker ran panicked (already reported) */
        Proc *dead = worker_proc;
        worker_proc = NULL;
        if (dead) {
            __atomic_add_fetch(&sched_repl_panics, 1, __ATOMIC_SEQ_CST);
            drop_proc(dead);
            finish_entry(dead, SCHED_ENTRY_PANIC);
        }
    }
    worker_jmp = &jb;
    if (det_mode) det_loop(w, NULL);
    for (;;) {
        unsigned tick = ++worker_tick;
        Proc *p = w->id < nworkers_target ? find_work(w, tick) : NULL;
        if (p) {
            run_one(w, p);
            continue;
        }
        if (w->id >= nworkers_target) {
            shed_work(w);
            pthread_mutex_lock(&rq_lock);
            while (w->id >= nworkers_target) pthread_cond_wait(&spare_cond, &rq_lock);
            pthread_mutex_unlock(&rq_lock);
            continue;
        }
        pthread_mutex_lock(&rq_lock);
        __atomic_add_fetch(&nidle, 1, __ATOMIC_SEQ_CST);
        /* re-check after announcing idleness, or a wake-up could be lost */
        if (queued_work(true)) {
            __atomic_sub_fetch(&nidle, 1, __ATOMIC_SEQ_CST);
            pthread_mutex_unlock(&rq_lock);
            continue;
        }
        check_dead_locked();
        pthread_cond_wait(&rq_cond, &rq_lock);
        __atomic_sub_fetch(&nidle, 1, __ATOMIC_SEQ_CST);
        pthread_mutex_unlock(&rq_lock);
    }
    return NULL;
}

static void start_workers_locked(void) {
    while (nworkers_started < nworkers_target && nworkers_started < MAX_WORKERS) {
        Worker *w = &workers[nworkers_started];
        w->id = nworkers_started;
        rtlock_init(&w->lock);
        pthread_t t;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, 8 << 20);
        pthread_create(&t, &attr, worker_main, (void *)(intptr_t)nworkers_started);
        pthread_detach(t);
        __atomic_add_fetch(&nworkers_started, 1, __ATOMIC_RELEASE);
    }
}

int sched_workers(void) { return nworkers_target; }

int sched_set_workers(int n) {
    if (det_mode) return 1; /* a deterministic run keeps its one worker */
    pthread_mutex_lock(&rq_lock);
    int old = nworkers_target;
    if (n > MAX_WORKERS) n = MAX_WORKERS;
    if (n >= 1) {
        nworkers_target = n;
        start_workers_locked();
        pthread_cond_broadcast(&rq_cond);
        pthread_cond_broadcast(&spare_cond);
    }
    pthread_mutex_unlock(&rq_lock);
    return old;
}

void sched_init(int workers) {
    proc_sched_bytes = sizeof(ParkLocks);
    nworkers_target = det_mode || workers < 1 ? 1 : workers;
    timer_init(det_mode);
}

/* A process for `go`: in a finished one's memory if this worker has one. */
static Proc *new_proc(Closure *cl, Slot *args, int nargs) {
    Worker *w = cur_worker;
    Proc *p = NULL;
    Proc *old = w ? take_dead(w) : NULL;
    if (old) {
        if (old->sched_data) memset(old->sched_data, 0, sizeof(ParkLocks));
        p = proc_renew(old, cl, args, nargs);
    }
    return p ? p : proc_new(cl, args, nargs);
}

Proc *sched_spawn(Proc *parent, Closure *cl, Slot *args, int nargs) {
    Proc *p = new_proc(cl, args, nargs);
    if (race_enabled) race_proc_start(p, parent, parent && parent->nframes ? parent->frames[parent->nframes - 1].pc - 1 : NULL);
    register_proc(p);
    if (csp_unlikely(trace_on)) trace_proc_start(p, parent, cur_worker ? cur_worker->id : TRACE_TRACK_TIMER);
    sched_ready(p);
    return p;
}

int sched_run_main(Proc *main) {
    sched_special = det_mode || trace_on;
    main_proc = main;
    if (race_enabled) race_proc_start(main, NULL, NULL);
    register_proc(main);
    if (trace_on) trace_proc_start(main, NULL, 0);
    sched_ready(main);
    pthread_mutex_lock(&rq_lock);
    start_workers_locked();
    pthread_mutex_unlock(&rq_lock);
    /* the main thread waits; workers end the program through sched_exit,
     * runtime/signals.c's thread when a signal kills it */
    for (;;) pause();
    return 0;
}

/* While a process waits inside a nested call, its worker runs other
 * processes here (nested on its C stack), so one worker is enough for a
 * String method that receives from another process. With nothing to run,
 * the worker counts as idle (so a real deadlock is still reported) and
 * looks for new work every millisecond until the process is woken. A
 * deterministic run does the same with its own loop. */
static void nested_run_others(Worker *cw, NestedWait *nw) {
    Proc *self = vm_current, *self_worker_proc = worker_proc;
    if (det_mode) {
        det_loop(cw, nw);
        if (ctl_mode == CTL_SCHEDULE) ctl_resume_nested(self);
    }
    while (!nested_ready(nw)) {
        Proc *q = cw->id < nworkers_target ? find_work(cw, ++worker_tick) : NULL;
        if (q) {
            run_one(cw, q);
            continue;
        }
        pthread_mutex_lock(&rq_lock);
        __atomic_add_fetch(&nidle, 1, __ATOMIC_SEQ_CST);
        if (!any_work()) check_dead_locked();
        pthread_mutex_unlock(&rq_lock);
        pthread_mutex_lock(&nw->m);
        if (!nw->ready) {
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            ts.tv_nsec += 1000000;
            if (ts.tv_nsec >= 1000000000) {
                ts.tv_sec++;
                ts.tv_nsec -= 1000000000;
            }
            pthread_cond_timedwait(&nw->cv, &nw->m, &ts);
        }
        pthread_mutex_unlock(&nw->m);
        __atomic_sub_fetch(&nidle, 1, __ATOMIC_SEQ_CST);
    }
    __atomic_sub_fetch(&nested_woken, 1, __ATOMIC_SEQ_CST); /* resumes now */
    vm_current = self;
    worker_proc = self_worker_proc;
}

/* A process parked inside a nested vm_call (a String method that blocks):
 * its worker thread runs others until it is woken (REPL mode: waits). */
void sched_wait_nested(Proc *p) {
    ParkLocks *pl = park_of(p);
    NestedWait w;
    pthread_mutex_init(&w.m, NULL);
    pthread_cond_init(&w.cv, NULL);
    w.ready = false;
    pthread_mutex_lock(&w.m);
    pl->nested = &w;
    p->state = PROC_WAITING;
    release_park_locks(p);
    Worker *cw = cur_worker;
    if (cw && !sched_repl_mode) {
        pthread_mutex_unlock(&w.m);
        nested_run_others(cw, &w);
        pl->nested = NULL;
        p->state = PROC_RUNNING;
        return;
    }
    /* this worker's queued work must not wait for us: hand it to the others */
    if (cw) {
        Proc *q;
        if (cw->runnext) {
            global_push(cw->runnext);
            __atomic_store_n(&cw->runnext, NULL, __ATOMIC_RELEASE);
        }
        while ((q = local_pop(cw))) global_push(q);
    }
    pthread_mutex_lock(&rq_lock);
    __atomic_add_fetch(&nidle, 1, __ATOMIC_SEQ_CST);
    check_dead_locked();
    pthread_cond_signal(&rq_cond);
    pthread_mutex_unlock(&rq_lock);
    while (!w.ready) pthread_cond_wait(&w.cv, &w.m);
    __atomic_sub_fetch(&nested_woken, 1, __ATOMIC_SEQ_CST); /* resumes now */
    pthread_mutex_unlock(&w.m);
    pl->nested = NULL;
    p->state = PROC_RUNNING;
    __atomic_sub_fetch(&nidle, 1, __ATOMIC_SEQ_CST);
}

/* ---------- REPL mode ---------- */

void sched_repl_start(void) {
    sched_repl_mode = true;
    vm_exit_code = REPL_NO_EXIT;
    pthread_mutex_lock(&rq_lock);
    start_workers_locked();
    pthread_mutex_unlock(&rq_lock);
}

int sched_repl_run(Proc *p, void (*idle)(void)) {
    register_proc(p);
    pthread_mutex_lock(&repl_lock);
    repl_status = -1;
    repl_deadlock = false;
    pthread_mutex_unlock(&repl_lock);
    /* the entry becomes visible to deadlock checks together with its work */
    pthread_mutex_lock(&rq_lock);
    pthread_mutex_lock(&repl_lock);
    repl_entry = p;
    pthread_mutex_unlock(&repl_lock);
    p->state = PROC_RUNNABLE;
    q_push(&rq_head, &rq_tail, p);
    /* broadcast: glibc 2.36's pthread_cond_signal can lose a wake-up after
     * a broadcast (glibc bug 25847), seen here after :workers lowered W */
    pthread_cond_broadcast(&rq_cond);
    pthread_mutex_unlock(&rq_lock);
    int status;
    for (;;) {
        pthread_mutex_lock(&repl_lock);
        if (repl_status < 0 && !repl_deadlock && !sched_interrupt_pending) {
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            ts.tv_nsec += 20 * 1000 * 1000;
            if (ts.tv_nsec >= 1000000000) {
                ts.tv_sec++;
                ts.tv_nsec -= 1000000000;
            }
            pthread_cond_timedwait(&repl_cond, &repl_lock, &ts);
        }
        status = repl_status;
        bool dead = repl_deadlock;
        pthread_mutex_unlock(&repl_lock);
        if (status >= 0) break;
        if (dead) {
            out_flush();
            Buf b;
            buf_init(&b);
            deadlock_text(&b);
            out_write(2, b.data, b.len);
            out_flush();
            kill_proc(p, SCHED_ENTRY_DEADLOCK);
            pthread_mutex_lock(&repl_lock);
            repl_deadlock = false;
            pthread_mutex_unlock(&repl_lock);
            continue;
        }
        if (sched_interrupt_pending) {
            sched_interrupt_pending = 0;
            kill_proc(p, SCHED_ENTRY_INTERRUPTED);
            continue;
        }
        if (idle) idle();
    }
    pthread_mutex_lock(&rq_lock);
    pthread_mutex_lock(&repl_lock);
    repl_entry = NULL;
    pthread_mutex_unlock(&repl_lock);
    pthread_mutex_unlock(&rq_lock);
    out_flush();
    return status;
}

/* :procs: each live process, its state, its stack, and what it waits on
 * in words (runtime/deadlock.c: the lock's holder, the channel's state). */
void sched_repl_procs(Buf *b) {
    int n;
    Proc **ps = snapshot_procs(not_killed, &n);
    int shown = 0;
    for (int i = 0; i < n; i++) {
        Proc *p = ps[i];
        if (p == repl_entry) continue; /* the :procs command itself is not running an entry */
        int st = __atomic_load_n(&p->state, __ATOMIC_SEQ_CST);
        const char *state = st == PROC_WAITING ? (p->wait_reason ? p->wait_reason : "waiting")
                            : st == PROC_RUNNING ? "running" : st == PROC_RUNNABLE ? "runnable" : "dead";
        buf_printf(b, "goroutine %lld [%s]:\n", (long long)p->id, state);
        if (st == PROC_WAITING) {
            buf_puts(b, proc_traceback(p));
            deadlock_describe(b, p, ps, n);
        } else if (p->entry && p->start_file)
            buf_printf(b, "created by %s\n\t%s:%d\n", p->start_func ? p->start_func : "main.main", p->start_file, p->start_line);
        shown++;
    }
    if (!shown) buf_puts(b, "no processes\n");
}

/* :reset: every process but the entry is killed (dropped when next seen). */
void sched_repl_kill_all(void) {
    int n;
    Proc **ps = snapshot_procs(NULL, &n);
    for (int i = 0; i < n; i++)
        if (ps[i] != repl_entry) kill_proc(ps[i], SCHED_ENTRY_INTERRUPTED);
}
