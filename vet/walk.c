/* walk.c: a preorder walk over the syntax tree for the checks of csp vet.
 *
 * The tree's nodes keep their children in the generic fields a, b, c, d,
 * list and list2 (grammar/ast.h), so one walk visits every construct. The
 * visitor also gets the path of ancestors: several checks are about where a
 * node stands (the statement a call is in, the block a statement belongs to).
 */
#include "vet_int.h"

typedef struct Walk {
    Vet *v;
    VetVisit fn;
    void *ctx;
    Node **path;
    int depth, cap;
} Walk;

static void walk_node(Walk *w, Node *n);

static void walk_list(Walk *w, NodeList *l) {
    for (int i = 0; i < l->len; i++)
        if (l->items[i]) walk_node(w, l->items[i]);
}

static void push(Walk *w, Node *n) {
    if (w->depth == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 64;
        Node **grown = csp_alloc(sizeof(Node *) * w->cap);
        if (w->depth) memcpy(grown, w->path, sizeof(Node *) * w->depth);
        w->path = grown;
    }
    w->path[w->depth++] = n;
}

static void walk_node(Walk *w, Node *n) {
    if (!w->fn(w->v, n, w->path, w->depth, w->ctx)) return;
    push(w, n);
    Node *kids[4] = {n->a, n->b, n->c, n->d};
    /* children in source order: a receiver/params before the body, lists
     * (names, arguments) where Go's AST puts them */
    if (n->kind == N_CALL || n->kind == N_COMPOSITE || n->kind == N_RANGE || n->kind == N_FUNCDECL) {
        if (n->kind == N_RANGE) walk_list(w, &n->list);
        for (int i = 0; i < 4; i++)
            if (kids[i]) walk_node(w, kids[i]);
        if (n->kind != N_RANGE) walk_list(w, &n->list);
        walk_list(w, &n->list2);
    } else {
        walk_list(w, &n->list);
        for (int i = 0; i < 4; i++)
            if (kids[i]) walk_node(w, kids[i]);
        walk_list(w, &n->list2);
    }
    w->depth--;
}

void vet_walk(Vet *v, Node *root, VetVisit fn, void *ctx) {
    Walk w = {.v = v, .fn = fn, .ctx = ctx};
    if (root) walk_node(&w, root);
}
