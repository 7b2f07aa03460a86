/* sort.c: natives of package sort (stdlib/prelude/sort.go): the element
 * swapper behind sort.Slice (any slice type, elements of elem->slots
 * slots each), and native Ints/Strings (an equal int or string is
 * indistinguishable, so qsort's order of equals is unobservable). */
#include <stdlib.h>

#include "stdlib.h"

static bool is_slice(Iface *x) { return x && type_under(x->type)->kind == T_SLICE; }

static int not_slice(Proc *p, Iface *x) {
    /* Go's reflect panic for sort.Slice of a non-slice */
    return vm_panic_string(p, csp_sprintf("reflect: call of Swapper on %s Value",
                                          x ? type_str(x->type) : "zero"));
}

static int st_sliceLen(Proc *p, Slot *a) {
    Iface *x = a[0].p;
    if (!is_slice(x)) return not_slice(p, x);
    a[0].i = slice_len(x->val.p);
    return VM_OK;
}

static int st_swapAt(Proc *p, Slot *a) {
    Iface *x = a[0].p;
    if (!is_slice(x)) return not_slice(p, x);
    Type *elem = type_under(x->type)->elem;
    Slice *s = x->val.p;
    int64_t i = a[1].i, j = a[2].i, n = slice_len(s);
    if ((uint64_t)i >= (uint64_t)n) return vm_panic_error(p, "index out of range [%lld] with length %lld", (long long)i, (long long)n);
    if ((uint64_t)j >= (uint64_t)n) return vm_panic_error(p, "index out of range [%lld] with length %lld", (long long)j, (long long)n);
    int k = elem->slots;
    Slot *x1 = s->data + i * k, *x2 = s->data + j * k;
    STDLIB_RACE_WRITE(p, x1, k);
    STDLIB_RACE_WRITE(p, x2, k);
    for (int t = 0; t < k; t++) {
        Slot tmp = x1[t];
        x1[t] = x2[t];
        x2[t] = tmp;
    }
    return VM_OK;
}

static int cmp_int(const void *x, const void *y) {
    int64_t a = ((const Slot *)x)->i, b = ((const Slot *)y)->i;
    return (a > b) - (a < b);
}

static int cmp_str(const void *x, const void *y) { return str_cmp(((const Slot *)x)->p, ((const Slot *)y)->p); }

static int st_Ints(Proc *p, Slot *a) {
    Slice *s = a[0].p;
    if (s) STDLIB_RACE_WRITE(p, s->data, s->len);
    if (slice_len(s) > 1) qsort(s->data, (size_t)s->len, sizeof(Slot), cmp_int);
    return VM_OK;
}

static int st_Strings(Proc *p, Slot *a) {
    Slice *s = a[0].p;
    if (s) STDLIB_RACE_WRITE(p, s->data, s->len);
    if (slice_len(s) > 1) qsort(s->data, (size_t)s->len, sizeof(Slot), cmp_str);
    return VM_OK;
}

const NativeEntry sort_natives[] = {
    {"sort.sliceLen", st_sliceLen}, {"sort.swapAt", st_swapAt}, {"sort.Ints", st_Ints},
    {"sort.Strings", st_Strings},   {NULL, NULL},
};
