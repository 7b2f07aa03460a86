/* time.c: natives of package time: the clock, Sleep, timers, tickers,
 * Duration.String, the system's zone, and the Time values timers send.
 * Timers live in runtime/timer.c; a firing timer sends the current Time on
 * its channel without blocking (a full channel drops the tick, as Go's
 * sendTime does). The calendar and layouts are csp (prelude/time.go). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "../race/race.h"
#include "../runtime/ctl.h"
#include "../runtime/sched.h"
#include "stdlib.h"

bool chan_offer(Chan *c, Slot v);

static int64_t wall_now(void) { return timer_wall_now(); }

/* The monotonic clock at start-up: Go's readings (String's m=+0.001) count
 * from the program's start. */
static int64_t mono_base;
__attribute__((constructor)) static void mono_base_init(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    mono_base = (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int64_t mono_now(int64_t now) { return timer_is_virtual() ? now - 1000000000LL : now - mono_base; }

static int t_now(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    a[0].i = mono_now(timer_now());
    a[1].i = wall_now();
    return VM_OK;
}

static const char *local_name(void);

/* localZone(sec int64) (name string, offset int): the C library's zone at
 * unix second sec; UTC in virtual time, so seeded runs print the same
 * everywhere. */
static int t_localZone(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    time_t secs = (time_t)a[0].i;
    struct tm tm;
    if (timer_is_virtual() || strcmp(local_name(), "UTC") == 0 || !localtime_r(&secs, &tm)) {
        a[0].p = str_from_cstr("UTC");
        a[1].i = 0;
        return VM_OK;
    }
    a[0].p = str_from_cstr(tm.tm_zone ? tm.tm_zone : "");
    a[1].i = tm.tm_gmtoff;
    return VM_OK;
}

/* Go's initLocal: the name of Local. TZ unset is "Local" (UTC without
 * /etc/localtime), TZ="" or a zone that does not exist is "UTC" (and its
 * offsets are UTC's), TZ=":Europe/Rome" and "Europe/Rome" are
 * "Europe/Rome", a path is itself ("Local" for /etc/localtime). Seeded
 * runs keep "Local" (their zone is UTC). */
static const char *local_name(void) {
    static const char *name;
    if (name) return name;
    const char *tz = getenv("TZ");
    const char *n = "Local";
    if (!tz) {
        if (access("/etc/localtime", R_OK) != 0) n = "UTC";
    } else {
        if (tz[0] == ':') tz++;
        if (!tz[0] || strcmp(tz, "UTC") == 0) n = "UTC";
        else if (tz[0] == '/') n = access(tz, R_OK) != 0 ? "UTC" : strcmp(tz, "/etc/localtime") == 0 ? "Local" : tz;
        else {
            char path[512];
            snprintf(path, sizeof path, "/usr/share/zoneinfo/%s", tz);
            n = access(path, R_OK) == 0 ? tz : "UTC";
        }
    }
    name = n;
    return name;
}

static int t_localName(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    a[0].p = str_from_cstr(timer_is_virtual() ? "Local" : local_name());
    return VM_OK;
}

/* The prelude's Local (*Location), which the Times timers send carry. */
static void *local_location;

static int t_setLocal(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    local_location = a[0].p;
    a[0].i = 1;
    return VM_OK;
}

/* ---------- Sleep ---------- */

typedef struct SleepTimer {
    Timer t;
    RtLock park_lock;
} SleepTimer;

static void wake_sleeper(Timer *t, int64_t now) {
    CSP_UNUSED(now);
    SleepTimer *st = (SleepTimer *)t;
    rtlock_acquire(&st->park_lock); /* the sleeper has fully parked */
    rtlock_release(&st->park_lock);
    sched_ready(t->arg);
}

static int t_sleep(Proc *p, Slot *a) {
    int64_t d = a[0].i;
    if (d <= 0) return VM_OK;
    SleepTimer *st = csp_alloc(sizeof(SleepTimer));
    rtlock_init(&st->park_lock);
    st->t.heap_index = -1;
    st->t.fn = wake_sleeper;
    st->t.arg = p;
    st->t.when = timer_now() + d;
    rtlock_acquire(&st->park_lock);
    timer_start(&st->t);
    sched_set_wait(p, "sleep");
    sched_park_unlock(p, &st->park_lock);
    return VM_PARK;
}

/* ---------- timers and tickers ---------- */

typedef struct ChanTimer {
    Timer t;
    Chan *c;
    Closure *f;
} ChanTimer;

/* A time.Time as Now makes it: {sec since year 1, nsec, mono, hasMono,
 * loc} (stdlib/prelude/time.go). */
#define UNIX_TO_INTERNAL 62135596800LL

static Slot time_value(int64_t mono) {
    Slot *blk = csp_alloc(sizeof(Slot) * 5);
    int64_t wall = wall_now();
    int64_t sec = wall / 1000000000LL, nsec = wall % 1000000000LL;
    if (nsec < 0) sec--, nsec += 1000000000LL;
    blk[0].i = sec + UNIX_TO_INTERNAL;
    blk[1].i = nsec;
    blk[2].i = mono_now(mono);
    blk[3].i = 1;
    blk[4].p = local_location;
    return (Slot){.p = blk};
}

static void fire_now(ChanTimer *ct, int64_t now, Proc *ctx) {
    if (ct->f) sched_spawn(ctx, ct->f, NULL, 0);
    else if (ct->c) chan_offer(ct->c, time_value(now));
}

/* --race: starting (or resetting) a timer happens before it fires, as in
 * Go's runtime: the firing runs on behalf of a short-lived context that
 * acquires the timer, so the AfterFunc's process, or the receiver of the
 * timer's channel, is ordered after the start. */
static __attribute__((noinline, cold)) void fire_race(ChanTimer *ct, int64_t now) {
    Proc ctx = {0};
    race_proc_start(&ctx, NULL, NULL);
    race_acquire(&ctx, ct);
    Proc *saved = vm_current;
    vm_current = &ctx;
    fire_now(ct, now, &ctx);
    vm_current = saved;
    race_proc_end(&ctx);
}

static void fire(Timer *t, int64_t now) {
    ChanTimer *ct = (ChanTimer *)t;
    if (race_enabled) fire_race(ct, now);
    else fire_now(ct, now, NULL);
}

/* startTimer(c chan Time, d, period Duration, f func()) runtimeTimer */
static int t_start(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    ChanTimer *ct = csp_alloc(sizeof(ChanTimer));
    ct->c = a[0].p;
    ct->f = a[3].p;
    ct->t.heap_index = -1;
    ct->t.fn = fire;
    ct->t.period = a[2].i;
    int64_t d = a[1].i;
    ct->t.when = timer_now() + (d > 0 ? d : 0);
    if (race_enabled) race_release(p, ct);
    timer_start(&ct->t);
    Slot *r = csp_alloc(sizeof(Slot));
    r->p = ct;
    a[0].p = r;
    return VM_OK;
}

static ChanTimer *timer_of(Slot *r) { return r ? r[0].p : NULL; }

static int t_stop(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    ChanTimer *ct = timer_of(a[0].p);
    ctl_touch(ct, CTL_WRITE);
    a[0].i = ct ? timer_stop(&ct->t) : 0;
    return VM_OK;
}

static int t_reset(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    ChanTimer *ct = timer_of(a[0].p);
    if (!ct) return vm_panic_string(p, "time: Reset called on uninitialized Timer");
    ctl_touch(ct, CTL_WRITE);
    bool was = timer_stop(&ct->t);
    int64_t d = a[1].i;
    if (ct->t.period > 0) ct->t.period = d;
    ct->t.when = timer_now() + (d > 0 ? d : 0);
    if (race_enabled) race_release(p, ct);
    timer_start(&ct->t);
    a[0].i = was;
    return VM_OK;
}

/* ---------- Duration.String, exactly as Go's ---------- */

static int fmt_frac(char *buf, int w, uint64_t v, int prec, uint64_t *out) {
    bool print = false;
    for (int i = 0; i < prec; i++) {
        int digit = (int)(v % 10);
        print = print || digit != 0;
        if (print) buf[--w] = (char)('0' + digit);
        v /= 10;
    }
    if (print) buf[--w] = '.';
    *out = v;
    return w;
}

static int fmt_int(char *buf, int w, uint64_t v) {
    if (v == 0) buf[--w] = '0';
    while (v > 0) {
        buf[--w] = (char)('0' + v % 10);
        v /= 10;
    }
    return w;
}

static int t_dur_string(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    char buf[32];
    int w = 32;
    int64_t d = a[0].i;
    uint64_t u = (uint64_t)d;
    bool neg = d < 0;
    if (neg) u = -u;
    if (u < 1000000000ULL) {
        int prec = 0;
        buf[--w] = 's';
        w--;
        if (u == 0) {
            a[0].p = str_from_cstr("0s");
            return VM_OK;
        } else if (u < 1000ULL) {
            prec = 0;
            buf[w] = 'n';
        } else if (u < 1000000ULL) {
            prec = 3;
            w--;
            memcpy(&buf[w], "\xc2\xb5", 2); /* µ */
        } else {
            prec = 6;
            buf[w] = 'm';
        }
        w = fmt_frac(buf, w, u, prec, &u);
        w = fmt_int(buf, w, u);
    } else {
        buf[--w] = 's';
        w = fmt_frac(buf, w, u, 9, &u);
        w = fmt_int(buf, w, u % 60);
        u /= 60;
        if (u > 0) {
            buf[--w] = 'm';
            w = fmt_int(buf, w, u % 60);
            u /= 60;
            if (u > 0) {
                buf[--w] = 'h';
                w = fmt_int(buf, w, u);
            }
        }
    }
    if (neg) buf[--w] = '-';
    a[0].p = str_new(buf + w, 32 - w);
    return VM_OK;
}

const NativeEntry time_natives[] = {
    {"time.now", t_now},
    {"time.Sleep", t_sleep},
    {"time.startTimer", t_start},
    {"time.stopTimer", t_stop},
    {"time.resetTimer", t_reset},
    {"time.Duration.String", t_dur_string},
    {"time.localZone", t_localZone},
    {"time.localName", t_localName},
    {"time.setLocal", t_setLocal},
    {NULL, NULL},
};
