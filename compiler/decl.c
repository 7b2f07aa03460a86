/* decl.c: package-level declarations, function bodies, and the program's
 * entry function.
 *
 * Names declared at package level are collected first and resolved lazily
 * (resolve_sym), so they may be used before their declaration. Package
 * variables are initialised in Go's dependency order, then script-mode
 * top-level statements run in source order, then init() functions, then
 * main(). All of that is compiled into one entry function.
 */
#include "compiler.h"

static const char *blank_name;
int compile_cur_iota = -1;

/* ---------- function bodies ---------- */

static void declare_params(Compiler *c, Node *ftype, Node *recv, Type *sig, int *nregs_out) {
    FuncState *fs = c->fs;
    int k = 0;
    Node *groups[2] = {recv, NULL};
    CSP_UNUSED(groups);
    /* receiver */
    if (recv) {
        Type *rt = fs->fn->type->params[0];
        Node *name = recv->list.len ? recv->list.items[0] : NULL;
        Node *id = name ? name : ast_new(N_IDENT, recv->line, recv->col);
        if (!name) id->name = blank_name;
        Sym *s = declare_local(c, id, rt);
        if (s->storage == VS_CELL) emit(c, BC_NEWCELL, s->reg, s->reg, 1);
        if (id->name != blank_name) scope_insert(fs->scope, s);
        k = 1;
    }
    int pi = 0;
    for (int i = 0; i < ftype->list.len; i++) {
        Node *f = ftype->list.items[i];
        int cnt = f->list.len ? f->list.len : 1;
        for (int j = 0; j < cnt; j++) {
            Type *pt = sig->params[pi++];
            Node *id = f->list.len ? f->list.items[j] : ast_new(N_IDENT, f->line, f->col);
            if (!f->list.len) id->name = blank_name;
            Sym *s = declare_local(c, id, pt);
            if (s->storage == VS_CELL) emit(c, BC_NEWCELL, s->reg, s->reg, 1);
            if (id->name != blank_name) {
                if (scope_lookup_local(fs->scope, id->name)) c_error(c, id, "duplicate argument %s", id->name);
                else scope_insert(fs->scope, s);
            }
            k++;
        }
    }
    *nregs_out = k;
    /* named results */
    fs->nresults = sig->nresults;
    fs->results = csp_alloc(sizeof(Sym *) * (sig->nresults + 1));
    int ri = 0;
    for (int i = 0; i < ftype->list2.len; i++) {
        Node *f = ftype->list2.items[i];
        int cnt = f->list.len ? f->list.len : 1;
        for (int j = 0; j < cnt; j++) {
            Type *rt = sig->results[ri];
            if (f->list.len) {
                Node *id = f->list.items[j];
                id->aux |= AUX_ESCAPES; /* returned by reference to the caller */
                Sym *s = declare_local(c, id, rt);
                Operand *none = NULL;
                assign_to_new_local(c, s, none);
                if (id->name != blank_name) {
                    if (scope_lookup_local(fs->scope, id->name)) c_error(c, id, "duplicate argument %s", id->name);
                    else scope_insert(fs->scope, s);
                }
                fs->results[ri] = s;
            }
            ri++;
        }
    }
}

/* The code a frame resumes at after a deferred call recovered a panic:
 * return the named results (or zero values). */
static void emit_recover_pad(Compiler *c) {
    FuncState *fs = c->fs;
    fs->fn->recover_pc = here(c);
    int n = fs->sig ? fs->sig->nresults : 0;
    int base = reg_alloc(c, n + 1);
    for (int i = 0; i < n; i++) {
        if (fs->results && fs->results[i]) {
            Operand o;
            ident_var(c, fs->results[i], &o, NULL);
            to_reg_at(c, &o, base + i);
            reg_free_to(c, base + n + 1);
        } else if (fs->sig->results[i]->is_block)
            emit_ax(c, BC_NEWBLK, base + i, kptr(c, fs->sig->results[i]));
        else
            emit(c, BC_LOADZ, base + i, 0, 0);
    }
    emit(c, BC_RET, base, n, 0);
}

static void body_once(Compiler *c, Func *fn, Node *ftype, Node *recv, Node *body, Type *sig) {
    fs_open(c, fn, sig);
    c->fs->is_entry = false;
    c->fs->body = body;
    int np;
    declare_params(c, ftype, recv, sig, &np);
    block(c, body, false);
    if (sig->nresults > 0 && !terminates(body)) {
        Node at = {.line = body->end_line ? body->end_line : body->line, .col = body->end_col ? body->end_col : body->col};
        c_error(c, &at, "missing return");
    }
    c->fs->cur_line = body->end_line ? body->end_line : c->fs->cur_line;
    if (sig->nresults == 0) emit(c, BC_RET, 0, 0, 0);
    else emit(c, BC_RET, 0, 0, 0); /* unreachable, keeps the pc in range */
    if (c->fs->has_defer) emit_recover_pad(c);
    fs_close(c);
}

/* Compiles a function body; re-compiles while new variables get boxed. */
void compile_func_body(Compiler *c, Func *fn, Node *ftype, Node *recv, Node *body, Type *sig) {
    int errors = diag_count(c->diags);
    for (int attempt = 0; attempt < 8; attempt++) {
        int marks = c->recompile_marks;
        c->nlocals = 0;
        body_once(c, fn, ftype, recv, body, sig);
        if (c->recompile_marks == marks || diag_count(c->diags) > errors) break;
    }
    /* after another error in the body, a variable may look unused only
     * because the erroneous expression was not checked through */
    if (diag_count(c->diags) == errors) check_unused_locals(c);
    c->nlocals = 0;
}

Func *compile_funclit(Compiler *c, Node *n, const char *name) {
    Type *sig = resolve_type(c, n->a);
    if (sig == type_invalid) return NULL;
    Func *fn = func_new(name);
    fn->file = c->file;
    fn->line = n->line;
    fn->type = sig;
    fn->nparams = sig->nparams;
    fn->nresults = sig->nresults;
    body_once(c, fn, n->a, NULL, n->b, sig);
    return fn;
}

/* ---------- lazy resolution of package-level names ---------- */

/* A throw-away function to check an expression in where no function is
 * being compiled (package-level initialisers, constants, array lengths). */
