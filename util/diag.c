/* diag.c: collecting, sorting and printing compile errors (see diag.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "diag.h"

void diag_init(Diags *d, const char *file) {
    memset(d, 0, sizeof *d);
    d->file = file;
}

void diag_error(Diags *d, int line, int col, const char *fmt, ...) {
    for (int i = 0; i < d->len; i++)
        if (d->items[i].line == line) return; /* one error a line, as go does */
    if (d->len == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 8;
        DiagItem *n = csp_alloc(sizeof(DiagItem) * d->cap);
        if (d->len) memcpy(n, d->items, sizeof(DiagItem) * d->len);
        d->items = n;
    }
    va_list ap;
    va_start(ap, fmt);
    char buf[1024];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    d->items[d->len++] = (DiagItem){line, col, csp_strdup(buf)};
}

int diag_count(const Diags *d) { return d->len; }

static int cmp_item(const void *a, const void *b) {
    const DiagItem *x = a, *y = b;
    if (x->line != y->line) return x->line < y->line ? -1 : 1;
    return (x->col > y->col) - (x->col < y->col);
}

void diag_print(Diags *d, FILE *out) {
    qsort(d->items, d->len, sizeof(DiagItem), cmp_item);
    int n = d->len < DIAG_MAX ? d->len : DIAG_MAX;
    for (int i = 0; i < n; i++)
        fprintf(out, "%s:%d:%d: %s\n", d->file, d->items[i].line, d->items[i].col, d->items[i].msg);
    if (d->len > DIAG_MAX) fprintf(out, "%s: too many errors\n", d->file);
}
