/* value.h: how csp values are laid out in memory.
 *
 * THE DECISION (made once; everything else follows from it):
 * every value lives in untagged 8-byte Slots; its static type says how to
 * read them. Types are known at compile time, so no slot carries a tag.
 *
 *   bool, ints, uints     Slot.i / Slot.u, kept normalised: an int8 holds a
 *                         sign-extended value in -128..127, a uint16 0..65535
 *   float64 / float32     Slot.f (a float32 is a double rounded to float)
 *   string                Slot.p -> Str (immutable; NULL is the empty string)
 *   slice                 Slot.p -> Slice header (immutable; NULL is nil)
 *   map                   Slot.p -> Map (vm/map.h; NULL is nil)
 *   chan                  Slot.p -> Chan (runtime/chan.h; NULL is nil)
 *   func                  Slot.p -> Closure (NULL is nil)
 *   pointer *T            Slot.p -> the first slot of the pointee
 *   interface             Slot.p -> Iface {dynamic type, one slot} (NULL is nil)
 *   struct / array        INLINE: type->slots consecutive slots inside the
 *                         containing struct, array or slice backing store.
 *                         In a register, a map entry, a channel buffer, an
 *                         interface or a cell, a struct/array value is one slot
 *                         pointing to its own block of slots ("block").
 *
 * Value semantics of blocks: a register that holds a struct variable owns its
 * block for the variable's lifetime; assignment copies slots INTO that block,
 * so &x is simply the block pointer and never goes stale. A read of a
 * variable, field or element yields an alias; the compiler clones it whenever
 * it is stored somewhere new (a "fresh" value - a composite literal, a call
 * result - is moved without cloning).
 *
 * Variables whose address is taken or that closures capture, when not blocks,
 * live in heap cells (one GC slot) shared by everyone who can see them.
 * Zero values are all-zero slots for every type.
 */
#ifndef CSP_VALUE_H
#define CSP_VALUE_H

#include "../util/common.h"
#include "../compiler/types.h"

typedef union Slot {
    int64_t i;
    uint64_t u;
    double f;
    void *p;
} Slot;

/* Immutable byte string. data need not be NUL-terminated. */
typedef struct Str {
    int64_t len;
    const char *data;
} Str;

/* Immutable slice header; elements are elem->slots slots each. */
typedef struct Slice {
    Slot *data;
    int64_t len, cap; /* in elements */
} Slice;

/* Boxed interface value: dynamic type plus one slot (a block pointer for
 * struct/array dynamic types). A nil interface is a NULL pointer. */
typedef struct Iface {
    Type *type;
    Slot val;
} Iface;

/* A function value: code plus captured variables (each a pointer to a cell
 * or, for block-typed variables, to the block). Method values bind a
 * receiver in up[0]. */
typedef struct Closure {
    Func *fn;
    int nup;
    bool bound;       /* a method value: recv is passed as the first argument */
    Slot recv;
    Slot *up[];
} Closure;

/* ---- strings (vm/str.c) ---- */
Str *str_new(const char *data, int64_t len);     /* copies */
Str *str_from_cstr(const char *s);
Str *str_concat(const Str *a, const Str *b);
Str *str_slice(Str *s, int64_t lo, int64_t hi);  /* shares bytes */
int str_cmp(const Str *a, const Str *b);
bool str_eq(const Str *a, const Str *b);
uint64_t str_hash(const Str *s);
uint64_t str_hash_seeded(const Str *s, uint64_t seed); /* maps: the seed mixed in, one final mix */
static inline int64_t str_len(const Str *s) { return s ? s->len : 0; }
static inline const char *str_data(const Str *s) { return s ? s->data : ""; }
/* A NUL-terminated copy for C APIs. */
char *str_cstr(const Str *s);

/* ---- slices and blocks (vm/slice.c) ---- */
Slot *block_new(Type *t);                        /* zeroed t->slots slots */
Slot *block_clone(Type *t, const Slot *src);
/* make([]elem, len, cap) as Go checks it, before slice_make: */
enum { SLICE_MAKE_OK, SLICE_MAKE_BAD_LEN, SLICE_MAKE_BAD_CAP };
int slice_make_check(Type *elem, int64_t len, int64_t cap);
/* make(chan elem, size): false when Go says "makechan: size out of range". */
bool chan_make_check(Type *elem, int64_t size);
Slice *slice_make(Type *elem, int64_t len, int64_t cap);
/* append n elements (elem->slots each) from src; returns the new header. */
Slice *slice_append(Type *elem, Slice *s, const Slot *src, int64_t n);
static inline int64_t slice_len(const Slice *s) { return s ? s->len : 0; }
static inline int64_t slice_cap(const Slice *s) { return s ? s->cap : 0; }

/* ---- interfaces ---- */
Iface *iface_box(Type *t, Slot v);

/* ---- generic operations driven by a type (vm/equal.c) ---- */
/* Equality of two inline values of type t (Go's ==); *bad set to the
 * offending type when comparing uncomparable dynamic types in interfaces. */
bool value_equal(Type *t, const Slot *a, const Slot *b, Type **bad);
uint64_t value_hash(Type *t, const Slot *v, uint64_t seed, Type **bad);
/* Copies an inline value of type t: plain slot copy (blocks are inline). */
static inline void value_copy(Type *t, Slot *dst, const Slot *src) {
    if (t->slots == 1) *dst = *src;
    else memmove(dst, src, sizeof(Slot) * (size_t)t->slots);
}
/* Pointer to the inline slots of a one-slot value: for blocks the block,
 * for others the slot itself. */
static inline Slot *value_inline(Type *t, Slot *one) {
    return t->is_block ? (Slot *)one->p : one;
}

#endif
