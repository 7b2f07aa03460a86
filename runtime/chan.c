/* chan.c: typed channels: make, send, receive, close, len, cap.
 *
 * As in Go's runtime/chan.go: a send to a waiting receiver copies the value
 * straight into the receiver's register and wakes it; a receive from a full
 * buffer with a waiting sender takes the head and moves that sender's value
 * to the tail, keeping FIFO order. Wake-ups happen after the channel lock
 * is released (close collects its waiters first).
 */
#include "chan_impl.h"
#include "ctl.h"

int vm_panic_string(Proc *p, const char *msg);

/* An explorer's record (runtime/ctl.h) of claiming a parked select
 * through waiter `won` (waitq_claim, chan_impl.h): its waiters on the other
 * channels die with it, and that changes those channels as a partner
 * taking them would (a send there now parks or takes another waiter
 * instead of completing the select). So the claim is also a hand-off on
 * each of them, in the waiter's direction, and races with the partners
 * there: without it two senders on different channels of one select look
 * independent, and the other case is never explored. */
void chan_note_claim(const Waiter *won) {
    const SelectState *s = won->sel;
    for (int i = 0; i < s->n; i++) {
        const Waiter *x = &s->waiters[i];
        if (x != won && x->c) ctl_access(x->c, x->dst ? CTL_HAND_SEND : CTL_HAND_RECV, 1);
    }
}

void waiter_done(Waiter *w) {
    if (w->sel) w->sel->chosen = w->case_index;
}

Slot chan_zero(Chan *c) {
    Slot z = {0};
    if (c->elem->is_block) z.p = block_new(c->elem);
    return z;
}

/* ---------- operations ---------- */

CSP_HOT bool take_locked(Chan *c, Slot *out, Waiter **wake);
CSP_HOT bool give_locked(Chan *c, Slot v, Waiter **wake);
bool chan_take_locked(Chan *c, Slot *out, Waiter **wake) { return take_locked(c, out, wake); }
bool chan_give_locked(Chan *c, Slot v, Waiter **wake) { return give_locked(c, v, wake); }

/* A process waits on at most one plain send or receive at a time, and its
 * waiter has been dequeued by whoever woke it: reuse one record. */
static Waiter *own_waiter(Proc *p) {
    Waiter *w = p->waiter;
    if (!w) w = p->waiter = csp_alloc(sizeof(Waiter));
    *w = (Waiter){.p = p};
    return w;
}

/* Notes where c is made: the innermost frame of the program's own code
 * (not the library's: a time.After channel is made at the call of After),
 * for deadlock reports and :procs. Two stores on a path that allocates. */
static void note_made(Chan *c) {
    Proc *p = vm_current;
    if (!p) return;
    for (int i = p->nframes - 1; i >= 0; i--) {
        Frame *f = &p->frames[i];
        if (i == 0 || !f->fn->file || f->fn->file[0] != '$') {
            c->made_fn = f->fn;
            c->made_pc = f->pc;
            return;
        }
    }
}

Chan *chan_make(Type *chantype, int64_t size) {
    Chan *c = csp_alloc(sizeof(Chan));
    note_made(c);
    rtlock_init(&c->lock);
    c->type = chantype;
    c->elem = chantype->elem;
    c->cap = size;
    /* a big buffer is not touched until values pass through it (util/mem.c) */
    if (size > 0) c->buf = csp_alloc_zeroed(sizeof(Slot) * (size_t)size, c->elem->has_pointers || c->elem->is_block);
    return c;
}

int64_t chan_len(Chan *c) { return c ? __atomic_load_n(&c->count, __ATOMIC_RELAXED) : 0; }
int64_t chan_cap(Chan *c) { return c ? c->cap : 0; }

static int park_forever(Proc *p, const char *why) {
    sched_set_wait(p, why);
    return VM_PARK;
}

int chan_send(Proc *p, Chan *c, Slot v) {
    if (!c) return park_forever(p, "chan send (nil chan)");
    rtlock_acquire(&c->lock);
    if (c->closed) {
        rtlock_release(&c->lock);
        ctl_touch(c, CTL_WRITE);
        return vm_panic_plain(p, "send on closed channel");
    }
    Waiter *wake;
    if (give_locked(c, v, &wake)) {
        rtlock_release(&c->lock);
        ctl_touch(c, wake ? CTL_HAND_SEND : CTL_WRITE); /* see ctl.h */
        if (wake) sched_ready(wake->p);
        return VM_OK;
    }
    Waiter *me = own_waiter(p);
    me->val = v;
    me->c = c;
    waitq_push(&c->sendq, me);
    ctl_touch(c, CTL_PARK_SEND);
    sched_set_wait(p, "chan send");
    sched_park_unlock(p, &c->lock);
    return VM_PARK;
}

