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
 */
#include "../race/race.h"
#include "../runtime/sched.h"
#include "stdlib.h"

typedef struct PWait {
    struct PWait *next;
    Proc *p;
    bool writer;
    bool signaled;
} PWait;

typedef struct WaitRec {
    pthread_mutex_t lock;
    PWait *head, *tail;       /* waiters (writers and readers for RWMutex) */
    int64_t count;            /* WaitGroup counter / RWMutex readers */
    bool writer;              /* RWMutex: a writer holds it */
    int64_t waiting_writers;
} WaitRec;

/* The wait record in slot *w, created on first use (race-free via CAS). */
static WaitRec *rec(Slot *w) {
    WaitRec *r = __atomic_load_n((WaitRec **)&w->p, __ATOMIC_ACQUIRE);
    if (r) return r;
    WaitRec *n = csp_alloc(sizeof(WaitRec));
    pthread_mutex_init(&n->lock, NULL);
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
static int park(Proc *p, WaitRec *r, const char *why, bool writer) {
    PWait *w = csp_alloc(sizeof(PWait));
    w->p = p;
    w->writer = writer;
    push(r, w);
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

/* ---------- Mutex: slots {state, w} ---------- */

static int mutex_lock(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    int64_t zero = 0;
    if (__atomic_compare_exchange_n(&m[0].i, &zero, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
        if (race_enabled) race_acquire(p, m);
        return VM_OK;
    }
    WaitRec *r = rec(&m[1]);
    pthread_mutex_lock(&r->lock);
    if (__atomic_exchange_n(&m[0].i, 2, __ATOMIC_ACQ_REL) == 0) {
        /* got it (state says "maybe waiters": Unlock will check the queue) */
        pthread_mutex_unlock(&r->lock);
        if (race_enabled) race_acquire(p, m);
        return VM_OK;
    }
    return park(p, r, "sync.Mutex.Lock", false);
}

static int mutex_unlock(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    if (race_enabled && __atomic_load_n(&m[0].i, __ATOMIC_ACQUIRE)) race_release(p, m);
    for (;;) {
        int64_t s = __atomic_load_n(&m[0].i, __ATOMIC_ACQUIRE);
        if (s == 0) return vm_fatal(p, "sync: unlock of unlocked mutex");
        if (s == 1) {
            if (__atomic_compare_exchange_n(&m[0].i, &s, 0, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED)) return VM_OK;
            continue;
        }
        WaitRec *r = rec(&m[1]);
        pthread_mutex_lock(&r->lock);
        PWait *w = pop(r);
        /* hand the lock to the first waiter, or release it */
        __atomic_store_n(&m[0].i, w ? (r->head ? 2 : 1) : 0, __ATOMIC_RELEASE);
        if (race_enabled && w) race_acquire(w->p, m);
        pthread_mutex_unlock(&r->lock);
        if (w) sched_ready(w->p);
        return VM_OK;
    }
}

static int mutex_trylock(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    int64_t zero = 0;
    a[0].i = __atomic_compare_exchange_n(&m[0].i, &zero, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
    if (race_enabled && a[0].i) race_acquire(p, m);
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

static int rw_lock(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    WaitRec *r = rec(&m[0]);
    pthread_mutex_lock(&r->lock);
    if (!r->writer && r->count == 0) {
        r->writer = true;
        pthread_mutex_unlock(&r->lock);
        if (race_enabled) race_rw_acquire(p, m, true);
        return VM_OK;
    }
    r->waiting_writers++;
    return park(p, r, "sync.RWMutex.Lock", true);
}

static int rw_trylock(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    WaitRec *r = rec(&m[0]);
    pthread_mutex_lock(&r->lock);
    bool ok = !r->writer && r->count == 0;
    if (ok) r->writer = true;
    pthread_mutex_unlock(&r->lock);
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
            r->waiting_writers--;
            w->next = NULL;
            if (race_enabled) race_rw_acquire(w->p, m, true);
            return w;
        }
        return NULL;
    }
    while (r->head && !r->head->writer) {
        PWait *w = pop(r);
        r->count++;
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
    WaitRec *r = rec(&m[0]);
    pthread_mutex_lock(&r->lock);
    if (!r->writer) {
        pthread_mutex_unlock(&r->lock);
        return vm_fatal(p, "sync: Unlock of unlocked RWMutex");
    }
    if (race_enabled) race_release(p, RW_READERS(m));
    r->writer = false;
    PWait *w = rw_grant(r, m);
    pthread_mutex_unlock(&r->lock);
    wake_list(w);
    return VM_OK;
}

static int rw_rlock(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    WaitRec *r = rec(&m[0]);
    pthread_mutex_lock(&r->lock);
    if (!r->writer && r->waiting_writers == 0) {
        r->count++;
        pthread_mutex_unlock(&r->lock);
        if (race_enabled) race_rw_acquire(p, m, false);
        return VM_OK;
    }
    return park(p, r, "sync.RWMutex.RLock", false);
}

static int rw_tryrlock(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    WaitRec *r = rec(&m[0]);
    pthread_mutex_lock(&r->lock);
    bool ok = !r->writer && r->waiting_writers == 0;
    if (ok) r->count++;
    pthread_mutex_unlock(&r->lock);
    if (race_enabled && ok) race_rw_acquire(p, m, false);
    a[0].i = ok;
    return VM_OK;
}

static int rw_runlock(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    WaitRec *r = rec(&m[0]);
    pthread_mutex_lock(&r->lock);
    if (r->count <= 0) {
        pthread_mutex_unlock(&r->lock);
        return vm_fatal(p, "sync: RUnlock of unlocked RWMutex");
    }
    if (race_enabled) race_release_merge(p, RW_WRITERS(m));
    r->count--;
    PWait *w = r->count == 0 ? rw_grant(r, m) : NULL;
    pthread_mutex_unlock(&r->lock);
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

static int wg_add(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    WaitRec *r = rec(&m[0]);
    pthread_mutex_lock(&r->lock);
    if (race_enabled) race_wg_add(p, m, r->count, a[1].i);
    r->count += a[1].i;
    if (r->count < 0) {
        pthread_mutex_unlock(&r->lock);
        return vm_panic_string(p, "sync: negative WaitGroup counter");
    }
    PWait *wake = NULL;
    if (r->count == 0) {
        wake = r->head;
        r->head = r->tail = NULL;
        if (race_enabled)
            for (PWait *w = wake; w; w = w->next) race_acquire(w->p, m);
    }
    pthread_mutex_unlock(&r->lock);
    wake_list(wake);
    return VM_OK;
}

static int wg_wait(Proc *p, Slot *a) {
    Slot *m = self(p, a);
    NIL_CHECK(m);
    WaitRec *r = rec(&m[0]);
    pthread_mutex_lock(&r->lock);
    if (r->count == 0) {
        pthread_mutex_unlock(&r->lock);
        if (race_enabled) race_acquire(p, m);
        return VM_OK;
    }
    if (race_enabled && !r->head) race_write(p, (char *)m + 1, 1, race_caller_pc(p));
    return park(p, r, "sync.WaitGroup.Wait", false);
}

/* ---------- Cond: slots {L (interface), w} ----------
 * No race hooks: as in Go (sync/cond.go, runtime notifyList), Signal and
 * Broadcast order nothing by themselves; a waiter is ordered after the
 * signaller only through the lock L that Wait takes again. */

static int cond_enqueue(Proc *p, Slot *a) {
    Slot *c = self(p, a);
    NIL_CHECK(c);
    WaitRec *r = rec(&c[1]);
    PWait *w = csp_alloc(sizeof(PWait));
    pthread_mutex_lock(&r->lock);
    push(r, w);
    pthread_mutex_unlock(&r->lock);
    a[0].p = w;
    return VM_OK;
}

static int cond_park(Proc *p, Slot *a) {
    Slot *c = self(p, a);
    PWait *w = a[1].p;
    WaitRec *r = rec(&c[1]);
    pthread_mutex_lock(&r->lock);
    if (w->signaled) {
        pthread_mutex_unlock(&r->lock);
        return VM_OK;
    }
    w->p = p;
    sched_set_wait(p, "sync.Cond.Wait");
    sched_park_unlock(p, &r->lock);
    return VM_PARK;
}

static void cond_wake(Proc *p, Slot *c, WaitRec *r, bool all) {
    PWait *wake = NULL, **tail = &wake;
    pthread_mutex_lock(&r->lock);
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
    pthread_mutex_unlock(&r->lock);
    wake_list(wake);
}

static int cond_signal(Proc *p, Slot *a) {
    Slot *c = self(p, a);
    NIL_CHECK(c);
    cond_wake(p, c, rec(&c[1]), false);
    return VM_OK;
}

static int cond_broadcast(Proc *p, Slot *a) {
    Slot *c = self(p, a);
    NIL_CHECK(c);
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
