/* query.c: questions the checks of csp vet ask about checked expressions.
 *
 * The checker (compiler/literal.c, expr()) leaves on each expression node
 * its type, its OpMode plus one, and for names and pkg.Name selectors the
 * symbol found; these helpers read that record, so the checks speak of
 * "a call of fmt.Printf" or "a value of type sync.Mutex" and not of nodes.
 */
#include <ctype.h>

#include "vet_int.h"

Node *vet_unparen(Node *n) {
    while (n && n->kind == N_PAREN) n = n->a;
    return n;
}

int vet_mode(Node *n) { return n && n->opmode ? n->opmode - 1 : -1; }

Type *vet_type(Node *n) {
    if (!n || !n->type) return NULL;
    if (type_is_untyped(n->type) && n->type->kind != T_UNTYPED_NIL) return type_default(n->type);
    return n->type;
}

/* The symbol of a package-level function that fun names, if any. */
static Sym *func_sym(Node *fun) {
    fun = vet_unparen(fun);
    if (!fun || (fun->kind != N_IDENT && fun->kind != N_SELECTOR)) return NULL;
    if (vet_mode(fun) != OM_FUNC) return NULL;
    Sym *s = fun->sym;
    return s && s->kind == SYM_FUNC ? s : NULL;
}

const char *vet_callee_func(Node *call, const char **pkg) {
    if (!call || call->kind != N_CALL) return NULL;
    Sym *s = func_sym(call->a);
    if (!s) return NULL;
    *pkg = s->pkg ? s->pkg->path : "main";
    return s->name;
}

bool vet_calls_func(Node *call, const char *pkg, const char *name) {
    const char *p = NULL, *f = vet_callee_func(call, &p);
    return f && strcmp(f, name) == 0 && strcmp(p, pkg) == 0;
}

bool vet_is_lib_type(Type *t, const char *pkg, const char *tname) {
    if (!t) return false;
    if (t->kind == T_POINTER && !t->name) t = t->elem;
    return t->name && t->pkg && strcmp(t->name, tname) == 0 && strcmp(t->pkg, pkg) == 0;
}

Node *vet_method_call(Node *call, const char *pkg, const char *tname, const char *name) {
    if (!call || call->kind != N_CALL) return NULL;
    Node *sel = vet_unparen(call->a);
    if (!sel || sel->kind != N_SELECTOR || strcmp(sel->name, name) != 0) return NULL;
    if (vet_mode(sel) != OM_METHOD) return NULL;
    return vet_is_lib_type(sel->a->type, pkg, tname) ? sel->a : NULL;
}

/* The library packages whose import path is longer than their name: go vet
 * spells a type by its package's path (sync/atomic.Int64). */
static const char *const lib_paths[][2] = {
    {"atomic", "sync/atomic"}, {"rand", "math/rand"}, {"utf8", "unicode/utf8"}, {"heap", "container/heap"},
    {"list", "container/list"}, {"bits", "math/bits"}, {"filepath", "path/filepath"}, {"ioutil", "io/ioutil"},
    {"fs", "io/fs"},
};

static const char *path_of(const char *word, size_t len) {
    for (size_t i = 0; i < sizeof lib_paths / sizeof lib_paths[0]; i++)
        if (strlen(lib_paths[i][0]) == len && memcmp(lib_paths[i][0], word, len) == 0) return lib_paths[i][1];
    return NULL;
}

/* csp spells types as Go's reflection does (%T: "struct { a int }");
 * go vet as go/types does ("struct{a int}", "interface{}"). */
static const char *go_types_braces(const char *s) {
    Buf b;
    buf_init(&b);
    for (size_t i = 0; s[i]; i++) {
        if ((strncmp(s + i, "struct {", 8) == 0 || strncmp(s + i, "interface {", 11) == 0)) {
            size_t kw = s[i] == 's' ? 6 : 9;
            buf_put(&b, s + i, kw);
            i += kw; /* at the space: dropped */
            continue;
        }
        if (s[i] == '{' && s[i + 1] == ' ') {
            buf_putc(&b, '{');
            i++;
            continue;
        }
        if (s[i] == ' ' && s[i + 1] == '}') continue;
        buf_putc(&b, s[i]);
    }
    return buf_cstr(&b);
}

const char *vet_type_str(Type *t) {
    const char *s = go_types_braces(type_str(t));
    Buf b;
    buf_init(&b);
    for (size_t i = 0; s[i];) {
        if (isalpha((unsigned char)s[i]) && (i == 0 || !(isalnum((unsigned char)s[i - 1]) || s[i - 1] == '_'))) {
            size_t j = i;
            while (isalnum((unsigned char)s[j]) || s[j] == '_') j++;
            const char *path = s[j] == '.' ? path_of(s + i, j - i) : NULL;
            if (path) buf_puts(&b, path);
            else buf_put(&b, s + i, j - i);
            i = j;
        } else
            buf_putc(&b, s[i++]);
    }
    return buf_cstr(&b);
}

/* A Go file names its imports; a script sees every standard package. */
bool vet_imports(Vet *v, const char *path) {
    if (!v->gofile) return true;
    for (int i = 0; i < v->ast->list.len; i++) {
        Node *d = v->ast->list.items[i];
        if (!d || d->kind != N_GENDECL || d->op != OP_IMPORT) continue;
        for (int k = 0; k < d->list.len; k++) {
            Node *spec = d->list.items[k];
            if (spec->str_len == strlen(path) && memcmp(spec->str, path, spec->str_len) == 0) return true;
        }
    }
    return false;
}