/* --trace: the running receiver took the buffered value at `head` (>= 0)
 * and/or a parked sender's value (which went to the buffer's `tail` if
 * >= 0, else straight to the receiver). Out of line: the fast path only
 * tests trace_on. */
static __attribute__((noinline, cold)) void trace_took(Chan *c, Waiter *w, int64_t head, int64_t tail, Slot got) {
    Proc *sender = w ? w->p : NULL;
    if (trace_detail_on) {
        /* for the viewer: the receive, and the parked sender's send (before
         * it, when the value went straight from one to the other). Values
         * come by value: an address of the caller's would keep them out of
         * registers on the hot path, traced or not. */
        if (sender && head < 0) trace_chan_op(c, sender, TD_SEND, false, &w->val, 0);
        trace_chan_op(c, vm_current, TD_RECV, head >= 0, &got, head >= 0 ? c->count - 1 : 0);
        if (sender && head >= 0) trace_chan_op(c, sender, TD_SEND, true, &w->val, c->count);
    }
    if (head >= 0) trace_flow_in(vm_current, trace_chan_get(c, head));
    if (!sender) return;
    int64_t id = trace_flow_out(sender);
    if (tail >= 0) trace_chan_put(c, tail, id);
    else trace_flow_in(vm_current, id);
}

/* --trace: the running sender (NULL: a timer) gave v to parked receiver
 * `to`, or (to NULL) put it into the buffer at `tail`. */
static __attribute__((noinline, cold)) void trace_gave(Chan *c, Proc *to, int64_t tail, Slot v) {
    if (trace_detail_on) trace_chan_op(c, vm_current, TD_SEND, !to, &v, to ? 0 : c->count + 1);
    if (to) {
        if (trace_detail_on) trace_chan_op(c, to, TD_RECV, false, &v, 0);
        trace_flow_in(to, trace_flow_out(vm_current));
    } else trace_chan_put(c, tail, trace_flow_out(vm_current));
}

/* --race: Go's channel edges (runtime/chan.go racenotify, racesync).
 * Buffer slot i is a synchronising address that each send and each receive
 * using it acquires and releases, so the k-th receive happens before the
 * (k+C)-th send completes; an unbuffered hand-off orders both partners
 * both ways; close releases the channel's own address and a receive that
 * observes the close acquires it. Out of line: the fast path only tests
 * race_enabled. */
static __attribute__((noinline, cold)) void race_notify(Proc *p, Chan *c, int64_t slot) {
    void *a = c->cap ? (void *)&c->buf[slot] : (void *)&c->head;
    race_acquire(p, a);
    race_release(p, a);
}

static __attribute__((noinline, cold)) void race_handoff(Chan *c, Proc *partner) {
    if (c->cap == 0) {
        race_release(vm_current, &c->head);
        race_acquire(partner, &c->head);
        race_release(partner, &c->head);
        race_acquire(vm_current, &c->head);
    } else {
        /* an empty buffer handed over directly: both use the next slot */
        race_notify(vm_current, c, c->head);
        race_notify(partner, c, c->head);
    }
}

/* Takes a value for the running receiver (vm_current), from a waiting
 * sender or the buffer. */
CSP_HOT bool take_locked(Chan *c, Slot *out, Waiter **wake) {
    *wake = NULL;
    Waiter *w = waitq_claim(&c->sendq);
    if (w) {
        if (c->cap == 0) {
            *out = w->val;
            if (csp_unlikely(trace_on)) trace_took(c, w, -1, -1, w->val);
            if (csp_unlikely(race_enabled)) race_handoff(c, w->p);
        } else {
            *out = c->buf[c->head];
            int64_t tail = (c->head + c->count) % c->cap;
            c->buf[tail] = w->val;
            if (csp_unlikely(trace_on)) trace_took(c, w, c->head, tail, *out);
            if (csp_unlikely(race_enabled)) {
                /* the parked sender's value takes the slot this receive frees */
                race_notify(vm_current, c, c->head);
                race_notify(w->p, c, c->head);
            }
            c->head = (c->head + 1) % c->cap;
        }
        waiter_done(w);
        *wake = w;
        return true;
    }
    if (c->count > 0) {
        if (csp_unlikely(trace_on)) trace_took(c, NULL, c->head, -1, c->buf[c->head]);
        if (csp_unlikely(race_enabled)) race_notify(vm_current, c, c->head);
        *out = c->buf[c->head];
        c->buf[c->head].u = 0;
        c->head = (c->head + 1) % c->cap;
        c->count--;
        return true;
    }
    return false;
}

