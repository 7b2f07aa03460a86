/* parse_build.c: tree-building helpers called from the grammar's actions.
 *
 * The grammar (parser.y) stays a list of rules with one-line actions; the
 * rules that need Go's post-processing live here: grouping parameters
 * (`a, b int` -> one N_FIELD), receive-only channel types (`<-chan T` parses
 * as `<-` applied to `chan T`), if/switch headers (type switch detection,
 * "missing condition"), const groups (iota and implicit repetition), and
 * Go-worded syntax errors from the expected-token set of the parser state.
 */
#include <stdarg.h>
#include <stdio.h>

#include "parse.h"
#include "parser.h"

/* ---- errors ---- */

void parse_error(ParseState *ps, int line, int col, const char *fmt, ...) {
    if (ps->error) return;
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    diag_error(ps->diags, line, col, "syntax error: %s", buf);
    ps->error = true;
}

static bool has(const int *e, int n, int tok) {
    for (int i = 0; i < n; i++)
        if (e[i] == tok) return true;
    return false;
}

/* Go's wording for the most common situations (cmd/compile/internal/syntax);
 * e[0..n) are the terminals the parser state would have accepted. */
static const char *expect_msg(ParseState *ps, const Tok *t, const int *e, int n) {
    const char *what = lex_describe(t);
    bool at_eof = t->type == LEX_EOF || (t->type == TK_SEMI && t->synthetic && !strcmp(t->text, "EOF"));
    bool comma = has(e, n, TK_COMMA), semi = has(e, n, TK_SEMI);
    if (n == 2 && has(e, n, TK_IF) && has(e, n, TK_LBRACE))
        return "else must be followed by if or statement block";
    if (t->type == TK_LBODY && ps->header_kw && !strcmp(ps->header_kw, "for"))
        return csp_sprintf("unexpected %s, expected for loop condition", what);
    if (has(e, n, TK_LBODY) && !has(e, n, TK_NAME)) {
        if (ps->header_kw && (!strcmp(ps->header_kw, "switch") || !strcmp(ps->header_kw, "select")))
            return csp_sprintf("missing { after %s clause", ps->header_kw);
        return csp_sprintf("unexpected %s, expected { after %s clause", what, ps->header_kw ? ps->header_kw : "if");
    }
    if (comma && has(e, n, TK_RPAREN) && !semi)
        return csp_sprintf("unexpected %s in %s list; possibly missing comma or )", what,
                           has(e, n, TK_DOTDOTDOT) ? "argument" : "parameter");
    if (ps->brace_ctx != BRACE_OTHER && semi && has(e, n, TK_RBRACE))
        return csp_sprintf("unexpected %s in %s type; possibly missing semicolon or newline or }", what,
                           ps->brace_ctx == BRACE_STRUCT ? "struct" : "interface");
    if ((comma && has(e, n, TK_RBRACE) && !semi) || (n == 1 && e[0] == TK_RBRACE))
        return csp_sprintf("unexpected %s in composite literal; possibly missing comma or }", what);
    if (at_eof && has(e, n, TK_RBRACE) && semi)
        return "unexpected EOF, expected }";
    if (semi && (has(e, n, TK_RBRACE) || has(e, n, 0)) && !has(e, n, TK_NAME))
        return csp_sprintf("unexpected %s at end of statement", what);
    if (has(e, n, TK_NAME) && has(e, n, TK_INT) && has(e, n, TK_LPAREN))
        return csp_sprintf("unexpected %s, expected expression", what);
    if (has(e, n, TK_NAME) && has(e, n, TK_LPAREN) && has(e, n, TK_STAR))
        return csp_sprintf("unexpected %s, expected type", what);
    int closers = has(e, n, TK_RPAREN) + has(e, n, TK_RBRACKET) + has(e, n, TK_RBRACE);
    if (closers == 1 && !comma && !semi) {
        int c = has(e, n, TK_RPAREN) ? TK_RPAREN : has(e, n, TK_RBRACKET) ? TK_RBRACKET : TK_RBRACE;
        return csp_sprintf("unexpected %s, expected %s", what, lex_token_str(c));
    }
    if (n == 1 || (n == 2 && has(e, n, TK_NAME) && has(e, n, TK_LPAREN) && !has(e, n, TK_STAR)))
        return csp_sprintf("unexpected %s, expected %s", what, lex_token_str(e[0]));
    if (n == 2)
        return csp_sprintf("unexpected %s, expected %s or %s", what, lex_token_str(e[0]), lex_token_str(e[1]));
    return csp_sprintf("unexpected %s", what);
}

