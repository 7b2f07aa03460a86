/* instr.c: what a RACE* instruction checks (vm/opcodes.h).
 *
 * The compiler puts a check before each access to memory other processes
 * may reach; the interpreter saves its state and calls race_instr, which
 * decodes the check (and, for RACEX, the instruction after it) and reports
 * the reads and writes to shadow.c. One out-of-line entry for all of them
 * keeps the interpreter loop exactly as fast with --race compiled in.
 *
 * RACEX covers what only the running instruction knows:
 *   MGET/MSET/MDEL  a map key that is a struct or array is read to hash it;
 *   APPEND(S)       the old elements are read when they move to a new
 *                   array, the appended slots written when they do not (a
 *                   new array is the appender's alone), the source of
 *                   append(s, t...) read;
 *   COPYS           copy reads its source and writes its destination;
 *   BYTES2S/RUNES2S string(b) reads the slice.
 * as Go's runtime does (growslice, slicecopy, slicebytetostring...).
 *
 * In an explorer's run (runtime/ctl.h) every check also records the access
 * as part of the running event; the checks of sync and sync/atomic, there
 * only for that, are not the detector's.
 */
#include "../vm/vm.h"
#include "race.h"
#include "../runtime/ctl.h"

static void range(Proc *p, bool write, const Slot *at, int64_t slots, const Instr *pc) {
    if (!at || slots <= 0) return;
    if (ctl_recording) ctl_access(at, write ? CTL_WRITE : CTL_READ, slots);
    if (!race_enabled || p->frames[p->nframes - 1].fn->norace) return;
    if (write) race_write(p, at, slots, pc);
    else race_read(p, at, slots, pc);
}

static void append_check(Proc *p, Type *et, Slice *s, int64_t n, Slice *src, const Instr *pc) {
    int64_t es = et->slots, len = slice_len(s);
    if (src) range(p, false, src->data, slice_len(src) * es, pc);
    if (n <= 0) return;
    if (s && len + n <= s->cap) range(p, true, s->data + len * es, n * es, pc);
    else if (s) range(p, false, s->data, len * es, pc);
}

/* The instruction after a RACEX (and its extension word). */
static void next_check(Proc *p, Slot *R, Slot *K, const Instr *in, const Instr *pc) {
    const Instr *x = in + 1;
    switch (in->op) {
    case BC_MGET: case BC_MSET: case BC_MDEL: {
        Type *mt = K[in->op == BC_MDEL ? in->c : x->b].p;
        int key = in->op == BC_MGET ? in->c : in->b;
        if (mt->key->is_block) range(p, false, R[key].p, mt->key->slots, pc);
        break;
    }
    case BC_APPEND: {
        Type *st = K[x->b].p;
        append_check(p, st->elem, R[in->b].p, in->c, NULL, pc);
        break;
    }
    case BC_APPENDS: {
        Type *st = K[x->b].p;
        if (x->a) append_check(p, st->elem, R[in->b].p, str_len(R[in->c].p), NULL, pc);
        else append_check(p, st->elem, R[in->b].p, slice_len(R[in->c].p), R[in->c].p, pc);
        break;
    }
    case BC_COPYS: {
        Type *st = K[x->b].p;
        Slice *d = R[in->b].p;
        int64_t es = st->elem->slots;
        int64_t n = x->a ? str_len(R[in->c].p) : slice_len(R[in->c].p);
        if (slice_len(d) < n) n = slice_len(d);
        if (n <= 0) break;
        if (!x->a) range(p, false, ((Slice *)R[in->c].p)->data, n * es, pc);
        range(p, true, d->data, n * es, pc);
        break;
    }
    case BC_BYTES2S: case BC_RUNES2S: {
        Slice *s = R[in->b].p;
        if (s) range(p, false, s->data, s->len, pc);
        break;
    }
    default: break;
    }
}

void race_instr(Proc *p) {
    Frame *f = &p->frames[p->nframes - 1];
    const Instr *pc = f->pc - 1;
    Instr in = *pc;
    Slot *R = p->stack + f->base;
    switch (in.op) {
    case BC_RACERD: case BC_RACEWR:
        if (R[in.a].p) range(p, in.op == BC_RACEWR, (Slot *)R[in.a].p + in.b, in.c, pc);
        break;
    case BC_RACEG: range(p, in.a, &vm_globals[in.bx], 1, pc); break;
    case BC_RACEU: range(p, in.a, f->cl->up[in.b], 1, pc); break;
    case BC_RACEI: {
        Slice *s = R[in.a].p;
        int64_t i = R[in.b].i, es = in.c >> 1;
        if (s && i >= 0 && i < s->len) range(p, in.c & 1, s->data + i * es, es, pc);
        break;
    }
    case BC_RACEX: next_check(p, R, f->fn->k, pc + 1, pc); break;
    case BC_RACECH: /* the detector's alone: the send records itself */
        if (R[in.a].p && race_enabled && !f->fn->norace) race_read(p, R[in.a].p, 1, pc);
        break;
    default: break;
    }
}
