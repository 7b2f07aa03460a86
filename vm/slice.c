/* slice.c: blocks, slices and interface boxes (vm/value.h).
 *
 * Owns: allocation of struct/array blocks and slice backing arrays, and
 * append's growth rule. Backing arrays of pointer-free element types are
 * GC_MALLOC_ATOMIC (never scanned), which we zero ourselves.
 *
 * cap() is observable, so growth follows Go 1.19's runtime.growslice exactly:
 * double below 256 elements, then grow by (cap + 3*256)/4 until big enough,
 * and round the byte size up to Go's malloc size class, measured in GO's
 * element size (a []byte element is 1 byte in Go though it is one 8-byte
 * slot here). Appending within capacity writes into the shared backing array
 * and returns a new header, exactly Go's aliasing.
 */
#include "value.h"

/* Non-NULL address for zero-sized blocks and backing arrays (Go's zerobase). */
static Slot slice_zerobase[1];

static Slot *slots_alloc(Type *elem_or_t, int64_t nslots) {
    if (nslots <= 0) return slice_zerobase;
    size_t bytes = sizeof(Slot) * (size_t)nslots;
    if (elem_or_t->has_pointers) return csp_alloc(bytes);
    Slot *p = csp_alloc_atomic(bytes);
    memset(p, 0, bytes);
    return p;
}

Slot *block_new(Type *t) { return slots_alloc(t, t->slots); }

Slot *block_clone(Type *t, const Slot *src) {
    if (t->slots <= 0) return slice_zerobase;
    Slot *p = t->has_pointers ? csp_alloc(sizeof(Slot) * (size_t)t->slots)
                              : csp_alloc_atomic(sizeof(Slot) * (size_t)t->slots);
    memcpy(p, src, sizeof(Slot) * (size_t)t->slots);
    return p;
}

Slice *slice_make(Type *elem, int64_t len, int64_t cap) {
    if (cap < len) cap = len;
    Slice *s = CSP_NEW(Slice);
    s->data = slots_alloc(elem, cap * elem->slots);
    s->len = len;
    s->cap = cap;
    return s;
}

/* ---- Go's sizes, for the size-class rounding of growslice ---- */

static int64_t go_sizeof(Type *t, int64_t *align);

static int64_t go_struct_size(Type *t, int64_t *align) {
    int64_t off = 0, maxa = 1;
    for (int i = 0; i < t->nfields; i++) {
        int64_t a, sz = go_sizeof(t->fields[i].type, &a);
        off = (off + a - 1) / a * a + sz;
        if (a > maxa) maxa = a;
    }
    *align = maxa;
    return (off + maxa - 1) / maxa * maxa;
}

static int64_t go_sizeof(Type *t, int64_t *align) {
    int64_t a = 8, sz = 8;
    switch (t->kind) {
    case T_BOOL: case T_INT8: case T_UINT8: a = sz = 1; break;
    case T_INT16: case T_UINT16: a = sz = 2; break;
    case T_INT32: case T_UINT32: case T_FLOAT32: a = sz = 4; break;
    case T_STRING: case T_INTERFACE: sz = 16; break;
    case T_SLICE: sz = 24; break;
    case T_ARRAY: sz = t->len * go_sizeof(t->elem, &a); break;
    case T_STRUCT: sz = go_struct_size(t, &a); break;
    default: break;
    }
    *align = a;
    return sz;
}

/* Go 1.19 malloc size classes (runtime/sizeclasses.go). */
static const uint16_t slice_classes[] = {
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
    288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
    1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
    6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432,
    19072, 20480, 21760, 24576, 27264, 28672, 32768};

static uint64_t go_roundupsize(uint64_t size) {
    if (size <= 32768) {
        int lo = 0, hi = (int)(sizeof slice_classes / sizeof slice_classes[0]) - 1;
        while (lo < hi) { /* first class >= size */
            int mid = (lo + hi) / 2;
            if (slice_classes[mid] >= size) hi = mid;
            else lo = mid + 1;
        }
        return size ? slice_classes[lo] : 0;
    }
    return (size + 8191) & ~(uint64_t)8191;
}

/* The capacity Go gives a slice of old capacity oldcap grown to hold need. */
static int64_t slice_grow_cap(Type *elem, int64_t oldcap, int64_t need) {
    int64_t newcap = oldcap, dbl = oldcap + oldcap;
    if (need > dbl) newcap = need;
    else if (oldcap < 256) newcap = dbl;
    else {
        while (newcap > 0 && newcap < need) newcap += (newcap + 3 * 256) / 4;
        if (newcap <= 0) newcap = need;
    }
    int64_t align, esz = go_sizeof(elem, &align);
    if (esz == 0) return need;
    uint64_t bytes = go_roundupsize((uint64_t)newcap * (uint64_t)esz);
    return (int64_t)(bytes / (uint64_t)esz);
}

Slice *slice_append(Type *elem, Slice *s, const Slot *src, int64_t n) {
    if (n <= 0) return s;
    int64_t es = elem->slots, len = slice_len(s), cap = slice_cap(s);
    Slice *r = CSP_NEW(Slice);
    if (len + n <= cap) {
        r->data = s->data;
    } else {
        cap = slice_grow_cap(elem, cap, len + n);
        r->data = slots_alloc(elem, cap * es);
        if (len && es) memcpy(r->data, s->data, sizeof(Slot) * (size_t)(len * es));
    }
    if (es) memmove(r->data + len * es, src, sizeof(Slot) * (size_t)(n * es));
    r->len = len + n;
    r->cap = cap;
    return r;
}

Iface *iface_box(Type *t, Slot v) {
    Iface *x = CSP_NEW(Iface);
    x->type = t;
    x->val = v;
    return x;
}
