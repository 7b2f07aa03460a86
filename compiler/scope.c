/* scope.c: symbols and lexical scopes.
 *
 * Block scopes are small, so a scope is a flat array searched linearly;
 * names are interned, so comparison is pointer equality. The package and
 * universe scopes are bigger but looked up rarely enough after the first
 * resolution (identifier nodes cache their symbol) that this stays cheap.
 */
#include "compiler.h"

Scope *scope_new(Scope *parent) {
    Scope *s = CSP_NEW(Scope);
    s->parent = parent;
    return s;
}

Sym *scope_lookup_local(Scope *s, const char *name) {
    for (int i = s->len - 1; i >= 0; i--)
        if (s->syms[i]->name == name) return s->syms[i];
    return NULL;
}

Sym *scope_lookup(Scope *s, const char *name) {
    for (; s; s = s->parent) {
        Sym *r = scope_lookup_local(s, name);
        if (r) return r;
    }
    return NULL;
}

void scope_insert(Scope *s, Sym *sym) {
    if (s->len == s->cap) {
        int nc = s->cap ? s->cap * 2 : 8;
        Sym **n = csp_alloc(sizeof(Sym *) * nc);
        if (s->len) memcpy(n, s->syms, sizeof(Sym *) * s->len);
        s->syms = n;
        s->cap = nc;
    }
    s->syms[s->len++] = sym;
}

Sym *sym_new(SymKind kind, const char *name, Node *decl) {
    Sym *s = CSP_NEW(Sym);
    s->kind = kind;
    s->name = name;
    s->decl = decl;
    if (decl) {
        s->line = decl->line;
        s->col = decl->col;
    }
    return s;
}
