/* lock.h: the runtime's short-section lock (channels, run queues, sync
 * wait records, parked processes).
 *
 * Every critical section it guards is a few dozen instructions that never
 * block: move a value, link a waiter, pop a queue. For those, a POSIX
 * mutex costs more than the section itself: a call, owner and user-count
 * bookkeeping, and an atomic read-modify-write on unlock. A channel
 * hand-off takes two lock/unlock pairs, so on the ping-pong path the
 * mutexes were half the time.
 *
 * RtLock is a test-and-test-and-set lock: acquiring is one compare-and-swap
 * when free; releasing is a plain release store (no locked instruction on
 * x86). A waiter spins briefly with `pause`, then yields its thread to the
 * OS, so a holder descheduled by the kernel (more worker threads than
 * cores, or a garbage collection running inside a section) gets the CPU
 * back; after many yields it sleeps in short naps so that a long wait burns
 * little CPU. There is no queue of sleepers and no wake-up to lose: every
 * waiter re-checks the word itself.
 *
 * The zero value is an unlocked lock. Not recursive, not fair: the sections
 * are too short for either to matter.
 */
#ifndef CSP_LOCK_H
#define CSP_LOCK_H

#include <stdbool.h>

typedef struct RtLock {
    int v; /* 0 free, 1 held */
} RtLock;

#define RTLOCK_INIT {0}

void rtlock_wait(RtLock *l); /* the contended path (lock.c) */

/* One step of a spin-wait: tells the CPU we are spinning (x86 `pause`). */
static inline void rtlock_pause(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

static inline bool rtlock_try(RtLock *l) {
    int free_ = 0;
    return __atomic_compare_exchange_n(&l->v, &free_, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

static inline void rtlock_acquire(RtLock *l) {
    if (__builtin_expect(!rtlock_try(l), 0)) rtlock_wait(l);
}

static inline void rtlock_release(RtLock *l) { __atomic_store_n(&l->v, 0, __ATOMIC_RELEASE); }

static inline void rtlock_init(RtLock *l) { l->v = 0; }

#endif
