/* repl_compile.c: the REPL's compiler session.
 *
 * One Compiler and one package (main) live for the whole session; each entry
 * is parsed as a small script file and compiled against that package scope
 * (decl.c: compile_repl_entry), so its declarations, variables and top-level
 * := variables persist as package-level names and globals. An entry that
 * fails to compile is rolled back (decl.c's journal): the session is as it
 * was before it. The session's functions and methods are called through
 * slots (repl_redef.c), so redefining one reaches the callers compiled
 * before it.
 *
 * The runnable function of an entry first runs the initialisers of standard
 * packages loaded since the last entry, then the entry. A bare expression
 * statement prints its value(s) as Go code (cli/repl_show.c) through the
 * native repl.echo, which receives a descriptor of the static types and the
 * values.
 */
#include <stdio.h>
#include <stdlib.h>

#include "../runtime/runtime.h"
#include "../cli/repl_show.h"
#include "compiler.h"

Func *compile_repl_entry(Compiler *c, Node *file, bool call_main, const char *name, void (*echo)(Compiler *c, Node *stmt));
void repl_journal_begin(Compiler *c);
void repl_journal_rollback(Compiler *c);
void repl_journal_commit(Compiler *c);
int lib_init_funcs(Func ***out);

static Compiler rc;
static int inits_done;
static int entry_count;

extern int vm_alloc_global(void);

void repl_session_init(void) {
    /* Globals grow by moving to a bigger array, which would leave pointers
     * taken to globals (&x) pointing at the old copy. A program allocates
     * all of its globals before it runs; a session allocates them as it
     * goes: reserve room once so the array never moves. */
    static bool reserved;
    if (!reserved) {
        int used = vm_nglobals;
        while (vm_nglobals < (1 << 16)) vm_alloc_global();
        vm_nglobals = used;
        reserved = true;
    }
    memset(&rc, 0, sizeof rc);
    rc.repl = true;
    rc.file = "<stdin>";
    universe_init(&rc);
    Package *pkg = CSP_NEW(Package);
    pkg->name = "main";
    pkg->path = "main";
    pkg->scope = scope_new(NULL);
    rc.pkg = pkg;
    rc.gofile_pkg = pkg; /* the session's package: dot imports resolve there */
    inits_done = 0;
    repl_redef_reset();
}

/* ---------- echo ---------- */

typedef struct EchoDesc {
    int n;
    Type *types[];
} EchoDesc;

static int echo_native(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    EchoDesc *d = a[0].p;
    Buf b;
    buf_init(&b);
    repl_show(&b, d->types, a + 1, d->n);
    out_write(1, b.data, b.len);
    return VM_OK;
}

static Func *echo_fn;

static bool is_print_call(Node *e) {
    if (e->kind != N_CALL || e->a->kind != N_SELECTOR || e->a->a->kind != N_IDENT) return false;
    if (strcmp(e->a->a->name, "fmt") != 0) return false;
    static const char *names[] = {"Print", "Println", "Printf", "Fprint", "Fprintln", "Fprintf", NULL};
    for (int i = 0; names[i]; i++)
        if (strcmp(e->a->name, names[i]) == 0) return true;
    return false;
}

/* A bare expression statement at the entry's top level: evaluate it and
 * print its value(s); calls without results (and fmt's printing functions,
 * whose byte counts nobody wants to see) just run. */
