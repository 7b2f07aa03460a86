/* vet.c: the driver of csp vet: runs every check over the checked tree,
 * then prints the findings sorted by position.
 *
 * go vet prints its findings grouped by analyzer under a `# pkg` header;
 * csp vet prints one sorted list of FILE:LINE:COL: message lines, the form
 * of csp's compile errors, so editors jump to them the same way.
 */
#define _GNU_SOURCE /* vasprintf */
#include <stdarg.h>
#include <stdlib.h>

#include "vet_int.h"

void vet_report(Vet *v, int line, int col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = NULL;
    if (vasprintf(&msg, fmt, ap) < 0) msg = NULL;
    va_end(ap);
    if (!msg) return;
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 16;
        VetFinding *grown = csp_alloc(sizeof(VetFinding) * v->cap);
        if (v->len) memcpy(grown, v->items, sizeof(VetFinding) * v->len);
        v->items = grown;
    }
    v->items[v->len] = (VetFinding){line, col, v->len, csp_strdup(msg)};
    v->len++;
    free(msg);
}

static int by_position(const void *pa, const void *pb) {
    const VetFinding *a = pa, *b = pb;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    if (a->col != b->col) return a->col < b->col ? -1 : 1;
    return a->seq - b->seq;
}

/* Whether the same message at the same place was already printed: two
 * checks (or two walks over a recompiled function) may find the same. */
static bool duplicate(Vet *v, int i) {
    return i > 0 && v->items[i].line == v->items[i - 1].line && v->items[i].col == v->items[i - 1].col &&
           strcmp(v->items[i].msg, v->items[i - 1].msg) == 0;
}

int vet_file(const char *file, Node *ast, FILE *out) {
    Vet v = {.file = file, .ast = ast, .gofile = ast->name != NULL};
    vet_check_copylocks(&v);
    vet_check_printf(&v);
    vet_check_lostcancel(&v);
    vet_check_unusedresult(&v);
    vet_check_sync(&v);
    if (v.len) qsort(v.items, v.len, sizeof(VetFinding), by_position); /* items is NULL when empty */
    int printed = 0;
    for (int i = 0; i < v.len; i++) {
        if (duplicate(&v, i)) continue;
        fprintf(out, "%s:%d:%d: %s\n", file, v.items[i].line, v.items[i].col, v.items[i].msg);
        printed++;
    }
    return printed;
}
