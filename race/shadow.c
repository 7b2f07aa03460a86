/* shadow.c: shadow memory and the access checks.
 *
 * Every 8-byte slot of program memory has a 32-byte shadow cell, found by
 * address through a two-level table: the top level (one entry per 4 MB of
 * address space) is reserved once, and each 4 MB region's 16 MB of cells is
 * mapped when first touched. Both are mmap'd without reserving memory, so
 * only pages of cells for memory that shared accesses really touch cost
 * anything; the collector never sees them (a cell must not keep an object
 * alive). Allocation clears the cells of the new object (race_alloc): memory
 * the collector reuses has no history.
 *
 * A cell holds the epoch and site of the last write, and of the last read:
 * one epoch while reads are ordered, a small read set (pointer in the read
 * word, tagged with bit 0) while several processes read concurrently.
 * Updates take one of a set of striped locks; an access that finds its own
 * epoch already recorded (the common case in loops) takes none.
 *
 * The checks are FastTrack's: a read races with an unordered write; a write
 * with an unordered write or read. Two atomic accesses never race.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "race_impl.h"

/* The reads of a cell by processes that did not synchronise with each
 * other. A few are a list, pruned of the reads each new one is ordered
 * after; past READS_LIST_MAX (a hundred processes reading one captured
 * variable) a table indexed by tid, so each read costs O(1). */
#define READS_LIST_MAX 16
typedef struct ReadEntry {
    Epoch e;    /* 0: none (in a table) */
    Site site;
} ReadEntry;

typedef struct Reads {
    bool table;
    uint32_t n, cap;  /* list: r[0..n); table: r[tid], tid < n */
    ReadEntry r[];
} Reads;

typedef struct Cell {
    Epoch w;          /* last write (0: none) */
    uint64_t r;       /* last read: an Epoch, or (Reads * | 1) */
    Site wsite;       /* SITE_ATOMIC set: the write was atomic; CELL_SYNC: see below */
    Site rsite;
} Cell;

/* In wsite: the address has a synchronising clock (clock.c). */
#define CELL_SYNC (UINT64_C(1) << 30)

#define REGION_SHIFT 22                      /* 4 MB of program memory */
#define REGION_SLOTS (1u << (REGION_SHIFT - 3))
#define TOP_ENTRIES (1u << (48 - REGION_SHIFT))

static Cell **top;
static RaceLock top_lock;

#define STRIPES 1024
static RaceLock stripes[STRIPES];

static void *map_lazy(size_t bytes) {
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        fputs("fatal error: race: cannot map shadow memory\n", stderr);
        exit(2);
    }
    return p;
}

static Cell *region(uintptr_t a) {
    if (!top) {
        race_lock(&top_lock);
        if (!top) __atomic_store_n(&top, map_lazy(sizeof(Cell *) * TOP_ENTRIES), __ATOMIC_RELEASE);
        race_unlock(&top_lock);
    }
    uintptr_t i = (a >> REGION_SHIFT) & (TOP_ENTRIES - 1);
    Cell *r = __atomic_load_n(&top[i], __ATOMIC_ACQUIRE);
    if (csp_unlikely(!r)) {
        race_lock(&top_lock);
        r = top[i];
        if (!r) {
            r = map_lazy(sizeof(Cell) * REGION_SLOTS);
            __atomic_store_n(&top[i], r, __ATOMIC_RELEASE);
        }
        race_unlock(&top_lock);
    }
    return r;
}

static inline Cell *cell_of(uintptr_t a) { return region(a) + ((a >> 3) & (REGION_SLOTS - 1)); }
static inline RaceLock *stripe_of(uintptr_t a) { return &stripes[(a >> 3) % STRIPES]; }

/* Whether the access at epoch e (of a process with clock vector vc) is
 * ordered after the earlier access at epoch prev. */
static inline bool ordered(Epoch prev, const VClock *vc, uint32_t tid) {
    uint32_t t = EPOCH_TID(prev);
    return t == tid || EPOCH_CLK(prev) <= vc_get(vc, t);
}

static Reads *reads_of(uint64_t r) { return (r & 1) ? (Reads *)(uintptr_t)(r & ~UINT64_C(1)) : NULL; }

static Reads *reads_new(bool table, uint32_t cap) {
    Reads *rs = calloc(1, sizeof(Reads) + sizeof(ReadEntry) * cap);
    if (!rs) abort();
    rs->table = table;
    rs->cap = cap;
    if (table) rs->n = cap;
    return rs;
}

