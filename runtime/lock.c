/* lock.c: the contended path of RtLock (runtime/lock.h).
 *
 * Spin on a plain load (the cache line stays shared until the holder's
 * release store), then yield the thread, then nap: a holder that the
 * kernel descheduled, or that is collecting garbage inside its section,
 * costs waiters little CPU.
 */
#include <sched.h>
#include <time.h>

#include "lock.h"

void rtlock_wait(RtLock *l) {
    for (unsigned tries = 0;;) {
        while (__atomic_load_n(&l->v, __ATOMIC_RELAXED)) {
            if (tries < 64) {
                rtlock_pause();
            } else if (tries < 128) {
                sched_yield();
            } else {
                struct timespec nap = {0, 20000}; /* 20 µs */
                nanosleep(&nap, NULL);
            }
            tries++;
        }
        if (rtlock_try(l)) return;
    }
}