/* Hands value v from the running sender (vm_current; NULL for a timer) to
 * a waiting receiver or the buffer. */
CSP_HOT bool give_locked(Chan *c, Slot v, Waiter **wake) {
    *wake = NULL;
    Waiter *w = waitq_claim(&c->recvq);
    if (w) {
        *w->dst = v;
        if (w->okdst) w->okdst->i = 1;
        waiter_done(w);
        if (csp_unlikely(trace_on)) trace_gave(c, w->p, -1, v);
        if (csp_unlikely(race_enabled)) {
            race_handoff(c, w->p);
            if (c->cap) c->head = (c->head + 1) % c->cap; /* as Go's recvx, sendx */
        }
        *wake = w;
        return true;
    }
    if (c->count < c->cap) {
        int64_t tail = (c->head + c->count) % c->cap;
        c->buf[tail] = v;
        if (csp_unlikely(trace_on)) trace_gave(c, NULL, tail, v);
        if (csp_unlikely(race_enabled)) race_notify(vm_current, c, tail);
        c->count++;
        return true;
    }
    return false;
}

int chan_recv(Proc *p, Chan *c, Slot *dst, Slot *okdst) {
    if (!c) return park_forever(p, "chan receive (nil chan)");
    rtlock_acquire(&c->lock);
    Waiter *wake;
    Slot v;
    if (take_locked(c, &v, &wake)) {
        rtlock_release(&c->lock);
        ctl_touch(c, wake && !c->cap ? CTL_HAND_RECV : CTL_WRITE);
        *dst = v;
        if (okdst) okdst->i = 1;
        if (wake) sched_ready(wake->p);
        return VM_OK;
    }
    ctl_touch(c, c->closed ? CTL_READ : CTL_PARK_RECV);
    if (c->closed) {
        rtlock_release(&c->lock);
        if (csp_unlikely(race_enabled)) race_acquire(p, c);
        *dst = chan_zero(c);
        if (okdst) okdst->i = 0;
        return VM_OK;
    }
    Waiter *me = own_waiter(p);
    me->dst = dst;
    me->okdst = okdst;
    me->c = c;
    waitq_push(&c->recvq, me);
    sched_set_wait(p, "chan receive");
    sched_park_unlock(p, &c->lock);
    return VM_PARK;
}

int chan_close(Proc *p, Chan *c) {
    if (!c) return vm_panic_plain(p, "close of nil channel");
    ctl_touch(c, CTL_CLOSE);
    rtlock_acquire(&c->lock);
    if (c->closed) {
        rtlock_release(&c->lock);
        return vm_panic_plain(p, "close of closed channel");
    }
    c->closed = true;
    if (csp_unlikely(race_enabled)) {
        /* as Go's closechan: only a close that succeeds writes the channel */
        race_write(p, c, 1, race_caller_pc(p));
        race_release(p, c);
    }
    /* collect every waiter, then wake them after unlocking */
    Waiter *wake = NULL;
    Waiter *w;
    while ((w = waitq_claim(&c->recvq))) {
        if (csp_unlikely(race_enabled)) race_acquire(w->p, c);
        *w->dst = chan_zero(c);
        if (w->okdst) w->okdst->i = 0;
        waiter_done(w);
        w->next = wake;
        wake = w;
    }
    while ((w = waitq_claim(&c->sendq))) {
        if (csp_unlikely(race_enabled)) race_acquire(w->p, c); /* Go's closechan orders them too */
        w->p->wake_panic = "send on closed channel";
        waiter_done(w);
        w->next = wake;
        wake = w;
    }
    rtlock_release(&c->lock);
    while (wake) {
        Waiter *next = wake->next;
        sched_ready(wake->p);
        wake = next;
    }
    return VM_OK;
}

/* Non-blocking send from the runtime (timers): false if nobody could take it. */
bool chan_offer(Chan *c, Slot v) {
    if (!c) return false;
    ctl_touch(c, CTL_WRITE);
    rtlock_acquire(&c->lock);
    Waiter *wake = NULL;
    bool ok = !c->closed && give_locked(c, v, &wake);
    rtlock_release(&c->lock);
    if (wake) sched_ready(wake->p);
    return ok;
}
