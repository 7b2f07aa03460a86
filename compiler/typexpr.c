/* typexpr.c: turning type syntax into Types.
 *
 * Named types declared at package level are resolved lazily through
 * resolve_sym, which creates the named Type before resolving its underlying
 * type, so recursive types (`type List struct{ next *List }`) terminate.
 */
#include "compiler.h"

static bool mul_exceeds(int64_t a, int64_t b, int64_t limit) { return b != 0 && a > limit / b; }

static Type *array_type(Compiler *c, Node *n) {
    Type *elem = resolve_type(c, n->b);
    if (n->a->kind == N_ELLIPSISLEN) {
        c_error(c, n, "invalid use of [...] array (outside a composite literal)");
        return type_invalid;
    }
    /* a package-level type has no function to evaluate its length in */
    FuncState *saved = c->fs;
    if (!saved) scratch_fs(c);
    Operand o;
    expr(c, n->a, &o, NULL);
    c->fs = saved;
    if (o.mode == OM_INVALID) return type_invalid;
    int64_t len;
    if (o.mode == OM_CONST && o.cv.kind == CV_INT && o.cv.i >= 0 && o.cv.i <= INT64_MAX) len = (int64_t)o.cv.i;
    else if (o.mode == OM_CONST && o.cv.kind == CV_FLOAT && o.cv.f >= 0 && o.cv.f < 0x1p63L &&
             o.cv.f == (long double)(int64_t)o.cv.f)
        len = (int64_t)o.cv.f; /* [1e9]int */
    else if (o.mode == OM_CONST && (o.cv.kind == CV_INT || o.cv.kind == CV_FLOAT)) {
        /* negative or beyond int; a fraction is not an integer (Go 1.22's wording) */
        bool integral = o.cv.kind == CV_INT || o.cv.f == (long double)(__int128)o.cv.f;
        c_error(c, n->a, integral ? "invalid array length %s" : "array length %s must be integer", op_describe(c, &o));
        return type_invalid;
    } else {
        c_error(c, n->a, "array length %s must be constant", node_str(n->a));
        return type_invalid;
    }
    Type *t = type_array(elem, len);
    if (type_go_size(t) >= TYPE_GO_MAX_WIDTH) {
        c_error(c, n->a, "type %s larger than address space", type_str(t));
        return type_invalid;
    }
    /* csp's own limit, far beyond any memory: a type's size in slots is an
     * int, an array's length is encoded in 32 bits */
    if (len > (int64_t)UINT32_MAX || mul_exceeds(len, elem->slots, INT32_MAX)) {
        c_error(c, n->a, "array length %s too large for csp (at most %d slots)", node_str(n->a), INT32_MAX);
        return type_invalid;
    }
    return t;
}

static Type *struct_type(Compiler *c, Node *n) {
    int nf = 0;
    for (int i = 0; i < n->list.len; i++) {
        Node *f = n->list.items[i];
        nf += f->list.len ? f->list.len : 1;
    }
    Field *fields = csp_alloc(sizeof(Field) * (nf + 1));
    int k = 0;
    for (int i = 0; i < n->list.len; i++) {
        Node *f = n->list.items[i];
        Type *ft = resolve_type(c, f->a);
        if (f->list.len == 0) {
            Node *tn = f->a;
            if (tn->kind == N_STAR) tn = tn->a;
            const char *name = tn->kind == N_SELECTOR ? tn->name : tn->name;
            if (!name) name = ast_intern("?", 1);
            fields[k++] = (Field){.name = name, .type = ft, .embedded = true,
                                  .exported = name[0] >= 'A' && name[0] <= 'Z'};
            continue;
        }
        for (int j = 0; j < f->list.len; j++) {
            const char *name = f->list.items[j]->name;
            for (int q = 0; q < k; q++)
                if (fields[q].name == name && name[0] != '_')
                    c_error(c, f->list.items[j], "%s redeclared", name);
            fields[k++] = (Field){.name = name, .type = ft, .exported = name[0] >= 'A' && name[0] <= 'Z'};
        }
    }
    return type_struct(fields, k);
}

