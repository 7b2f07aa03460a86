/* sync.c: natives of package sync: Mutex, RWMutex, WaitGroup, Cond.
 *
 * Each object keeps its state in the slots of its Go struct (so the zero
 * value is ready to use) and, on first contention, a wait record (`w`
 * field) holding an OS mutex and FIFO queues of parked processes. Blocking
 * follows the park protocol of runtime/sched.h: enqueue under the record's
 * lock, return VM_PARK with the lock still held. Mutex has a lock-free fast
 * path and hands the lock directly to the first waiter on Unlock.
 *
 * --race: the edges of Go's sync package. Unlock releases the mutex's
 * address before it lets go, and Lock acquires it once held (a waiter the
 * lock is handed to acquires through its waker, while it is parked); an
 * RWMutex has two addresses as Go's (writers release to readers and
 * writers, readers merge into what the next writer acquires); Done merges
 * into the wait group's address, which Wait acquires; Signal and Broadcast
 * merge into the condition's address, which a woken Wait acquires; the
 * function a Once runs releases the Once, which every Do acquires.
 *
 * Deadlock reports (runtime/deadlock.h): whoever takes a lock is recorded
 * with where it took it (Mutex: in its slots; RWMutex: in the record,
 * writer and a few readers), a WaitGroup remembers its last raising Add,
 * and a parked process points at what it waits on (Proc.wait_obj);
 * sync_view reads it all back for the report.
 */
#include "../race/race.h"
#include "../runtime/ctl.h"
#include "../runtime/deadlock.h"
#include "../runtime/sched.h"
#include "../runtime/trace.h"
#include "stdlib.h"

typedef struct PWait {
    struct PWait *next;
    Proc *p;
    bool writer;
    bool signaled;            /* Cond: signalled; Mutex: handed the lock */
    int fails;                /* Mutex: woken, then beaten to the lock */
} PWait;

typedef struct WaitRec {
    RtLock lock;
    PWait *head, *tail;       /* waiters (writers and readers for RWMutex) */
    int64_t count;            /* WaitGroup counter / RWMutex readers */
    bool writer;              /* RWMutex: a writer holds it */
    int64_t waiting_writers;
    Holder writer_h;          /* RWMutex: the writer holding it */
    Holder reader_h[DEADLOCK_READERS]; /* RWMutex: some readers holding it */
    Holder last_add;          /* WaitGroup: the last Add that raised the counter */
    bool handoff;             /* Mutex: a waiter starves; Unlock hands over */
} WaitRec;

/* p and the frame that called into package sync (its pc is saved). */
static Holder holder_of(Proc *p) {
    Frame *f = &p->frames[p->nframes - 1];
    return (Holder){p->id, f->fn, f->pc};
}

