/* repl_show.h: how the REPL displays the value of a bare expression
 * (cli/repl_show.c; the rule is written out in README.md, "The REPL"). */
#ifndef CSP_REPL_SHOW_H
#define CSP_REPL_SHOW_H

#include "../util/buf.h"
#include "../vm/value.h"

/* Appends the display of the n results of one expression and a newline:
 * one value as Go code, several as a tuple `(a, b)`. types[i] is a result's
 * static type, NULL for the untyped nil. */
void repl_show(Buf *out, Type **types, const Slot *vals, int n);

#endif
