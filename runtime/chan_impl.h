/* chan_impl.h: channel internals shared by chan.c and select.c.
 *
 * A channel is a mutex, a ring buffer of one-slot values, and two wait
 * queues. A waiter records where a receiver wants its value (a slot in its
 * parked registers) or the value a sender offers. Waiters of a blocked
 * select belong to one SelectState and are claimed exactly once by a
 * compare-and-swap on its `done` flag.
 */
#ifndef CSP_CHAN_IMPL_H
#define CSP_CHAN_IMPL_H

#include "ctl.h"
#include "lock.h"
#include "sched.h"
#include "trace.h"
#include "../race/race.h"

typedef struct SelectState SelectState;

typedef struct Waiter {
    struct Waiter *prev, *next;
    Proc *p;
    Slot *dst, *okdst;    /* receiver: where the value and ok go */
    Slot val;             /* sender: the value offered */
    SelectState *sel;     /* NULL for a plain send/receive */
    int case_index;
    struct Chan *c;
    bool queued;
} Waiter;

typedef struct WaitQ {
    Waiter *head, *tail;
} WaitQ;

struct Chan {
    RtLock lock;
    Type *type;
    Type *elem;
    int64_t cap, count, head;
    Slot *buf;
    bool closed;
    WaitQ recvq, sendq;
    int64_t *trace_ids;   /* --trace: flow id of each buffered value */
    int32_t trace_no;     /* --trace FILE.html: its number in the viewer, 0: not seen yet */
    Func *made_fn;        /* where make() made it, for deadlock reports: */
    const Instr *made_pc; /* the innermost frame in the program's own code */
};

/* A select case's kind, in its third slot (compiler/control.c). */
enum { CASE_SEND = 1, CASE_RECV = 2 };

struct SelectState {
    int done;             /* 0 waiting, 1 claimed */
    int chosen;
    Slot *cases;
    int n;
    Waiter *waiters;      /* one per case */
    int cap;              /* waiters allocated (the record is reused) */
    bool closed_send;     /* woken because a channel it sends on was closed */
};

/* Wait queues (c->lock held), inline: every hand-off uses them. */
static inline void waitq_push(WaitQ *q, Waiter *w) {
    w->next = NULL;
    w->prev = q->tail;
    if (q->tail) q->tail->next = w;
    else q->head = w;
    q->tail = w;
    w->queued = true;
}

static inline void waitq_remove(WaitQ *q, Waiter *w) {
    if (!w->queued) return;
    if (w->prev) w->prev->next = w->next;
    else q->head = w->next;
    if (w->next) w->next->prev = w->prev;
    else q->tail = w->prev;
    w->prev = w->next = NULL;
    w->queued = false;
}

/* Dequeues the first waiter that can be claimed (skipping selects already
 * completed by another channel). */
void chan_note_claim(const Waiter *won); /* chan.c */
static inline Waiter *waitq_claim(WaitQ *q) {
    for (Waiter *w = q->head; w;) {
        Waiter *next = w->next;
        waitq_remove(q, w);
        if (!w->sel) return w;
        if (__atomic_exchange_n(&w->sel->done, 1, __ATOMIC_ACQ_REL) == 0) {
            if (__builtin_expect(ctl_recording, 0)) chan_note_claim(w);
            return w;
        }
        w = next; /* a select that another channel already completed */
    }
    return NULL;
}
/* Receive / send without blocking, with c->lock held (chan.c; used by
 * select): false when no value / no room is available. *wake is a parked
 * partner to make runnable after unlocking. */
bool chan_take_locked(Chan *c, Slot *out, Waiter **wake);
bool chan_give_locked(Chan *c, Slot v, Waiter **wake);
/* Zero value of the element type for a receive from a closed channel. */
Slot chan_zero(Chan *c);
/* Marks a claimed waiter's process as finished with case w->case_index. */
void waiter_done(Waiter *w);

#endif