static void repl_echo(Compiler *c, Node *s) {
    Node *e = s->a;
    while (e->kind == N_PAREN) e = e->a;
    if (is_print_call(e)) {
        stmt(c, s);
        return;
    }
    Operand o;
    expr(c, e, &o, NULL);
    int n = 1;
    Type **types = NULL;
    int first = -1;
    switch (o.mode) {
    case OM_INVALID:
    case OM_NONE: return;
    case OM_TYPE: c_error(c, e, "%s (type) is not an expression", node_str(e)); return;
    case OM_BUILTIN: c_error(c, e, "%s (built-in function) must be called", node_str(e)); return;
    case OM_PKG: c_error(c, e, "use of package %s without selector", node_str(e)); return;
    case OM_MULTI:
        n = o.type->nresults;
        types = o.type->results;
        first = o.reg;
        break;
    case OM_NIL: {
        static Type *none[1] = {NULL};
        types = none;
        break;
    }
    default: {
        if (o.mode == OM_COMMAOK) o.mode = OM_REG;
        if (o.type && type_is_untyped(o.type)) convert_operand(c, &o, type_default(o.type));
        if (o.mode == OM_INVALID) return;
        types = csp_alloc(sizeof(Type *));
        types[0] = o.type;
        first = to_reg(c, &o);
        break;
    }
    }
    EchoDesc *d = csp_alloc(sizeof(EchoDesc) + sizeof(Type *) * (n + 1));
    d->n = n;
    for (int i = 0; i < n; i++) d->types[i] = types[i];
    if (!echo_fn) {
        echo_fn = func_new("repl.echo");
        echo_fn->native = echo_native;
    }
    echo_fn->nparams = 1 + n > echo_fn->nparams ? 1 + n : echo_fn->nparams;
    int base = reg_alloc(c, n + 1);
    emit_ax(c, BC_LOADK, base, kptr(c, d));
    for (int i = 0; i < n; i++) {
        if (first >= 0) emit(c, BC_MOVE, base + 1 + i, first + i, 0);
        else emit(c, BC_LOADZ, base + 1 + i, 0, 0);
    }
    set_line(c, s);
    emit(c, BC_CALLN, base, kptr(c, echo_fn), 0);
}

/* ---------- entries ---------- */

/* The runnable function: new packages' initialisers, then the entry. */
static Func *wrap_entry(Func *body) {
    Func *w = func_new("runtime.main");
    w->file = rc.file;
    Compiler ec = rc;
    ec.fs = NULL;
    fs_open(&ec, w, NULL);
    Func **inits;
    int n = lib_init_funcs(&inits);
    for (int i = inits_done; i < n; i++) {
        int r = reg_alloc(&ec, 1);
        emit(&ec, BC_CALL, r, kptr(&ec, inits[i]), 0);
        reg_free_to(&ec, r);
    }
    inits_done = n;
    if (body) {
        int r = reg_alloc(&ec, 1);
        emit(&ec, BC_CALL, r, kptr(&ec, body), 0);
    }
    emit(&ec, BC_HALT, 0, 0, 0);
    fs_close(&ec);
    return w;
}

/* Compiles one entry. Returns the function to run, or NULL with the errors
 * in d (the session unchanged); *body_out gets the entry itself (for
 * :disasm). call_main: run a main() the entry declares (:load FILE);
 * dry: compile only, then forget the entry (:disasm EXPR). */
Func *repl_compile(const char *file, const char *src, size_t len, Diags *d, bool call_main, bool dry, Func **body_out) {
    Node *ast = parse_source(file, src, len, d);
    if (!ast) return NULL;
    rc.diags = d;
    rc.file = file;
    rc.fs = NULL;
    repl_journal_begin(&rc);
    entry_count++;
    Func *body = compile_repl_entry(&rc, ast, call_main, "main.main", repl_echo);
    if (diag_count(d) || dry) {
        repl_journal_rollback(&rc);
        if (body_out) *body_out = body;
        return diag_count(d) ? NULL : body;
    }
    repl_journal_commit(&rc);
    if (body_out) *body_out = body;
    return wrap_entry(body);
}

/* :type EXPR: the static type of an expression, compiled but never run. */
const char *repl_type_of(const char *src, size_t len, Diags *d) {
    Node *ast = parse_source("<stdin>", src, len, d);
    if (!ast) return NULL;
    if (ast->list.len != 1 || ast->list.items[0]->kind != N_EXPRSTMT) {
        diag_error(d, 1, 1, "not an expression");
        return NULL;
    }
    rc.diags = d;
    rc.file = "<stdin>";
    rc.fs = NULL;
    repl_journal_begin(&rc);
    Func *scratch = func_new("scratch");
    fs_open(&rc, scratch, NULL);
    rc.fs->is_entry = true;
    Operand o;
    expr(&rc, ast->list.items[0]->a, &o, NULL);
    fs_close(&rc);
    repl_journal_rollback(&rc);
    if (diag_count(d)) return NULL;
    switch (o.mode) {
    case OM_NONE: return "(no value)";
    case OM_NIL: return "untyped nil";
    case OM_PKG: return csp_sprintf("package %s", node_str(ast->list.items[0]->a));
    case OM_BUILTIN: return "built-in function";
    case OM_TYPE: return csp_sprintf("%s (type)", type_str(o.type));
    case OM_INVALID: return NULL;
    default: return o.type ? type_str(o.type) : "?";
    }
}

