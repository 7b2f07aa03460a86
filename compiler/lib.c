/* lib.c: the universe scope and the standard library's packages.
 *
 * Each package of SPEC §8 is csp source (stdlib/prelude/NAME.go, embedded
 * at build time) compiled on first use with the same front end as user
 * code. Functions declared there without a body are natives: C functions
 * found by their qualified name ("strings.Index", "time.Duration.String")
 * in the tables each stdlib/ C files file exports.
 */
#include <stdio.h>
#include <stdlib.h>

#include "../stdlib/stdlib.h"
#include "../util/buf.h"
#include "compiler.h"

Func *compile_package(Compiler *c, Node *file, bool is_main);
extern int compile_cur_iota;

/* ---------- natives ---------- */

static const NativeEntry *native_entry(const char *name) {
    for (const NativeEntry *const *t = stdlib_native_tables; *t; t++)
        for (const NativeEntry *e = *t; e->name; e++)
            if (strcmp(e->name, name) == 0) return e;
    return NULL;
}

NativeFn lib_native(const char *name) {
    const NativeEntry *e = native_entry(name);
    return e ? e->fn : NULL;
}

bool lib_bind_native(Func *fn, const char *name) {
    const NativeEntry *e = native_entry(name);
    fn->native = e ? e->fn : NULL;
    fn->visible = e && stdlib_native_visible(name);
    return e != NULL;
}

/* ---------- universe ---------- */

static void add_type(Scope *u, const char *name, Type *t) {
    Sym *s = sym_new(SYM_TYPE, ast_intern(name, strlen(name)), NULL);
    s->type = t;
    s->state = 2;
    scope_insert(u, s);
}

static void add_builtin(Scope *u, const char *name, Builtin b) {
    Sym *s = sym_new(SYM_BUILTIN, ast_intern(name, strlen(name)), NULL);
    s->builtin = b;
    s->state = 2;
    scope_insert(u, s);
}

static Scope *the_universe;
Type *type_error_named;

void universe_init(Compiler *c) {
    if (the_universe) {
        c->universe = the_universe;
        return;
    }
    types_init();
    Scope *u = scope_new(NULL);
    add_type(u, "bool", type_bool);
    add_type(u, "int", type_int);
    add_type(u, "int8", type_int8);
    add_type(u, "int16", type_int16);
    add_type(u, "int32", type_int32);
    add_type(u, "rune", type_int32);
    add_type(u, "int64", type_int64);
    add_type(u, "uint", type_uint);
    add_type(u, "uint8", type_uint8);
    add_type(u, "byte", type_uint8);
    add_type(u, "uint16", type_uint16);
    add_type(u, "uint32", type_uint32);
    add_type(u, "uint64", type_uint64);
    add_type(u, "uintptr", type_uintptr);
    add_type(u, "float32", type_float32);
    add_type(u, "float64", type_float64);
    add_type(u, "complex128", type_complex128);
    add_type(u, "complex64", type_complex128);
    add_type(u, "string", type_string);
    add_type(u, "any", type_any);
    /* error: interface{ Error() string } */
    Type *res[1] = {type_string};
    IMethod em = {ast_intern("Error", 5), type_func(NULL, 0, res, 1, false)};
    Type *err = type_named(NULL, "error");
    type_set_underlying(err, type_interface(&em, 1));
    type_error = err;
    type_error_named = err;
    add_type(u, "error", err);
    Sym *t = sym_new(SYM_CONST, ast_intern("true", 4), NULL);
    t->type = type_untyped_bool;
    t->cv = cv_bool(true);
    t->state = 2;
    scope_insert(u, t);
    Sym *f = sym_new(SYM_CONST, ast_intern("false", 5), NULL);
    f->type = type_untyped_bool;
    f->cv = cv_bool(false);
    f->state = 2;
    scope_insert(u, f);
    Sym *iota = sym_new(SYM_CONST, ast_intern("iota", 4), NULL);
    iota->type = type_untyped_int;
    iota->cv = cv_int(0);
    iota->state = 2;
    scope_insert(u, iota);
    Sym *nil = sym_new(SYM_NIL, ast_intern("nil", 3), NULL);
    nil->type = type_untyped_nil;
    nil->state = 2;
    scope_insert(u, nil);
    static const struct { const char *n; Builtin b; } bs[] = {
        {"append", B_APPEND}, {"cap", B_CAP}, {"clear", B_CLEAR}, {"close", B_CLOSE}, {"complex", B_COMPLEX},
        {"copy", B_COPY}, {"delete", B_DELETE}, {"imag", B_IMAG}, {"len", B_LEN}, {"make", B_MAKE},
        {"max", B_MAX}, {"min", B_MIN}, {"new", B_NEW}, {"panic", B_PANIC}, {"print", B_PRINT},
        {"println", B_PRINTLN}, {"real", B_REAL}, {"recover", B_RECOVER}, {NULL, B_NONE}};
    for (int i = 0; bs[i].n; i++) add_builtin(u, bs[i].n, bs[i].b);
    the_universe = u;
    c->universe = u;
}

/* ---------- packages ---------- */

typedef struct LibPkg {
    const char *name;      /* local name: "rand" */
    const char *path;      /* import path: "math/rand" */
    const char *source;    /* prelude source (build/gen/prelude.c) */
    Package *pkg;
    Func *init;
} LibPkg;