FuncState *scratch_fs(Compiler *c) {
    Func *fn = func_new("scratch");
    FuncState *fs = fs_open(c, fn, NULL);
    fs->is_entry = true;
    return fs;
}

/* The named type of package-level type s, created before its underlying
 * type is known (resolve_type_sym fills that in). */
Type *type_declare_named(Compiler *c, Sym *s) {
    if (!s->type) s->type = type_named((s->pkg ? s->pkg : c->pkg)->name, s->name);
    return s->type;
}

/* The named type, held inline (not behind a pointer) in t, whose
 * definition is still in progress: where a cycle of definitions closes. */
static Type *incomplete_part(Type *t) {
    if (t->name && !t->complete) return t;
    if (t->kind == T_ARRAY) return incomplete_part(t->elem);
    for (int i = 0; t->kind == T_STRUCT && i < t->nfields; i++) {
        Type *p = incomplete_part(t->fields[i].type);
        if (p) return p;
    }
    return NULL;
}

/* `type T struct{ t T }`, or a longer cycle: reported, as Go does, at the
 * type where the cycle closes (the first of its types to be declared). */
static void report_recursive(Compiler *c, Sym *s, Type *u) {
    Type *culprit = incomplete_part(u);
    Scope *sc = c->fs ? c->fs->scope : c->pkg->scope;
    Sym *at = culprit ? scope_lookup(sc, culprit->name) : NULL;
    if (!at || at->kind != SYM_TYPE || at->type != culprit) at = s;
    c_error(c, at->spec ? at->spec : at->decl, "invalid recursive type %s", at->name);
}

static void resolve_type_sym(Compiler *c, Sym *s) {
    Node *spec = s->spec;
    if (spec->flags & NF_ALIAS) {
        s->state = 1;
        s->type = resolve_type(c, spec->a);
        s->state = 2;
        return;
    }
    Type *t = type_declare_named(c, s);
    s->state = 1;
    int indirect = c->type_indirect;
    c->type_indirect = 0; /* the definition itself is not behind anything */
    Type *u = resolve_type(c, spec->a);
    c->type_indirect = indirect;
    if (u == type_invalid) {
        type_set_underlying(t, type_invalid);
        t->complete = true;
    } else if (!u->complete) {
        report_recursive(c, s, u);
        type_set_underlying(t, type_invalid);
    } else
        type_set_underlying(t, u);
    s->state = 2;
}

static void resolve_const_sym(Compiler *c, Sym *s) {
    Node *spec = s->spec;
    int idx = s->spec_index;
    s->state = 1;
    if (spec->list2.len == 0) {
        c_error(c, spec->list.items[idx], "missing init expr for const declaration");
        s->state = 2;
        return;
    }
    if (idx >= spec->list2.len) {
        c_error(c, spec->list.items[idx], "missing init expr for const declaration");
        s->state = 2;
        return;
    }
    if (spec->list2.len > spec->list.len && idx == spec->list.len - 1)
        c_error(c, spec->list2.items[spec->list.len], "extra init expr");
    FuncState *saved = c->fs;
    c->fs = NULL;
    scratch_fs(c);
    int saved_iota = compile_cur_iota;
    compile_cur_iota = (int)spec->ival;
    Type *t = spec->a ? resolve_type(c, spec->a) : NULL;
    Operand o;
    expr_rvalue(c, spec->list2.items[idx], &o, t);
    compile_cur_iota = saved_iota;
    if (o.mode != OM_INVALID) {
        if (o.mode != OM_CONST) {
            c_error(c, spec->list2.items[idx], "%s is not constant", op_describe(c, &o));
        } else if (t && t != type_invalid) {
            if (!type_is_boolean(type_under(t)) && !type_is_numeric(type_under(t)) && !type_is_string(type_under(t)))
                c_error(c, spec->a, "invalid constant type %s", type_str(t));
            else if (assignable(c, &o, t, "constant declaration")) {
                s->cv = o.cv;
                s->type = t;
            }
        } else {
            s->cv = o.cv;
            s->type = o.type;
        }
    }
    c->fs = saved;
    s->state = 2;
}

void local_const_spec(Compiler *c, Node *spec) {
    Type *t = spec->a ? resolve_type(c, spec->a) : NULL;
    for (int i = 0; i < spec->list.len; i++) {
        Node *id = spec->list.items[i];
        Sym *s = sym_new(SYM_CONST, id->name, id);
        if (i >= spec->list2.len) {
            c_error(c, id, "missing init expr for const declaration");
            continue;
        }
        int saved_iota = compile_cur_iota;
        compile_cur_iota = (int)spec->ival;
        Operand o;
        expr_rvalue(c, spec->list2.items[i], &o, t);
        compile_cur_iota = saved_iota;
        if (o.mode == OM_INVALID) continue;
        if (o.mode != OM_CONST) {
            c_error(c, spec->list2.items[i], "%s is not constant", op_describe(c, &o));
            continue;
        }
        if (t && !assignable(c, &o, t, "constant declaration")) continue;
        s->cv = o.cv;
        s->type = t ? t : o.type;
        s->state = 2;
        insert_local(c, s);
    }
}

void local_type_spec(Compiler *c, Node *spec) {
    Sym *s = sym_new(SYM_TYPE, spec->name, spec);
    s->spec = spec;
    s->pkg = c->pkg;
    insert_local(c, s);
    if (spec->flags & NF_ALIAS) {
        s->type = resolve_type(c, spec->a);
        s->state = 2;
        return;
    }
    Type *t = type_named(c->pkg->name, s->name);
    s->type = t;
    s->state = 1;
    Type *u = resolve_type(c, spec->a);
    if (u != type_invalid && !u->complete) report_recursive(c, s, u);
    type_set_underlying(t, u == type_invalid || !u->complete ? type_invalid : u);
    s->state = 2;
}

/* Go's object files hold no symbol over 2e9 bytes (cmd/internal/obj), so
 * a package-level variable that big does not build. */
#define GO_MAX_SYMBOL_SIZE 2000000000LL

static void check_var_size(Compiler *c, Sym *s) {
    if (s->type == type_invalid) return;
    int64_t size = type_go_size(s->type);
    /* not c_error: the linker's symbol name keeps its package */
    if (size > GO_MAX_SYMBOL_SIZE)
        diag_error(c->diags, s->decl->line, s->decl->col, "%s.%s: symbol too large (%lld bytes > %lld bytes)",
                   c->pkg->name, s->name, (long long)size, GO_MAX_SYMBOL_SIZE);
}

