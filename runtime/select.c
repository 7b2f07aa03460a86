/* select.c: Go's select statement.
 *
 * As in Go's runtime/select.go: cases are polled in a random order (so a
 * ready case is chosen uniformly), with every involved channel locked in
 * address order. If none is ready and there is no default, the process
 * enqueues one waiter per case and parks; the first partner to claim the
 * shared SelectState completes exactly one case. When the process resumes,
 * it removes its leftover waiters from the other channels.
 */
#include <stdlib.h>

#include "chan_impl.h"

int vm_panic_string(Proc *p, const char *msg);

enum { CASE_SEND = 1, CASE_RECV = 2 };

static int cmp_chan(const void *a, const void *b) {
    uintptr_t x = (uintptr_t)*(Chan *const *)a, y = (uintptr_t)*(Chan *const *)b;
    return (x > y) - (x < y);
}

/* Sorted, de-duplicated, non-nil channels of the cases. */
static int lock_order(Slot *cases, int n, Chan **out) {
    int k = 0;
    for (int i = 0; i < n; i++)
        if (cases[3 * i].p) out[k++] = cases[3 * i].p;
    qsort(out, k, sizeof(Chan *), cmp_chan);
    int u = 0;
    for (int i = 0; i < k; i++)
        if (u == 0 || out[u - 1] != out[i]) out[u++] = out[i];
    return u;
}

static void unlock_all(Chan **order, int n) {
    for (int i = n - 1; i >= 0; i--) pthread_mutex_unlock(&order[i]->lock);
}

/* Runs when the process resumes after a blocked select. */
static void select_resume(Proc *p) {
    SelectState *s = p->resume_data;
    p->on_resume = NULL;
    p->resume_data = NULL;
    for (int i = 0; i < s->n; i++) {
        Waiter *w = &s->waiters[i];
        if (!w->c) continue;
        pthread_mutex_lock(&w->c->lock); /* `queued` is only read under the lock */
        if (w->queued) waitq_remove(w->dst ? &w->c->recvq : &w->c->sendq, w);
        pthread_mutex_unlock(&w->c->lock);
    }
    s->cases[0].i = s->chosen;
}

int select_run(Proc *p, Slot *cases, int n, bool has_default) {
    if (n == 0 && !has_default) {
        sched_set_wait(p, "select (no cases)");
        return VM_PARK;
    }
    int order_buf[64];
    int *poll = n <= 64 ? order_buf : csp_alloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) poll[i] = i;
    for (int i = n - 1; i > 0; i--) {
        int j = (int)(rand_next() % (uint64_t)(i + 1));
        int t = poll[i];
        poll[i] = poll[j];
        poll[j] = t;
    }
    Chan *lk_buf[64];
    Chan **locks = n <= 64 ? lk_buf : csp_alloc(sizeof(Chan *) * n);
    int nl = lock_order(cases, n, locks);
    for (int i = 0; i < nl; i++) pthread_mutex_lock(&locks[i]->lock);
    for (int k = 0; k < n; k++) {
        int i = poll[k];
        Chan *c = cases[3 * i].p;
        if (!c) continue;
        Waiter *wake;
        if (cases[3 * i + 2].i == CASE_SEND) {
            if (c->closed) {
                unlock_all(locks, nl);
                return vm_panic_plain(p, "send on closed channel");
            }
            if (chan_give_locked(c, cases[3 * i + 1], &wake)) {
                unlock_all(locks, nl);
                if (wake) sched_ready(wake->p);
                cases[0].i = i;
                return VM_OK;
            }
        } else {
            Slot v;
            if (chan_take_locked(c, &v, &wake)) {
                unlock_all(locks, nl);
                if (wake) sched_ready(wake->p);
                cases[3 * i + 1] = v;
                cases[3 * i + 2].i = 1;
                cases[0].i = i;
                return VM_OK;
            }
            if (c->closed) {
                unlock_all(locks, nl);
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
        cases[0].i = -1;
        return VM_OK;
    }
    /* block: a waiter on every channel, all sharing one SelectState */
    SelectState *s = csp_alloc(sizeof(SelectState));
    s->cases = cases;
    s->n = n;
    s->chosen = -1;
    s->waiters = csp_alloc(sizeof(Waiter) * n);
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
    p->on_resume = select_resume;
    p->resume_data = s;
    sched_set_wait(p, nl ? "select" : "select (no cases)");
    for (int i = 0; i < nl; i++) sched_park_unlock(p, &locks[i]->lock);
    return VM_PARK;
}
