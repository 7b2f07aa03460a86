/* race_impl.h: what the detector's files share (internal to race/).
 *
 * Epochs: a 64-bit word, tid in bits 63..48, clock in bits 47..1, bit 0
 * clear (a set bit 0 tags a pointer to a read set in a shadow cell). Epoch 0
 * means "no access": clocks start at 1.
 *
 * Memory of the detector is plain malloc/mmap, never GC memory: shadow
 * cells are found by address and must not keep program objects alive.
 */
#ifndef CSP_RACE_IMPL_H
#define CSP_RACE_IMPL_H

#include <pthread.h>

#include "race.h"

#define RACE_MAX_TIDS 65535

typedef uint64_t Epoch;
#define EPOCH(tid, clk) (((uint64_t)(tid) << 48) | ((uint64_t)(clk) << 1))
#define EPOCH_TID(e) ((uint32_t)((e) >> 48))
#define EPOCH_CLK(e) (((e) >> 1) & ((UINT64_C(1) << 47) - 1))

/* A vector clock. Sparse while short: its non-zero entries as epochs
 * (tid@clock) sorted by tid, since a process knows the clocks of the few
 * processes it has synchronised with. Dense (d[tid], dn entries) once it
 * holds more than VC_SPARSE_MAX, as the clock of a wait group that a
 * thousand processes have called Done on does: then merging one more
 * process into it costs what that process knows, not what it holds. */
#define VC_SPARSE_MAX 64
typedef struct VClock {
    uint32_t n, cap;   /* sparse: e[0..n) */
    Epoch *e;
    uint32_t dn, dcap; /* dense: d[0..dn), when d != NULL */
    uint64_t *d;
} VClock;

static inline uint64_t vc_get(const VClock *v, uint32_t tid) {
    if (v->d) return tid < v->dn ? v->d[tid] : 0;
    uint32_t lo = 0, hi = v->n;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2, t = EPOCH_TID(v->e[mid]);
        if (t == tid) return EPOCH_CLK(v->e[mid]);
        if (t < tid) lo = mid + 1;
        else hi = mid;
    }
    return 0;
}
void vc_set(VClock *v, uint32_t tid, uint64_t clk);
void vc_join(VClock *into, const VClock *from);
void vc_copy(VClock *into, const VClock *from);
void vc_free(VClock *v);

/* A place in the program: an interned stack (stack.c) and a pc offset in
 * its top function. Bit 31 of the offset word marks an atomic access. */
typedef uint64_t Site;
#define SITE(node, off) (((uint64_t)(node) << 32) | (uint32_t)(off))
#define SITE_NODE(s) ((uint32_t)((s) >> 32))
#define SITE_OFF(s) ((uint32_t)(s) & 0x3fffffffu)
#define SITE_ATOMIC (UINT64_C(1) << 31)

/* A process's detector state (Proc.race). */
typedef struct RaceProc {
    uint32_t tid;
    uint64_t clk;    /* its own clock: vc's entry for tid, kept at hand */
    VClock vc;
    int64_t goid;
    bool shared;     /* the REPL's entries' state: outlives each entry */
} RaceProc;

static inline Epoch race_epoch(const RaceProc *rp) { return EPOCH(rp->tid, rp->clk); }
/* Ticks p's own clock: accesses after a release are not covered by it. */
static inline void race_tick(RaceProc *rp) { vc_set(&rp->vc, rp->tid, ++rp->clk); }

/* Who ran as thread slot tid at clock clk: goroutine id, where it was
 * created, whether it has finished (for reports). */
typedef struct RaceWho {
    int64_t goid;
    Site created;
    bool finished;
} RaceWho;
bool race_who(Epoch e, RaceWho *out);

/* stack.c: the place of p's top frame at pc, interning its stack. */
Site race_site(Proc *p, const Instr *pc);
/* Appends Go's stack text for site s ("  main.f()\n      FILE:LINE +0x..\n"). */
struct Buf;
void race_site_write(struct Buf *b, Site s);

/* report.c: a race found by the shadow checks. */
typedef struct RaceAccess {
    bool write, atomic;
    Epoch epoch;
    Site site;
} RaceAccess;
void race_report(const void *addr, RaceAccess cur, RaceAccess prev);

/* A tiny test-and-set lock (the detector's critical sections are short). */
typedef struct { int v; } RaceLock;
static inline void race_lock(RaceLock *l) {
    while (__atomic_exchange_n(&l->v, 1, __ATOMIC_ACQUIRE))
        while (__atomic_load_n(&l->v, __ATOMIC_RELAXED)) {
#if defined(__x86_64__) || defined(__i386__)
            __builtin_ia32_pause();
#endif
        }
}
static inline void race_unlock(RaceLock *l) { __atomic_store_n(&l->v, 0, __ATOMIC_RELEASE); }

#endif