static void resolve_var_sym_type(Compiler *c, Sym *s);

/* The type of a package-level variable: its declared type, or the type of
 * its initialiser (checked in a scratch function, compiled later for real). */
static void resolve_var_sym(Compiler *c, Sym *s) {
    resolve_var_sym_type(c, s);
    check_var_size(c, s);
}

static void resolve_var_sym_type(Compiler *c, Sym *s) {
    Node *spec = s->spec;
    s->state = 1;
    if (spec->a) {
        FuncState *saved = c->fs;
        c->fs = NULL;
        s->type = resolve_type(c, spec->a);
        c->fs = saved;
        s->state = 2;
        return;
    }
    FuncState *saved = c->fs;
    c->fs = NULL;
    scratch_fs(c);
    int n = spec->list.len;
    if (spec->list2.len == 1 && n > 1) {
        Operand o;
        expr(c, spec->list2.items[0], &o, NULL);
        if (o.mode == OM_MULTI && o.type->nresults == n) s->type = o.type->results[s->spec_index];
        else if (o.mode == OM_COMMAOK && n == 2) s->type = s->spec_index == 0 ? o.type : type_bool;
        else if (o.mode != OM_INVALID) {
            c_error(c, spec, "assignment mismatch: %d variables but %s returns %d value%s", n, node_str(spec->list2.items[0]),
                    o.mode == OM_MULTI ? o.type->nresults : 1, o.mode == OM_MULTI && o.type->nresults > 1 ? "s" : "");
        }
    } else if ((spec->flags & NF_SCRIPT_DEFINE) && s->spec_index < spec->list2.len &&
               spec->list2.items[s->spec_index]->kind == N_FUNCLIT) {
        /* a script's `f := func(...) {...}`: typed by its signature, so the
         * body may call f (it runs after the statement set it) */
        s->type = resolve_type(c, spec->list2.items[s->spec_index]->a);
    } else if (s->spec_index < spec->list2.len) {
        Operand o;
        expr_rvalue(c, spec->list2.items[s->spec_index], &o, NULL);
        if (o.mode == OM_NIL) c_error(c, spec->list2.items[s->spec_index], "use of untyped nil in variable declaration");
        else if (o.mode != OM_INVALID && o.type) s->type = type_is_untyped(o.type) ? type_default(o.type) : o.type;
    }
    if (!s->type) s->type = type_invalid;
    c->fs = saved;
    s->state = 2;
}

void resolve_sym(Compiler *c, Sym *s) {
    if (s->state == 2 || !s->spec) return;
    if (s->state == 1) {
        if (s->kind == SYM_TYPE) return; /* recursive reference through a pointer etc. */
        c_error(c, s->decl, "initialization cycle or invalid recursive reference to %s", s->name);
        if (!s->type) s->type = type_invalid;
        s->state = 2;
        return;
    }
    Compiler saved = *c;
    if (s->pkg && s->pkg != c->pkg) {
        /* resolving a symbol of another package: switch context */
        c->pkg = s->pkg;
        c->fs = NULL;
    }
    switch (s->kind) {
    case SYM_TYPE: resolve_type_sym(c, s); break;
    case SYM_CONST: resolve_const_sym(c, s); break;
    case SYM_VAR: resolve_var_sym(c, s); break;
    case SYM_FUNC: {
        FuncState *sf = c->fs;
        c->fs = NULL;
        s->state = 1;
        s->type = func_sig(c, s->spec->b, NULL, NULL);
        s->fn->type = s->type;
        s->fn->nparams = s->type->nparams;
        s->fn->nresults = s->type->nresults;
        c->fs = sf;
        s->state = 2;
        break;
    }
    default: s->state = 2; break;
    }
    c->pkg = saved.pkg;
    c->fs = saved.fs;
}

/* ---------- collecting a package ---------- */

typedef struct PkgDecls {
    Node **methods;
    int nmethods, mcap;
    Node **stmts;
    int nstmts, scap;
    Sym **vars;
    int nvars, vcap;
    Node **funcs;
    Sym **funcsyms;
    int nfuncs, fcap, nfsyms, fscap;
    bool bad_import;     /* an import names a package csp lacks */
    Sym **import_syms;   /* Go file: the package names imports bind (for "imported and not used") */
    int nimport_syms, import_syms_cap;
    Node **imports;      /* import specs that bind a package name */
    const char **import_names;
    int nimports, icap, nnames, ncap;
} PkgDecls;

#define PUSH(arr, n, cap, v)                                                     \
    do {                                                                         \
        if ((n) == (cap)) {                                                      \
            (cap) = (cap) ? (cap) * 2 : 16;                                      \
            void *nn_ = csp_alloc(sizeof(*(arr)) * (cap));                       \
            if (n) memcpy(nn_, (arr), sizeof(*(arr)) * (n));                     \
            (arr) = nn_;                                                         \
        }                                                                        \
        (arr)[(n)++] = (v);                                                      \
    } while (0)

extern int vm_alloc_global(void);

/* ---------- the REPL's journal ----------
 *
 * A REPL session compiles each entry against one long-lived package scope.
 * A later declaration of a name replaces the earlier one (in place, at the
 * same index of the scope), and an entry that fails to compile must leave
 * the session as it was: the journal records what the entry changed (the
 * scope's length, the symbols it replaced, the methods it added to or
 * replaced on named types) so repl_journal_rollback can undo it.
 */
typedef struct ReplReplaced {
    int index;
    Sym *old;
} ReplReplaced;
typedef struct ReplMethod {
    Type *type;
    int index;          /* replaced method's index, or -1: nmethods before the entry */
    int nmethods;
    Method old;
} ReplMethod;
static struct {
    bool active;
    int scope_len;
    ReplReplaced *repl;
    int nrepl, rcap;
    Sym **mine;         /* package-level symbols declared by this entry */
    int nmine, mcap;
    ReplMethod *meth;
    int nmeth, mtcap;
    Func *main_fn;
} journal;

void repl_journal_begin(Compiler *c) {
    memset(&journal, 0, sizeof journal);
    journal.active = true;
    journal.scope_len = c->pkg->scope->len;
    journal.main_fn = c->main_fn;
    c->ninits = 0;
    repl_redef_begin();
}

