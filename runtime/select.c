/* select.c: Go's select statement.
 *
 * As in Go's runtime/select.go: cases are polled in a random order (so a
 * ready case is chosen uniformly), with every involved channel locked in
 * address order. If none is ready and there is no default, the process
 * enqueues one waiter per case and parks; the first partner to claim the
 * shared SelectState completes exactly one case. When the process resumes,
 * it removes its leftover waiters from the other channels.
 *
 * A scheduled run (runtime/ctl.h) polls in case order, but first asks which
 * of the ready cases to take: a decision of its own, so that a schedule
 * replays and an explorer tries each.
 */
#include <stdlib.h>

#include "chan_impl.h"
#include "ctl.h"

int vm_panic_string(Proc *p, const char *msg);

/* Sorted, de-duplicated, non-nil channels of the cases. An insertion
 * sort: selects have a handful of cases, and qsort's call per comparison
 * cost more than the whole sort. */
static int lock_order(Slot *cases, int n, Chan **out) {
    int k = 0;
    for (int i = 0; i < n; i++) {
        Chan *c = cases[3 * i].p;
        if (!c) continue;
        int j = k;
        while (j > 0 && (uintptr_t)out[j - 1] > (uintptr_t)c) {
            out[j] = out[j - 1];
            j--;
        }
        if (j > 0 && out[j - 1] == c) { /* a duplicate: undo the shift */
            for (; j < k; j++) out[j] = out[j + 1];
            continue;
        }
        out[j] = c;
        k++;
    }
    return k;
}

/* Is there a partner that can still be claimed on q (c->lock held)? */
static bool claimable(WaitQ *q) {
    for (Waiter *w = q->head; w; w = w->next)
        if (!w->sel || !__atomic_load_n(&w->sel->done, __ATOMIC_ACQUIRE)) return true;
    return false;
}

static bool case_ready(Slot *cases, int i) {
    Chan *c = cases[3 * i].p;
    if (!c) return false;
    if (cases[3 * i + 2].i == CASE_SEND) return c->closed || claimable(&c->recvq) || c->count < c->cap;
    return claimable(&c->sendq) || c->count > 0 || c->closed;
}

/* A scheduled run: the chosen ready case is polled first (locks held). */
static void choose_ready(Slot *cases, int n, int *poll) {
    int ready_buf[64];
    int *ready = n <= 64 ? ready_buf : csp_alloc(sizeof(int) * n);
    int k = 0;
    for (int i = 0; i < n; i++)
        if (case_ready(cases, i)) ready[k++] = i;
    if (!k) return;
    int pick = ready[ctl_choose(k)];
    poll[pick] = 0;
    poll[0] = pick;
}

/* Does case i's channel appear in another case too? */
static bool shared_chan(Slot *cases, int n, int i) {
    for (int j = 0; j < n; j++)
        if (j != i && cases[3 * j].p == cases[3 * i].p) return true;
    return false;
}

/* The access of a select that parks, for case i's channel. Parking
 * commutes with a partner's arrival or a close (runtime/ctl.h) only when
 * one case can be served there: with several (two receives from one
 * channel, a send and a receive on one that is closed), a partner that
 * finds the select parked completes the first waiter in the queue, while
 * one that comes first leaves every one of those cases ready, a choice.
 * Then the park is a write: the two orders are explored. */
static int park_kind(Slot *cases, int n, int i) {
    if (shared_chan(cases, n, i)) return CTL_WRITE;
    return cases[3 * i + 2].i == CASE_SEND ? CTL_PARK_SEND : CTL_PARK_RECV;
}

/* An explorer's record of the select (runtime/ctl.h): the channel of case
 * `taken` with `kind`, every other channel as polled (a read); taken < 0
 * and kind 0: the select parked on every case's channel. A select with a
 * default that serves a parked partner does not commute with that
 * partner's parking (first, it would have taken the default): a write. */
static void note(Slot *cases, int n, int taken, int kind) {
    if (!ctl_recording) return;
    for (int i = 0; i < n; i++) {
        Chan *c = cases[3 * i].p;
        if (!c) continue;
        int k = i == taken ? kind : taken >= 0 && c == cases[3 * taken].p ? 0 : !kind ? park_kind(cases, n, i) : CTL_READ;
        if (k) ctl_access(c, k, 1);
    }
}

static void unlock_all(Chan **order, int n) {
    for (int i = n - 1; i >= 0; i--) rtlock_release(&order[i]->lock);
}

