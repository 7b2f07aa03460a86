/* copylocks.c: go vet's copylocks check: a value that contains a lock is
 * copied (assigned, passed, returned, ranged over, put in a literal), so the
 * copy and the original lock independently and neither protects anything.
 *
 * A type "contains a lock" as go vet decides it: a struct whose pointer has
 * Lock and Unlock but which has not both itself (sync.Mutex, a struct
 * embedding one), or a struct or array with such a field. The library's
 * types are judged by what they are in Go, from a table, not by how csp's
 * prelude happens to build them (Go's WaitGroup holds a noCopy marker, csp's
 * a pointer). Messages and positions are go vet's (Go 1.19).
 */
#include "vet_int.h"

/* Library types that go vet reports, with the path it prints. */
static const char *const lib_locks[][3] = {
    {"sync", "Mutex", "sync.Mutex"},
    {"sync", "RWMutex", "sync.RWMutex"},
    {"sync", "Once", "sync.Once contains sync.Mutex"},
    {"sync", "Map", "sync.Map contains sync.Mutex"},
    {"sync", "WaitGroup", "sync.WaitGroup contains sync.noCopy"},
    {"sync", "Cond", "sync.Cond contains sync.noCopy"},
    {"sync", "Pool", "sync.Pool contains sync.noCopy"},
    {"atomic", "Bool", "sync/atomic.Bool contains sync/atomic.noCopy"},
    {"atomic", "Int32", "sync/atomic.Int32 contains sync/atomic.noCopy"},
    {"atomic", "Int64", "sync/atomic.Int64 contains sync/atomic.noCopy"},
    {"atomic", "Uint32", "sync/atomic.Uint32 contains sync/atomic.noCopy"},
    {"atomic", "Uint64", "sync/atomic.Uint64 contains sync/atomic.noCopy"},
    {"atomic", "Uintptr", "sync/atomic.Uintptr contains sync/atomic.noCopy"},
    {"log", "Logger", "log.Logger contains sync.Mutex"},
};

/* Is t a method-less-by-value locker: Lock and Unlock on *t only? */
static bool pointer_locker(Type *t) {
    Method *lock = type_find_method(t, ast_intern("Lock", 4));
    Method *unlock = type_find_method(t, ast_intern("Unlock", 6));
    if (!lock || !unlock) return false;
    if (lock->sig->nparams || lock->sig->nresults || unlock->sig->nparams || unlock->sig->nresults) return false;
    return lock->ptr_only || unlock->ptr_only;
}

/* go vet's lockPath: how t contains a lock ("main.T contains sync.Mutex"),
 * or NULL. */
static const char *lock_path(Type *t, int depth) {
    if (!t || depth > 32) return NULL;
    while (type_under(t)->kind == T_ARRAY) t = type_under(t)->elem;
    if (t->name && t->pkg && strcmp(t->pkg, "main") != 0) {
        for (size_t i = 0; i < sizeof lib_locks / sizeof lib_locks[0]; i++)
            if (strcmp(t->pkg, lib_locks[i][0]) == 0 && strcmp(t->name, lib_locks[i][1]) == 0) return lib_locks[i][2];
        return NULL;
    }
    Type *st = type_under(t);
    if (st->kind != T_STRUCT) return NULL;
    if (pointer_locker(t)) return vet_type_str(t); /* also struct{ sync.Mutex } */
    for (int i = 0; i < st->nfields; i++) {
        const char *sub = lock_path(st->fields[i].type, depth + 1);
        if (sub) return csp_sprintf("%s contains %s", vet_type_str(t), sub);
    }
    return NULL;
}

/* go vet's lockPathRhs: a fresh value (literal, call result) copies nothing. */
static const char *rhs_lock_path(Node *x) {
    Node *u = x;
    if (u->kind == N_COMPOSITE || u->kind == N_CALL) return NULL;
    if (u->kind == N_STAR && vet_unparen(u->a)->kind == N_CALL) return NULL;
    if (vet_mode(u) == OM_TYPE) return NULL;
    return lock_path(vet_type(u), 0);
}

/* The type a variable declared by x, y := ... takes at index i. */
static Type *defined_type(Node *n, int i) {
    if (n->list2.len == n->list.len) return vet_type(n->list2.items[i]);
    Type *t = n->list2.len == 1 ? n->list2.items[0]->type : NULL;
    return t && t->kind == T_TUPLE && i < t->nresults ? t->results[i] : NULL;
}

/* Since Go 1.22 each iteration of `for x := v; ...` has its own x, a copy
 * of the previous one: newer go vet reports a lock in it (golang.org/x/tools
 * copylock.go, checkCopyLocksAssign), unless the assignment was reported. */
static void check_loop_vars(Vet *v, Node *n) {
    for (int i = 0; i < n->list.len; i++) {
        Node *id = n->list.items[i];
        if (id->kind != N_IDENT || strcmp(id->name, "_") == 0) continue;
        const char *path = lock_path(defined_type(n, i), 0);
        if (path) vet_report(v, id->line, id->col, "for loop iteration copies lock value to %s: %s", id->name, path);
    }
}

