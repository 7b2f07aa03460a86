/* fmt_natives.c: the natives of package fmt (stdlib/prelude/fmt.go) on top
 * of the formatting engine in fmt.c. Output goes through the shared,
 * buffered stdout of runtime/output.c, which reports a failed write to
 * the call that made it; the error is then the one os.Stdout.Write would
 * return, built by the prelude's stdoutError. */
#include "../runtime/runtime.h"
#include "fmt.h"
#include "stdlib.h"

static void args_of(Slot *a, int i, Slot **args, int64_t *n) {
    Slice *s = a[i].p;
    *args = s ? s->data : NULL;
    *n = slice_len(s);
}

/* fmt.stdoutError(errno int) error, registered by the prelude at init */
static Closure *stdout_error;

static int f_setStdoutError(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    stdout_error = a[0].p;
    a[0].i = 1;
    return VM_OK;
}

/* Writes b to stdout; results (n int, err error) in a[0], a[1]. The call
 * back into csp code may move p's stack: vm.c's call_native moves results
 * written to the old one. */
static int out_result(Proc *p, Slot *a, Buf *b) {
    size_t n;
    int err = out_write_checked(1, b->data, b->len, &n);
    Iface *e = NULL;
    if (err && stdout_error) {
        Slot msg = {.i = err}, res = {0};
        int st = vm_call(p, stdout_error, &msg, 1, &res, 1);
        if (st != VM_OK) return st;
        e = res.p;
    }
    a[0].i = (int64_t)n;
    a[1].p = e;
    return VM_OK;
}

/* Formats the operands of a[args] (Print/Println rules, or Printf with the
 * format in a[0]) into b. */
static void format_args(Slot *a, Buf *b, int mode) {
    Slot *args;
    int64_t n;
    buf_init(b);
    if (mode == 2) {
        Str *f = a[0].p;
        args_of(a, 1, &args, &n);
        fmt_printf(b, str_data(f), str_len(f), args, n);
    } else {
        args_of(a, 0, &args, &n);
        fmt_print(b, args, n, mode == 1);
    }
}

enum { PRINT, PRINTLN, PRINTF };

static int to_stdout(Proc *p, Slot *a, int mode) {
    Buf b;
    format_args(a, &b, mode);
    return out_result(p, a, &b);
}

static int to_string(Slot *a, int mode) {
    Buf b;
    format_args(a, &b, mode);
    a[0].p = stdlib_str(b.data, (int64_t)b.len);
    return VM_OK;
}

static int f_Print(Proc *p, Slot *a) { return to_stdout(p, a, PRINT); }
static int f_Println(Proc *p, Slot *a) { return to_stdout(p, a, PRINTLN); }
static int f_Printf(Proc *p, Slot *a) { return to_stdout(p, a, PRINTF); }
static int f_Sprint(Proc *p, Slot *a) { CSP_UNUSED(p); return to_string(a, PRINT); }
static int f_Sprintln(Proc *p, Slot *a) { CSP_UNUSED(p); return to_string(a, PRINTLN); }
static int f_Sprintf(Proc *p, Slot *a) { CSP_UNUSED(p); return to_string(a, PRINTF); }

static int f_errorf(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Str *f = a[0].p;
    Slot *args;
    int64_t n;
    args_of(a, 1, &args, &n);
    Buf b;
    buf_init(&b);
    int64_t *w = NULL;
    int nw = fmt_errorf(&b, str_data(f), str_len(f), args, n, &w);
    a[0].p = stdlib_str(b.data, (int64_t)b.len);
    Slice *idx = nw ? slice_make(type_int, nw, nw) : NULL;
    for (int i = 0; i < nw; i++) idx->data[i].i = w[i];
    a[1].p = idx;
    return VM_OK;
}

/* ---- scanning into pointers to named types (Go uses reflection) ---- */

/* The pointee's underlying type of a pointer operand, or NULL. */
static Type *scan_pointee(Iface *arg) {
    if (!arg || type_under(arg->type)->kind != T_POINTER) return NULL;
    return type_under(type_under(arg->type)->elem);
}

/* scanKind(arg any) int: 1 bool, 2 signed, 3 unsigned, 4 float, 5 string,
 * 6 []byte, 0 other, -1 not a pointer */
