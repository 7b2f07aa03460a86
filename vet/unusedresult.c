/* unusedresult.c: go vet's unusedresult check: a call statement that
 * throws away the result of a function called only for its result
 * (fmt.Sprintf, errors.New, ...) or of an Error or String method; the call
 * does nothing, so the programmer meant something else.
 *
 * The list of functions is go vet's (Go 1.19) with what newer go vet added
 * for functions csp has (fmt.Sprintln, fmt.Append*: golang.org/x/tools
 * unusedresult.go); the finding sits at the call's "(", where go vet 1.19
 * puts it (newer go vet reports the range from the call's start).
 */
#include "vet_int.h"

static const char *const pure_funcs[][2] = {
    {"errors", "New"},         {"fmt", "Errorf"},          {"fmt", "Sprintf"},
    {"fmt", "Sprint"},         {"sort", "Reverse"},        {"context", "WithValue"},
    {"context", "WithCancel"}, {"context", "WithDeadline"}, {"context", "WithTimeout"},
    {"fmt", "Sprintln"},       {"fmt", "Append"},          {"fmt", "Appendf"},
    {"fmt", "Appendln"},
};

/* x.Error() or x.String() of signature func() string: (type of x).Name */
static void check_method(Vet *v, Node *call, Node *sel) {
    if (strcmp(sel->name, "Error") != 0 && strcmp(sel->name, "String") != 0) return;
    Type *sig = sel->type;
    if (!sig || sig->kind != T_FUNC || sig->nparams || sig->nresults != 1 || sig->results[0] != type_string) return;
    Type *recv = vet_type(sel->a);
    if (!recv) return;
    vet_report(v, call->end_line, call->end_col, "result of (%s).%s call not used", vet_type_str(recv), sel->name);
}

static void check_call(Vet *v, Node *call) {
    Node *fun = vet_unparen(call->a);
    if (fun->kind != N_SELECTOR || vet_mode(fun) == OM_TYPE) return; /* neither method nor pkg.Func */
    if (vet_mode(fun) == OM_METHOD) {
        check_method(v, call, fun);
        return;
    }
    const char *pkg = NULL, *name = vet_callee_func(call, &pkg);
    if (!name) return;
    for (size_t i = 0; i < sizeof pure_funcs / sizeof pure_funcs[0]; i++)
        if (strcmp(pkg, pure_funcs[i][0]) == 0 && strcmp(name, pure_funcs[i][1]) == 0)
            vet_report(v, call->end_line, call->end_col, "result of %s.%s call not used", pkg, name);
}

static bool visit(Vet *v, Node *n, Node **path, int depth, void *ctx) {
    CSP_UNUSED(path);
    CSP_UNUSED(depth);
    CSP_UNUSED(ctx);
    if (n->kind == N_EXPRSTMT) {
        Node *x = vet_unparen(n->a);
        if (x && x->kind == N_CALL) check_call(v, x);
    }
    return true;
}

void vet_check_unusedresult(Vet *v) { vet_walk(v, v->ast, visit, NULL); }