/* :disasm NAME: a package-level function of the session, or NULL. */
Func *repl_func_named(const char *name) {
    Sym *s = scope_lookup_local(rc.pkg->scope, ast_intern(name, strlen(name)));
    if (s && s->kind == SYM_FUNC && s->fn && s->fn->code) return s->fn;
    return NULL;
}

/* ---------- completion ---------- */

static const char *keywords[] = {"break", "case", "chan", "const", "continue", "default", "defer", "else",
                                 "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
                                 "package", "range", "return", "select", "struct", "switch", "type", "var", NULL};

static const char *packages[] = {"fmt", "strings", "strconv", "math", "rand", "time", "sync", "atomic", "runtime",
                                 "os", "errors", "sort", "utf8", "unicode", "context", "bufio", "log", NULL};

static void add_name(const char ***out, int *n, int *cap, const char *name) {
    for (int i = 0; i < *n; i++)
        if (strcmp((*out)[i], name) == 0) return;
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        const char **nn = csp_alloc(sizeof(char *) * *cap);
        if (*n) memcpy(nn, *out, sizeof(char *) * *n);
        *out = nn;
    }
    (*out)[(*n)++] = name;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* Names that complete `prefix`: with pkg, the exported members of that
 * package; else the session's names, the universe, keywords and packages.
 * Returns how many (sorted) in *out. */
int repl_complete(const char *pkg, const char *prefix, const char ***out) {
    int n = 0, cap = 0;
    *out = NULL;
    size_t pl = strlen(prefix);
    if (pkg) {
        Sym *ps = scope_lookup_local(rc.pkg->scope, ast_intern(pkg, strlen(pkg)));
        Package *p = ps && ps->kind == SYM_PKG ? ps->package : NULL;
        if (!p && !ps) {
            for (int i = 0; packages[i]; i++)
                if (strcmp(packages[i], pkg) == 0) {
                    Diags d;
                    diag_init(&d, "<stdin>");
                    rc.diags = &d;
                    p = lib_package(&rc, pkg);
                }
        }
        if (p) {
            for (int i = 0; i < p->scope->len; i++) {
                const char *nm = p->scope->syms[i]->name;
                if (nm[0] >= 'A' && nm[0] <= 'Z' && strncmp(nm, prefix, pl) == 0) add_name(out, &n, &cap, nm);
            }
        } else if (ps && ps->kind == SYM_VAR && ps->type) {
            /* fields and methods of a variable */
            Type *t = ps->type;
            if (type_under(t)->kind == T_POINTER && type_under(t)->elem) t = type_under(t)->elem;
            Type *u = type_under(t);
            if (u->kind == T_STRUCT)
                for (int i = 0; i < u->nfields; i++)
                    if (u->fields[i].name && strncmp(u->fields[i].name, prefix, pl) == 0) add_name(out, &n, &cap, u->fields[i].name);
            for (int i = 0; i < t->nmethods; i++)
                if (strncmp(t->methods[i].name, prefix, pl) == 0) add_name(out, &n, &cap, t->methods[i].name);
        }
    } else {
        Scope *scopes[2] = {rc.pkg->scope, rc.universe};
        for (int k = 0; k < 2; k++)
            for (int i = 0; scopes[k] && i < scopes[k]->len; i++) {
                const char *nm = scopes[k]->syms[i]->name;
                if (nm[0] != '_' && strncmp(nm, prefix, pl) == 0) add_name(out, &n, &cap, nm);
            }
        for (int i = 0; keywords[i]; i++)
            if (strncmp(keywords[i], prefix, pl) == 0) add_name(out, &n, &cap, keywords[i]);
        for (int i = 0; packages[i]; i++)
            if (strncmp(packages[i], prefix, pl) == 0) add_name(out, &n, &cap, packages[i]);
    }
    if (n) qsort(*out, n, sizeof(char *), cmp_str);
    return n;
}