void repl_journal_rollback(Compiler *c) {
    Scope *ps = c->pkg->scope;
    for (int i = journal.nrepl - 1; i >= 0; i--) ps->syms[journal.repl[i].index] = journal.repl[i].old;
    ps->len = journal.scope_len;
    for (int i = journal.nmeth - 1; i >= 0; i--) {
        ReplMethod *m = &journal.meth[i];
        if (m->index >= 0) m->type->methods[m->index] = m->old;
        else m->type->nmethods = m->nmethods;
    }
    c->main_fn = journal.main_fn;
    c->ninits = 0;
    journal.active = false;
}

void repl_journal_commit(Compiler *c) {
    CSP_UNUSED(c);
    journal.active = false;
}

static bool declared_by_entry(Sym *s) {
    for (int i = 0; i < journal.nmine; i++)
        if (journal.mine[i] == s) return true;
    return false;
}

/* The symbol that s, declared by this entry, replaced, or NULL. */
static Sym *replaced_by_entry(Compiler *c, Sym *s) {
    for (int i = 0; i < journal.nrepl; i++)
        if (c->pkg->scope->syms[journal.repl[i].index] == s) return journal.repl[i].old;
    return NULL;
}

/* Declares s in the package scope; in the REPL it replaces an earlier
 * declaration of the same name (not one of the same entry, unless
 * `redefine`: a top-level := may redefine anything). */
static void repl_replace(Compiler *c, Sym *s, bool redefine) {
    Scope *ps = c->pkg->scope;
    for (int i = ps->len - 1; i >= 0; i--) {
        if (ps->syms[i]->name != s->name) continue;
        if (!redefine && declared_by_entry(ps->syms[i])) {
            c_error(c, s->decl, "%s redeclared in this block", s->name);
            return;
        }
        if (i < journal.scope_len) {
            ReplReplaced r = {i, ps->syms[i]};
            PUSH(journal.repl, journal.nrepl, journal.rcap, r);
        }
        ps->syms[i] = s;
        PUSH(journal.mine, journal.nmine, journal.mcap, s);
        return;
    }
    scope_insert(ps, s);
    PUSH(journal.mine, journal.nmine, journal.mcap, s);
}

/* REPL: a top-level := at the entry's outermost scope declares a
 * package-level variable, so it outlives the entry. */
bool repl_top_level(Compiler *c) {
    FuncState *fs = c->fs;
    return c->repl && journal.active && fs && fs->is_entry && !fs->parent && fs->scope->parent == c->pkg->scope;
}

/* The global for `name := value of type t` at the REPL's top level: the
 * existing variable when it has that type already (so functions that use it
 * see the new value), else a new one replacing the old name. */
Sym *repl_define_global(Compiler *c, Node *id, Type *t, bool *is_new) {
    Sym *prev = scope_lookup_local(c->pkg->scope, id->name);
    *is_new = false;
    if (prev && prev->kind == SYM_VAR && prev->storage == VS_GLOBAL && prev->state == 2 && prev->type == t) return prev;
    Sym *s = sym_new(SYM_VAR, id->name, id);
    s->type = t;
    s->state = 2;
    s->pkg = c->pkg;
    s->storage = VS_GLOBAL;
    s->global = vm_alloc_global();
    s->arena_off = -1;
    repl_replace(c, s, true);
    *is_new = true;
    return s;
}

static void declare_pkg(Compiler *c, Sym *s) {
    if (s->name == blank_name) return;
    if (c->repl && journal.active) {
        repl_replace(c, s, false);
        return;
    }
    Sym *prev = scope_lookup_local(c->pkg->scope, s->name);
    if (prev) {
        c_error(c, s->decl, "%s redeclared in this block", s->name);
        return;
    }
    scope_insert(c->pkg->scope, s);
}

/* The symbol for the k-th name of a package-level const or var spec. */
static Sym *spec_sym(Compiler *c, SymKind kind, Node *spec, int k) {
    Sym *s = sym_new(kind, spec->list.items[k]->name, spec->list.items[k]);
    s->spec = spec;
    s->spec_index = k;
    s->pkg = c->pkg;
    return s;
}

/* A package-level declaration may not reuse a name an import binds. */
static void check_import_names(Compiler *c, PkgDecls *d) {
    for (int i = 0; i < d->nimports; i++) {
        Sym *s = scope_lookup_local(c->pkg->scope, d->import_names[i]);
        if (!s || s->kind == SYM_PKG) continue; /* imports among themselves: redeclared */
        Node *spec = d->imports[i];
        char *path = csp_strndup(spec->str, spec->str_len);
        const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
        c_error(c, s->decl, "%s already declared through import of package %s (\"%s\")", s->name, base, path);
    }
}

/* A script (no package clause, not the REPL): top-level := declares
 * package-level variables (SPEC §1). */
static bool script_mode(Compiler *c) { return !c->gofile && !c->repl && c->pkg == c->gofile_pkg; }

/* Script mode: the names a top-level `a, b := x, y` declares become
 * package-level variables, declared before anything is compiled so that
 * every function sees them. Their type is the initialiser's, found as for
 * `var a, b = x, y` (the statement itself is the spec: n->sym); they hold
 * their zero value until the statement runs (script_define_stmt). A name
 * already declared at package level is only assigned, as by := in a block. */
static void script_define_globals(Compiler *c, Node *n) {
    Node *spec = ast_new(N_VALUESPEC, n->line, n->col);
    spec->list = n->list;
    spec->list2 = n->list2;
    spec->flags |= NF_SCRIPT_DEFINE;
    n->sym = spec;
    for (int k = 0; k < n->list.len; k++) {
        Node *id = n->list.items[k];
        if (id->kind != N_IDENT || id->name == blank_name) continue;
        if (scope_lookup_local(c->pkg->scope, id->name)) continue;
        bool repeated = false;
        for (int j = 0; j < k; j++) repeated |= n->list.items[j]->name == id->name;
        if (repeated) continue; /* reported by the statement */
        Sym *s = spec_sym(c, SYM_VAR, spec, k);
        s->storage = VS_GLOBAL;
        s->global = vm_alloc_global();
        scope_insert(c->pkg->scope, s);
    }
}

/* An import: the package must be one csp has (else the message lists
 * them); its name is bound in the file (always in a Go file; in a script
 * only when renamed, the standard packages being in scope anyway), or its
 * exported names for `import . "pkg"`. */
