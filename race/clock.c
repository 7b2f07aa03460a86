/* clock.c: vector clocks, thread slots and synchronising addresses.
 *
 * Thread slots. A vector clock is indexed by tid, so tids must stay few:
 * a finished process's tid is reused. Reuse is exact when the new process's
 * parent has already joined everything the old one did (its clock entry for
 * that tid has reached the old process's last clock): then the old
 * process's accesses really happen before the new one's, which is what a
 * shared tid implies. Only when many tids are free and none qualifies is
 * the oldest reused regardless (a race with that long-finished process
 * could then go unseen), so the clock vectors stay short in programs that
 * start many short-lived processes.
 *
 * Each slot keeps the list of processes that ran in it, newest first, with
 * the clock each started at: a report names the goroutine of an old epoch.
 *
 * Synchronising addresses live in a hash table of vector clocks, chained per
 * bucket under a small lock; the shadow cell of such an address is flagged,
 * so that reallocating its memory forgets the clock (shadow.c).
 */
#include <stdio.h>
#include <stdlib.h>

#include "../compiler/compiler.h"
#include "../runtime/runtime.h"
#include "race_impl.h"

#ifndef CSP_NO_RACE
bool race_enabled;
#endif

/* ---------- vector clocks ---------- */

static void *vc_realloc(void *p, size_t bytes) {
    void *n = realloc(p, bytes);
    if (!n) {
        fputs("fatal error: race: out of memory\n", stderr);
        abort();
    }
    return n;
}

static void sparse_reserve(VClock *v, uint32_t n) {
    if (n <= v->cap) return;
    uint32_t cap = v->cap ? v->cap : 4;
    while (cap < n) cap *= 2;
    v->e = vc_realloc(v->e, sizeof(Epoch) * cap);
    v->cap = cap;
}

/* Dense entries up to tid n-1 (new ones zero). */
static void dense_reserve(VClock *v, uint32_t n) {
    if (n > v->dcap) {
        uint32_t cap = v->dcap ? v->dcap : 128;
        while (cap < n) cap *= 2;
        v->d = vc_realloc(v->d, sizeof(uint64_t) * cap);
        memset(v->d + v->dcap, 0, sizeof(uint64_t) * (cap - v->dcap));
        v->dcap = cap;
    }
    if (n > v->dn) v->dn = n;
}

static void make_dense(VClock *v) {
    if (v->d) return;
    uint32_t n = v->n ? EPOCH_TID(v->e[v->n - 1]) + 1 : 1;
    v->d = NULL;
    v->dn = v->dcap = 0;
    dense_reserve(v, n);
    for (uint32_t i = 0; i < v->n; i++) v->d[EPOCH_TID(v->e[i])] = EPOCH_CLK(v->e[i]);
    v->n = 0;
}

void vc_set(VClock *v, uint32_t tid, uint64_t clk) {
    if (v->d) {
        dense_reserve(v, tid + 1);
        v->d[tid] = clk;
        return;
    }
    uint32_t lo = 0, hi = v->n;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2, t = EPOCH_TID(v->e[mid]);
        if (t == tid) {
            v->e[mid] = EPOCH(tid, clk);
            return;
        }
        if (t < tid) lo = mid + 1;
        else hi = mid;
    }
    if (v->n == VC_SPARSE_MAX) {
        make_dense(v);
        vc_set(v, tid, clk);
        return;
    }
    sparse_reserve(v, v->n + 1);
    memmove(v->e + lo + 1, v->e + lo, sizeof(Epoch) * (v->n - lo));
    v->e[lo] = EPOCH(tid, clk);
    v->n++;
}

/* into = max(into, from), entry by entry. */
void vc_join(VClock *into, const VClock *from) {
    if (from->d) {
        make_dense(into);
        dense_reserve(into, from->dn);
        for (uint32_t i = 0; i < from->dn; i++)
            if (from->d[i] > into->d[i]) into->d[i] = from->d[i];
        return;
    }
    if (!from->n) return;
    if (into->d || into->n + from->n > VC_SPARSE_MAX) {
        make_dense(into);
        dense_reserve(into, EPOCH_TID(from->e[from->n - 1]) + 1);
        for (uint32_t j = 0; j < from->n; j++) {
            uint32_t t = EPOCH_TID(from->e[j]);
            if (EPOCH_CLK(from->e[j]) > into->d[t]) into->d[t] = EPOCH_CLK(from->e[j]);
        }
        return;
    }
    /* both sparse and short: merge the two sorted lists */
    Epoch out[2 * VC_SPARSE_MAX];
    uint32_t i = 0, j = 0, k = 0;
    while (i < into->n || j < from->n) {
        if (j == from->n || (i < into->n && EPOCH_TID(into->e[i]) < EPOCH_TID(from->e[j]))) out[k++] = into->e[i++];
        else if (i == into->n || EPOCH_TID(from->e[j]) < EPOCH_TID(into->e[i])) out[k++] = from->e[j++];
        else {
            out[k++] = into->e[i] > from->e[j] ? into->e[i] : from->e[j]; /* same tid: the larger clock */
            i++, j++;
        }
    }
    sparse_reserve(into, k);
    memcpy(into->e, out, sizeof(Epoch) * k);
    into->n = k;
}