static LibPkg libs[] = {
    {"fmt", "fmt", NULL, NULL, NULL},
    {"errors", "errors", NULL, NULL, NULL},
    {"os", "os", NULL, NULL, NULL},
    {"strings", "strings", NULL, NULL, NULL},
    {"strconv", "strconv", NULL, NULL, NULL},
    {"math", "math", NULL, NULL, NULL},
    {"rand", "math/rand", NULL, NULL, NULL},
    {"time", "time", NULL, NULL, NULL},
    {"sync", "sync", NULL, NULL, NULL},
    {"atomic", "sync/atomic", NULL, NULL, NULL},
    {"runtime", "runtime", NULL, NULL, NULL},
    {"sort", "sort", NULL, NULL, NULL},
    {"utf8", "unicode/utf8", NULL, NULL, NULL},
    {"unicode", "unicode", NULL, NULL, NULL},
    {"context", "context", NULL, NULL, NULL},
    {"io", "io", NULL, NULL, NULL},
    {"bufio", "bufio", NULL, NULL, NULL},
    {"log", "log", NULL, NULL, NULL},
    {"fs", "io/fs", NULL, NULL, NULL},
    {"bytes", "bytes", NULL, NULL, NULL},
    {"heap", "container/heap", NULL, NULL, NULL},
    {"list", "container/list", NULL, NULL, NULL},
    {"flag", "flag", NULL, NULL, NULL},
    {"bits", "math/bits", NULL, NULL, NULL},
    {"path", "path", NULL, NULL, NULL},
    {"filepath", "path/filepath", NULL, NULL, NULL},
    {"ioutil", "io/ioutil", NULL, NULL, NULL},
    {"syscall", "syscall", NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

bool lib_has_path(const char *path) {
    for (LibPkg *l = libs; l->name; l++)
        if (strcmp(l->path, path) == 0) return stdlib_prelude_source(path) != NULL;
    return false;
}

/* Packages of Go's library that need generics, which csp lacks. */
static bool lib_generic(const char *path) {
    static const char *const generic[] = {"slices", "maps", "cmp", "iter", "sync/atomic/pointer", NULL};
    for (int i = 0; generic[i]; i++)
        if (strcmp(generic[i], path) == 0) return true;
    return false;
}

const char *lib_unknown_package(const char *path) {
    Buf b;
    buf_init(&b);
    if (lib_generic(path)) buf_printf(&b, "package %s is generic: generics are not supported by csp; ", path);
    else buf_printf(&b, "csp has no package %s; ", path);
    buf_puts(&b, "it has");
    /* sorted by path for the message */
    const char *paths[64];
    int n = 0;
    for (LibPkg *l = libs; l->name && n < 64; l++)
        if (stdlib_prelude_source(l->path)) paths[n++] = l->path;
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && strcmp(paths[j - 1], paths[j]) > 0; j--) {
            const char *t = paths[j];
            paths[j] = paths[j - 1];
            paths[j - 1] = t;
        }
    for (int i = 0; i < n; i++) buf_printf(&b, "%s %s", i ? "," : "", paths[i]);
    return buf_cstr(&b);
}

/* Package init functions in load order (dependencies first). */
static Func **lib_inits;
static int nlib_inits, lib_inits_cap;

int lib_init_funcs(Func ***out) {
    *out = lib_inits;
    return nlib_inits;
}

Package *lib_package(Compiler *c, const char *name) {
    for (LibPkg *l = libs; l->name; l++) {
        if (strcmp(l->name, name) != 0) continue;
        if (l->pkg) return l->pkg->loading && !l->pkg->loaded ? l->pkg : l->pkg;
        const char *src = stdlib_prelude_source(l->path);
        if (!src) return NULL;
        Package *p = CSP_NEW(Package);
        p->name = l->name;
        p->path = l->path;
        p->scope = scope_new(NULL);
        p->loading = true;
        l->pkg = p;
        char *file = csp_sprintf("$GOROOT/src/%s/%s.go", l->path, l->name);
        Diags *d = CSP_NEW(Diags);
        diag_init(d, file);
        Node *ast = parse_source(file, src, strlen(src), d);
        if (!ast) {
            diag_print(d, stderr);
            fprintf(stderr, "csp: internal error: the %s package does not parse\n", l->path);
            exit(70);
        }
        Compiler sub;
        memset(&sub, 0, sizeof sub);
        sub.diags = d;
        sub.file = file;
        sub.pkg = p;
        universe_init(&sub);
        int saved_iota = compile_cur_iota;
        compile_cur_iota = -1;
        Func *init = compile_package(&sub, ast, false);
        compile_cur_iota = saved_iota;
        if (diag_count(d)) {
            diag_print(d, stderr);
            fprintf(stderr, "csp: internal error: the %s package does not compile\n", l->path);
            exit(70);
        }
        if (strcmp(l->path, "runtime") == 0) {
            /* panic(nil) raises this type once a program can name it (vm/rterror.c) */
            extern void rterror_set_panicnil(Type *named);
            Sym *pn = scope_lookup_local(p->scope, ast_intern("PanicNilError", 13));
            if (pn && pn->kind == SYM_TYPE) rterror_set_panicnil(pn->type);
        }
        l->init = init;
        if (nlib_inits == lib_inits_cap) {
            lib_inits_cap = lib_inits_cap ? lib_inits_cap * 2 : 16;
            Func **n = csp_alloc(sizeof(Func *) * lib_inits_cap);
            if (nlib_inits) memcpy(n, lib_inits, sizeof(Func *) * nlib_inits);
            lib_inits = n;
        }
        lib_inits[nlib_inits++] = init;
        p->loaded = true;
        p->loading = false;
        CSP_UNUSED(c);
        return p;
    }
    return NULL;
}
