/* os.c: natives of packages os and errors. The standard files' reads and
 * writes return the errno's text, which the prelude wraps in Go's
 * *PathError (stdlib/prelude/os.go). */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "../runtime/runtime.h"
#include "stdlib.h"

static Slice *os_args_slice;

void stdlib_set_args(int argc, char **argv) {
    Slice *s = slice_make(type_string, argc, argc);
    for (int i = 0; i < argc; i++) s->data[i].p = str_from_cstr(argv[i]);
    os_args_slice = s;
}

static int os_args(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    a[0].p = os_args_slice;
    return VM_OK;
}

static int os_Exit(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    vm_exit_code = (int)a[0].i;
    out_flush();
    sched_exit(vm_exit_code);
}

Str *stdlib_errno_text(int err) {
    Str *s = str_from_cstr(strerror(err)); /* glibc's: thread-safe for real errnos */
    char *d = (char *)str_data(s);
    if (str_len(s) > 1 && d[0] >= 'A' && d[0] <= 'Z' && !(d[1] >= 'A' && d[1] <= 'Z')) d[0] += 'a' - 'A';
    return s;
}

/* (f *File).write(s string) (n int, msg string): a[0] = *File (slots: fd, name) */
static int os_file_write(Proc *p, Slot *a) {
    Slot *f = a[0].p;
    if (!f) return vm_panic_error(p, "invalid memory address or nil pointer dereference");
    Str *s = a[1].p;
    size_t n;
    int err = out_write_checked((int)f[0].i, str_data(s), (size_t)str_len(s), &n);
    a[0].i = (int64_t)n;
    a[1].p = err ? stdlib_errno_text(err) : NULL;
    return VM_OK;
}

/* (f *File).read(max int) (data string, eof bool, msg string), also
 * bufio.readFile. Blocks the worker thread: the standard files are the
 * only ones a program has. */
int stdlib_file_read(Proc *p, Slot *a) {
    Slot *f = a[0].p;
    if (!f) return vm_panic_error(p, "invalid memory address or nil pointer dereference");
    int64_t max = a[1].i > 0 ? a[1].i : 4096;
    char *tmp = csp_alloc_atomic((size_t)max);
    ssize_t n;
    out_flush(); /* an interactive prompt must appear before we block */
    do n = read((int)f[0].i, tmp, (size_t)max);
    while (n < 0 && errno == EINTR);
    a[0].p = n > 0 ? str_new(tmp, n) : NULL;
    a[1].i = n == 0;
    a[2].p = n < 0 ? stdlib_errno_text(errno) : NULL;
    return VM_OK;
}

static int os_Getenv(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    char *k = str_cstr(a[0].p);
    const char *v = getenv(k);
    a[0].p = v ? str_from_cstr(v) : NULL;
    return VM_OK;
}

const NativeEntry os_natives[] = {
    {"os.args", os_args}, {"os.Exit", os_Exit}, {"os.(*File).write", os_file_write},
    {"os.(*File).read", stdlib_file_read}, {"os.Getenv", os_Getenv},
    {NULL, NULL},
};

/* ---- errors ---- */

static int errors_comparable(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Iface *e = a[0].p;
    a[0].i = !e || type_is_comparable(e->type);
    return VM_OK;
}

/* checkTarget(target any): As's checks of its target, with Go's panics. */
static int errors_checkTarget(Proc *p, Slot *a) {
    Iface *target = a[0].p;
    if (!target) return vm_panic_string(p, "errors: target cannot be nil");
    if (type_under(target->type)->kind != T_POINTER || !target->val.p)
        return vm_panic_string(p, "errors: target must be a non-nil pointer");
    Type *t = type_under(target->type)->elem;
    const char *missing;
    bool wrong, ptr_only;
    if (type_under(t)->kind != T_INTERFACE && !type_implements(t, type_error, &missing, &wrong, &ptr_only))
        return vm_panic_string(p, "errors: *target must be interface or implement error");
    return VM_OK;
}

/* assignTo(err error, target any) bool: target holds a *T (checked) */
static int errors_assignTo(Proc *p, Slot *a) {
    Iface *err = a[0].p, *target = a[1].p;
    Type *t = type_under(target->type)->elem;
    Slot *dst = target->val.p;
    if (!err) {
        a[0].i = 0;
        return VM_OK;
    }
    if (type_under(t)->kind == T_INTERFACE) {
        const char *missing;
        bool wrong, ptr_only;
        if (!type_implements(err->type, t, &missing, &wrong, &ptr_only)) {
            a[0].i = 0;
            return VM_OK;
        }
        dst->p = err;
        a[0].i = 1;
        return VM_OK;
    }
    if (err->type != t) {
        a[0].i = 0;
        return VM_OK;
    }
    if (t->is_block) memcpy(dst, err->val.p, sizeof(Slot) * t->slots);
    else *dst = err->val;
    a[0].i = 1;
    return VM_OK;
}

const NativeEntry errors_natives[] = {
    {"errors.comparable", errors_comparable}, {"errors.assignTo", errors_assignTo},
    {"errors.checkTarget", errors_checkTarget}, {NULL, NULL},
};