static void collect_import(Compiler *c, Node *spec, PkgDecls *d) {
    char *path = csp_strndup(spec->str, spec->str_len);
    if (!lib_has_path(path)) {
        c_error(c, spec, "%s", lib_unknown_package(path));
        d->bad_import = true;
        return;
    }
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    Package *p = lib_package(c, base);
    if (!p) {
        c_error(c, spec, "package %s is not available in csp", path);
        d->bad_import = true;
        return;
    }
    bool dot = spec->name && strcmp(spec->name, ".") == 0;
    if (spec->name == blank_name) return;
    if (!dot) {
        const char *bound = ast_intern(spec->name ? spec->name : base, strlen(spec->name ? spec->name : base));
        for (int k = 0; k < d->nnames; k++)
            if (d->import_names[k] == bound) c_error(c, spec, "%s redeclared in this block", bound);
        PUSH(d->imports, d->nimports, d->icap, spec);
        PUSH(d->import_names, d->nnames, d->ncap, bound);
        if (!spec->name && !c->gofile) return;
        Sym *s = sym_new(SYM_PKG, bound, spec);
        s->package = p;
        s->state = 2;
        if (c->repl) {
            declare_pkg(c, s); /* the session's scope keeps it for later entries */
            return;
        }
        if (!c->file_scope) c->file_scope = scope_new(NULL);
        if (!scope_lookup_local(c->file_scope, bound)) scope_insert(c->file_scope, s);
        if (c->gofile) PUSH(d->import_syms, d->nimport_syms, d->import_syms_cap, s);
        return;
    }
    Sym *s = sym_new(SYM_PKG, ast_intern(".", 1), spec);
    s->package = p;
    s->state = 2;
    PUSH(c->dot_imports, c->ndot_imports, c->dot_imports_cap, s);
    if (c->gofile) PUSH(d->import_syms, d->nimport_syms, d->import_syms_cap, s);
}

/* Go file: `"os" imported and not used`, `"math/rand" imported as r and
 * not used` (Go 1.22's wording). */
static void check_unused_imports(Compiler *c, PkgDecls *d) {
    for (int i = 0; i < d->nimport_syms; i++) {
        Sym *s = d->import_syms[i];
        if (s->used) continue;
        Node *spec = s->decl;
        char *path = csp_strndup(spec->str, spec->str_len);
        const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
        if (!spec->name || strcmp(spec->name, ".") == 0 || strcmp(spec->name, base) == 0)
            c_error(c, spec, "\"%s\" imported and not used", path);
        else
            c_error(c, spec, "\"%s\" imported as %s and not used", path, spec->name);
    }
}

static void collect(Compiler *c, Node *file, PkgDecls *d) {
    for (int i = 0; i < file->list.len; i++) {
        Node *n = file->list.items[i];
        if (n->kind == N_GENDECL) {
            for (int j = 0; j < n->list.len; j++) {
                Node *spec = n->list.items[j];
                switch (n->op) {
                case OP_IMPORT: collect_import(c, spec, d); break;
                case OP_CONST:
                    for (int k = 0; k < spec->list.len; k++) declare_pkg(c, spec_sym(c, SYM_CONST, spec, k));
                    break;
                case OP_VAR:
                    for (int k = 0; k < spec->list.len; k++) {
                        Sym *s = spec_sym(c, SYM_VAR, spec, k);
                        s->storage = VS_GLOBAL;
                        s->global = vm_alloc_global();
                        declare_pkg(c, s);
                        PUSH(d->vars, d->nvars, d->vcap, s);
                    }
                    break;
                case OP_TYPE: {
                    Sym *s = sym_new(SYM_TYPE, spec->name, spec);
                    s->spec = spec;
                    s->pkg = c->pkg;
                    declare_pkg(c, s);
                    break;
                }
                default: break;
                }
            }
            continue;
        }
        if (n->kind == N_FUNCDECL) {
            if (n->a) {
                PUSH(d->methods, d->nmethods, d->mcap, n);
                continue;
            }
            Func *fn = func_new(csp_sprintf("%s.%s", c->pkg->name, n->name));
            fn->file = c->file;
            fn->line = n->line;
            Sym *s = sym_new(SYM_FUNC, n->name, n);
            s->spec = n;
            s->fn = fn;
            s->pkg = c->pkg;
            if (strcmp(n->name, "init") == 0 && n->b->list.len == 0 && n->b->list2.len == 0) {
                if (!n->c) c_error(c, n, "missing function body");
                PUSH(c->inits, c->ninits, c->inits_cap, fn);
            } else if (strcmp(n->name, "main") == 0 && strcmp(c->pkg->name, "main") == 0) {
                if (n->b->list.len || n->b->list2.len)
                    c_error(c, n, "func main must have no arguments and no return values");
                c->main_fn = fn;
                declare_pkg(c, s);
            } else
                declare_pkg(c, s);
            PUSH(d->funcs, d->nfuncs, d->fcap, n);
            PUSH(d->funcsyms, d->nfsyms, d->fscap, s);
            continue;
        }
        if (n->kind == N_ASSIGN && n->op == OP_DEFINE && script_mode(c)) script_define_globals(c, n);
        PUSH(d->stmts, d->nstmts, d->scap, n);
    }
}