/* The list as a table big enough for tid. */
static Reads *reads_to_table(Reads *rs, uint32_t tid) {
    uint32_t need = tid + 1;
    for (uint32_t i = 0; i < rs->n; i++)
        if (EPOCH_TID(rs->r[i].e) + 1 > need) need = EPOCH_TID(rs->r[i].e) + 1;
    Reads *t = reads_new(true, need + need / 2);
    for (uint32_t i = 0; i < rs->n; i++) t->r[EPOCH_TID(rs->r[i].e)] = rs->r[i];
    free(rs);
    return t;
}

static Reads *reads_put(Reads *rs, Epoch e, Site site) {
    uint32_t tid = EPOCH_TID(e);
    if (rs->table) {
        if (tid >= rs->n) {
            uint32_t cap = tid + 1 + (tid + 1) / 2;
            rs = realloc(rs, sizeof(Reads) + sizeof(ReadEntry) * cap);
            if (!rs) abort();
            memset(rs->r + rs->n, 0, sizeof(ReadEntry) * (cap - rs->n));
            rs->n = rs->cap = cap;
        }
        rs->r[tid] = (ReadEntry){e, site};
        return rs;
    }
    for (uint32_t i = 0; i < rs->n; i++)
        if (EPOCH_TID(rs->r[i].e) == tid) {
            rs->r[i] = (ReadEntry){e, site};
            return rs;
        }
    if (rs->n == READS_LIST_MAX) return reads_put(reads_to_table(rs, tid), e, site);
    if (rs->n == rs->cap) {
        rs = realloc(rs, sizeof(Reads) + sizeof(ReadEntry) * rs->cap * 2);
        if (!rs) abort();
        rs->cap *= 2;
    }
    rs->r[rs->n++] = (ReadEntry){e, site};
    return rs;
}

/* Records a read at e. In a list, the earlier reads ordered before it are
 * dropped: whatever is ordered after this read is ordered after them. */
static void record_read(Cell *c, const RaceProc *rp, Epoch e, Site site) {
    Reads *rs = reads_of(c->r);
    if (!rs) {
        if (!c->r || ordered(c->r, &rp->vc, rp->tid)) {
            c->r = e;
            c->rsite = site;
            return;
        }
        rs = reads_new(false, 4);
        rs->r[0] = (ReadEntry){c->r, c->rsite};
        rs->n = 1;
    } else if (!rs->table) {
        uint32_t k = 0;
        for (uint32_t i = 0; i < rs->n; i++)
            if (!ordered(rs->r[i].e, &rp->vc, rp->tid)) rs->r[k++] = rs->r[i];
        rs->n = k;
    }
    rs = reads_put(rs, e, site);
    c->r = (uint64_t)(uintptr_t)rs | 1;
}

static bool both_atomic(Site a, Site b) { return (a & SITE_ATOMIC) && (b & SITE_ATOMIC); }

/* The read of one slot; true (with *prev) when it races. */
static bool check_read(Cell *c, const RaceProc *rp, Epoch e, Site site, RaceAccess *prev) {
    if (c->w && !ordered(c->w, &rp->vc, rp->tid) && !both_atomic(c->wsite, site)) {
        *prev = (RaceAccess){.write = true, .atomic = (c->wsite & SITE_ATOMIC) != 0, .epoch = c->w, .site = c->wsite};
        record_read(c, rp, e, site);
        return true;
    }
    record_read(c, rp, e, site);
    return false;
}

static bool check_write(Cell *c, const RaceProc *rp, Epoch e, Site site, RaceAccess *prev) {
    bool race = false;
    if (c->w && !ordered(c->w, &rp->vc, rp->tid) && !both_atomic(c->wsite, site)) {
        *prev = (RaceAccess){.write = true, .atomic = (c->wsite & SITE_ATOMIC) != 0, .epoch = c->w, .site = c->wsite};
        race = true;
    }
    Reads *rs = reads_of(c->r);
    if (rs) {
        for (uint32_t i = 0; i < rs->n && !race; i++)
            if (rs->r[i].e && !ordered(rs->r[i].e, &rp->vc, rp->tid) && !both_atomic(rs->r[i].site, site)) {
                *prev = (RaceAccess){.atomic = (rs->r[i].site & SITE_ATOMIC) != 0, .epoch = rs->r[i].e, .site = rs->r[i].site};
                race = true;
            }
        free(rs);
    } else if (!race && c->r && !ordered(c->r, &rp->vc, rp->tid) && !both_atomic(c->rsite, site)) {
        *prev = (RaceAccess){.atomic = (c->rsite & SITE_ATOMIC) != 0, .epoch = c->r, .site = c->rsite};
        race = true;
    }
    c->r = 0;
    c->rsite = 0;
    c->w = e;
    c->wsite = site | (c->wsite & CELL_SYNC);
    return race;
}

