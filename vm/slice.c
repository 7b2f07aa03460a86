/* slice.c: blocks, slices and interface boxes (vm/value.h).
 *
 * Owns: allocation of struct/array blocks and slice backing arrays, and
 * append's growth rule. Backing arrays of pointer-free element types are
 * never scanned; a big array is zeroed without touching its pages, so
 * make([]int, 1e9) costs what it costs in Go (util/mem.c).
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
    /* the common small block of pointers: the collector's cleared memory,
     * without the call through csp_alloc_zeroed (util/mem.c, for big ones) */
    if (nslots <= 64 && elem_or_t->has_pointers) return csp_alloc(sizeof(Slot) * (size_t)nslots);
    return csp_alloc_zeroed(sizeof(Slot) * (size_t)nslots, elem_or_t->has_pointers);
}

Slot *block_new(Type *t) { return slots_alloc(t, t->slots); }

Slot *block_clone(Type *t, const Slot *src) {
    if (t->slots <= 0) return slice_zerobase;
    Slot *p = t->has_pointers ? csp_alloc(sizeof(Slot) * (size_t)t->slots)
                              : csp_alloc_atomic(sizeof(Slot) * (size_t)t->slots);
    memcpy(p, src, sizeof(Slot) * (size_t)t->slots);
    return p;
}

/* Go's makeslice bound (runtime/slice.go): the backing array may not pass
 * maxAlloc, 1<<48 bytes on linux/amd64, counted in Go's element size. */
#define GO_MAX_ALLOC (INT64_C(1) << 48)

static bool go_alloc_ok(Type *elem, int64_t n) {
    int64_t esz = type_go_size(elem);
    return n >= 0 && (esz == 0 || n <= GO_MAX_ALLOC / esz);
}

int slice_make_check(Type *elem, int64_t len, int64_t cap) {
    if (go_alloc_ok(elem, cap) && len >= 0 && len <= cap) return SLICE_MAKE_OK;
    /* Go names len when len alone is already wrong (golang.org/issue/4085) */
    return go_alloc_ok(elem, len) ? SLICE_MAKE_BAD_CAP : SLICE_MAKE_BAD_LEN;
}

bool chan_make_check(Type *elem, int64_t size) {
    int64_t esz = type_go_size(elem);
    /* runtime/chan.go makechan: the buffer and its 96-byte header */
    return size >= 0 && (esz == 0 || size <= (GO_MAX_ALLOC - 96) / esz);
}

Slice *slice_make(Type *elem, int64_t len, int64_t cap) {
    if (cap < len) cap = len;
    Slice *s = CSP_NEW(Slice);
    s->data = slots_alloc(elem, cap * elem->slots);
    s->len = len;
    s->cap = cap;
    return s;
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
    int64_t esz = type_go_size(elem);
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