void vc_copy(VClock *into, const VClock *from) {
    if (from->d) {
        free(into->e);
        into->e = NULL;
        into->n = into->cap = 0;
        if (into->d) memset(into->d, 0, sizeof(uint64_t) * into->dn);
        into->dn = 0;
        dense_reserve(into, from->dn);
        memcpy(into->d, from->d, sizeof(uint64_t) * from->dn);
        return;
    }
    free(into->d);
    into->d = NULL;
    into->dn = into->dcap = 0;
    sparse_reserve(into, from->n);
    if (from->n) memcpy(into->e, from->e, sizeof(Epoch) * from->n);
    into->n = from->n;
}

void vc_free(VClock *v) {
    free(v->e);
    free(v->d);
    *v = (VClock){0};
}

/* ---------- thread slots ---------- */

typedef struct Incarnation {
    struct Incarnation *next;
    uint64_t start;        /* its first clock in the slot */
    RaceWho who;
} Incarnation;

typedef struct TidSlot {
    uint64_t last;         /* the last clock of the slot's latest process */
    Incarnation *inc;      /* newest first */
} TidSlot;

static pthread_mutex_t tid_lock = PTHREAD_MUTEX_INITIALIZER;
static TidSlot *slots;
static uint32_t nslots;
static uint32_t *free_q;   /* ring of free tids, oldest first */
static uint32_t free_head, nfree;

void race_init(void) {
    if (race_enabled) return;
#ifdef CSP_NO_RACE
    fputs("csp: this build has no race detector (make norace-build)\n", stderr);
    exit(1);
#else
    race_enabled = true;
#endif
    slots = calloc(RACE_MAX_TIDS, sizeof(TidSlot));
    free_q = calloc(RACE_MAX_TIDS, sizeof(uint32_t));
    if (!slots || !free_q) {
        fputs("fatal error: race: out of memory\n", stderr);
        exit(2);
    }
}

void race_start(void) {
    race_init();
    compile_race = true;
    csp_alloc_hook = race_alloc;
}

/* Takes free tid number k (k-th oldest) out of the ring. */
static uint32_t take_free(uint32_t k) {
    uint32_t at = (free_head + k) % RACE_MAX_TIDS;
    uint32_t tid = free_q[at];
    /* close the gap by moving the older entries up one */
    for (uint32_t i = k; i > 0; i--) {
        uint32_t to = (free_head + i) % RACE_MAX_TIDS, from = (free_head + i - 1) % RACE_MAX_TIDS;
        free_q[to] = free_q[from];
    }
    free_head = (free_head + 1) % RACE_MAX_TIDS;
    nfree--;
    return tid;
}

/* A tid for a child of a process whose clock vector is parent (NULL: none). */
static uint32_t alloc_tid(const VClock *parent) {
    uint32_t scan = nfree < 32 ? nfree : 32;
    for (uint32_t k = 0; k < scan; k++) {
        uint32_t tid = free_q[(free_head + k) % RACE_MAX_TIDS];
        if (parent && vc_get(parent, tid) >= slots[tid].last) return take_free(k);
    }
    if (nslots < RACE_MAX_TIDS && nfree < 1024) return nslots++;
    if (nfree) return take_free(0);
    if (nslots < RACE_MAX_TIDS) return nslots++;
    out_flush();
    fprintf(stderr, "race: limit on %d simultaneously alive goroutines is exceeded, dying\n", RACE_MAX_TIDS);
    exit(66);
}

