/* map.c: Go maps (vm/map.h).
 *
 * Design (CPython's compact dict): a table is an insertion-ordered array of
 * entries {hash, key, val} plus an open-addressing index of int32 entry
 * numbers (-1 = empty). Deleting marks the entry dead (hash 0) and leaves its
 * index slot as a tombstone; when the entries array is full, the live entries
 * are copied into a NEW table (compacting and growing). A table is never
 * rearranged in place, so:
 *   - readers load the table pointer once and probe only that table, bounds-
 *     checking every entry number against its capacity: a racing writer can
 *     make them miss an update but never read outside memory (Boehm keeps an
 *     old table alive while anyone still looks at it);
 *   - an iterator walks the entries of the table it started on, from a random
 *     offset; once the map has moved to a new table it re-looks each key up in
 *     the current one, so deleted entries are not produced and values are
 *     current (Go's map iterator does the same after a grow).
 * Dead entries keep their key and value so a racing reader never sees a NULL
 * block pointer. Two writers at once are caught by a flag (Go's hashWriting)
 * and reported through map_fatal_concurrent_writes().
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <time.h>

#include "map.h"

typedef struct MEntry {
    uint64_t hash; /* (h | 1) when live, 0 when dead */
    Slot key, val;
} MEntry;

typedef struct MTable {
    int64_t cap;    /* entries capacity */
    int64_t used;   /* entries written (live and dead) */
    uint64_t mask;  /* index size - 1 */
    int32_t *index; /* atomic memory: entry number or -1 */
    MEntry e[];
} MTable;

struct Map {
    Type *ktype, *vtype;
    MTable *t;
    int64_t len;
    uint64_t seed;
    int writing;
};

static int32_t map_empty_index[1] = {-1};
static MTable map_empty_table = {0, 0, 0, map_empty_index};

/* ---- random numbers: thread-local xorshift seeded from the clock ---- */

static __thread uint64_t map_rng;
uint64_t (*map_rand_hook)(void); /* set by a --seed run: draw from its one generator */

static uint64_t map_rand(void) {
    if (map_rand_hook) return map_rand_hook();
    uint64_t x = map_rng;
    if (csp_unlikely(!x)) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        x = (uint64_t)ts.tv_nsec * 0x9E3779B97F4A7C15ULL ^ (uint64_t)ts.tv_sec ^ (uint64_t)(uintptr_t)&map_rng;
        if (!x) x = 88172645463325252ULL;
    }
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    map_rng = x;
    return x;
}

/* ---- tables ---- */

static MTable *map_table_new(int64_t want) {
    uint64_t isize = 8;
    while (isize * 2 / 3 < (uint64_t)want) isize *= 2;
    int64_t cap = (int64_t)(isize * 2 / 3);
    MTable *t = csp_alloc(sizeof(MTable) + sizeof(MEntry) * (size_t)cap);
    t->cap = cap;
    t->mask = isize - 1;
    t->index = csp_alloc_atomic(sizeof(int32_t) * isize);
    memset(t->index, 0xff, sizeof(int32_t) * isize);
    return t;
}

static inline MTable *map_table(const Map *m) { return __atomic_load_n(&m->t, __ATOMIC_ACQUIRE); }

Map *map_new(Type *maptype, int64_t hint) {
    Map *m = CSP_NEW(Map);
    Type *u = type_under(maptype);
    m->ktype = u->key;
    m->vtype = u->elem;
    m->seed = map_rand();
    m->t = hint > 0 ? map_table_new(hint) : &map_empty_table;
    return m;
}

int64_t map_len(const Map *m) {
    int64_t n = m ? __atomic_load_n(&m->len, __ATOMIC_RELAXED) : 0;
    return n > 0 ? n : 0; /* a racy program may have driven it below zero */
}

/* ---- hashing and equality of one-slot keys ---- */

static inline bool map_simple_key(Type *k) {
    return k->kind <= T_UINTPTR || k->kind == T_POINTER || k->kind == T_CHAN;
}