static void check_assign(Vet *v, Node *n, Node *parent) {
    bool reported = false;
    for (int i = 0; i < n->list2.len; i++) {
        Node *x = n->list2.items[i];
        const char *path = rhs_lock_path(x);
        if (path && i < n->list.len) {
            vet_report(v, x->line, x->col, "assignment copies lock value to %s: %s", vet_text(n->list.items[i]), path);
            reported = true;
        }
    }
    if (!reported && n->op == OP_DEFINE && parent && parent->kind == N_FOR && parent->a == n) check_loop_vars(v, n);
}

static void check_valuespec(Vet *v, Node *n) {
    if (n->flags & NF_SCRIPT_DEFINE) return; /* a script's x := y, seen as its N_ASSIGN */
    for (int i = 0; i < n->list2.len && i < n->list.len; i++) {
        Node *x = n->list2.items[i];
        const char *path = rhs_lock_path(x);
        if (path) vet_report(v, x->line, x->col, "variable declaration copies lock value to %s: %s", n->list.items[i]->name, path);
    }
}

static void check_composite(Vet *v, Node *n) {
    for (int i = 0; i < n->list.len; i++) {
        Node *x = n->list.items[i];
        if (x->kind == N_KEYVALUE) x = x->b;
        const char *path = rhs_lock_path(x);
        if (path) vet_report(v, x->line, x->col, "literal copies lock value from %s: %s", vet_text(x), path);
    }
}

static void check_return(Vet *v, Node *n) {
    for (int i = 0; i < n->list.len; i++) {
        Node *x = n->list.items[i];
        const char *path = rhs_lock_path(x);
        if (path) vet_report(v, x->line, x->col, "return copies lock value: %s", path);
    }
}

/* new, len and cap look at a value without copying it. */
static bool no_copy_builtin(Node *fun) {
    fun = vet_unparen(fun);
    if (vet_mode(fun) != OM_BUILTIN || fun->kind != N_IDENT) return false;
    return strcmp(fun->name, "new") == 0 || strcmp(fun->name, "len") == 0 || strcmp(fun->name, "cap") == 0;
}

static void check_call(Vet *v, Node *n) {
    if (no_copy_builtin(n->a)) return;
    for (int i = 0; i < n->list.len; i++) {
        Node *x = n->list.items[i];
        const char *path = rhs_lock_path(x);
        if (path) vet_report(v, x->line, x->col, "call of %s copies lock value: %s", vet_text(n->a), path);
    }
}

/* A receiver or parameter whose type holds a lock: every call copies it. */
static void check_field_list(Vet *v, const char *name, NodeList *fields) {
    for (int i = 0; i < fields->len; i++) {
        Node *f = fields->items[i];
        if (!f || !f->a) continue;
        const char *path = lock_path(f->a->type, 0);
        if (path) vet_report(v, f->a->line, f->a->col, "%s passes lock by value: %s", name, path);
    }
}

static void check_func(Vet *v, const char *name, Node *recv, Node *ftype) {
    if (recv) {
        NodeList one = {&recv, 1, 1};
        check_field_list(v, name, &one);
    }
    if (ftype) check_field_list(v, name, &ftype->list);
}

/* The types a range statement's key and value take from what it ranges over. */
static void range_types(Node *n, Type **key, Type **val) {
    Type *t = n->a ? n->a->type : NULL;
    *key = *val = NULL;
    if (!t) return;
    Type *u = type_under(t);
    if (u->kind == T_POINTER) u = type_under(u->elem);
    switch (u->kind) {
    case T_ARRAY: case T_SLICE: *key = type_int; *val = u->elem; break;
    case T_STRING: *key = type_int; *val = type_int32; break;
    case T_MAP: *key = u->key; *val = u->elem; break;
    case T_CHAN: *key = u->elem; break;
    default: *key = vet_type(n->a); break; /* range over an integer */
    }
}

static void check_range_var(Vet *v, Node *e, Type *t) {
    if (!e || (e->kind == N_IDENT && strcmp(e->name, "_") == 0)) return;
    const char *path = lock_path(t, 0);
    if (path) vet_report(v, e->line, e->col, "range var %s copies lock: %s", vet_text(e), path);
}

static void check_range(Vet *v, Node *n) {
    Type *key, *val;
    range_types(n, &key, &val);
    if (n->list.len > 0) check_range_var(v, n->list.items[0], key);
    if (n->list.len > 1) check_range_var(v, n->list.items[1], val);
}

static bool visit(Vet *v, Node *n, Node **path, int depth, void *ctx) {
    CSP_UNUSED(ctx);
    switch (n->kind) {
    case N_ASSIGN: check_assign(v, n, depth ? path[depth - 1] : NULL); break;
    case N_VALUESPEC: check_valuespec(v, n); break;
    case N_COMPOSITE: check_composite(v, n); break;
    case N_RETURN: check_return(v, n); break;
    case N_CALL: check_call(v, n); break;
    case N_FUNCDECL: check_func(v, n->name, n->a, n->b); break;
    case N_FUNCLIT: check_func(v, "func", NULL, n->a); break;
    case N_RANGE: check_range(v, n); break;
    default: break;
    }
    return true;
}

void vet_check_copylocks(Vet *v) { vet_walk(v, v->ast, visit, NULL); }
