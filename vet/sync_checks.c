/* sync_checks.c: three of staticcheck's checks of sync misuse, each a
 * mistake learners make with goroutines and locks:
 *
 *   SA2000  wg.Add as the first statement of the goroutine it counts: Wait
 *           may run before Add and return at once.
 *   SA2001  mu.Lock() followed directly by mu.Unlock(): an empty critical
 *           section, usually a forgotten defer.
 *   SA2003  mu.Lock() followed directly by defer mu.Lock(): the deferred
 *           call was meant to be Unlock.
 *
 * Wording and positions are staticcheck's (dominikh/go-tools,
 * staticcheck/sa2000, sa2001, sa2003), with its "(SAnnnn)" suffix.
 */
#include "vet_int.h"

/* SA2000: go func() { wg.Add(n); ... }() */
static void check_go(Vet *v, Node *go) {
    Node *call = go->a;
    Node *lit = call ? vet_unparen(call->a) : NULL;
    if (!lit || lit->kind != N_FUNCLIT || !lit->b || !lit->b->list.len) return;
    Node *first = lit->b->list.items[0];
    if (!first || first->kind != N_EXPRSTMT) return;
    Node *add = vet_unparen(first->a);
    if (vet_method_call(add, "sync", "WaitGroup", "Add"))
        vet_report(v, add->line, add->col, "should call %s before starting the goroutine to avoid a race (SA2000)",
                   vet_text(add));
}

/* A statement `x.M()` calling a method of no parameters and no results:
 * sets *recv and returns M (staticcheck's mutexParams). */
static const char *nullary_method_stmt(Node *s, Node **recv) {
    if (!s || s->kind != N_EXPRSTMT) return NULL;
    Node *call = vet_unparen(s->a);
    if (!call || call->kind != N_CALL || call->list.len) return NULL;
    Node *sel = vet_unparen(call->a);
    if (sel->kind != N_SELECTOR || vet_mode(sel) != OM_METHOD) return NULL;
    Type *sig = sel->type;
    if (!sig || sig->kind != T_FUNC || sig->nparams || sig->nresults) return NULL;
    *recv = sel->a;
    return sel->name;
}

/* SA2001 over one statement list: Lock then Unlock of the same receiver. */
static void check_empty_sections(Vet *v, NodeList *l) {
    for (int i = 0; i + 1 < l->len; i++) {
        Node *r1, *r2;
        const char *m1 = nullary_method_stmt(l->items[i], &r1);
        const char *m2 = nullary_method_stmt(l->items[i + 1], &r2);
        if (!m1 || !m2 || strcmp(vet_text(r1), vet_text(r2)) != 0) continue;
        if ((strcmp(m1, "Lock") == 0 && strcmp(m2, "Unlock") == 0) || (strcmp(m1, "RLock") == 0 && strcmp(m2, "RUnlock") == 0))
            vet_report(v, l->items[i + 1]->line, l->items[i + 1]->col, "empty critical section (SA2001)");
    }
}

/* SA2003 over one statement list: mu.Lock(); defer mu.Lock() (a
 * sync.Mutex), or rw.RLock(); defer rw.RLock() (a sync.RWMutex), as
 * staticcheck matches them. staticcheck compares the two receivers in its
 * SSA form; csp compares their text. */
static void check_defer_lock(Vet *v, NodeList *l) {
    static const char *const pairs[][3] = {{"Mutex", "Lock", "Unlock"}, {"RWMutex", "RLock", "RUnlock"}};
    for (int i = 0; i + 1 < l->len; i++) {
        Node *s = l->items[i], *next = l->items[i + 1];
        if (!s || s->kind != N_EXPRSTMT || !next || next->kind != N_DEFER) continue;
        for (int k = 0; k < 2; k++) {
            Node *r1 = vet_method_call(vet_unparen(s->a), "sync", pairs[k][0], pairs[k][1]);
            Node *r2 = vet_method_call(next->a, "sync", pairs[k][0], pairs[k][1]);
            if (r1 && r2 && strcmp(vet_text(r1), vet_text(r2)) == 0)
                vet_report(v, next->line, next->col,
                           "deferring %s right after having locked already; did you mean to defer %s? (SA2003)",
                           pairs[k][1], pairs[k][2]);
        }
    }
}

static bool visit(Vet *v, Node *n, Node **path, int depth, void *ctx) {
    CSP_UNUSED(path);
    CSP_UNUSED(depth);
    CSP_UNUSED(ctx);
    if (n->kind == N_GO) check_go(v, n);
    /* staticcheck looks at blocks; a script's top level is csp's block too */
    if (n->kind == N_BLOCK || n->kind == N_FILE) {
        check_empty_sections(v, &n->list);
        check_defer_lock(v, &n->list);
    }
    return true;
}

void vet_check_sync(Vet *v) { vet_walk(v, v->ast, visit, NULL); }
