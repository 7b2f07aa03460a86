/* vet_int.h: what the checks of csp vet share: the findings list, a
 * preorder walk with the path of ancestors, and questions about checked
 * expressions (what a call calls, which type a value has, its source text).
 *
 * Each check lives in a file of its own (copylocks.c, printf.c, ...) and
 * exports one entry point, vet_check_NAME(Vet *), that vet.c runs in turn.
 */
#ifndef CSP_VET_INT_H
#define CSP_VET_INT_H

#include "../compiler/compiler.h"
#include "vet.h"

typedef struct VetFinding {
    int line, col;
    int seq;            /* report order: keeps ties stable when sorting */
    const char *msg;
} VetFinding;

typedef struct Vet {
    const char *file;
    Node *ast;
    bool gofile;        /* a file with a package clause: imports are explicit */
    VetFinding *items;
    int len, cap;
} Vet;

/* Records a finding at line:col (printf-style message). */
void vet_report(Vet *v, int line, int col, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static inline void vet_report_at(Vet *v, Node *n, const char *msg) { vet_report(v, n->line, n->col, "%s", msg); }

/* ---- walking (walk.c) ---- */
/* A visitor sees each node with its ancestors (path[0] is the root,
 * path[depth-1] the parent); returning false skips the node's children. */
typedef bool (*VetVisit)(Vet *v, Node *n, Node **path, int depth, void *ctx);
void vet_walk(Vet *v, Node *root, VetVisit fn, void *ctx);

/* ---- questions about checked expressions (query.c) ---- */
/* The expression under any parentheses. */
Node *vet_unparen(Node *n);
/* The OpMode the checker gave n, or -1 when it never checked it. */
int vet_mode(Node *n);
/* The type the checker gave n: untyped constants as their default type
 * (what a value passed to an interface parameter becomes); NULL if none. */
Type *vet_type(Node *n);
/* The package-level function a call calls: *pkg = its import path ("fmt",
 * "context"), returns its name; NULL when the callee is anything else. */
const char *vet_callee_func(Node *call, const char **pkg);
/* Whether call calls package pkg's function name. */
bool vet_calls_func(Node *call, const char *pkg, const char *name);
/* A method call recv.name(...) on a value of the library type pkg.tname
 * (or a pointer to it): returns recv, else NULL. */
Node *vet_method_call(Node *call, const char *pkg, const char *tname, const char *name);
/* The source text of an expression, as go vet prints it (text.c). */
const char *vet_text(Node *n);
/* Go's spelling of a type in messages ("sync.Mutex", "[]string"). */
const char *vet_type_str(Type *t);
/* The named type t, or the type *t points to, when from library package pkg
 * and named tname. */
bool vet_is_lib_type(Type *t, const char *pkg, const char *tname);
/* Does the file use package path (a Go file must import it)? */
bool vet_imports(Vet *v, const char *path);

/* ---- the checks ---- */
void vet_check_copylocks(Vet *v);    /* copylocks.c */
void vet_check_printf(Vet *v);       /* printf.c */
void vet_check_lostcancel(Vet *v);   /* lostcancel.c */
void vet_check_unusedresult(Vet *v); /* unusedresult.c */
void vet_check_sync(Vet *v);         /* sync_checks.c: staticcheck SA2000, SA2001, SA2003 */

#endif
