/* builtin.c: natives behind Go's builtins that are not instructions:
 * print and println (Go's runtime print format, to stderr), clear, and the
 * deferred/go forms of close, panic, delete, copy and recover. */
#include <math.h>
#include <stdio.h>

#include "../runtime/runtime.h"
#include "../vm/map.h"
#include "stdlib.h"

/* Go's runtime printfloat: +d.dddddde+ddd */
void print_float(Buf *b, double v) {
    if (isnan(v)) { buf_puts(b, "NaN"); return; }
    if (isinf(v)) { buf_puts(b, v > 0 ? "+Inf" : "-Inf"); return; }
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%+.6e", v);
    /* C prints e+05; Go prints e+005 */
    char *e = strchr(tmp, 'e');
    if (e && strlen(e) == 4) {
        char out[64];
        size_t pre = (size_t)(e - tmp);
        memcpy(out, tmp, pre + 2);
        out[pre + 2] = '0';
        strcpy(out + pre + 3, e + 2);
        buf_puts(b, out);
    } else
        buf_puts(b, tmp);
}

static void print_value(Buf *b, Iface *v) {
    if (!v) { buf_puts(b, "nil"); return; }
    Type *u = type_under(v->type);
    switch (u->kind) {
    case T_BOOL: buf_puts(b, v->val.i ? "true" : "false"); break;
    case T_INT: case T_INT8: case T_INT16: case T_INT32: case T_INT64: buf_printf(b, "%lld", (long long)v->val.i); break;
    case T_UINT: case T_UINT8: case T_UINT16: case T_UINT32: case T_UINT64: case T_UINTPTR:
        buf_printf(b, "%llu", (unsigned long long)v->val.u);
        break;
    case T_FLOAT32: case T_FLOAT64: print_float(b, v->val.f); break;
    case T_STRING: buf_put(b, str_data(v->val.p), (size_t)str_len(v->val.p)); break;
    case T_INTERFACE: {
        /* an interface argument, boxed whole: Go prints (type,data) */
        Iface *in = v->val.p;
        buf_printf(b, "(0x%llx,0x%llx)", (unsigned long long)(uintptr_t)(in ? in->type : NULL),
                   (unsigned long long)(uintptr_t)(in ? in->val.p : NULL));
        break;
    }
    case T_SLICE: {
        Slice *s = v->val.p;
        buf_printf(b, "[%lld/%lld]0x%llx", (long long)slice_len(s), (long long)slice_cap(s),
                   (unsigned long long)(uintptr_t)(s ? (void *)s->data : NULL));
        break;
    }
    default: buf_printf(b, "0x%llx", (unsigned long long)(uintptr_t)v->val.p); break;
    }
}

static int do_print(Proc *p, Slot *a, bool ln) {
    CSP_UNUSED(p);
    Slice *args = a[0].p;
    Buf b;
    buf_init(&b);
    for (int64_t i = 0; i < slice_len(args); i++) {
        if (ln && i) buf_putc(&b, ' ');
        print_value(&b, args->data[i].p);
    }
    if (ln) buf_putc(&b, '\n');
    out_write(2, b.data, b.len);
    return VM_OK;
}

static int b_print(Proc *p, Slot *a) { return do_print(p, a, false); }
static int b_println(Proc *p, Slot *a) { return do_print(p, a, true); }

/* clear(x): a[1] = element slots of a slice, or -1 for a map */
static int b_clear(Proc *p, Slot *a) {
    if (a[1].i < 0) {
        if (a[0].p) STDLIB_RACE_WRITE(p, a[0].p, 1); /* a map is one location */
        map_clear(a[0].p);
    } else {
        Slice *s = a[0].p;
        if (s && s->len) {
            STDLIB_RACE_WRITE(p, s->data, s->len * a[1].i);
            memset(s->data, 0, sizeof(Slot) * (size_t)(s->len * a[1].i));
        }
    }
    return VM_OK;
}

static int b_close(Proc *p, Slot *a) { return chan_close(p, a[0].p); }
/* `defer recover()`: called by the runtime, not by a deferred function, so
 * it stops no panic (Go's rule) */
static int b_recover(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    a[0].p = NULL;
    return VM_OK;
}
static int b_panic(Proc *p, Slot *a) { return vm_panic_value(p, a[0].p); }
static int b_delete(Proc *p, Slot *a) {
    Type *bad = NULL;
    if (a[0].p) STDLIB_RACE_WRITE(p, a[0].p, 1);
    map_delete(a[0].p, a[1], &bad);
    if (bad) return vm_panic_error(p, "hash of unhashable type %s", type_str(bad));
    return VM_OK;
}

/* copy(dst, src) deferred: a[2] = element slots, or -1 when src is a string */
static int b_copy(Proc *p, Slot *a) {
    Slice *d = a[0].p;
    int64_t n;
    if (a[2].i < 0) {
        Str *src = a[1].p;
        n = str_len(src) < slice_len(d) ? str_len(src) : slice_len(d);
        if (n) STDLIB_RACE_WRITE(p, d->data, n);
        for (int64_t i = 0; i < n; i++) d->data[i].i = (unsigned char)src->data[i];
    } else {
        Slice *src = a[1].p;
        n = slice_len(src) < slice_len(d) ? slice_len(src) : slice_len(d);
        if (n) {
            STDLIB_RACE_READ(p, src->data, n * a[2].i);
            STDLIB_RACE_WRITE(p, d->data, n * a[2].i);
            memmove(d->data, src->data, sizeof(Slot) * (size_t)(n * a[2].i));
        }
    }
    a[0].i = n;
    return VM_OK;
}

const NativeEntry builtin_natives[] = {
    {"builtin.copy", b_copy},
    {"builtin.print", b_print},   {"builtin.println", b_println}, {"builtin.clear", b_clear},
    {"builtin.close", b_close},   {"builtin.panic", b_panic},     {"builtin.delete", b_delete},
    {"builtin.recover", b_recover},
    {NULL, NULL},
};
