/* compile.c: from source text to a runnable Program.
 *
 * Parses the file, compiles it as package main (script mode: top-level
 * statements are allowed), and builds the program's entry: the standard
 * packages' initialisers in load order, then main's entry (variables,
 * script statements, init functions, main).
 */
#include <stdio.h>

#include "compiler.h"

Func *compile_package(Compiler *c, Node *file, bool is_main);
int lib_init_funcs(Func ***out);

bool compile_file(const char *file, const char *src, size_t len, Program *out, Diags *diags) {
    Node *ast = parse_source(file, src, len, diags);
    if (!ast) return false;
    if (ast->name && strcmp(ast->name, "main") != 0) {
        Node at = {.line = 1, .col = 9};
        CSP_UNUSED(at);
    }
    Compiler c;
    memset(&c, 0, sizeof c);
    c.diags = diags;
    c.file = file;
    universe_init(&c);
    Package *pkg = CSP_NEW(Package);
    pkg->name = "main";
    pkg->path = "main";
    pkg->scope = scope_new(NULL);
    c.pkg = pkg;
    Func *main_entry = compile_package(&c, ast, true);
    if (diag_count(diags)) return false;
    Func *entry = func_new("runtime.main");
    entry->file = file;
    Compiler ec = c;
    ec.fs = NULL;
    fs_open(&ec, entry, NULL);
    Func **inits;
    int n = lib_init_funcs(&inits);
    for (int i = 0; i < n; i++) {
        int r = reg_alloc(&ec, 1);
        emit(&ec, BC_CALL, r, kptr(&ec, inits[i]), 0);
        reg_free_to(&ec, r);
    }
    int r = reg_alloc(&ec, 1);
    emit(&ec, BC_CALL, r, kptr(&ec, main_entry), 0);
    emit(&ec, BC_HALT, 0, 0, 0);
    fs_close(&ec);
    out->entry = entry;
    out->nglobals = vm_nglobals;
    return true;
}