static inline uint64_t map_hash(Map *m, Slot key, Type **bad) {
    Type *k = m->ktype;
    uint64_t h;
    if (map_simple_key(k)) {
        h = key.u ^ m->seed;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
    } else if (k->kind == T_STRING) {
        h = str_hash_seeded(key.p, m->seed);
    } else {
        h = value_hash(k, value_inline(k, &key), m->seed, bad);
    }
    return h | 1;
}

static inline bool map_key_eq(Type *k, Slot a, Slot b, Type **bad) {
    if (map_simple_key(k)) return a.u == b.u;
    if (k->kind == T_STRING) return str_eq(a.p, b.p);
    return value_equal(k, value_inline(k, &a), value_inline(k, &b), bad);
}

/* Probe sequence: CPython's perturbed linear congruence, visiting every slot. */
#define MAP_PROBE(i, perturb, mask) ((i) = ((i) * 5 + 1 + ((perturb) >>= 5)) & (mask))

/* A string key equals e's when the 64-bit hashes match (nearly always
 * enough) and then the bytes do: the common case kept to one length check
 * and one memcmp. */
static inline bool map_str_eq(const Str *ek, const Str *key, int64_t len) {
    return str_len(ek) == len && (len == 0 || ek->data == key->data || memcmp(ek->data, key->data, (size_t)len) == 0);
}

/* The probe loop of map_find; `str` is a constant at each call, so string
 * keys get their own lean copy of it. */
CSP_HOT MEntry *map_probe(MTable *t, Type *k, Slot key, uint64_t h, uint64_t *slot, Type **bad, bool str) {
    uint64_t mask = t->mask, i = h & mask, perturb = h;
    int64_t cap = t->cap, len = str ? str_len(key.p) : 0;
    for (uint64_t tries = 0; tries <= mask; tries++) {
        int32_t ix = __atomic_load_n(&t->index[i], __ATOMIC_ACQUIRE);
        if (ix < 0) {
            if (slot) *slot = i;
            return NULL;
        }
        if (ix < cap) {
            MEntry *e = &t->e[ix];
            if (e->hash == h && (str ? map_str_eq(e->key.p, key.p, len) : map_key_eq(k, e->key, key, bad))) {
                if (slot) *slot = i;
                return e;
            }
            if (!str && *bad) return NULL;
        }
        MAP_PROBE(i, perturb, mask);
    }
    if (slot) *slot = UINT64_MAX;
    return NULL;
}

/* Finds key in table t; returns its entry or NULL. *slot gets the index slot
 * of the entry, or of the first empty slot met when absent. */
static MEntry *map_find(MTable *t, Type *k, Slot key, uint64_t h, uint64_t *slot, Type **bad) {
    if (k->kind == T_STRING) return map_probe(t, k, key, h, slot, bad, true);
    return map_probe(t, k, key, h, slot, bad, false);
}

Slot *map_get(Map *m, Slot key, Type **bad) {
    if (!m) {
        /* Go hashes the key even for a nil map: unhashable keys still panic. */
        return NULL;
    }
    Type *dummy = NULL;
    if (!bad) bad = &dummy;
    MTable *t = map_table(m);
    if (t->used == 0 && map_simple_key(m->ktype)) return NULL;
    uint64_t h = map_hash(m, key, bad);
    if (*bad) return NULL;
    MEntry *e = map_find(t, m->ktype, key, h, NULL, bad);
    return e ? &e->val : NULL;
}

/* ---- writers ---- */

static inline void map_write_begin(Map *m) {
    if (__atomic_load_n(&m->writing, __ATOMIC_RELAXED)) map_fatal_concurrent_writes();
    __atomic_store_n(&m->writing, 1, __ATOMIC_RELAXED);
}

static inline void map_write_end(Map *m) {
    if (!__atomic_load_n(&m->writing, __ATOMIC_RELAXED)) map_fatal_concurrent_writes();
    __atomic_store_n(&m->writing, 0, __ATOMIC_RELAXED);
}

/* Places entry number ix (hash h) in t's index. */
static void map_index_put(MTable *t, uint64_t h, int32_t ix) {
    uint64_t mask = t->mask, i = h & mask, perturb = h;
    while (t->index[i] >= 0) MAP_PROBE(i, perturb, mask);
    __atomic_store_n(&t->index[i], ix, __ATOMIC_RELEASE);
}

