/* vet.h: csp vet, the checks of `go vet` (and a few of staticcheck's) that
 * matter for concurrency and for learners (SPEC §9).
 *
 * The vet runs after a successful type check, over the checked tree: the
 * checker leaves each expression's type, mode and symbol on its node
 * (compile_file_ast), so a check here is a walk that matches shapes and asks
 * about types, never a second type checker.
 */
#ifndef CSP_VET_H
#define CSP_VET_H

#include <stdio.h>

#include "../grammar/ast.h"

/* Vets the checked tree of `file` (a .go file when ast->name is set) and
 * prints each finding to out as FILE:LINE:COL: message, sorted by position.
 * Returns how many it printed. */
int vet_file(const char *file, Node *ast, FILE *out);

#endif
