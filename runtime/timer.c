/* timer.c: the timer heap and the thread that fires timers.
 *
 * time.Sleep, time.After, tickers and context deadlines all arm a Timer; a
 * single timer thread sleeps until the earliest deadline (a condition
 * variable with a timeout, so no CPU is used while waiting) and fires it.
 * A firing readies processes or sends on channels without blocking. The
 * pending count is decremented only after the callback has enqueued its
 * work, so the deadlock check never sees "no timers, nothing runnable" in
 * between.
 *
 * Virtual time (--seed): there is no timer thread. The scheduler moves the
 * clock: each time slice a process runs advances it a little (in
 * proportion to the slice's length in preemption points, so a busy loop
 * still sees time pass and a timeout still fires), and when no process can
 * run, timer_advance jumps it to the earliest timer. Due timers fire on the
 * worker between slices. So a run's output cannot depend on wall time, and
 * sleeps cost none. (Go's playground "faketime" only jumps; a program whose
 * main waits on a timer while another process spins would never end.)
 */
#include <errno.h>
#include <stdlib.h>
#include <time.h>

#include "sched.h"

static pthread_mutex_t tlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t tcond;
static Timer **heap;       /* GC memory (uncollectable root) */
static int heap_len, heap_cap;
static int64_t pending;     /* armed + firing */
static int64_t seq;
static bool virtual_time;
static int64_t vclock = 1000000000LL; /* virtual monotonic clock, ns */

/* 2009-11-10 23:00:00 UTC, the wall time a virtual clock starts at (as on
 * Go's playground): a seeded run prints the same dates on every machine. */
#define VIRTUAL_EPOCH_NS (1257894000LL * 1000000000LL)

int64_t timer_now(void) {
    if (virtual_time) return __atomic_load_n(&vclock, __ATOMIC_RELAXED);
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static bool less(Timer *a, Timer *b) { return a->when < b->when || (a->when == b->when && a->seq < b->seq); }

static void swap(int i, int j) {
    Timer *t = heap[i];
    heap[i] = heap[j];
    heap[j] = t;
    heap[i]->heap_index = i;
    heap[j]->heap_index = j;
}

static void up(int i) {
    while (i > 0) {
        int parent = (i - 1) / 2;
        if (!less(heap[i], heap[parent])) break;
        swap(i, parent);
        i = parent;
    }
}

static void down(int i) {
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < heap_len && less(heap[l], heap[m])) m = l;
        if (r < heap_len && less(heap[r], heap[m])) m = r;
        if (m == i) break;
        swap(i, m);
        i = m;
    }
}

static void heap_remove(int i) {
    Timer *t = heap[i];
    heap_len--;
    if (i != heap_len) {
        heap[i] = heap[heap_len];
        heap[i]->heap_index = i;
        down(i);
        up(i);
    }
    heap[heap_len] = NULL;
    t->heap_index = -1;
}

void timer_start(Timer *t) {
    pthread_mutex_lock(&tlock);
    if (t->heap_index >= 0 && t->heap_index < heap_len && heap[t->heap_index] == t) {
        heap_remove(t->heap_index);
        __atomic_sub_fetch(&pending, 1, __ATOMIC_RELEASE);
    }
    if (heap_len == heap_cap) {
        int nc = heap_cap ? heap_cap * 2 : 64;
        Timer **n = GC_MALLOC_UNCOLLECTABLE(sizeof(Timer *) * nc);
        if (heap_len) memcpy(n, heap, sizeof(Timer *) * heap_len);
        if (heap) GC_FREE(heap);
        heap = n;
        heap_cap = nc;
    }
    t->seq = seq++;
    t->heap_index = heap_len;
    heap[heap_len++] = t;
    up(t->heap_index);
    __atomic_add_fetch(&pending, 1, __ATOMIC_RELEASE);
    pthread_cond_signal(&tcond);
    pthread_mutex_unlock(&tlock);
}

