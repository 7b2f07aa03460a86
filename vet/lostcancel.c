/* lostcancel.c: go vet's lostcancel check: the cancel function that
 * context.WithCancel, WithTimeout and WithDeadline (and their Cause
 * variants) return must be called, or the context (and its timer) lives
 * until its parent is cancelled.
 *
 * Two findings, as go vet (Go 1.19) words and places them:
 *  - the cancel function assigned to _ (at the _);
 *  - a cancel variable that some path from its definition to a return
 *    statement never mentions: "not used on all paths" at the definition,
 *    and the return statement reached.
 * go vet walks a control-flow graph; this walks the structured statements
 * instead (if, for, switch, select, blocks), which gives the same paths for
 * code without goto. main is exempt, as in go vet (the process exits), and
 * so is a script's top level, which is csp's main.
 */
#include "vet_int.h"

/* Does the subtree mention the variable name (a use, anywhere, closures too)? */
static bool mentions(Node *n, const char *name) {
    if (!n) return false;
    if (n->kind == N_IDENT && n->name == name) return true;
    Node *kids[4] = {n->a, n->b, n->c, n->d};
    for (int i = 0; i < 4; i++)
        if (mentions(kids[i], name)) return true;
    for (int i = 0; i < n->list.len; i++)
        if (mentions(n->list.items[i], name)) return true;
    for (int i = 0; i < n->list2.len; i++)
        if (mentions(n->list2.items[i], name)) return true;
    return false;
}

/* What running a statement can lead to, when the variable is unused so far:
 * the first return reached without a use, and whether control may go on
 * to the next statement without a use. */
typedef struct Flow {
    Node *ret;
    bool falls;
} Flow;

static Flow seq(NodeList *l, int from, const char *name);

/* Calls that do not return: a path through them reaches no return. */
static bool no_return(Node *s) {
    Node *call = s->kind == N_EXPRSTMT ? vet_unparen(s->a) : NULL;
    if (!call || call->kind != N_CALL) return false;
    Node *f = vet_unparen(call->a);
    if (f->kind == N_IDENT && strcmp(f->name, "panic") == 0 && vet_mode(f) == OM_BUILTIN) return true;
    return vet_calls_func(call, "os", "Exit") || vet_calls_func(call, "log", "Fatal") ||
           vet_calls_func(call, "log", "Fatalf") || vet_calls_func(call, "log", "Fatalln");
}

/* Does a loop body contain a break out of this loop? */
static bool has_break(Node *n, int depth) {
    if (!n || n->kind == N_FUNCLIT) return false;
    if (n->kind == N_BRANCH && n->op == OP_BREAK) return depth == 0 || n->name;
    int inner = depth + (n->kind == N_FOR || n->kind == N_RANGE || n->kind == N_SWITCH || n->kind == N_TYPESWITCH ||
                         n->kind == N_SELECT);
    Node *kids[4] = {n->a, n->b, n->c, n->d};
    for (int i = 0; i < 4; i++)
        if (has_break(kids[i], inner)) return true;
    for (int i = 0; i < n->list.len; i++)
        if (has_break(n->list.items[i], inner)) return true;
    for (int i = 0; i < n->list2.len; i++)
        if (has_break(n->list2.items[i], inner)) return true;
    return false;
}

static bool list_mentions(NodeList *l, const char *name) {
    for (int i = 0; i < l->len; i++)
        if (mentions(l->items[i], name)) return true;
    return false;
}

/* The clauses of a switch or select: the first return one reaches, and
 * whether one (or a missing default) goes on after the statement. */
static Flow clauses(Node *s, const char *name) {
    Flow out = {NULL, false};
    bool has_default = false;
    for (int i = 0; i < s->list.len; i++) {
        Node *cl = s->list.items[i];
        if (cl->flags & NF_DEFAULT) has_default = true;
        /* a case expression or communication is where the path goes */
        if (cl->kind == N_CASECLAUSE ? list_mentions(&cl->list, name) : mentions(cl->a, name)) continue;
        Flow f = seq(&cl->list2, 0, name);
        if (!out.ret) out.ret = f.ret;
        out.falls |= f.falls;
    }
    if (s->kind != N_SELECT && !has_default) out.falls = true;
    return out;
}

static Flow stmt_flow(Node *s, const char *name) {
    Flow used = {NULL, false}, on = {NULL, true};
    if (!s) return on;
    switch (s->kind) {
    case N_RETURN:
        if (list_mentions(&s->list, name)) return used;
        return (Flow){s, false};
    case N_BLOCK: return seq(&s->list, 0, name);
    case N_LABELED: return stmt_flow(s->a, name);
    case N_BRANCH: return used; /* leaves this path; the loop or switch goes on */
    case N_IF: {
        if (mentions(s->a, name) || mentions(s->b, name)) return used;
        Flow t = stmt_flow(s->c, name), e = s->d ? stmt_flow(s->d, name) : on;
        return (Flow){t.ret ? t.ret : e.ret, t.falls || e.falls};
    }
    case N_FOR: {
        if (mentions(s->a, name) || mentions(s->b, name) || mentions(s->c, name)) return used;
        Flow b = stmt_flow(s->d, name);
        return (Flow){b.ret, s->b != NULL || has_break(s->d, 0)};
    }
    case N_RANGE: {
        if (mentions(s->a, name) || list_mentions(&s->list, name)) return used;
        Flow b = stmt_flow(s->d, name);
        return (Flow){b.ret, true};
    }
    case N_SWITCH: case N_TYPESWITCH:
        if (mentions(s->a, name) || mentions(s->b, name)) return used;
        return clauses(s, name);
    case N_SELECT: return clauses(s, name);
    default:
        if (mentions(s, name)) return used;
        return no_return(s) ? used : on;
    }
}

