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

/* A Go file is Go's syntax: statements stand only inside functions (the
 * parser, shared with scripts, accepts them at top level), and the package
 * is main. Reports the first violation as Go does and nothing else. */
static bool go_file_syntax(Compiler *c, Node *ast) {
    if (strcmp(ast->name, "main") != 0) {
        diag_error(c->diags, ast->line, ast->col, "package %s is not a main package", ast->name);
        return false;
    }
    for (int i = 0; i < ast->list.len; i++) {
        Node *n = ast->list.items[i];
        if (!n || n->kind == N_GENDECL || n->kind == N_FUNCDECL) continue;
        diag_error(c->diags, n->line, n->col, "syntax error: non-declaration statement outside function body");
        return false;
    }
    return true;
}

bool compile_file(const char *file, const char *src, size_t len, Program *out, Diags *diags) {
    return compile_file_ast(file, src, len, out, diags, NULL);
}

bool compile_file_ast(const char *file, const char *src, size_t len, Program *out, Diags *diags, Node **ast_out) {
    Node *ast = parse_source(file, src, len, diags);
    if (!ast) return false;
    if (ast_out) *ast_out = ast;
    Compiler c;
    memset(&c, 0, sizeof c);
    c.diags = diags;
    c.file = file;
    c.gofile = ast->name != NULL;
    if (c.gofile && !go_file_syntax(&c, ast)) return false;
    universe_init(&c);
    Package *pkg = CSP_NEW(Package);
    pkg->name = "main";
    pkg->path = "main";
    pkg->scope = scope_new(NULL);
    c.pkg = pkg;
    c.gofile_pkg = pkg;
    Func *main_entry = compile_package(&c, ast, true);
    if (c.gofile && !c.main_fn && !diag_count(diags))
        diag_error(diags, 1, 1, "function main is undeclared in the main package");
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