bool timer_stop(Timer *t) {
    pthread_mutex_lock(&tlock);
    bool was = t->heap_index >= 0 && t->heap_index < heap_len && heap[t->heap_index] == t;
    if (was) {
        heap_remove(t->heap_index);
        __atomic_sub_fetch(&pending, 1, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&tlock);
    return was;
}

int64_t timer_pending(void) { return __atomic_load_n(&pending, __ATOMIC_ACQUIRE); }

bool timer_is_virtual(void) { return virtual_time; }

int64_t timer_wall_now(void) {
    if (virtual_time) return VIRTUAL_EPOCH_NS + (timer_now() - 1000000000LL);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void rearm_or_drop(Timer *t, int64_t now, bool *periodic);

/* Removes the earliest timer if it is due at `now` (re-arming a ticker);
 * returns it, or NULL. Called with tlock held. */
static Timer *pop_due(int64_t now, bool *periodic) {
    if (heap_len == 0 || heap[0]->when > now) return NULL;
    Timer *t = heap[0];
    heap_remove(0);
    rearm_or_drop(t, now, periodic);
    return t;
}

/* t, just taken off the heap, fires: a ticker goes back on it. */
static void rearm_or_drop(Timer *t, int64_t now, bool *periodic) {
    *periodic = t->period > 0;
    if (*periodic) {
        t->when += t->period;
        if (t->when < now) t->when = now + t->period;
        t->seq = seq++;
        t->heap_index = heap_len;
        heap[heap_len++] = t;
        up(t->heap_index);
    }
}

/* Fires t outside the lock; a one-shot timer stops counting as pending
 * only after its callback has queued its work. Called with tlock held.
 * When the last pending timer has fired, the timer thread asks for a
 * deadlock check itself: a time.After nobody reads fills its channel's
 * buffer and wakes no one, and then nothing can ever happen again (Go's
 * checkdead: a pending timer keeps a program alive only until it fires;
 * a ticker is always pending). */
static void fire_unlocked(Timer *t, bool periodic, int64_t now) {
    pthread_mutex_unlock(&tlock);
    t->fn(t, now);
    if (!periodic && __atomic_sub_fetch(&pending, 1, __ATOMIC_ACQ_REL) == 0 && !virtual_time) sched_timers_idle();
    pthread_mutex_lock(&tlock);
}

void timer_virtual_tick(int64_t ns) { __atomic_add_fetch(&vclock, ns, __ATOMIC_RELAXED); }

/* Fires every timer due at the (virtual) `now`, in deadline order; a
 * ticker fires once per call. Called with tlock held. */
static void fire_due_locked(int64_t now) {
    Timer *t;
    bool periodic;
    int64_t limit = heap_len;
    while (limit-- > 0 && (t = pop_due(now, &periodic))) fire_unlocked(t, periodic, now);
}

void timer_fire_due(void) {
    if (!__atomic_load_n(&heap_len, __ATOMIC_RELAXED)) return;
    pthread_mutex_lock(&tlock);
    fire_due_locked(timer_now());
    pthread_mutex_unlock(&tlock);
}

bool timer_advance(void) {
    pthread_mutex_lock(&tlock);
    if (heap_len == 0) {
        pthread_mutex_unlock(&tlock);
        return false;
    }
    int64_t now = timer_now();
    if (heap[0]->when > now) {
        now = heap[0]->when;
        __atomic_store_n(&vclock, now, __ATOMIC_RELAXED);
    }
    fire_due_locked(now);
    pthread_mutex_unlock(&tlock);
    return true;
}

static int cmp_seq(const void *a, const void *b) {
    int64_t x = (*(Timer *const *)a)->seq, y = (*(Timer *const *)b)->seq;
    return (x > y) - (x < y);
}

int timer_next_due(Timer **out, int max) {
    pthread_mutex_lock(&tlock);
    int n = 0;
    if (heap_len > 0) {
        int64_t when = heap[0]->when;
        if (when > vclock) __atomic_store_n(&vclock, when, __ATOMIC_RELAXED);
        for (int i = 0; i < heap_len; i++)
            if (heap[i]->when <= when) out[n < max ? n++ : max - 1] = heap[i];
        qsort(out, (size_t)n, sizeof(Timer *), cmp_seq);
    }
    pthread_mutex_unlock(&tlock);
    return n;
}

void timer_fire_one(Timer *t) {
    pthread_mutex_lock(&tlock);
    if (t->heap_index >= 0 && t->heap_index < heap_len && heap[t->heap_index] == t) {
        bool periodic;
        int64_t now = timer_now();
        heap_remove(t->heap_index);
        rearm_or_drop(t, now, &periodic);
        fire_unlocked(t, periodic, now);
    }
    pthread_mutex_unlock(&tlock);
}

static void *timer_main(void *arg) {
    CSP_UNUSED(arg);
    pthread_mutex_lock(&tlock);
    for (;;) {
        if (heap_len == 0) {
            pthread_cond_wait(&tcond, &tlock);
            continue;
        }
        int64_t now = timer_now();
        bool periodic;
        Timer *t = pop_due(now, &periodic);
        if (!t) {
            struct timespec ts;
            ts.tv_sec = heap[0]->when / 1000000000LL;
            ts.tv_nsec = heap[0]->when % 1000000000LL;
            pthread_cond_timedwait(&tcond, &tlock, &ts);
            continue;
        }
        fire_unlocked(t, periodic, now);
    }
    return NULL;
}

void timer_init(bool virtual_clock) {
    virtual_time = virtual_clock;
    if (virtual_time) return; /* the scheduler advances the clock */
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&tcond, &ca);
    pthread_t th;
    pthread_create(&th, NULL, timer_main, NULL);
    pthread_detach(th);
}