static void add_imethod(Compiler *c, IMethod **ms, int *n, int *cap, IMethod m, Node *at) {
    for (int i = 0; i < *n; i++)
        if ((*ms)[i].name == m.name) {
            if ((*ms)[i].sig != m.sig) c_error(c, at, "duplicate method %s", m.name);
            return;
        }
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        IMethod *nm = csp_alloc(sizeof(IMethod) * *cap);
        if (*n) memcpy(nm, *ms, sizeof(IMethod) * *n);
        *ms = nm;
    }
    (*ms)[(*n)++] = m;
}

static Type *interface_type(Compiler *c, Node *n) {
    IMethod *ms = NULL;
    int nm = 0, cap = 0;
    for (int i = 0; i < n->list.len; i++) {
        Node *f = n->list.items[i];
        if (f->list.len) {
            Type *sig = func_sig(c, f->a, NULL, NULL);
            add_imethod(c, &ms, &nm, &cap, (IMethod){f->list.items[0]->name, sig}, f);
        } else {
            Type *e = resolve_type(c, f->a);
            if (e == type_invalid) continue;
            if (type_under(e)->kind != T_INTERFACE) {
                c_error(c, f->a, "cannot use %s as interface (not an interface)", type_str(e));
                continue;
            }
            Type *u = type_under(e);
            for (int k = 0; k < u->nimethods; k++) add_imethod(c, &ms, &nm, &cap, u->imethods[k], f);
        }
    }
    return type_interface(ms, nm);
}

/* Builds the signature; when param_syms_out is given, also returns one Sym per
 * named parameter (receiver first), to be declared by the function body. */
Type *func_sig(Compiler *c, Node *ft, Node *recv, Sym ***param_syms_out) {
    int np = 0, nr = 0;
    for (int i = 0; i < ft->list.len; i++) np += ft->list.items[i]->list.len ? ft->list.items[i]->list.len : 1;
    for (int i = 0; i < ft->list2.len; i++) nr += ft->list2.items[i]->list.len ? ft->list2.items[i]->list.len : 1;
    Type **params = csp_alloc(sizeof(Type *) * (np + 1));
    Type **results = csp_alloc(sizeof(Type *) * (nr + 1));
    bool variadic = false;
    int k = 0;
    for (int i = 0; i < ft->list.len; i++) {
        Node *f = ft->list.items[i];
        Type *t = resolve_type(c, f->a);
        if (f->flags & NF_VARIADIC) {
            if (i != ft->list.len - 1 || f->list.len > 1)
                c_error(c, f, "can only use ... with final parameter in list");
            variadic = true;
            t = type_slice(t);
        }
        int cnt = f->list.len ? f->list.len : 1;
        for (int j = 0; j < cnt; j++) params[k++] = t;
    }
    k = 0;
    for (int i = 0; i < ft->list2.len; i++) {
        Node *f = ft->list2.items[i];
        Type *t = resolve_type(c, f->a);
        int cnt = f->list.len ? f->list.len : 1;
        for (int j = 0; j < cnt; j++) results[k++] = t;
    }
    CSP_UNUSED(recv);
    CSP_UNUSED(param_syms_out);
    return type_func(params, np, results, nr, variadic);
}

static Type *named_type_of(Compiler *c, Sym *s, Node *n) {
    if (s->kind != SYM_TYPE) {
        c_error(c, n, "%s is not a type", node_str(n));
        return type_invalid;
    }
    /* Behind a pointer (slice, map...) a package-level type is needed by
     * name only: its definition may be in progress further up (`type A
     * struct{ b *B }; type B struct{ a A }`), and is resolved later. */
    if (c->type_indirect && s->state == 0 && s->spec && !(s->spec->flags & NF_ALIAS))
        return type_declare_named(c, s);
    resolve_sym(c, s);
    return s->type ? s->type : type_invalid;
}

