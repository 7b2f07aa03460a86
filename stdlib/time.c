/* time.c: natives of package time: the clock, Sleep, timers, tickers,
 * Duration.String and a Format subset. Timers live in runtime/timer.c; a
 * firing timer sends the current Time on its channel without blocking (a
 * full channel drops the tick, as Go's sendTime does). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "../race/race.h"
#include "../runtime/ctl.h"
#include "../runtime/sched.h"
#include "stdlib.h"

bool chan_offer(Chan *c, Slot v);

static int64_t wall_now(void) { return timer_wall_now(); }

static int t_now(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    a[0].i = timer_now();
    a[1].i = wall_now();
    return VM_OK;
}

/* ---------- Sleep ---------- */

typedef struct SleepTimer {
    Timer t;
    pthread_mutex_t park_lock;
} SleepTimer;

static void wake_sleeper(Timer *t, int64_t now) {
    CSP_UNUSED(now);
    SleepTimer *st = (SleepTimer *)t;
    pthread_mutex_lock(&st->park_lock); /* the sleeper has fully parked */
    pthread_mutex_unlock(&st->park_lock);
    sched_ready(t->arg);
}

static int t_sleep(Proc *p, Slot *a) {
    int64_t d = a[0].i;
    if (d <= 0) return VM_OK;
    SleepTimer *st = csp_alloc(sizeof(SleepTimer));
    pthread_mutex_init(&st->park_lock, NULL);
    st->t.heap_index = -1;
    st->t.fn = wake_sleeper;
    st->t.arg = p;
    st->t.when = timer_now() + d;
    pthread_mutex_lock(&st->park_lock);
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

static Slot time_value(int64_t mono) {
    Slot *blk = csp_alloc(sizeof(Slot) * 2);
    blk[0].i = mono;
    blk[1].i = wall_now();
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

/* Layout ".999999999": the fraction without trailing zeros, nothing if 0. */
static void put_trimmed_fraction(Buf *b, long nsec) {
    if (!nsec) return;
    char digits[16];
    snprintf(digits, sizeof digits, "%09ld", nsec);
    int n = 9;
    while (n > 0 && digits[n - 1] == '0') n--;
    buf_putc(b, '.');
    buf_put(b, digits, (size_t)n);
}

/* format(wall, layout): a subset of Go's layouts (local time; UTC in virtual time). */
static int t_format(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    int64_t wall = a[0].i;
    Str *layout = a[1].p;
    time_t secs = (time_t)(wall / 1000000000LL);
    long nsec = (long)(wall % 1000000000LL);
    struct tm tm;
    /* a seeded run is in UTC, so its output is the same on every machine */
    if (timer_is_virtual()) gmtime_r(&secs, &tm);
    else localtime_r(&secs, &tm);
    static const char *months[] = {"January", "February", "March", "April", "May", "June", "July",
                                   "August", "September", "October", "November", "December"};
    static const char *days[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    Buf b;
    buf_init(&b);
    const char *s = str_data(layout);
    int64_t n = str_len(layout);
    for (int64_t i = 0; i < n;) {
#define LIT(x) (n - i >= (int64_t)strlen(x) && memcmp(s + i, x, strlen(x)) == 0 && (i += (int64_t)strlen(x), 1))
        if (LIT("2006")) buf_printf(&b, "%04d", tm.tm_year + 1900);
        else if (LIT("January")) buf_puts(&b, months[tm.tm_mon]);
        else if (LIT("Jan")) buf_put(&b, months[tm.tm_mon], 3);
        else if (LIT("Monday")) buf_puts(&b, days[tm.tm_wday]);
        else if (LIT("Mon")) buf_put(&b, days[tm.tm_wday], 3);
        else if (LIT("MST")) buf_puts(&b, timer_is_virtual() || !tm.tm_zone ? "UTC" : tm.tm_zone);
        else if (LIT("01")) buf_printf(&b, "%02d", tm.tm_mon + 1);
        else if (LIT("02")) buf_printf(&b, "%02d", tm.tm_mday);
        else if (LIT("_2")) buf_printf(&b, "%2d", tm.tm_mday);
        else if (LIT("15")) buf_printf(&b, "%02d", tm.tm_hour);
        else if (LIT("03")) buf_printf(&b, "%02d", tm.tm_hour % 12 ? tm.tm_hour % 12 : 12);
        else if (LIT("04")) buf_printf(&b, "%02d", tm.tm_min);
        else if (LIT("05")) buf_printf(&b, "%02d", tm.tm_sec);
        else if (LIT("06")) buf_printf(&b, "%02d", tm.tm_year % 100);
        else if (LIT("PM")) buf_puts(&b, tm.tm_hour >= 12 ? "PM" : "AM");
        else if (LIT("-0700")) {
            long off = tm.tm_gmtoff / 60;
            buf_printf(&b, "%c%02ld%02ld", off < 0 ? '-' : '+', labs(off) / 60, labs(off) % 60);
        } else if (LIT(".000000000")) buf_printf(&b, ".%09ld", nsec);
        else if (LIT(".999999999")) put_trimmed_fraction(&b, nsec);
        else if (LIT(".000000")) buf_printf(&b, ".%06ld", nsec / 1000);
        else if (LIT(".000")) buf_printf(&b, ".%03ld", nsec / 1000000);
        else if (LIT("1")) buf_printf(&b, "%d", tm.tm_mon + 1);
        else if (LIT("2")) buf_printf(&b, "%d", tm.tm_mday);
        else if (LIT("3")) buf_printf(&b, "%d", tm.tm_hour % 12 ? tm.tm_hour % 12 : 12);
        else if (LIT("4")) buf_printf(&b, "%d", tm.tm_min);
        else if (LIT("5")) buf_printf(&b, "%d", tm.tm_sec);
        else buf_putc(&b, s[i++]);
#undef LIT
    }
    a[0].p = stdlib_str(b.data, (int64_t)b.len);
    return VM_OK;
}

const NativeEntry time_natives[] = {
    {"time.now", t_now},
    {"time.Sleep", t_sleep},
    {"time.startTimer", t_start},
    {"time.stopTimer", t_stop},
    {"time.resetTimer", t_reset},
    {"time.Duration.String", t_dur_string},
    {"time.format", t_format},
    {NULL, NULL},
};