/* Copies the live entries into a fresh table with room for more. Counts
 * them first: under a racy writer m->len may be wrong. */
static MTable *map_rebuild(Map *m, MTable *old) {
    int64_t used = old->used < old->cap ? old->used : old->cap, live = 0;
    for (int64_t i = 0; i < used; i++) live += old->e[i].hash != 0;
    MTable *t = map_table_new(live < 4 ? 8 : live * 2);
    int64_t n = 0;
    for (int64_t i = 0; i < used && n < t->cap; i++) {
        MEntry *e = &old->e[i];
        if (!e->hash) continue;
        t->e[n] = *e;
        map_index_put(t, e->hash, (int32_t)n);
        n++;
    }
    t->used = n;
    __atomic_store_n(&m->t, t, __ATOMIC_RELEASE);
    return t;
}

static Slot map_zero_val(Map *m) {
    Slot v = {0};
    if (m->vtype->is_block) v.p = block_new(m->vtype);
    return v;
}

Slot *map_set(Map *m, Slot key, Type **bad) {
    Type *dummy = NULL;
    if (!bad) bad = &dummy;
    uint64_t h = map_hash(m, key, bad);
    if (*bad) return NULL;
    map_write_begin(m);
    MTable *t = m->t;
    uint64_t slot;
    MEntry *e = map_find(t, m->ktype, key, h, &slot, bad);
    if (e || *bad) {
        map_write_end(m);
        return e ? &e->val : NULL;
    }
    int64_t ix = t->used;
    if (ix >= t->cap || slot == UINT64_MAX) {
        t = map_rebuild(m, t);
        map_find(t, m->ktype, key, h, &slot, bad);
        ix = t->used;
        if (ix >= t->cap || slot == UINT64_MAX) { /* only under a racing writer */
            map_write_end(m);
            Slot *lost = csp_alloc(sizeof(Slot)); /* the update is lost, memory stays sound */
            *lost = map_zero_val(m);
            return lost;
        }
    }
    e = &t->e[ix];
    e->key = m->ktype->is_block ? (Slot){.p = block_clone(m->ktype, key.p)} : key;
    e->val = map_zero_val(m);
    e->hash = h;
    __atomic_store_n(&t->used, ix + 1, __ATOMIC_RELEASE);
    __atomic_store_n(&t->index[slot], (int32_t)ix, __ATOMIC_RELEASE);
    __atomic_store_n(&m->len, m->len + 1, __ATOMIC_RELAXED);
    map_write_end(m);
    return &e->val;
}

void map_delete(Map *m, Slot key, Type **bad) {
    Type *dummy = NULL;
    if (!bad) bad = &dummy;
    if (!m) return;
    uint64_t h = map_hash(m, key, bad);
    if (*bad) return;
    map_write_begin(m);
    MEntry *e = map_find(m->t, m->ktype, key, h, NULL, bad);
    if (e) {
        __atomic_store_n(&e->hash, 0, __ATOMIC_RELEASE);
        __atomic_store_n(&m->len, m->len - 1, __ATOMIC_RELAXED);
    }
    map_write_end(m);
}

void map_clear(Map *m) {
    if (!m) return;
    map_write_begin(m);
    __atomic_store_n(&m->t, &map_empty_table, __ATOMIC_RELEASE);
    __atomic_store_n(&m->len, 0, __ATOMIC_RELAXED);
    map_write_end(m);
}

/* ---- iteration ---- */

void map_iter_init(MapIter *it, Map *m) {
    it->m = m;
    MTable *t = m ? map_table(m) : &map_empty_table;
    it->table = t;
    it->n = __atomic_load_n(&t->used, __ATOMIC_ACQUIRE);
    if (it->n > t->cap) it->n = t->cap;
    it->start = it->n > 1 ? (int64_t)(map_rand() % (uint64_t)it->n) : 0;
    it->i = 0;
}