/* Runs when the process resumes after a blocked select. */
static int select_resume(Proc *p) {
    SelectState *s = p->resume_data;
    p->on_resume = NULL;
    p->resume_data = NULL;
    for (int i = 0; i < s->n; i++) {
        Waiter *w = &s->waiters[i];
        /* The chosen case's waiter was dequeued by whoever woke us, before
         * the wake-up: no lock needed. Any other may still be queued, or be
         * in the middle of a claim by another process that will fail, and
         * `queued` is only read under its channel's lock. */
        if (!w->c || i == s->chosen) continue;
        rtlock_acquire(&w->c->lock);
        if (w->queued) waitq_remove(w->dst ? &w->c->recvq : &w->c->sendq, w);
        rtlock_release(&w->c->lock);
    }
    s->cases[0].i = s->chosen;
    return VM_OK;
}

/* A process blocks in at most one select at a time, and when it resumes
 * select_resume has taken its waiters off every queue, under each
 * channel's lock: no one else can still see them, so the record is reused
 * (a select in a loop would otherwise allocate on every block). */
static SelectState *own_state(Proc *p, int n) {
    SelectState *s = p->select_cache;
    if (!s || s->cap < n) {
        s = csp_alloc(sizeof(SelectState));
        s->waiters = csp_alloc(sizeof(Waiter) * n);
        s->cap = n;
        p->select_cache = s;
        return s;
    }
    s->done = 0;
    s->closed_send = false;
    memset(s->waiters, 0, sizeof(Waiter) * n);
    return s;
}

int select_run(Proc *p, Slot *cases, int n, bool has_default) {
    if (n == 0 && !has_default) {
        sched_set_wait(p, "select (no cases)");
        return VM_PARK;
    }
    int order_buf[64];
    int *poll = n <= 64 ? order_buf : csp_alloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) poll[i] = i;
    for (int i = n - 1; i > 0 && ctl_mode != CTL_SCHEDULE; i--) {
        int j = (int)(rand_next() % (uint64_t)(i + 1));
        int t = poll[i];
        poll[i] = poll[j];
        poll[j] = t;
    }
    Chan *lk_buf[64];
    Chan **locks = n <= 64 ? lk_buf : csp_alloc(sizeof(Chan *) * n);
    int nl = lock_order(cases, n, locks);
    for (int i = 0; i < nl; i++) rtlock_acquire(&locks[i]->lock);
    if (ctl_mode == CTL_SCHEDULE) choose_ready(cases, n, poll);
    for (int k = 0; k < n; k++) {
        int i = poll[k];
        Chan *c = cases[3 * i].p;
        if (!c) continue;
        Waiter *wake;
        if (cases[3 * i + 2].i == CASE_SEND) {
            if (c->closed) {
                unlock_all(locks, nl);
                note(cases, n, i, CTL_WRITE);
                return vm_panic_plain(p, "send on closed channel");
            }
            if (chan_give_locked(c, cases[3 * i + 1], &wake)) {
                unlock_all(locks, nl);
                note(cases, n, i, wake && !has_default ? CTL_HAND_SEND : CTL_WRITE);
                if (wake) sched_ready(wake->p);
                cases[0].i = i;
                return VM_OK;
            }
        } else {
            Slot v;
            if (chan_take_locked(c, &v, &wake)) {
                unlock_all(locks, nl);
                note(cases, n, i, wake && !c->cap && !has_default ? CTL_HAND_RECV : CTL_WRITE);
                if (wake) sched_ready(wake->p);
                cases[3 * i + 1] = v;
                cases[3 * i + 2].i = 1;
                cases[0].i = i;
                return VM_OK;
            }
            if (c->closed) {
                unlock_all(locks, nl);
                note(cases, n, i, CTL_READ);
                if (csp_unlikely(race_enabled)) race_acquire(p, c); /* observed the close */
                cases[3 * i + 1] = chan_zero(c);
                cases[3 * i + 2].i = 0;
                cases[0].i = i;
                return VM_OK;
            }
        }
    }
    if (has_default) {
        unlock_all(locks, nl);
        note(cases, n, -1, CTL_READ);
        cases[0].i = -1;
        return VM_OK;
    }
    /* block: a waiter on every channel, all sharing one SelectState */
    SelectState *s = own_state(p, n);
    s->cases = cases;
    s->n = n;
    s->chosen = -1;
    for (int i = 0; i < n; i++) {
        Chan *c = cases[3 * i].p;
        if (!c) continue;
        Waiter *w = &s->waiters[i];
        w->p = p;
        w->sel = s;
        w->case_index = i;
        w->c = c;
        if (cases[3 * i + 2].i == CASE_SEND) {
            w->val = cases[3 * i + 1];
            waitq_push(&c->sendq, w);
        } else {
            w->dst = &cases[3 * i + 1];
            w->okdst = &cases[3 * i + 2];
            waitq_push(&c->recvq, w);
        }
    }
    note(cases, n, -1, 0);
    p->on_resume = select_resume;
    p->resume_data = s;
    sched_set_wait(p, nl ? "select" : "select (no cases)");
    for (int i = 0; i < nl; i++) sched_park_unlock(p, &locks[i]->lock);
    return VM_PARK;
}