static Flow seq(NodeList *l, int from, const char *name) {
    for (int i = from; i < l->len; i++) {
        Flow f = stmt_flow(l->items[i], name);
        if (f.ret || !f.falls) return f;
    }
    return (Flow){NULL, true};
}

/* The statement lists from the function body down to the defining
 * statement, innermost last, with the index of the statement in each. */
typedef struct Site {
    NodeList *lists[64];
    int index[64];
    Node *owner[64]; /* the statement holding each list (NULL for the body) */
    int depth;
} Site;

static bool find_site(Node *n, Node *target, Site *site, NodeList *in, int idx, Node *owner) {
    if (!n || n->kind == N_FUNCLIT || site->depth >= 64) return false;
    if (in) {
        site->lists[site->depth] = in;
        site->index[site->depth] = idx;
        site->owner[site->depth] = owner;
        site->depth++;
    }
    if (n == target) return true;
    NodeList *ls[2] = {&n->list, &n->list2};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < ls[k]->len; i++)
            if (find_site(ls[k]->items[i], target, site, ls[k], i, n)) return true;
    Node *kids[4] = {n->a, n->b, n->c, n->d};
    for (int i = 0; i < 4; i++)
        if (find_site(kids[i], target, site, NULL, 0, NULL)) return true;
    if (in) site->depth--;
    return false;
}

/* The first return reachable from after stmt without mentioning name. */
static Node *lost_path(Node *body, Node *stmt, const char *name) {
    Site site = {0};
    if (!find_site(body, stmt, &site, NULL, 0, NULL)) return NULL;
    for (int d = site.depth - 1; d >= 0; d--) {
        /* a switch's or select's list of clauses is no sequence: falling
         * off a clause goes on after the whole statement, a level up */
        Node *owner = site.owner[d];
        if (owner && (owner->kind == N_SWITCH || owner->kind == N_TYPESWITCH || owner->kind == N_SELECT)) continue;
        /* else on after the statement that holds this list (a loop's body
         * may also run again, which reaches nothing new) */
        Flow f = seq(site.lists[d], site.index[d] + 1, name);
        if (f.ret || !f.falls) return f.ret;
    }
    return NULL;
}

/* context.WithCancel and friends, named through the context package; the
 * *Cause variants (Go 1.20, 1.21) as newer go vet lists them
 * (golang.org/x/tools lostcancel.go, isContextWithCancel). */
static const char *with_cancel(Node *call) {
    static const char *const names[] = {"WithCancel", "WithCancelCause", "WithTimeout", "WithTimeoutCause",
                                        "WithDeadline", "WithDeadlineCause", NULL};
    const char *pkg = NULL, *f = vet_callee_func(call, &pkg);
    if (!f || strcmp(pkg, "context") != 0) return NULL;
    for (int i = 0; names[i]; i++)
        if (strcmp(f, names[i]) == 0) return names[i];
    return NULL;
}

typedef struct FuncCtx {
    Node *body;
    bool exempt;      /* main, or a script's top level */
} FuncCtx;

static void check_def(Vet *v, FuncCtx *fc, Node *stmt, Node *call) {
    const char *which = with_cancel(call);
    if (!which) return;
    Node *id = NULL;
    if (stmt->kind == N_VALUESPEC && stmt->list.len > 1) id = stmt->list.items[1];
    if (stmt->kind == N_ASSIGN && stmt->list.len > 1 && stmt->list.items[1]->kind == N_IDENT) id = stmt->list.items[1];
    if (!id) return;
    if (strcmp(id->name, "_") == 0) {
        vet_report(v, id->line, id->col,
                   "the cancel function returned by context.%s should be called, not discarded, to avoid a context leak", which);
        return;
    }
    if (fc->exempt || !fc->body) return;
    Node *ret = lost_path(fc->body, stmt, id->name);
    if (!ret) return;
    vet_report(v, stmt->line, stmt->col, "the %s function is not used on all paths (possible context leak)", id->name);
    vet_report(v, ret->line, ret->col, "this return statement may be reached without using the %s var defined on line %d",
               id->name, stmt->line);
}

/* Walks one function's statements, not into the function literals in it
 * (each is a function of its own). */
static bool visit_in_func(Vet *v, Node *n, Node **path, int depth, void *ctx) {
    FuncCtx *fc = ctx;
    if (n->kind == N_FUNCLIT && n->b != fc->body) return false;
    if (n->kind == N_CALL && depth >= 1) {
        Node *stmt = path[depth - 1];
        if (stmt->kind == N_VALUESPEC || stmt->kind == N_ASSIGN) check_def(v, fc, stmt, n);
    }
    return true;
}

static void check_func(Vet *v, Node *body, bool exempt) {
    FuncCtx fc = {body, exempt};
    vet_walk(v, body, visit_in_func, &fc);
}

static bool visit(Vet *v, Node *n, Node **path, int depth, void *ctx) {
    CSP_UNUSED(path);
    CSP_UNUSED(depth);
    CSP_UNUSED(ctx);
    if (n->kind == N_FUNCDECL && n->c) check_func(v, n->c, !n->a && strcmp(n->name, "main") == 0);
    if (n->kind == N_FUNCLIT && n->b) check_func(v, n->b, false);
    return true;
}

/* A script's top-level statements (outside any function): csp's main. */
static void check_top_level(Vet *v) {
    FuncCtx fc = {NULL, true};
    for (int i = 0; i < v->ast->list.len; i++) {
        Node *s = v->ast->list.items[i];
        if (s && s->kind != N_FUNCDECL) vet_walk(v, s, visit_in_func, &fc);
    }
}

void vet_check_lostcancel(Vet *v) {
    if (!vet_imports(v, "context")) return;
    vet_walk(v, v->ast, visit, NULL);
    check_top_level(v);
}