void parse_syntax_error(ParseState *ps, int major, const Tok *t, const int *expected, int n) {
    if (ps->error) return;
    Tok eof = {0};
    if (!t || major == 0) {
        eof.type = LEX_EOF;
        eof.line = ps->cur ? ps->cur->line : 1;
        eof.col = ps->cur ? ps->cur->col : 1;
        t = &eof;
    }
    if (t->type == LEX_EOF || (t->type == TK_SEMI && t->synthetic && !strcmp(t->text, "EOF")))
        ps->diags->at_eof = true;
    parse_error(ps, t->line, t->col, "%s", expect_msg(ps, t, expected, n));
}

/* ---- nodes ---- */

Node *parse_node(NodeKind k, const Tok *t) { return ast_new(k, t->line, t->col); }
Node *parse_node_at(NodeKind k, const Node *pos) { return ast_new(k, pos->line, pos->col); }

Node *parse_call(Node *fun, const Tok *lparen) {
    Node *n = parse_node_at(N_CALL, fun);
    n->a = fun;
    n->end_line = lparen->line; /* go vet reports some findings at the "(" */
    n->end_col = lparen->col;
    return n;
}

Node *parse_ident(const Tok *t) {
    Node *n = parse_node(N_IDENT, t);
    n->name = ast_intern(t->text, t->len);
    return n;
}

Node *parse_lit(NodeKind k, const Tok *t) {
    Node *n = parse_node(k, t);
    switch (k) {
    case N_STRLIT: n->str = t->str; n->str_len = t->str_len; break;
    case N_RUNELIT: n->ival = t->ival; break;
    default: n->name = ast_intern(t->text, t->len); break;
    }
    return n;
}

void parse_add(NodeList *l, Node *n) {
    if (n) ast_append(l, n);
}

NodeList parse_list1(Node *n) {
    NodeList l = {0};
    parse_add(&l, n);
    return l;
}

Node *parse_binary(Op op, Node *a, const Tok *optok, Node *b) {
    Node *n = parse_node(N_BINARY, optok);
    /* Go's checker reports an operation at the start of its left operand */
    n->line = a->line;
    n->col = a->col;
    n->op = op;
    n->a = a;
    n->b = b;
    return n;
}

Node *parse_unary(ParseState *ps, const Tok *t, Node *x) {
    CSP_UNUSED(ps);
    if (t->type == TK_STAR) {
        Node *n = parse_node(N_STAR, t);
        n->a = x;
        return n;
    }
    Node *n = parse_node(N_UNARY, t);
    switch (t->type) {
    case TK_PLUS: n->op = OP_ADD; break;
    case TK_MINUS: n->op = OP_SUB; break;
    case TK_NOT: n->op = OP_NOT; break;
    case TK_CARET: n->op = OP_XOR; break;
    case TK_AMP: n->op = OP_ADDR; break;
    default: n->op = OP_RECV; break;
    }
    n->a = x;
    return n;
}

Node *parse_paren(const Tok *t, Node *x) {
    Node *n = parse_node(N_PAREN, t);
    n->a = x;
    n->flags |= NF_PARENS;
    x->flags |= NF_PARENS;
    return n;
}

/* `<-x`: a receive, or (x an unparenthesized channel type) a receive-only
 * channel type, re-associated as Go does: <-chan chan<- T is invalid,
 * <-chan <-chan T... fine. In type context x must be a channel type. */
Node *parse_recv_chan(ParseState *ps, const Tok *arrow, Node *x, bool type_context) {
    if (x->kind != N_CHANTYPE || (x->flags & NF_PARENS)) {
        if (type_context) {
            parse_error(ps, arrow->line, arrow->col, "unexpected <-, expected chan");
            return x;
        }
        Node *n = parse_node(N_UNARY, arrow);
        n->op = OP_RECV;
        n->a = x;
        return n;
    }
    Node *t = x;
    int dir = NF_CHAN_SEND;
    while (dir == NF_CHAN_SEND) {
        if (t->kind != N_CHANTYPE || (t->flags & NF_PARENS)) break;
        int d = t->flags & (NF_CHAN_SEND | NF_CHAN_RECV);
        if (d == NF_CHAN_RECV) {
            parse_error(ps, t->line, t->col, "unexpected <-, expected chan");
            break;
        }
        dir = d == NF_CHAN_SEND ? NF_CHAN_SEND : 0;
        t->flags = (t->flags & ~(NF_CHAN_SEND | NF_CHAN_RECV)) | NF_CHAN_RECV;
        t = t->a;
    }
    x->line = arrow->line;
    x->col = arrow->col;
    return x;
}

/* Groups raw parameters (each an N_FIELD with 0 or 1 names) as Go does: if
 * any has a name, the bare ones are names sharing the next type. */