void race_proc_start(Proc *child, Proc *parent, const Instr *at) {
    RaceProc *rp = calloc(1, sizeof(RaceProc));
    RaceProc *pp = parent ? parent->race : NULL;
    Incarnation *inc = calloc(1, sizeof(Incarnation));
    if (!rp || !inc) {
        fputs("fatal error: race: out of memory\n", stderr);
        exit(2);
    }
    inc->who.goid = child->id;
    inc->who.created = parent && at ? race_site(parent, at) : 0;
    pthread_mutex_lock(&tid_lock);
    uint32_t tid = alloc_tid(pp ? &pp->vc : NULL);
    uint64_t start = slots[tid].last + 1;
    inc->start = start;
    inc->next = slots[tid].inc;
    slots[tid].inc = inc;
    pthread_mutex_unlock(&tid_lock);
    rp->tid = tid;
    rp->goid = child->id;
    if (pp) vc_copy(&rp->vc, &pp->vc); /* the `go` statement happens before the child starts */
    rp->clk = start;
    vc_set(&rp->vc, tid, start);
    child->race = rp;
    if (pp) race_tick(pp);
}

void race_repl_entry(Proc *p) {
    static RaceProc *entries;
    if (!entries) {
        Proc first = {.id = 1};
        race_proc_start(&first, NULL, NULL);
        entries = first.race;
        entries->shared = true;
    }
    p->race = entries;
}

void race_proc_end(Proc *p) {
    RaceProc *rp = p->race;
    if (!rp) return;
    if (rp->shared) {
        p->race = NULL;
        return;
    }
    pthread_mutex_lock(&tid_lock);
    TidSlot *s = &slots[rp->tid];
    s->last = rp->clk;
    if (s->inc) s->inc->who.finished = true;
    free_q[(free_head + nfree) % RACE_MAX_TIDS] = rp->tid;
    nfree++;
    pthread_mutex_unlock(&tid_lock);
    vc_free(&rp->vc);
    free(rp);
    p->race = NULL;
}

bool race_who(Epoch e, RaceWho *out) {
    uint32_t tid = EPOCH_TID(e);
    uint64_t clk = EPOCH_CLK(e);
    bool found = false;
    pthread_mutex_lock(&tid_lock);
    if (tid < nslots)
        for (Incarnation *i = slots[tid].inc; i; i = i->next)
            if (i->start <= clk) {
                *out = i->who;
                found = true;
                break;
            }
    pthread_mutex_unlock(&tid_lock);
    return found;
}

/* ---------- synchronising addresses ---------- */

typedef struct SyncVar {
    struct SyncVar *next;
    uintptr_t addr;
    VClock vc;
} SyncVar;

#define SYNC_BUCKETS 4096
static struct {
    RaceLock lock;
    SyncVar *head;
} sync_tab[SYNC_BUCKETS];

static unsigned sync_bucket(uintptr_t a) { return (unsigned)((a >> 3) * 0x9E3779B97F4A7C15ull >> 52) % SYNC_BUCKETS; }

static SyncVar *sync_find(unsigned b, uintptr_t a) {
    for (SyncVar *s = sync_tab[b].head; s; s = s->next)
        if (s->addr == a) return s;
    return NULL;
}

void race_shadow_mark_sync(const void *addr);

void race_acquire(Proc *p, const void *addr) {
    RaceProc *rp = p ? p->race : NULL;
    if (!rp) return;
    uintptr_t a = (uintptr_t)addr;
    unsigned b = sync_bucket(a);
    race_lock(&sync_tab[b].lock);
    SyncVar *s = sync_find(b, a);
    if (s) vc_join(&rp->vc, &s->vc);
    race_unlock(&sync_tab[b].lock);
}

static void release(Proc *p, const void *addr, bool merge) {
    RaceProc *rp = p ? p->race : NULL;
    if (!rp) return;
    uintptr_t a = (uintptr_t)addr;
    unsigned b = sync_bucket(a);
    race_lock(&sync_tab[b].lock);
    SyncVar *s = sync_find(b, a);
    if (!s) {
        s = calloc(1, sizeof(SyncVar));
        if (!s) abort();
        s->addr = a;
        s->next = sync_tab[b].head;
        sync_tab[b].head = s;
        race_shadow_mark_sync(addr);
    }
    if (merge) vc_join(&s->vc, &rp->vc);
    else vc_copy(&s->vc, &rp->vc);
    race_unlock(&sync_tab[b].lock);
    race_tick(rp);
}

void race_release(Proc *p, const void *addr) { release(p, addr, false); }
void race_release_merge(Proc *p, const void *addr) { release(p, addr, true); }

/* Memory at addr was allocated anew: its old clock must not order anything. */
void race_sync_forget(uintptr_t a) {
    unsigned b = sync_bucket(a);
    race_lock(&sync_tab[b].lock);
    for (SyncVar **sp = &sync_tab[b].head; *sp; sp = &(*sp)->next)
        if ((*sp)->addr == a) {
            SyncVar *s = *sp;
            *sp = s->next;
            vc_free(&s->vc);
            free(s);
            break;
        }
    race_unlock(&sync_tab[b].lock);
}