/* The wait record in slot *w, created on first use (race-free via CAS). */
static WaitRec *rec(Slot *w) {
    WaitRec *r = __atomic_load_n((WaitRec **)&w->p, __ATOMIC_ACQUIRE);
    if (r) return r;
    WaitRec *n = csp_alloc(sizeof(WaitRec));
    rtlock_init(&n->lock);
    WaitRec *expected = NULL;
    if (__atomic_compare_exchange_n((WaitRec **)&w->p, &expected, n, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        return n;
    return expected;
}

static void push(WaitRec *r, PWait *w) {
    w->next = NULL;
    if (r->tail) r->tail->next = w;
    else r->head = w;
    r->tail = w;
}

static PWait *pop(WaitRec *r) {
    PWait *w = r->head;
    if (w) {
        r->head = w->next;
        if (!r->head) r->tail = NULL;
    }
    return w;
}

/* Parks p on r (lock held): released by the worker once p has stopped. */
static int park(Proc *p, WaitRec *r, const char *why, bool writer, void *obj) {
    PWait *w = csp_alloc(sizeof(PWait));
    w->p = p;
    w->writer = writer;
    push(r, w);
    p->wait_obj = obj;
    sched_set_wait(p, why);
    sched_park_unlock(p, &r->lock);
    return VM_PARK;
}

static Slot *self(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    return a[0].p;
}

#define NIL_CHECK(m) \
    if (!(m)) return vm_panic_error(p, "invalid memory address or nil pointer dereference")

/* ---------- Mutex: slots {state, w, holder, fn, pc} ---------- */

/* The holder and where it locked: three stores, made by the new holder
 * only (plain stores: a report reads them after every process stopped, and
 * :procs may read a torn pair, which it only prints). */
static inline void mutex_hold(Slot *m, Proc *p) {
    Frame *f = &p->frames[p->nframes - 1];
    m[2].i = p->id;
    m[3].p = f->fn;
    m[4].p = (void *)f->pc;
}

/* Unlock forgets the holder while it still holds the lock, so an unlocked
 * Mutex equals a zero one (== compares structs field by field, as Go). */
static inline void mutex_unhold(Slot *m) {
    m[2].i = 0;
    m[3].p = m[4].p = NULL;
}

/* Contention (as Go's sync.Mutex, without its semaphore):
 *
 * - State 0 is unlocked, 1 locked, 2 locked with perhaps processes parked
 *   on the wait record. A Lock that finds it held spins briefly when other
 *   workers run (the holder is likely running too, and about to unlock),
 *   then, under the record's lock, swaps in 2 and parks unless it got 0.
 * - Unlock of state 2 releases the mutex and wakes the first parked
 *   process, which tries again when it runs: a running process may take the
 *   mutex first (barging). Handing the mutex to a parked process instead
 *   would make every later Lock wait for that process to be scheduled: a
 *   convoy of parks and wake-ups.
 * - A woken process that loses MUTEX_STARVING times turns the record to
 *   hand-off mode (Go's starvation mode): Unlock then gives the mutex to the
 *   first waiter directly, until the queue empties. Seeded and scheduled
 *   runs always hand off: one worker, so barging would buy nothing, and
 *   explore's model of a lock (runtime/ctl.h) is the hand-off.
 *
 * No wake-up is lost: the parking process swaps in 2 under the record's
 * lock, and an Unlock that saw 2 takes that lock before it looks at the
 * queue. */
#define MUTEX_SPINS 100
#define MUTEX_STARVING 4

static inline void mutex_got(Proc *p, Slot *m) {
    mutex_hold(m, p);
    if (race_enabled) race_acquire(p, m);
    ctl_touch(m, CTL_LOCK);
}

/* Waits for the holder of m to let go, if another worker may be running
 * it; takes m with state `to`. */
static bool mutex_spin(Slot *m, int64_t to) {
    if (sched_workers() < 2 || sched_deterministic()) return false;
    for (int i = 0; i < MUTEX_SPINS; i++) {
        rtlock_pause();
        int64_t zero = 0;
        if (__atomic_load_n(&m[0].i, __ATOMIC_RELAXED) == 0 &&
            __atomic_compare_exchange_n(&m[0].i, &zero, to, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
            return true;
    }
    return false;
}

static int mutex_resume(Proc *p);

/* Under r->lock: takes m, or parks p (front: a process that was already
 * woken keeps its place in line). */
static int mutex_acquire_or_park(Proc *p, Slot *m, WaitRec *r, PWait *w) {
    if (__atomic_exchange_n(&m[0].i, 2, __ATOMIC_ACQ_REL) == 0) {
        /* got it (state says "maybe waiters": Unlock will check the queue) */
        rtlock_release(&r->lock);
        p->on_resume = NULL;
        mutex_got(p, m);
        return VM_OK;
    }
    if (!w) {
        ctl_touch(m, CTL_LOCK_WAIT);
        w = csp_alloc(sizeof(PWait));
        w->p = p;
        push(r, w);
    } else {
        if (++w->fails >= MUTEX_STARVING) r->handoff = true;
        w->next = r->head;
        r->head = w;
        if (!r->tail) r->tail = w;
    }
    p->on_resume = mutex_resume;
    p->resume_data = w;
    p->wait_obj = m;
    sched_set_wait(p, "sync.Mutex.Lock");
    sched_park_unlock(p, &r->lock);
    return VM_PARK;
}

/* A parked Lock resumes: the mutex was handed over, or it tries again. */
static int mutex_resume(Proc *p) {
    PWait *w = p->resume_data;
    Slot *m = p->wait_obj;
    p->resume_data = NULL;
    if (w->signaled) { /* handed over: Unlock made p the holder (and told ctl_touch) */
        p->on_resume = NULL;
        return VM_OK;
    }
    /* 2, not 1: others may still be parked, and no one else is going to
     * wake them (p was the one woken) */
    if (mutex_spin(m, 2)) {
        p->on_resume = NULL;
        mutex_got(p, m);
        return VM_OK;
    }
    WaitRec *r = rec(&m[1]);
    rtlock_acquire(&r->lock);
    return mutex_acquire_or_park(p, m, r, w);
}

static int mutex_lock(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    int64_t zero = 0;
    if (__atomic_compare_exchange_n(&m[0].i, &zero, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED) || mutex_spin(m, 1)) {
        mutex_got(p, m);
        return VM_OK;
    }
    WaitRec *r = rec(&m[1]);
    rtlock_acquire(&r->lock);
    return mutex_acquire_or_park(p, m, r, NULL);
}

static int mutex_unlock(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    if (race_enabled && __atomic_load_n(&m[0].i, __ATOMIC_ACQUIRE)) race_release(p, m);
    /* the uncontended case first, as one compare-and-swap: a load before
     * it would fetch the cache line shared, then again exclusive */
    int64_t h0 = m[2].i;
    void *h1 = m[3].p, *h2 = m[4].p;
    mutex_unhold(m);
    int64_t s = 1;
    if (__atomic_compare_exchange_n(&m[0].i, &s, 0, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED)) {
        ctl_touch(m, CTL_UNLOCK);
        return VM_OK;
    }
    if (s != 0) { /* still held: the holder stays recorded until the hand-over */
        m[2].i = h0;
        m[3].p = h1;
        m[4].p = h2;
    }
    for (;;) {
        s = __atomic_load_n(&m[0].i, __ATOMIC_ACQUIRE);
        if (s == 0) {
            ctl_touch(m, CTL_WRITE);
            return vm_fatal(p, "sync: unlock of unlocked mutex");
        }
        if (s == 1) {
            mutex_unhold(m);
            if (__atomic_compare_exchange_n(&m[0].i, &s, 0, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED)) {
                ctl_touch(m, CTL_UNLOCK);
                return VM_OK;
            }
            continue;
        }
        WaitRec *r = rec(&m[1]);
        rtlock_acquire(&r->lock);
        PWait *w = pop(r);
        bool hand = w && (r->handoff || sched_deterministic());
        if (!r->head) r->handoff = false;
        if (hand) {
            mutex_hold(m, w->p); /* parked: its frame is still */
            w->signaled = true;
            __atomic_store_n(&m[0].i, r->head ? 2 : 1, __ATOMIC_RELEASE);
            if (race_enabled) race_acquire(w->p, m);
        } else {
            mutex_unhold(m);
            __atomic_store_n(&m[0].i, 0, __ATOMIC_RELEASE);
        }
        rtlock_release(&r->lock);
        ctl_touch(m, hand ? CTL_UNLOCK_HAND : CTL_UNLOCK);
        if (w) sched_ready(w->p);
        return VM_OK;
    }
}

static int mutex_trylock(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    int64_t zero = 0;
    bool ok = __atomic_compare_exchange_n(&m[0].i, &zero, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
    if (ok) mutex_hold(m, p);
    a[0].i = ok;
    if (race_enabled && a[0].i) race_acquire(p, m);
    ctl_touch(m, a[0].i ? CTL_TRYLOCK : CTL_WRITE);
    return VM_OK;
}

/* ---------- RWMutex: slots {w}; all state in the record ---------- */

/* --race: Go's readerSem (released by writers) and writerSem (merged into
 * by readers), two addresses inside the RWMutex. */
#define RW_READERS(m) ((void *)(m))
#define RW_WRITERS(m) ((void *)((char *)(m) + 1))

static void race_rw_acquire(Proc *p, Slot *m, bool writer) {
    race_acquire(p, RW_READERS(m));
    if (writer) race_acquire(p, RW_WRITERS(m));
}

/* Who holds an RWMutex (r->lock held): the writer, or a reader joining
 * (remembered while a place is free) or leaving. */
static void rw_hold_writer(WaitRec *r, Proc *p) {
    r->writer_h = holder_of(p);
    if (csp_unlikely(trace_on)) trace_lock_op(r, p, TD_LOCK, 0);
}

/* (--trace FILE.html's hooks come last, as tail calls: nothing to save.) */
static void rw_add_reader(WaitRec *r, Proc *p) {
    r->count++;
    for (int i = 0; i < DEADLOCK_READERS; i++)
        if (!r->reader_h[i].id) {
            r->reader_h[i] = holder_of(p);
            break;
        }
    if (csp_unlikely(trace_on)) trace_lock_op(r, p, TD_RLOCK, r->count);
}

static void rw_drop_reader(WaitRec *r, Proc *p) {
    r->count--;
    for (int i = 0; i < DEADLOCK_READERS; i++)
        if (r->reader_h[i].id == p->id) {
            r->reader_h[i].id = 0;
            break;
        }
    if (csp_unlikely(trace_on)) trace_lock_op(r, p, TD_RUNLOCK, r->count);
}

static int rw_lock(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    ctl_touch(m, CTL_WRITE);
    WaitRec *r = rec(&m[0]);
    rtlock_acquire(&r->lock);
    if (!r->writer && r->count == 0) {
        r->writer = true;
        rw_hold_writer(r, p);
        rtlock_release(&r->lock);
        if (race_enabled) race_rw_acquire(p, m, true);
        return VM_OK;
    }
    r->waiting_writers++;
    return park(p, r, "sync.RWMutex.Lock", true, m);
}

static int rw_trylock(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    ctl_touch(m, CTL_WRITE);
    WaitRec *r = rec(&m[0]);
    rtlock_acquire(&r->lock);
    bool ok = !r->writer && r->count == 0;
    if (ok) {
        r->writer = true;
        rw_hold_writer(r, p);
    }
    rtlock_release(&r->lock);
    if (race_enabled && ok) race_rw_acquire(p, m, true);
    a[0].i = ok;
    return VM_OK;
}

/* Wakes whoever may run next (called with r->lock held); returns the list.
 * With --race the woken acquire what they were granted (m: the RWMutex). */
static PWait *rw_grant(WaitRec *r, Slot *m) {
    PWait *wake = NULL, **tail = &wake;
    if (r->writer) return NULL;
    /* a waiting writer goes first once readers drain; else all readers */
    if (r->head && r->head->writer) {
        if (r->count == 0) {
            PWait *w = pop(r);
            r->writer = true;
            rw_hold_writer(r, w->p);
            r->waiting_writers--;
            w->next = NULL;
            if (race_enabled) race_rw_acquire(w->p, m, true);
            return w;
        }
        return NULL;
    }
    while (r->head && !r->head->writer) {
        PWait *w = pop(r);
        rw_add_reader(r, w->p);
        w->next = NULL;
        if (race_enabled) race_rw_acquire(w->p, m, false);
        *tail = w;
        tail = &w->next;
    }
    return wake;
}

static void wake_list(PWait *w) {
    while (w) {
        PWait *n = w->next;
        sched_ready(w->p);
        w = n;
    }
}

static int rw_unlock(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    ctl_touch(m, CTL_WRITE);
    WaitRec *r = rec(&m[0]);
    rtlock_acquire(&r->lock);
    if (!r->writer) {
        rtlock_release(&r->lock);
        return vm_fatal(p, "sync: Unlock of unlocked RWMutex");
    }
    if (race_enabled) race_release(p, RW_READERS(m));
    r->writer = false;
    if (csp_unlikely(trace_on)) trace_lock_op(r, p, TD_UNLOCK, 0);
    PWait *w = rw_grant(r, m);
    rtlock_release(&r->lock);
    wake_list(w);
    return VM_OK;
}

static int rw_rlock(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    ctl_touch(m, CTL_WRITE);
    WaitRec *r = rec(&m[0]);
    rtlock_acquire(&r->lock);
    if (!r->writer && r->waiting_writers == 0) {
        rw_add_reader(r, p);
        rtlock_release(&r->lock);
        if (race_enabled) race_rw_acquire(p, m, false);
        return VM_OK;
    }
    return park(p, r, "sync.RWMutex.RLock", false, m);
}

static int rw_tryrlock(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    ctl_touch(m, CTL_WRITE);
    WaitRec *r = rec(&m[0]);
    rtlock_acquire(&r->lock);
    bool ok = !r->writer && r->waiting_writers == 0;
    if (ok) rw_add_reader(r, p);
    rtlock_release(&r->lock);
    if (race_enabled && ok) race_rw_acquire(p, m, false);
    a[0].i = ok;
    return VM_OK;
}

static int rw_runlock(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    ctl_touch(m, CTL_WRITE);
    WaitRec *r = rec(&m[0]);
    rtlock_acquire(&r->lock);
    if (r->count <= 0) {
        rtlock_release(&r->lock);
        return vm_fatal(p, "sync: RUnlock of unlocked RWMutex");
    }
    if (race_enabled) race_release_merge(p, RW_WRITERS(m));
    rw_drop_reader(r, p);
    PWait *w = r->count == 0 ? rw_grant(r, m) : NULL;
    rtlock_release(&r->lock);
    wake_list(w);
    return VM_OK;
}

/* ---------- WaitGroup: slots {w} ---------- */

/* --race, Go's WaitGroup annotations: a decrement merges into the group's
 * address for Wait to acquire; the first Add after zero reads, and Wait
 * writes, a word of the group, so an Add racing with Wait is reported. */
static void race_wg_add(Proc *p, Slot *m, int64_t before, int64_t delta) {
    if (delta < 0) race_release_merge(p, m);
    else if (delta > 0 && before == 0) race_read(p, (char *)m + 1, 1, race_caller_pc(p));
}

/* What an Add does to the group, for a controlled run's record
 * (runtime/ctl.h): increments from non-zero commute with each other and
 * with a Wait that parks; so do decrements, even the one that reaches zero
 * and wakes the waiters (in either order one of them does, and the state
 * is the same). A change from zero (a Wait before it returns at once), or
 * below it (a panic), does not. */
static int wg_kind(int64_t before, int64_t delta) {
    int64_t after = before + delta;
    if (before == 0 || after < 0 || delta == 0) return CTL_WRITE;
    return delta > 0 ? CTL_INC : after == 0 ? CTL_LAST : CTL_DEC;
}

/* An explorer's run records the Add's kind; --trace FILE.html the counter
 * it leaves (behind the test the explorer needs anyway: no cost when off). */
static __attribute__((noinline, cold)) void wg_observe(Proc *p, Slot *m, int64_t before, int64_t delta) {
    if (ctl_recording) ctl_access(m, wg_kind(before, delta), 1);
    if (trace_on) trace_wg(m, p, before + delta);
}

static int wg_add(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    WaitRec *r = rec(&m[0]);
    rtlock_acquire(&r->lock);
    if (ctl_observed) wg_observe(p, m, r->count, a[1].i);
    if (race_enabled) race_wg_add(p, m, r->count, a[1].i);
    r->count += a[1].i;
    if (a[1].i > 0) r->last_add = holder_of(p);
    if (r->count < 0) {
        rtlock_release(&r->lock);
        return vm_panic_string(p, "sync: negative WaitGroup counter");
    }
    PWait *wake = NULL;
    if (r->count == 0) {
        wake = r->head;
        r->head = r->tail = NULL;
        if (race_enabled)
            for (PWait *w = wake; w; w = w->next) race_acquire(w->p, m);
    }
    rtlock_release(&r->lock);
    wake_list(wake);
    return VM_OK;
}

static int wg_wait(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    ctl_touch(m, CTL_READ);
    WaitRec *r = rec(&m[0]);
    rtlock_acquire(&r->lock);
    if (r->count == 0) {
        rtlock_release(&r->lock);
        if (race_enabled) race_acquire(p, m);
        return VM_OK;
    }
    if (race_enabled && !r->head) race_write(p, (char *)m + 1, 1, race_caller_pc(p));
    return park(p, r, "sync.WaitGroup.Wait", false, m);
}

/* ---------- Cond: slots {L (interface), w} ----------
 * No race hooks: as in Go (sync/cond.go, runtime notifyList), Signal and
 * Broadcast order nothing by themselves; a waiter is ordered after the
 * signaller only through the lock L that Wait takes again. */

static int cond_enqueue(Proc *p, Slot *a) {
    Slot *c = self(p, a);
    NIL_CHECK(c);
    ctl_touch(c, CTL_WRITE);
    WaitRec *r = rec(&c[1]);
    PWait *w = csp_alloc(sizeof(PWait));
    rtlock_acquire(&r->lock);
    push(r, w);
    rtlock_release(&r->lock);
    a[0].p = w;
    return VM_OK;
}

static int cond_park(Proc *p, Slot *a) {
    Slot *c = self(p, a);
    ctl_touch(c, CTL_WRITE);
    PWait *w = a[1].p;
    WaitRec *r = rec(&c[1]);
    rtlock_acquire(&r->lock);
    if (w->signaled) {
        rtlock_release(&r->lock);
        return VM_OK;
    }
    w->p = p;
    p->wait_obj = c;
    sched_set_wait(p, "sync.Cond.Wait");
    sched_park_unlock(p, &r->lock);
    return VM_PARK;
}

static void cond_wake(Proc *p, Slot *c, WaitRec *r, bool all) {
    PWait *wake = NULL, **tail = &wake;
    rtlock_acquire(&r->lock);
    do {
        PWait *w = pop(r);
        if (!w) break;
        w->signaled = true;
        if (w->p) {
            w->next = NULL;
            *tail = w;
            tail = &w->next;
        }
    } while (all);
    rtlock_release(&r->lock);
    wake_list(wake);
}

static int cond_signal(Proc *p, Slot *a) {
    Slot *c = self(p, a);
    NIL_CHECK(c);
    ctl_touch(c, CTL_WRITE);
    cond_wake(p, c, rec(&c[1]), false);
    return VM_OK;
}

static int cond_broadcast(Proc *p, Slot *a) {
    Slot *c = self(p, a);
    NIL_CHECK(c);
    ctl_touch(c, CTL_WRITE);
    cond_wake(p, c, rec(&c[1]), true);
    return VM_OK;
}

/* ---------- Once: its done flag as Go's atomic one, for --race ---------- */

static int once_race_acquire(Proc *p, Slot *a) {
    if (race_enabled) race_acquire(p, a[0].p);
    return VM_OK;
}

static int once_race_release(Proc *p, Slot *a) {
    if (race_enabled) race_release(p, a[0].p);
    return VM_OK;
}

/* ---------- deadlock reports ---------- */

/* The wait record in slot *w, or NULL if none was ever made (reports must
 * not create one). */
static WaitRec *rec_if_any(Slot *w) { return __atomic_load_n((WaitRec **)&w->p, __ATOMIC_ACQUIRE); }

bool sync_view(Proc *p, SyncView *v) {
    memset(v, 0, sizeof *v);
    const char *why = p->wait_reason;
    Slot *m = p->wait_obj;
    if (!why || !m || strncmp(why, "sync.", 5) != 0) return false;
    if (!strcmp(why, "sync.Mutex.Lock")) {
        v->kind = SYNC_MUTEX;
        if (__atomic_load_n(&m[0].i, __ATOMIC_ACQUIRE)) v->writer = (Holder){m[2].i, m[3].p, m[4].p};
        return true;
    }
    if (!strcmp(why, "sync.Cond.Wait")) {
        v->kind = SYNC_COND;
        return true;
    }
    WaitRec *r = rec_if_any(&m[0]);
    if (!r) return false;
    rtlock_acquire(&r->lock);
    if (!strcmp(why, "sync.WaitGroup.Wait")) {
        v->kind = SYNC_WAITGROUP;
        v->count = r->count;
        v->last_add = r->last_add;
    } else {
        v->kind = SYNC_RWMUTEX;
        v->rlock = !strcmp(why, "sync.RWMutex.RLock");
        if (r->writer) v->writer = r->writer_h;
        v->readers = r->count;
        memcpy(v->reader, r->reader_h, sizeof v->reader);
        for (PWait *w = r->head; w; w = w->next)
            if (w->writer && w->p != p) {
                v->queued_writer = w->p->id;
                break;
            }
    }
    rtlock_release(&r->lock);
    return true;
}

const NativeEntry sync_natives[] = {
    {"sync.(*Once).raceAcquire", once_race_acquire},
    {"sync.(*Once).raceRelease", once_race_release},
    {"sync.(*Mutex).Lock", mutex_lock},
    {"sync.(*Mutex).Unlock", mutex_unlock},
    {"sync.(*Mutex).TryLock", mutex_trylock},
    {"sync.(*RWMutex).Lock", rw_lock},
    {"sync.(*RWMutex).Unlock", rw_unlock},
    {"sync.(*RWMutex).RLock", rw_rlock},
    {"sync.(*RWMutex).RUnlock", rw_runlock},
    {"sync.(*RWMutex).TryLock", rw_trylock},
    {"sync.(*RWMutex).TryRLock", rw_tryrlock},
    {"sync.(*WaitGroup).Add", wg_add},
    {"sync.(*WaitGroup).Wait", wg_wait},
    {"sync.(*Cond).enqueue", cond_enqueue},
    {"sync.(*Cond).park", cond_park},
    {"sync.(*Cond).Signal", cond_signal},
    {"sync.(*Cond).Broadcast", cond_broadcast},
    {NULL, NULL},
};
