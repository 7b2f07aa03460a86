/* diag.h: compile-time diagnostics shared by the lexer, parser and checker.
 *
 * Errors are collected, not printed at once: Go reports them sorted by
 * position, at most 10, and nothing runs after one. `at_eof` tells the REPL
 * that the input merely ended too early (an open bracket, block or string),
 * so it can ask for a continuation line instead of reporting an error.
 */
#ifndef CSP_DIAG_H
#define CSP_DIAG_H

#include "common.h"

#define DIAG_MAX 10

typedef struct DiagItem {
    int line, col;
    char *msg;
} DiagItem;

typedef struct Diags {
    const char *file;   /* name printed before each position */
    DiagItem *items;    /* GC array */
    int len, cap;
    bool at_eof;        /* some error was "unexpected end of input" */
} Diags;

void diag_init(Diags *d, const char *file);
/* Records an error; duplicates on the same line are dropped, as Go does. */
void diag_error(Diags *d, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
int diag_count(const Diags *d);
/* Sorts by position and prints up to DIAG_MAX as FILE:LINE:COL: msg. */
void diag_print(Diags *d, FILE *out);

#endif