/* Attaches a method declaration to its receiver's named type. */
static void declare_method(Compiler *c, Node *n) {
    Node *recv = n->a;
    Node *tn = recv->a;
    bool ptr = false;
    if (tn->kind == N_STAR) {
        ptr = true;
        tn = tn->a;
    }
    while (tn->kind == N_PAREN) tn = tn->a;
    if (tn->kind != N_IDENT) {
        c_error(c, tn, "invalid receiver type %s", node_str(recv->a));
        return;
    }
    Sym *ts = scope_lookup_local(c->pkg->scope, tn->name);
    if (!ts) {
        c_error(c, tn, "undefined: %s", tn->name);
        return;
    }
    if (ts->kind != SYM_TYPE) {
        c_error(c, tn, "%s is not a type", tn->name);
        return;
    }
    resolve_sym(c, ts);
    Type *base = ts->type;
    if (!base->name || base->pkg != c->pkg->name) {
        c_error(c, tn, "cannot define new methods on non-local type %s", type_str(base));
        return;
    }
    if (type_under(base)->kind == T_POINTER || type_under(base)->kind == T_INTERFACE) {
        c_error(c, tn, "invalid receiver type %s (pointer or interface type)", tn->name);
        return;
    }
    int replace = -1;
    for (int i = 0; i < base->nmethods; i++)
        if (base->methods[i].name == n->name) {
            bool earlier_entry = c->repl && journal.active;
            for (int k = 0; k < journal.nmeth && earlier_entry; k++)
                if (journal.meth[k].type == base && (journal.meth[k].index == i || (journal.meth[k].index < 0 && i >= journal.meth[k].nmethods)))
                    earlier_entry = false;
            if (earlier_entry) {
                replace = i; /* the REPL: a later method declaration replaces the earlier one */
                break;
            }
            c_error(c, n, "method %s.%s already declared", tn->name, n->name);
            return;
        }
    if (type_under(base)->kind == T_STRUCT)
        for (int i = 0; i < type_under(base)->nfields; i++)
            if (type_under(base)->fields[i].name == n->name) {
                c_error(c, n, "field and method with the same name %s", n->name);
                return;
            }
    Type *sig = func_sig(c, n->b, NULL, NULL);
    Type *rt = ptr ? type_pointer(base) : base;
    recv->a->type = rt; /* the receiver's type on its node, for csp vet */
    const char *fname = ptr ? csp_sprintf("%s.(*%s).%s", c->pkg->name, tn->name, n->name)
                            : csp_sprintf("%s.%s.%s", c->pkg->name, tn->name, n->name);
    Func *fn = func_new(fname);
    fn->file = c->file;
    fn->line = n->line;
    Type **params = csp_alloc(sizeof(Type *) * (sig->nparams + 1));
    params[0] = rt;
    for (int i = 0; i < sig->nparams; i++) params[i + 1] = sig->params[i];
    fn->type = type_func(params, sig->nparams + 1, sig->results, sig->nresults, sig->variadic);
    fn->nparams = sig->nparams + 1;
    fn->nresults = sig->nresults;
    Method m = {.name = n->name, .sig = sig, .fn = fn, .ptr_recv = ptr, .ptr_only = ptr};
    if (c->repl && journal.active) repl_redef_method(&m, replace >= 0 ? &base->methods[replace] : NULL);
    if (replace >= 0) {
        ReplMethod r = {.type = base, .index = replace, .old = base->methods[replace]};
        PUSH(journal.meth, journal.nmeth, journal.mtcap, r);
        base->methods[replace] = m;
    } else {
        if (c->repl && journal.active) {
            ReplMethod r = {.type = base, .index = -1, .nmethods = base->nmethods};
            PUSH(journal.meth, journal.nmeth, journal.mtcap, r);
        }
        type_add_method(base, m);
    }
    n->sym = fn;
}

/* ---------- variable initialisation order ---------- */

typedef struct DepCtx {
    Compiler *c;
    Sym **seen_funcs;
    int nseen, cap;
    Sym **deps;
    int ndeps, dcap;
    const char **locals;  /* names bound inside the functions being walked */
    int nlocals, lcap;
} DepCtx;

static void deps_walk(DepCtx *x, Node *n);

static void deps_local(DepCtx *x, Node *id) {
    if (id && id->kind == N_IDENT) PUSH(x->locals, x->nlocals, x->lcap, id->name);
}

static void deps_fields(DepCtx *x, NodeList *fields) {
    for (int i = 0; i < fields->len; i++)
        for (int j = 0; j < fields->items[i]->list.len; j++) deps_local(x, fields->items[i]->list.items[j]);
}

/* Walks a function literal or body with its parameters bound. */
static void deps_function(DepCtx *x, Node *ftype, Node *body) {
    int saved = x->nlocals;
    if (ftype) {
        deps_fields(x, &ftype->list);
        deps_fields(x, &ftype->list2);
    }
    deps_walk(x, body);
    x->nlocals = saved;
}

static void deps_list(DepCtx *x, NodeList *l) {
    for (int i = 0; i < l->len; i++) deps_walk(x, l->items[i]);
}

/* What an initialiser depends on: the package variables and functions its
 * names resolve to. Local scopes are followed as Go's scoping rules say
 * (a name is bound from its declaration to the end of its block), so a
 * parameter or local named like a package variable is no dependency. */
static void deps_walk(DepCtx *x, Node *n) {
    if (!n) return;
    int saved = x->nlocals;
    switch (n->kind) {
    case N_IDENT: {
        for (int i = x->nlocals - 1; i >= 0; i--)
            if (x->locals[i] == n->name) return;
        Sym *s = scope_lookup_local(x->c->pkg->scope, n->name);
        if (!s) return;
        if (s->kind == SYM_VAR) {
            for (int i = 0; i < x->ndeps; i++)
                if (x->deps[i] == s) return;
            PUSH(x->deps, x->ndeps, x->dcap, s);
        } else if (s->kind == SYM_FUNC && s->spec && s->spec->c) {
            for (int i = 0; i < x->nseen; i++)
                if (x->seen_funcs[i] == s) return;
            PUSH(x->seen_funcs, x->nseen, x->cap, s);
            x->nlocals = 0; /* a declared function sees no caller's locals */
            deps_function(x, s->spec->b, s->spec->c);
            x->nlocals = saved;
        }
        return;
    }
    case N_SELECTOR:
        deps_walk(x, n->a); /* method values/calls: not followed */
        return;
    case N_FUNCLIT: deps_function(x, n->a, n->b); return;
    case N_BLOCK:
        deps_list(x, &n->list);
        x->nlocals = saved;
        return;
    case N_ASSIGN:
        deps_list(x, &n->list2);
        if (n->op == OP_DEFINE)
            for (int i = 0; i < n->list.len; i++) deps_local(x, n->list.items[i]);
        else
            deps_list(x, &n->list);
        return; /* the names stay bound to the end of the enclosing block */
    case N_DECLSTMT:
        for (int i = 0; i < n->a->list.len; i++) {
            Node *spec = n->a->list.items[i];
            if (spec->kind == N_VALUESPEC) {
                deps_list(x, &spec->list2);
                for (int k = 0; k < spec->list.len; k++) deps_local(x, spec->list.items[k]);
            } else if (spec->kind == N_TYPESPEC) {
                Node id = {.kind = N_IDENT, .name = spec->name};
                deps_local(x, &id);
            }
        }
        return;
    case N_IF: case N_FOR: case N_SWITCH:
        deps_walk(x, n->a);
        deps_walk(x, n->b);
        deps_walk(x, n->c);
        deps_walk(x, n->d);
        deps_list(x, &n->list);
        x->nlocals = saved;
        return;
    case N_RANGE:
        deps_walk(x, n->a);
        if (n->op == OP_DEFINE)
            for (int i = 0; i < n->list.len; i++) deps_local(x, n->list.items[i]);
        else
            deps_list(x, &n->list);
        deps_walk(x, n->d);
        x->nlocals = saved;
        return;
    case N_TYPESWITCH: {
        deps_walk(x, n->a);
        Node *guard = n->b;
        Node *bind = NULL;
        if (guard && guard->kind == N_ASSIGN && guard->op == OP_DEFINE) {
            deps_list(x, &guard->list2);
            bind = guard->list.len ? guard->list.items[0] : NULL;
        } else
            deps_walk(x, guard);
        for (int i = 0; i < n->list.len; i++) {
            int inner = x->nlocals;
            deps_local(x, bind);
            deps_list(x, &n->list.items[i]->list2);
            x->nlocals = inner;
        }
        x->nlocals = saved;
        return;
    }
    case N_CASECLAUSE: case N_COMMCLAUSE:
        deps_walk(x, n->a);
        deps_list(x, &n->list);
        deps_list(x, &n->list2);
        x->nlocals = saved;
        return;
    default:
        deps_walk(x, n->a);
        deps_walk(x, n->b);
        deps_walk(x, n->c);
        deps_walk(x, n->d);
        deps_list(x, &n->list);
        deps_list(x, &n->list2);
        return;
    }
}