static int f_scanKind(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Type *t = scan_pointee(a[0].p);
    if (!t) {
        a[0].i = -1;
        return VM_OK;
    }
    switch (t->kind) {
    case T_BOOL: a[0].i = 1; break;
    case T_INT: case T_INT8: case T_INT16: case T_INT32: case T_INT64: a[0].i = 2; break;
    case T_UINT: case T_UINT8: case T_UINT16: case T_UINT32: case T_UINT64: case T_UINTPTR: a[0].i = 3; break;
    case T_FLOAT32: case T_FLOAT64: a[0].i = 4; break;
    case T_STRING: a[0].i = 5; break;
    case T_SLICE: a[0].i = type_under(t->elem)->kind == T_UINT8 ? 6 : 0; break;
    default: a[0].i = 0;
    }
    return VM_OK;
}

static int f_scanBits(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Type *t = scan_pointee(a[0].p);
    a[0].i = !t ? 64 : type_is_float(t) ? (t->kind == T_FLOAT32 ? 32 : 64) : type_int_bits(t);
    return VM_OK;
}

/* storeInt(arg any, v int64): v truncated to the pointee's width (the
 * scanner has checked the range) */
static int f_storeInt(Proc *p, Slot *a) {
    Iface *arg = a[0].p;
    Slot *dst = arg->val.p;
    if (!dst) return vm_panic_error(p, "invalid memory address or nil pointer dereference");
    Type *t = scan_pointee(arg);
    int bits = t->kind == T_BOOL ? 64 : type_int_bits(t);
    int64_t v = a[1].i;
    if (bits < 64) {
        int sh = 64 - bits;
        v = type_is_unsigned(t) ? (int64_t)(((uint64_t)v << sh) >> sh) : (int64_t)((uint64_t)v << sh) >> sh;
    }
    dst->i = v;
    return VM_OK;
}

static int f_storeFloat(Proc *p, Slot *a) {
    Iface *arg = a[0].p;
    Slot *dst = arg->val.p;
    if (!dst) return vm_panic_error(p, "invalid memory address or nil pointer dereference");
    dst->f = scan_pointee(arg)->kind == T_FLOAT32 ? (double)(float)a[1].f : a[1].f;
    return VM_OK;
}

static int f_storePtr(Proc *p, Slot *a) {
    Iface *arg = a[0].p;
    Slot *dst = arg->val.p;
    if (!dst) return vm_panic_error(p, "invalid memory address or nil pointer dereference");
    dst->p = a[1].p;
    return VM_OK;
}

/* ---- State, for Formatters ---- */

void fmt_set_state_type(Type *t);

/* setState(s any) bool: registers *state's type */
static int f_setState(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Iface *x = a[0].p;
    if (x) fmt_set_state_type(x->type);
    a[0].i = 1;
    return VM_OK;
}

/* (s *state) Write(b []byte) (int, error): into the Buf being printed */
static int f_state_Write(Proc *p, Slot *a) {
    Slot *st = a[0].p;
    if (!st) return vm_panic_error(p, "invalid memory address or nil pointer dereference");
    Buf *b = st[0].p;
    Slice *s = a[1].p;
    int64_t n = slice_len(s);
    if (b) {
        buf_reserve(b, (size_t)n);
        for (int64_t i = 0; i < n; i++) b->data[b->len + (size_t)i] = (char)s->data[i].i;
        b->len += (size_t)n;
    }
    a[0].i = n;
    a[1].p = NULL;
    return VM_OK;
}

static int f_state_WriteString(Proc *p, Slot *a) {
    Slot *st = a[0].p;
    if (!st) return vm_panic_error(p, "invalid memory address or nil pointer dereference");
    Buf *b = st[0].p;
    Str *s = a[1].p;
    if (b) buf_put(b, str_data(s), (size_t)str_len(s));
    a[0].i = str_len(s);
    a[1].p = NULL;
    return VM_OK;
}

const NativeEntry fmt_natives[] = {
    {"fmt.Println", f_Println}, {"fmt.Print", f_Print},       {"fmt.Printf", f_Printf},
    {"fmt.Sprintf", f_Sprintf}, {"fmt.Sprint", f_Sprint},     {"fmt.Sprintln", f_Sprintln},
    {"fmt.errorf", f_errorf},   {"fmt.setStdoutError", f_setStdoutError},
    {"fmt.scanKind", f_scanKind}, {"fmt.scanBits", f_scanBits}, {"fmt.storeInt", f_storeInt},
    {"fmt.storeFloat", f_storeFloat}, {"fmt.storeString", f_storePtr}, {"fmt.storeBytes", f_storePtr},
    {"fmt.setState", f_setState}, {"fmt.(*state).Write", f_state_Write},
    {"fmt.(*state).WriteString", f_state_WriteString},
    {NULL, NULL},
};