NodeList parse_params(ParseState *ps, NodeList raw) {
    bool named = false;
    for (int i = 0; i < raw.len; i++)
        if (raw.items[i]->list.len) named = true;
    if (!named) return raw;
    NodeList rev = {0};
    Node *group = NULL;
    for (int i = raw.len - 1; i >= 0; i--) {
        Node *e = raw.items[i];
        if (e->list.len) {
            group = e;
            ast_append(&rev, group);
            continue;
        }
        if (!group || e->a->kind != N_IDENT || (e->a->flags & NF_PARENS) || (e->flags & NF_VARIADIC)) {
            parse_error(ps, e->line, e->col, "mixed named and unnamed parameters");
            return raw;
        }
        /* prepend the name to the group */
        ast_append(&group->list, NULL);
        memmove(group->list.items + 1, group->list.items, sizeof(Node *) * (size_t)(group->list.len - 1));
        group->list.items[0] = e->a;
        group->line = e->line;
        group->col = e->col;
    }
    NodeList out = {0};
    for (int i = rev.len - 1; i >= 0; i--) ast_append(&out, rev.items[i]);
    return out;
}

Node *parse_functype(ParseState *ps, int line, int col, NodeList params, NodeList results) {
    Node *n = ast_new(N_FUNCTYPE, line, col);
    n->list = parse_params(ps, params);
    n->list2 = results;
    return n;
}

Node *parse_block(const Tok *lb, NodeList stmts, const Tok *rb) {
    Node *n = parse_node(N_BLOCK, lb);
    n->list = stmts;
    n->end_line = rb->line;
    n->end_col = rb->col;
    return n;
}

Node *parse_assign(Op op, NodeList lhs, NodeList rhs) {
    Node *n = parse_node_at(N_ASSIGN, lhs.items[0]);
    n->op = op;
    n->list = lhs;
    n->list2 = rhs;
    return n;
}

/* Go's rule: in a const group a spec without type and values repeats the
 * previous spec's; ival is iota, the spec's index in the group. */
static void parse_const_group(Node *g) {
    Node *prev = NULL;
    for (int i = 0; i < g->list.len; i++) {
        Node *s = g->list.items[i];
        s->ival = i;
        if (!s->a && !s->list2.len && prev) {
            s->a = prev->a;
            s->list2 = prev->list2;
        } else {
            prev = s;
        }
    }
}

Node *parse_gendecl(const Tok *kw, Op op, NodeList specs) {
    Node *n = parse_node(N_GENDECL, kw);
    n->op = op;
    n->list = specs;
    if (op == OP_CONST) parse_const_group(n);
    return n;
}

void parse_fixlbrace(ParseState *ps, const Tok *lbrace) {
    if (lbrace->type == TK_LBODY) ps->loophack = 1;
}

/* ---- statements with headers ---- */

static bool is_type_guard(const Node *e) { return e && e->kind == N_TYPEASSERT && !e->b; }

/* The condition of an if: an expression statement, reported as Go does. */
static Node *header_cond(ParseState *ps, const Tok *kw, Header h) {
    if (!h.cond) {
        if (h.semi && h.semi->synthetic && !strcmp(h.semi->text, "newline"))
            parse_error(ps, h.semi->line, h.semi->col, "unexpected newline, expected { after %s clause", kw->text);
        else
            parse_error(ps, h.semi ? h.semi->line : kw->line, h.semi ? h.semi->col : kw->col,
                        "missing condition in %s statement", kw->text);
        return NULL;
    }
    if (h.cond->kind != N_EXPRSTMT) {
        parse_error(ps, h.cond->line, h.cond->col, "cannot use %s as value",
                    h.cond->kind == N_ASSIGN ? "assignment" : "statement");
        return NULL;
    }
    return h.cond->a;
}

Node *parse_if(ParseState *ps, const Tok *kw, Header h, Node *then, Node *els) {
    Node *n = parse_node(N_IF, kw);
    n->a = h.init;
    n->b = header_cond(ps, kw, h);
    n->c = then;
    n->d = els;
    return n;
}

Node *parse_switch(ParseState *ps, const Tok *kw, Header h, NodeList clauses) {
    Node *n = parse_node(N_SWITCH, kw);
    n->a = h.init;
    n->list = clauses;
    Node *c = h.cond;
    if (!c) return n;
    if (c->kind == N_EXPRSTMT && is_type_guard(c->a)) {
        n->kind = N_TYPESWITCH;
        n->b = c;
    } else if (c->kind == N_ASSIGN && c->op == OP_DEFINE && c->list.len == 1 && c->list2.len == 1 &&
               is_type_guard(c->list2.items[0])) {
        n->kind = N_TYPESWITCH;
        n->b = c;
        if (c->list.items[0]->kind != N_IDENT)
            parse_error(ps, c->line, c->col, "invalid variable name in type switch");
    } else if (c->kind == N_EXPRSTMT) {
        n->b = c->a;
    } else {
        parse_error(ps, c->line, c->col, "switch expression must be an expression");
    }
    return n;
}

Node *parse_for(ParseState *ps, const Tok *kw, Node *header, Node *body) {
    CSP_UNUSED(ps);
    header->line = kw->line;
    header->col = kw->col;
    header->d = body;
    return header;
}