static void check_access(Proc *p, const void *addr, int64_t n, const Instr *pc, bool write, bool atomic) {
    RaceProc *rp = p ? p->race : NULL;
    if (!rp || !addr || n <= 0) return;
    Epoch e = race_epoch(rp);
    uintptr_t a = (uintptr_t)addr & ~(uintptr_t)7;
    Site site = 0;
    bool reported = false;
    for (int64_t i = 0; i < n; i++, a += 8) {
        Cell *c = cell_of(a);
        /* the same process at the same epoch did this already */
        if (!atomic && (write ? __atomic_load_n(&c->w, __ATOMIC_RELAXED) == e
                              : __atomic_load_n(&c->r, __ATOMIC_RELAXED) == e))
            continue;
        if (!site) site = race_site(p, pc) | (atomic ? SITE_ATOMIC : 0);
        RaceAccess prev;
        RaceLock *l = stripe_of(a);
        race_lock(l);
        bool race = write ? check_write(c, rp, e, site, &prev) : check_read(c, rp, e, site, &prev);
        race_unlock(l);
        if (race && !reported) {
            reported = true;
            race_report((const void *)a, (RaceAccess){.write = write, .atomic = atomic, .epoch = e, .site = site}, prev);
        }
    }
}

void race_read(Proc *p, const void *addr, int64_t n, const Instr *pc) { check_access(p, addr, n, pc, false, false); }
void race_write(Proc *p, const void *addr, int64_t n, const Instr *pc) { check_access(p, addr, n, pc, true, false); }
void race_atomic(Proc *p, const void *addr, bool write, const Instr *pc) { check_access(p, addr, 1, pc, write, true); }

void race_sync_forget(uintptr_t a);

void race_shadow_mark_sync(const void *addr) {
    uintptr_t a = (uintptr_t)addr & ~(uintptr_t)7;
    Cell *c = cell_of(a);
    RaceLock *l = stripe_of(a);
    race_lock(l);
    c->wsite |= CELL_SYNC;
    race_unlock(l);
}

/* Forgets cells c[0..k) (of the memory from a). */
static void forget_cells(Cell *c, size_t k, uintptr_t a) {
    for (size_t i = 0; i < k; i++) {
        if (!c[i].w && !c[i].r && !c[i].wsite) continue;
        Reads *rs = reads_of(c[i].r);
        if (rs) free(rs);
        if (c[i].wsite & CELL_SYNC) race_sync_forget(a + i * 8);
        c[i] = (Cell){0};
    }
}

/* As forget_cells, for a long run: pages of cells never touched (not in
 * memory, so all zero) are skipped without reading them. */
static void forget_run(Cell *c, size_t k, uintptr_t a) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE), per = page / sizeof(Cell);
    uintptr_t first = ((uintptr_t)c + page - 1) & ~(uintptr_t)(page - 1);
    size_t head = (first - (uintptr_t)c) / sizeof(Cell);
    if (k < 4 * per || head >= k) {
        forget_cells(c, k, a);
        return;
    }
    forget_cells(c, head, a);
    unsigned char vec[256];
    for (size_t i = head; i < k;) {
        size_t npages = (k - i) / per;
        if (npages == 0) {
            forget_cells(c + i, k - i, a + i * 8);
            break;
        }
        if (npages > sizeof vec) npages = sizeof vec;
        if (mincore(c + i, npages * page, vec) != 0) memset(vec, 1, npages);
        for (size_t pg = 0; pg < npages; pg++, i += per)
            if (vec[pg] & 1) forget_cells(c + i, per, a + i * 8);
    }
}

void race_alloc(const void *addr, size_t bytes) {
    if (!addr) return;
    uintptr_t a = (uintptr_t)addr & ~(uintptr_t)7, end = (uintptr_t)addr + bytes;
    while (a < end) {
        /* one region at a time; a region never mapped has no history */
        uintptr_t region_end = (a | (((uintptr_t)1 << REGION_SHIFT) - 1)) + 1;
        uintptr_t stop = end < region_end ? end : region_end;
        size_t k = (stop - a + 7) / 8;
        uintptr_t ti = (a >> REGION_SHIFT) & (TOP_ENTRIES - 1);
        if (top && __atomic_load_n(&top[ti], __ATOMIC_ACQUIRE)) forget_run(cell_of(a), k, a);
        a += k * 8;
    }
}
