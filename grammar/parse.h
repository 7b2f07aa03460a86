/* parse.h: what the lemon grammar (parser.y), its tree-building helpers
 * (parse_build.c) and the driver loop (parse.c) share; internal to grammar/.
 *
 * ParseState is lemon's %extra_context: the driver owns it (on the C stack,
 * which the GC scans), the grammar actions read and write it. `error` is set
 * by the first syntax error; the driver then stops feeding tokens, so only
 * the first error of a file is ever reported. `loophack` is Go's old yacc
 * trick (see parse.c): while it is 1, the next `{` outside parentheses and
 * brackets is the body of an if/for/switch/select header (token TK_LBODY);
 * grammar actions set it back to 1 when a TK_LBODY turned out to open a
 * composite literal, a function literal or a struct/interface type.
 */
#ifndef CSP_PARSE_H
#define CSP_PARSE_H

#include <stdio.h>

#include "../util/common.h"
#include "../util/diag.h"
#include "ast.h"
#include "lexer.h"

typedef struct ParseState {
    Diags *diags;
    Node *file;
    bool error;           /* a syntax error was reported: stop */
    int loophack;
    const char *header_kw; /* keyword of the innermost header: "if", "for", ... */
    const Tok *cur;       /* token being fed (for overflow errors) */
    int brace_ctx;        /* innermost open {: BRACE_STRUCT, BRACE_IFACE or 0 */
} ParseState;

enum { BRACE_OTHER, BRACE_STRUCT, BRACE_IFACE };

/* The if/switch header: [init ;] cond; `semi` is the separating ; if any. */
typedef struct Header {
    Node *init, *cond;
    Tok *semi;
} Header;

/* Records "syntax error: msg" at (line, col) and stops the parse. */
void parse_error(ParseState *ps, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Called by lemon's %syntax_error with the terminals valid in the state. */
void parse_syntax_error(ParseState *ps, int major, const Tok *t, const int *expected, int nexpected);

Node *parse_node(NodeKind k, const Tok *t);
Node *parse_node_at(NodeKind k, const Node *pos);
Node *parse_ident(const Tok *t);
/* A call fun(...) at fun's position; lparen is its "(" (end_line/end_col). */
Node *parse_call(Node *fun, const Tok *lparen);
Node *parse_lit(NodeKind k, const Tok *t);
void parse_add(NodeList *l, Node *n);
NodeList parse_list1(Node *n);
Node *parse_binary(Op op, Node *a, const Tok *optok, Node *b);
Node *parse_unary(ParseState *ps, const Tok *t, Node *x);
Node *parse_paren(const Tok *t, Node *x);
Node *parse_recv_chan(ParseState *ps, const Tok *arrow, Node *x, bool type_context);
Node *parse_functype(ParseState *ps, int line, int col, NodeList params, NodeList results);
NodeList parse_params(ParseState *ps, NodeList raw);
Node *parse_if(ParseState *ps, const Tok *kw, Header h, Node *then, Node *els);
Node *parse_switch(ParseState *ps, const Tok *kw, Header h, NodeList clauses);
Node *parse_for(ParseState *ps, const Tok *kw, Node *header, Node *body);
Node *parse_block(const Tok *lb, NodeList stmts, const Tok *rb);
Node *parse_gendecl(const Tok *kw, Op op, NodeList specs);
Node *parse_assign(Op op, NodeList lhs, NodeList rhs);
/* A `{` that was a TK_LBODY but opened something else: re-arm the loophack. */
void parse_fixlbrace(ParseState *ps, const Tok *lbrace);

/* lemon-generated entry points (build/gen/parser.c) */
void *CspParseAlloc(void *(*alloc)(size_t), ParseState *ps);
void CspParse(void *parser, int major, Tok *minor);
void CspParseFree(void *parser, void (*freeproc)(void *));
/* Runs reductions that lemon deferred until the next token (SHIFTREDUCE). */
void csp_parse_flush(void *parser);

#endif
