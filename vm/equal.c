/* equal.c: Go's == and map hashing over inline values, driven by the type
 * (vm/value.h).
 *
 * Owns: the comparability rules at run time. Floats compare by value
 * (+0 == -0, NaN != NaN) and hash consistently with that (both zeros hash
 * alike; each NaN hashes randomly, as Go does, since it can never be found
 * again). Interfaces compare dynamic types first, then values; comparing
 * or hashing an uncomparable dynamic type reports it through *bad (the VM
 * panics with Go's message). Nested structs/arrays are inline; an interface
 * holding a struct/array holds a block pointer (value_inline()).
 */
#include <math.h>

#include "value.h"

static bool eq_comparable(Type *t) {
    if (t->comparable >= 0) return t->comparable;
    bool c = true;
    switch (t->kind) {
    case T_SLICE: case T_MAP: case T_FUNC: c = false; break;
    case T_ARRAY: c = eq_comparable(t->elem); break;
    case T_STRUCT:
        for (int i = 0; i < t->nfields && c; i++) c = eq_comparable(t->fields[i].type);
        break;
    default: break;
    }
    t->comparable = c; /* idempotent cache; a racing write stores the same value */
    return c;
}

static bool eq_iface(const Iface *x, const Iface *y, Type **bad) {
    if (!x || !y) return x == y;
    if (x->type != y->type) return false;
    Type *t = x->type;
    if (!eq_comparable(t)) {
        *bad = t;
        return false;
    }
    return value_equal(t, value_inline(t, (Slot *)&x->val), value_inline(t, (Slot *)&y->val), bad);
}

static bool eq_fields(Type *t, const Slot *a, const Slot *b, Type **bad) {
    for (int i = 0; i < t->nfields; i++) {
        Field *f = &t->fields[i];
        if (f->name && f->name[0] == '_' && !f->name[1]) continue; /* blank */
        if (!value_equal(f->type, a + f->offset, b + f->offset, bad)) return false;
    }
    return true;
}

static bool eq_elems(Type *t, const Slot *a, const Slot *b, Type **bad) {
    int es = t->elem->slots;
    for (int64_t i = 0; i < t->len; i++)
        if (!value_equal(t->elem, a + i * es, b + i * es, bad)) return false;
    return true;
}

bool value_equal(Type *t, const Slot *a, const Slot *b, Type **bad) {
    Type *dummy = NULL;
    if (!bad) bad = &dummy;
    switch (t->kind) {
    case T_FLOAT32: case T_FLOAT64: return a->f == b->f;
    case T_STRING: return str_eq(a->p, b->p);
    case T_INTERFACE: return eq_iface(a->p, b->p, bad);
    case T_STRUCT: return eq_fields(t, a, b, bad);
    case T_ARRAY: return eq_elems(t, a, b, bad);
    case T_SLICE: case T_MAP: case T_FUNC:
        *bad = t;
        return false;
    default: return a->u == b->u;
    }
}

/* ---- hashing ---- */

static inline uint64_t hash_mix(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

static inline uint64_t hash_word(uint64_t w, uint64_t seed) {
    return hash_mix(w ^ (seed * 0x9E3779B97F4A7C15ULL) ^ 0x2545F4914F6CDD1DULL);
}

static uint64_t hash_nan_state = 0x853c49e6748fea9bULL;

static uint64_t hash_float(double f, uint64_t seed) {
    if (f == 0) f = 0; /* +0 and -0 alike */
    if (f != f) /* NaN: random, never found again */
        return hash_word(__atomic_add_fetch(&hash_nan_state, 0x9E3779B97F4A7C15ULL, __ATOMIC_RELAXED), seed);
    uint64_t u;
    memcpy(&u, &f, 8);
    return hash_word(u, seed);
}

static uint64_t hash_iface(const Iface *x, uint64_t seed, Type **bad) {
    if (!x) return hash_word(0, seed);
    Type *t = x->type;
    if (!eq_comparable(t)) {
        *bad = t;
        return 0;
    }
    uint64_t h = hash_word((uint64_t)(uintptr_t)t, seed);
    return value_hash(t, value_inline(t, (Slot *)&x->val), h, bad);
}

uint64_t value_hash(Type *t, const Slot *v, uint64_t seed, Type **bad) {
    Type *dummy = NULL;
    if (!bad) bad = &dummy;
    switch (t->kind) {
    case T_FLOAT32: case T_FLOAT64: return hash_float(v->f, seed);
    case T_STRING: return hash_mix(str_hash(v->p) ^ seed);
    case T_INTERFACE: return hash_iface(v->p, seed, bad);
    case T_STRUCT: {
        uint64_t h = seed;
        for (int i = 0; i < t->nfields; i++) {
            Field *f = &t->fields[i];
            if (f->name && f->name[0] == '_' && !f->name[1]) continue;
            h = value_hash(f->type, v + f->offset, h, bad);
        }
        return hash_mix(h);
    }
    case T_ARRAY: {
        uint64_t h = seed;
        int es = t->elem->slots;
        for (int64_t i = 0; i < t->len; i++) h = value_hash(t->elem, v + i * es, h, bad);
        return hash_mix(h);
    }
    case T_SLICE: case T_MAP: case T_FUNC:
        *bad = t;
        return 0;
    default: return hash_word(v->u, seed);
    }
}