/* A type behind an indirection (see named_type_of). */
static Type *resolve_indirect(Compiler *c, Node *n) {
    c->type_indirect++;
    Type *t = resolve_type(c, n);
    c->type_indirect--;
    return t;
}

static Type *resolve_type_node(Compiler *c, Node *n);

/* Resolves a type expression and leaves the type on its node (for csp vet,
 * as expr() leaves the types of values). */
Type *resolve_type(Compiler *c, Node *n) {
    Type *t = resolve_type_node(c, n);
    if (n && t != type_invalid) {
        n->type = t;
        n->opmode = OM_TYPE + 1;
    }
    return t;
}

static Type *resolve_type_node(Compiler *c, Node *n) {
    if (!n) return type_invalid;
    switch (n->kind) {
    case N_IDENT: {
        Sym *s = lookup_ident(c, n);
        if (!s) return type_invalid;
        return named_type_of(c, s, n);
    }
    case N_SELECTOR: {
        if (n->a->kind != N_IDENT) break;
        Sym *ps = lookup_ident(c, n->a);
        if (!ps) return type_invalid;
        if (ps->kind != SYM_PKG) break;
        Package *p = ps->package;
        Sym *s = scope_lookup_local(p->scope, n->name);
        if (!s || !(n->name[0] >= 'A' && n->name[0] <= 'Z')) {
            c_error(c, n, "undefined: %s.%s", ps->name, n->name);
            return type_invalid;
        }
        return named_type_of(c, s, n);
    }
    case N_PAREN: return resolve_type(c, n->a);
    case N_STAR: return type_pointer(resolve_indirect(c, n->a));
    case N_ARRAYTYPE: return array_type(c, n);
    case N_SLICETYPE: return type_slice(resolve_indirect(c, n->b));
    case N_MAPTYPE: {
        Type *k = resolve_indirect(c, n->a), *v = resolve_indirect(c, n->b);
        if (k != type_invalid && k->complete && !type_is_comparable(k) && type_under(k)->kind != T_INTERFACE)
            c_error(c, n->a, "invalid map key type %s", type_str(k));
        return type_map(k, v);
    }
    case N_CHANTYPE: {
        ChanDir d = CHAN_BOTH;
        if ((n->flags & (NF_CHAN_SEND | NF_CHAN_RECV)) == NF_CHAN_SEND) d = CHAN_SEND;
        if ((n->flags & (NF_CHAN_SEND | NF_CHAN_RECV)) == NF_CHAN_RECV) d = CHAN_RECV;
        return type_chan(resolve_indirect(c, n->a), d);
    }
    case N_FUNCTYPE: {
        c->type_indirect++;
        Type *t = func_sig(c, n, NULL, NULL);
        c->type_indirect--;
        return t;
    }
    case N_STRUCTTYPE: return struct_type(c, n);
    case N_INTERFACETYPE: return interface_type(c, n);
    default: break;
    }
    c_error(c, n, "%s is not a type", node_str(n));
    return type_invalid;
}

/* Whether n denotes a type (without reporting errors). */
bool is_type_expr(Compiler *c, Node *n) {
    switch (n->kind) {
    case N_ARRAYTYPE: case N_SLICETYPE: case N_MAPTYPE: case N_CHANTYPE: case N_FUNCTYPE:
    case N_STRUCTTYPE: case N_INTERFACETYPE:
        return true;
    case N_PAREN: return is_type_expr(c, n->a);
    case N_STAR: return is_type_expr(c, n->a);
    case N_IDENT: {
        Sym *s = c->fs ? scope_lookup(c->fs->scope, n->name) : scope_lookup(c->pkg->scope, n->name);
        return s && s->kind == SYM_TYPE;
    }
    case N_SELECTOR: {
        if (n->a->kind != N_IDENT) return false;
        Sym *ps = lookup_name(c, n->a->name);
        if (!ps || ps->kind != SYM_PKG) return false;
        Sym *s = scope_lookup_local(ps->package->scope, n->name);
        return s && s->kind == SYM_TYPE;
    }
    default: return false;
    }
}
