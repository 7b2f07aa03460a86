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

const NativeEntry fmt_natives[] = {
    {"fmt.Println", f_Println}, {"fmt.Print", f_Print},       {"fmt.Printf", f_Printf},
    {"fmt.Sprintf", f_Sprintf}, {"fmt.Sprint", f_Sprint},     {"fmt.Sprintln", f_Sprintln},
    {"fmt.errorf", f_errorf},   {"fmt.setStdoutError", f_setStdoutError}, {NULL, NULL},
};