bool map_iter_next(MapIter *it, Slot *key, Slot *val) {
    MTable *t = it->table;
    while (it->i < it->n) {
        int64_t ix = it->start + it->i++;
        if (ix >= it->n) ix -= it->n;
        MEntry *e = &t->e[ix];
        uint64_t h = __atomic_load_n(&e->hash, __ATOMIC_ACQUIRE);
        if (!h) continue;
        Slot k = e->key, v = e->val;
        MTable *cur = map_table(it->m);
        if (cur != t) { /* the map moved on: trust only the current table */
            Type *bad = NULL;
            MEntry *ce = map_find(cur, it->m->ktype, k, h, NULL, &bad);
            if (ce) v = ce->val;
            else if (map_key_eq(it->m->ktype, k, k, &bad)) continue; /* deleted */
            /* a key unequal to itself (NaN) cannot be looked up: keep it */
        }
        if (key) *key = k;
        if (val) *val = v;
        return true;
    }
    return false;
}

/* ---- fmtsort order ---- */

static int map_cmp_inline(Type *t, const Slot *a, const Slot *b);

static int map_cmp_float(double a, double b) {
    if (a != a) return -1;
    if (b != b) return 1;
    return a < b ? -1 : a > b;
}

static int map_cmp_iface(const Iface *x, const Iface *y) {
    if (!x || !y) return x ? 1 : y ? -1 : 0;
    Type *a = x->type, *b = y->type;
    if (a != b) {
        if (a->kind != b->kind) return a->kind < b->kind ? -1 : 1;
        int c = strcmp(type_str(a), type_str(b));
        if (c) return c < 0 ? -1 : 1;
        return a->id < b->id ? -1 : 1;
    }
    return map_cmp_inline(a, value_inline(a, (Slot *)&x->val), value_inline(b, (Slot *)&y->val));
}

static int map_cmp_inline(Type *t, const Slot *a, const Slot *b) {
    switch (t->kind) {
    case T_BOOL: case T_INT: case T_INT8: case T_INT16: case T_INT32: case T_INT64:
        return a->i < b->i ? -1 : a->i > b->i;
    case T_FLOAT32: case T_FLOAT64: return map_cmp_float(a->f, b->f);
    case T_STRING: return str_cmp(a->p, b->p);
    case T_INTERFACE: return map_cmp_iface(a->p, b->p);
    case T_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            Field *f = &t->fields[i];
            int c = map_cmp_inline(f->type, a + f->offset, b + f->offset);
            if (c) return c;
        }
        return 0;
    case T_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            int c = map_cmp_inline(t->elem, a + i * t->elem->slots, b + i * t->elem->slots);
            if (c) return c;
        }
        return 0;
    default: /* uints, pointers, chans */
        return a->u < b->u ? -1 : a->u > b->u;
    }
}

int map_key_compare(Type *t, Slot a, Slot b) {
    return map_cmp_inline(t, value_inline(t, &a), value_inline(t, &b));
}

static int map_qsort_cmp(const void *a, const void *b, void *t) {
    return map_key_compare(t, *(const Slot *)a, *(const Slot *)b);
}

Slot *map_sorted_entries(Map *m, int64_t *n) {
    int64_t cnt = 0, want = map_len(m);
    Slot *kv = csp_alloc(2 * sizeof(Slot) * (size_t)(want ? want : 1));
    MapIter it;
    map_iter_init(&it, m);
    it.start = 0;
    while (cnt < want && map_iter_next(&it, &kv[2 * cnt], &kv[2 * cnt + 1])) cnt++;
    if (cnt > 1) qsort_r(kv, (size_t)cnt, 2 * sizeof(Slot), map_qsort_cmp, m->ktype);
    *n = cnt;
    return kv;
}

Slot *map_sorted_keys(Map *m, int64_t *n) {
    int64_t cnt = 0, want = map_len(m);
    Slot *keys = csp_alloc(sizeof(Slot) * (size_t)(want ? want : 1));
    MapIter it;
    map_iter_init(&it, m);
    it.start = 0;
    Slot k;
    while (cnt < want && map_iter_next(&it, &k, NULL)) keys[cnt++] = k;
    if (cnt > 1) qsort_r(keys, (size_t)cnt, sizeof(Slot), map_qsort_cmp, m->ktype);
    *n = cnt;
    return keys;
}
