/* sched.h: scheduler internals shared by channels, select, sync and timers.
 *
 * The park protocol (see runtime.h): a blocking operation enqueues its
 * waiter while holding the lock that protects the wait queue, and returns
 * VM_PARK with that lock STILL HELD, recorded by sched_park_unlock. The
 * worker releases it only after the process has fully stopped, so a waker
 * that finds the waiter can never resume a process that is still running.
 */
#ifndef CSP_SCHED_H
#define CSP_SCHED_H

#include <pthread.h>

#include "lock.h"
#include "runtime.h"

/* Records the locks to release once p has parked (up to 8, for select). */
void sched_park_unlock(Proc *p, RtLock *m);
/* Marks p waiting with a reason and source line (deadlock reports). */
void sched_set_wait(Proc *p, const char *reason);

/* Timers (runtime/timer.c). A timer fires fn(arg) on the timer thread at
 * `when` (nanoseconds of the monotonic clock). */
typedef struct Timer Timer;
typedef void (*TimerFn)(Timer *t, int64_t now);
struct Timer {
    int64_t when;
    int64_t period;     /* tickers: re-arm after firing */
    TimerFn fn;
    void *arg;          /* Proc to wake, Chan to send on... */
    Slot val;
    int heap_index;     /* -1 when not armed */
    int64_t seq;
};
/* The monotonic clock timers use (virtual in a --seed run). */
int64_t timer_now(void);
/* Wall-clock time in ns since 1970 (virtual: from 2009-11-10 23:00 UTC). */
int64_t timer_wall_now(void);
void timer_start(Timer *t);
bool timer_stop(Timer *t);
int64_t timer_pending(void);
/* Starts the timer thread, or (virtual_clock) arranges for the scheduler
 * to drive the clock with timer_advance. */
void timer_init(bool virtual_clock);
bool timer_is_virtual(void);
/* Virtual time, when no process can run: jumps the clock to the earliest
 * timer and fires every timer due then. False when no timer is armed. */
bool timer_advance(void);
/* Virtual time: a slice ran (the clock moves by ns) / fire what is due. */
void timer_virtual_tick(int64_t ns);
/* Virtual time, scheduled runs (runtime/ctl.c): moves the clock to the
 * earliest timer and lists the timers due then (up to max, in the order
 * they were started); fires one of them. */
int timer_next_due(Timer **out, int max);
void timer_fire_one(Timer *t);
void timer_fire_due(void);
/* The timer thread fired the last pending timer: a deadlock check (sched.c;
 * the firing may have woken nobody, so no worker would look again). */
void sched_timers_idle(void);

/* The REPL runs entries as processes (sched_repl_start). */
extern bool sched_repl_mode;


#endif