/* Emits the initialisation of every package variable, dependencies first. */
static void init_vars(Compiler *c, PkgDecls *d) {
    int n = d->nvars;
    bool *done = csp_alloc(n + 1);
    Node **spec_done = csp_alloc(sizeof(Node *) * (n + 1));
    int nspec_done = 0;
    DepCtx *deps = csp_alloc(sizeof(DepCtx) * (n + 1));
    for (int i = 0; i < n; i++) {
        deps[i].c = c;
        Node *spec = d->vars[i]->spec;
        if (spec->list2.len == 1 && spec->list.len > 1) deps_walk(&deps[i], spec->list2.items[0]);
        else if (d->vars[i]->spec_index < spec->list2.len) deps_walk(&deps[i], spec->list2.items[d->vars[i]->spec_index]);
    }
    for (int round = 0; round < n + 1; round++) {
        bool progress = false;
        for (int i = 0; i < n; i++) {
            if (done[i]) continue;
            bool ready = true;
            for (int k = 0; k < deps[i].ndeps && ready; k++) {
                Sym *dep = deps[i].deps[k];
                if (dep == d->vars[i]) continue;
                for (int j = 0; j < n; j++)
                    if (d->vars[j] == dep && !done[j] && d->vars[j]->spec != d->vars[i]->spec) ready = false;
            }
            if (!ready) continue;
            Sym *s = d->vars[i];
            Node *spec = s->spec;
            resolve_sym(c, s);
            done[i] = true;
            progress = true;
            bool spec_seen = false;
            for (int q = 0; q < nspec_done; q++)
                if (spec_done[q] == spec) spec_seen = true;
            if (spec->list2.len == 1 && spec->list.len > 1) {
                if (spec_seen) continue;
                spec_done[nspec_done++] = spec;
                for (int j = 0; j < n; j++)
                    if (d->vars[j]->spec == spec) done[j] = true, resolve_sym(c, d->vars[j]);
                Node as = {.kind = N_ASSIGN, .line = spec->line, .col = spec->col, .op = OP_ASSIGN, .list = spec->list,
                           .list2 = spec->list2};
                set_line(c, spec);
                stmt(c, &as);
                continue;
            }
            set_line(c, spec);
            if (s->spec_index < spec->list2.len) {
                Operand o;
                expr_rvalue(c, spec->list2.items[s->spec_index], &o, s->type);
                if (o.mode == OM_INVALID) continue;
                if (o.mode == OM_COMMAOK) o.mode = OM_REG;
                if (!assignable(c, &o, s->type, "variable declaration")) continue;
                if (s->type->is_block) clone_if_needed(c, &o);
                emit_ax(c, BC_SETG, to_anyreg(c, &o), s->global);
            } else if (s->type->is_block) {
                int r = reg_alloc(c, 1);
                emit_ax(c, BC_NEWBLK, r, kptr(c, s->type));
                emit_ax(c, BC_SETG, r, s->global);
            }
            reg_free_to(c, c->fs->nactive);
        }
        if (!progress) break;
    }
    for (int i = 0; i < n; i++)
        if (!done[i]) c_error(c, d->vars[i]->decl, "initialization cycle: %s refers to itself", d->vars[i]->name);
}

/* ---------- the whole package ---------- */

static void compile_bodies(Compiler *c, PkgDecls *d) {
    for (int i = 0; i < d->nfuncs; i++) {
        Node *n = d->funcs[i];
        Sym *s = d->funcsyms[i];
        resolve_sym(c, s);
        if (!n->c) {
            if (!lib_bind_native(s->fn, s->fn->name)) c_error(c, n, "missing function body");
            continue;
        }
        compile_func_body(c, s->fn, n->b, NULL, n->c, s->type);
    }
    for (int i = 0; i < d->nmethods; i++) {
        Node *n = d->methods[i];
        Func *fn = n->sym;
        if (!fn) continue;
        if (!n->c) {
            if (!lib_bind_native(fn, fn->name)) c_error(c, n, "missing function body");
            continue;
        }
        Type *sig = type_func(fn->type->params + 1, fn->type->nparams - 1, fn->type->results, fn->type->nresults, fn->type->variadic);
        compile_func_body(c, fn, n->b, n->a, n->c, sig);
    }
}

/* Compiles a parsed file as package pkg; returns its entry function (var
 * initialisation, script statements, and for main: init()s and main()). */
