/* parse_file.c: reads a file, parses it, prints the AST dump or the
 * diagnostics. Exit 0 on success, 1 on a syntax error, 2 on usage/IO errors.
 * Used by tests/unit/badinput.sh and for checking the conformance corpus.
 * Usage: parse_file [-q] [-p] FILE   (-q: no dump, -p: dump with positions) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../grammar/ast.h"
#include "../../util/diag.h"

static char *read_all(const char *path, size_t *len) {
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n == cap) buf = realloc(buf, cap *= 2);
        size_t r = fread(buf + n, 1, cap - n, f);
        if (r == 0) break;
        n += r;
    }
    if (f != stdin) fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    GC_INIT();
    bool quiet = false, pos = false;
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (!strcmp(argv[i], "-q")) quiet = true;
        else if (!strcmp(argv[i], "-p")) pos = true;
    }
    if (i >= argc) {
        fprintf(stderr, "usage: parse_file [-q] [-p] FILE\n");
        return 2;
    }
    size_t len;
    char *src = read_all(argv[i], &len);
    if (!src) {
        perror(argv[i]);
        return 2;
    }
    Diags d;
    diag_init(&d, argv[i]);
    Node *file = parse_source(argv[i], src, len, &d);
    free(src);
    if (!file) {
        diag_print(&d, stdout);
        return 1;
    }
    if (!quiet) {
        if (pos) ast_dump_pos(stdout, file);
        else ast_dump(stdout, file);
    }
    return 0;
}
