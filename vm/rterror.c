/* rterror.c: the dynamic types of runtime errors, as Go names them.
 *
 * Go's runtime panics with values of several unexported types, and a
 * program can see which: `%T` of a recovered value prints
 * runtime.boundsError, runtime.plainError, runtime.errorString,
 * *runtime.TypeAssertionError or *runtime.PanicNilError, and every one of
 * them satisfies both `error` and `runtime.Error`. csp builds one named type
 * for each (package "runtime", underlying string: the value is the whole
 * message that Error() returns) and picks the type from the message, as
 * Go's runtime picks it from the kind of failure:
 *   "runtime error: index out of range ..."/"slice bounds ..."  boundsError
 *   "interface conversion: ..."                                  *TypeAssertionError
 *   "panic called with nil argument"                             *PanicNilError
 *   other "runtime error: ..."                                   errorString
 *   anything else ("close of closed channel", "assignment to entry in nil
 *   map", "makechan: size out of range")                         plainError
 * The two pointer types box a one-slot block holding the message.
 * A negative index or slice bound prints without the length, as Go's
 * boundsNegErrorFmt (runtime/error.go): "index out of range [-1]".
 */
#include <stdio.h>

#include "vm.h"

extern const char *ast_intern(const char *, size_t);

enum { RT_BOUNDS, RT_PLAIN, RT_STRING, RT_ASSERT, RT_PANICNIL, RT_NKINDS };

static const char *const rt_names[RT_NKINDS] = {"boundsError", "plainError", "errorString", "TypeAssertionError",
                                               "PanicNilError"};
static Type *rt_types[RT_NKINDS];   /* the dynamic type boxed: T, or *T for the pointer kinds */
/* The runtime package's own PanicNilError, once a program has named it
 * (compiler/lib.c), so that recover().(*runtime.PanicNilError) matches. */
static Type *panicnil_declared;

static bool rt_is_pointer(int kind) { return kind == RT_ASSERT || kind == RT_PANICNIL; }

/* Error(): the receiver is the message (or, for *T, a block holding it). */
static int rt_Error(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    return VM_OK;
}

static int rt_Error_ptr(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Slot *blk = a[0].p;
    a[0].p = blk ? blk[0].p : NULL;
    return VM_OK;
}

static int rt_RuntimeError(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    CSP_UNUSED(a);
    return VM_OK;
}

static Func *rt_native(const char *name, NativeFn nf, Type *recv, Type *res) {
    Func *fn = func_new(name);
    fn->native = nf;
    fn->nparams = 1;
    fn->nresults = res ? 1 : 0;
    Type *params[1] = {recv};
    Type *results[1] = {res};
    fn->type = type_func(params, 1, results, res ? 1 : 0, false);
    return fn;
}

static Type *rt_build(int kind) {
    Type *named = type_named("runtime", rt_names[kind]);
    type_set_underlying(named, type_string);
    bool ptr = rt_is_pointer(kind);
    Type *recv = ptr ? type_pointer(named) : named;
    const char *qual = ptr ? csp_sprintf("runtime.(*%s)", rt_names[kind]) : csp_sprintf("runtime.%s", rt_names[kind]);
    Type *res[1] = {type_string};
    Func *ef = rt_native(csp_sprintf("%s.Error", qual), ptr ? rt_Error_ptr : rt_Error, recv, type_string);
    type_add_method(named, (Method){.name = ast_intern("Error", 5), .sig = type_func(NULL, 0, res, 1, false), .fn = ef,
                                    .ptr_recv = ptr, .ptr_only = ptr});
    Func *rf = rt_native(csp_sprintf("%s.RuntimeError", qual), rt_RuntimeError, recv, NULL);
    type_add_method(named, (Method){.name = ast_intern("RuntimeError", 12), .sig = type_func(NULL, 0, NULL, 0, false),
                                    .fn = rf, .ptr_recv = ptr, .ptr_only = ptr});
    return recv;
}

void rterror_init(void) {
    if (rt_types[0]) return;
    for (int k = 0; k < RT_NKINDS; k++) rt_types[k] = rt_build(k);
}

bool rterror_is(Type *t) {
    for (int k = 0; k < RT_NKINDS; k++)
        if (rt_types[k] == t) return true;
    return panicnil_declared && t == type_pointer(panicnil_declared);
}

static int rt_kind_of(const char *msg) {
    if (strncmp(msg, "interface conversion", 20) == 0) return RT_ASSERT;
    if (strcmp(msg, "panic called with nil argument") == 0) return RT_PANICNIL;
    if (strncmp(msg, "runtime error: ", 15) != 0) return RT_PLAIN;
    msg += 15;
    if (strncmp(msg, "index out of range [", 20) == 0 || strncmp(msg, "slice bounds out of range [", 27) == 0 ||
        strncmp(msg, "cannot convert slice with length", 32) == 0)
        return RT_BOUNDS;
    if (strncmp(msg, "interface conversion", 20) == 0) return RT_ASSERT;
    return RT_STRING;
}

/* Go's boundsNegErrorFmt: a negative index or bound is reported without
 * the length or the other bound ("[-1]", "[:-1]", "[-1:]", "[::-1]",
 * "[:-1:]", "[-1::]"). Rewrites msg in place. */
static void rt_negative_bounds(char *msg) {
    char *br = strchr(msg, '[');
    if (!br || !strstr(msg, "out of range [")) return;
    char *q = br + 1;
    int colons = 0;
    while (*q == ':') q++, colons++;
    if (*q != '-') return;
    char *end = q + 1;
    while (*end >= '0' && *end <= '9') end++;
    /* what follows the negative number in Go's format */
    const char *tail;
    if (colons > 0) {
        /* "[:x] ...", "[::x] ...", or "[:x:y]" (3-index, hi > max) */
        tail = (colons == 1 && *end == ':') ? ":]" : "]";
    } else {
        /* "[x] with length", "[x:y]" or "[x:y:]" */
        const char *close = strchr(end, ']');
        tail = *end != ':' ? "]" : (close && close > end + 1 && close[-1] == ':') ? "::]" : ":]";
    }
    strcpy(end, tail);
}

void rterror_set_panicnil(Type *named) { panicnil_declared = named; }

Iface *rterror_new(const char *msg) {
    rterror_init();
    char *text = csp_sprintf("%s", msg);
    rt_negative_bounds(text);
    int kind = rt_kind_of(text);
    if (kind == RT_PANICNIL && panicnil_declared)
        return iface_box(type_pointer(panicnil_declared), (Slot){.p = block_new(panicnil_declared)});
    Str *s = str_from_cstr(text);
    if (!rt_is_pointer(kind)) return iface_box(rt_types[kind], (Slot){.p = s});
    Slot *blk = csp_alloc(sizeof(Slot));
    blk[0].p = s;
    return iface_box(rt_types[kind], (Slot){.p = blk});
}