Func *compile_package(Compiler *c, Node *file, bool is_main) {
    if (!blank_name) blank_name = ast_intern("_", 1);
    PkgDecls d;
    memset(&d, 0, sizeof d);
    collect(c, file, &d);
    check_import_names(c, &d);
    /* as go build: a missing package is the only error (every use of its
     * name would be "undefined" otherwise) */
    if (d.bad_import) return func_new(csp_sprintf("%s.init", c->pkg->name));
    for (int i = 0; i < d.nmethods; i++) declare_method(c, d.methods[i]);
    /* resolve every package-level name so errors surface in order */
    Scope *ps = c->pkg->scope;
    for (int i = 0; i < ps->len; i++) resolve_sym(c, ps->syms[i]);
    bool script_main = is_main && !c->main_fn;
    Func *entry = func_new(script_main ? csp_sprintf("%s.main", c->pkg->name) : csp_sprintf("%s.init", c->pkg->name));
    entry->file = c->file;
    entry->line = 1;
    entry->type = type_func(NULL, 0, NULL, 0, false);
    int errors = diag_count(c->diags);
    for (int attempt = 0; attempt < 8; attempt++) {
        int marks = c->recompile_marks;
        c->nlocals = 0;
        fs_open(c, entry, NULL);
        c->fs->is_entry = true;
        init_vars(c, &d);
        for (int i = 0; i < d.nstmts; i++) {
            Node *s = d.stmts[i];
            stmt(c, s);
        }
        /* init()s, in source order: the program's, and a library
         * package's (flag sets CommandLine.Usage in one) */
        for (int i = 0; i < c->ninits; i++) {
            int r = reg_alloc(c, 1);
            emit(c, BC_CALL, r, kptr(c, c->inits[i]), 0);
            reg_free_to(c, r);
        }
        if (is_main) {
            if (c->main_fn) {
                int r = reg_alloc(c, 1);
                set_line(c, NULL);
                emit(c, BC_CALL, r, kptr(c, c->main_fn), 0);
                reg_free_to(c, r);
            }
            emit(c, BC_HALT, 0, 0, 0);
        } else
            emit(c, BC_RET, 0, 0, 0);
        fs_close(c);
        if (c->recompile_marks == marks || diag_count(c->diags) > errors) break;
    }
    if (diag_count(c->diags) == errors) check_unused_locals(c);
    c->nlocals = 0;
    compile_bodies(c, &d);
    /* after other errors an import may look unused only because the
     * erroneous code that uses it was not checked through; an unused
     * variable is no such error (its code was checked), so both show */
    if (diag_count(c->diags) == c->unused_errors) check_unused_imports(c, &d);
    return entry;
}

/* ---------- a REPL entry ---------- */

/* Compiles one REPL entry (a parsed "file" of declarations and statements)
 * against the session's package: its declarations join the package scope
 * (replacing earlier ones of the same name), its variables and top-level :=
 * become globals, and the returned function runs the variable initialisers,
 * the statements (a bare expression statement prints its value through
 * `echo`), the entry's init()s and, when call_main, its main().
 * The caller brackets this with repl_journal_begin and _commit/_rollback. */
Func *compile_repl_entry(Compiler *c, Node *file, bool call_main, const char *name,
                         void (*echo)(Compiler *c, Node *stmt)) {
    if (!blank_name) blank_name = ast_intern("_", 1);
    PkgDecls d;
    memset(&d, 0, sizeof d);
    collect(c, file, &d);
    for (int i = 0; i < d.nmethods; i++) declare_method(c, d.methods[i]);
    Scope *ps = c->pkg->scope;
    for (int i = 0; i < ps->len; i++) resolve_sym(c, ps->syms[i]);
    /* a variable redeclared with the type it had keeps its storage */
    for (int i = 0; i < journal.nrepl; i++) {
        Sym *old = journal.repl[i].old, *now = ps->syms[journal.repl[i].index];
        if (old->kind == SYM_VAR && now->kind == SYM_VAR && old->storage == VS_GLOBAL && now->storage == VS_GLOBAL &&
            old->type == now->type && now->spec)
            now->global = old->global;
    }
    /* the session's functions are called through slots (repl_redef.c) */
    Sym **funcs = NULL;
    int nfuncs = 0, fcap = 0;
    for (int i = 0; i < ps->len; i++) {
        Sym *s = ps->syms[i];
        if (s->kind != SYM_FUNC || !s->fn || !declared_by_entry(s)) continue;
        repl_redef_assign(s, replaced_by_entry(c, s));
        PUSH(funcs, nfuncs, fcap, s);
    }
    Func *entry = func_new(name);
    entry->file = c->file;
    entry->line = 1;
    entry->type = type_func(NULL, 0, NULL, 0, false);
    int errors = diag_count(c->diags);
    Func *main_fn = call_main ? c->main_fn : NULL;
    if (main_fn == journal.main_fn) main_fn = NULL; /* only a main() this entry declares */
    for (int attempt = 0; attempt < 8; attempt++) {
        int marks = c->recompile_marks;
        fs_open(c, entry, NULL);
        c->fs->is_entry = true;
        for (int i = 0; i < nfuncs; i++) repl_redef_store(c, funcs[i]);
        repl_redef_store_methods(c);
        init_vars(c, &d);
        for (int i = 0; i < d.nstmts; i++) {
            Node *s = d.stmts[i];
            if (s->kind == N_EXPRSTMT && echo) {
                set_line(c, s);
                echo(c, s);
                reg_free_to(c, c->fs->nactive);
            } else
                stmt(c, s);
        }
        for (int i = 0; i < c->ninits; i++) {
            int r = reg_alloc(c, 1);
            emit(c, BC_CALL, r, kptr(c, c->inits[i]), 0);
            reg_free_to(c, r);
        }
        if (main_fn) {
            int r = reg_alloc(c, 1);
            set_line(c, NULL);
            emit(c, BC_CALL, r, kptr(c, main_fn), 0);
            reg_free_to(c, r);
        }
        emit(c, BC_RET, 0, 0, 0);
        fs_close(c);
        if (c->recompile_marks == marks || diag_count(c->diags) > errors) break;
    }
    compile_bodies(c, &d);
    for (int i = 0; i < journal.nrepl; i++) repl_redef_check(c, ps->syms[journal.repl[i].index], journal.repl[i].old);
    for (int i = 0; i < journal.nmeth; i++)
        if (journal.meth[i].index >= 0)
            repl_redef_check_method(c, journal.meth[i].type, &journal.meth[i].type->methods[journal.meth[i].index],
                                    &journal.meth[i].old);
    return entry;
}
