/* parse.c: the push-parser driver, parse_source().
 *
 * Lemon is a push parser: this loop pulls a token from the lexer, rewrites
 * it, and pushes it into the parser (as sqlite's tokenize.c does). Rewrites:
 *  - TFUNC: a `func` starting a top-level item (previous token `;` or none, no
 *    open bracket) declares a function, unless it is a function literal
 *    called or used as a statement (csp's script mode lets statements stand
 *    at top level): `func (` is a method declaration only when the matching
 *    `)` is followed by a name and `(`; otherwise it is `func(...) ... {`, a
 *    literal. Deciding that reads tokens ahead (the driver's queue).
 *  - TK_LBODY, Go's old yacc "loophack" (src/cmd/gc/lex.c): after `if`,
 *    `for`, `switch` and `select`, the first `{` outside parentheses and
 *    brackets opens the body, so `if x == y {` never reads `y {` as a
 *    composite literal. `(` and `[` save the state on a stack and suspend the
 *    rule until they close. Grammar actions re-arm it (parse_fixlbrace) when
 *    the TK_LBODY opened a literal type's composite literal, a function
 *    literal or a struct/interface type instead; csp_parse_flush makes sure
 *    those actions have run before the next token is rewritten.
 * The first error (lexical or syntax) stops the loop: only one is reported.
 * The parser object is uncollectable GC memory (scanned), its stack fixed
 * (%stack_size): AST nodes held only on the parser stack stay alive.
 */
#include <stdlib.h>

#include "parse.h"
#include "parser.h"

typedef struct Driver {
    ParseState *ps;
    int depth;            /* open ( [ { */
    int prev;             /* previous token type, 0 at start */
    int prev2;            /* the one before */
    char *hack_stack;     /* saved loophack per open ( or [ (plain malloc: no pointers) */
    int hack_len, hack_cap;
    char *brace_stack;    /* BRACE_* per open { (for "in struct type" errors) */
    int fdecl;            /* 1: in a top-level func header; 2: it ended without body */
    int brace_len, brace_cap;
    Lexer *lx;            /* for reading ahead (drv_func_declares) */
    struct TokQueue *queue;
} Driver;

static void drv_push_hack(Driver *d) {
    if (d->hack_len == d->hack_cap) {
        d->hack_cap = d->hack_cap ? d->hack_cap * 2 : 64;
        d->hack_stack = realloc(d->hack_stack, (size_t)d->hack_cap);
        if (!d->hack_stack) abort();
    }
    d->hack_stack[d->hack_len++] = (char)d->ps->loophack;
    d->ps->loophack = 0;
}

static void drv_push_brace(Driver *d, int kind) {
    if (d->brace_len == d->brace_cap) {
        d->brace_cap = d->brace_cap ? d->brace_cap * 2 : 64;
        d->brace_stack = realloc(d->brace_stack, (size_t)d->brace_cap);
        if (!d->brace_stack) abort();
    }
    d->brace_stack[d->brace_len++] = (char)kind;
    d->ps->brace_ctx = kind;
}

static void drv_pop_brace(Driver *d) {
    if (d->brace_len > 0) d->brace_len--;
    d->ps->brace_ctx = d->brace_len ? d->brace_stack[d->brace_len - 1] : BRACE_OTHER;
}

static void drv_pop_hack(Driver *d) {
    if (d->hack_len > 0) d->ps->loophack = d->hack_stack[--d->hack_len];
}

/* `func f()` NEWLINE `{`: Go's "unexpected semicolon or newline before {"
 * (csp would otherwise read a bodiless declaration and a block statement). */
static void drv_funcdecl(Driver *d, const Tok *t) {
    if (d->fdecl == 2) {
        d->fdecl = 0;
        if (t->type == TK_LBRACE)
            parse_error(d->ps, t->line, t->col, "unexpected semicolon or newline before {");
        return;
    }
    if (t->type == TK_TFUNC) d->fdecl = 1;
    else if (d->fdecl == 1 && d->depth == 0 && t->type == TK_SEMI) d->fdecl = 2;
    else if (d->fdecl == 1 && d->depth == 0 && t->type == TK_LBRACE && d->prev != TK_STRUCT &&
             d->prev != TK_INTERFACE)
        d->fdecl = 0;
}

static bool drv_func_declares(Lexer *lx, struct TokQueue *q);

static int drv_peek(Lexer *lx, struct TokQueue *q, int i);

/* Type parameters: `func F[T any]` and `type L[T any]` are reported as
 * unsupported by name (SPEC §3), not as a syntax error. A `[` after
 * `type NAME` opens type parameters when a name follows it and then a
 * name, `interface`, `~` or `,` (an array length is an expression
 * followed by `]` or an operator). */
static void drv_generics(Driver *d, Tok *t) {
    if (t->type != TK_LBRACKET || d->prev != TK_NAME) return;
    const char *what = NULL;
    if (d->prev2 == TK_TFUNC) what = "generic functions are not supported by csp";
    else if (d->prev2 == TK_TYPE && drv_peek(d->lx, d->queue, 0) == TK_NAME) {
        int next = drv_peek(d->lx, d->queue, 1);
        if (next == TK_NAME || next == TK_INTERFACE || next == TK_TILDE || next == TK_COMMA)
            what = "generic types are not supported by csp";
    }
    if (!what || d->ps->error) return;
    diag_error(d->ps->diags, t->line, t->col, "%s", what);
    d->ps->error = true;
}

/* Rewrites t->type in place (TFUNC, LBODY) and updates the bracket state. */
static void drv_rewrite(Driver *d, Tok *t) {
    ParseState *ps = d->ps;
    drv_generics(d, t);
    if (t->type == TK_FUNC && d->depth == 0 && (d->prev == 0 || d->prev == TK_SEMI) &&
        drv_func_declares(d->lx, d->queue))
        t->type = TK_TFUNC;
    drv_funcdecl(d, t);
    switch (t->type) {
    case TK_IF: case TK_FOR: case TK_SWITCH: case TK_SELECT:
        ps->loophack = 1;
        ps->header_kw = t->text;
        break;
    case TK_LPAREN: case TK_LBRACKET:
        d->depth++;
        drv_push_hack(d);
        break;
    case TK_RPAREN: case TK_RBRACKET:
        d->depth--;
        drv_pop_hack(d);
        break;
    case TK_LBRACE:
        d->depth++;
        drv_push_brace(d, d->prev == TK_STRUCT ? BRACE_STRUCT : d->prev == TK_INTERFACE ? BRACE_IFACE : BRACE_OTHER);
        if (ps->loophack == 1) {
            ps->loophack = 0;
            t->type = TK_LBODY;
        }
        break;
    case TK_RBRACE:
        d->depth--;
        drv_pop_brace(d);
        break;
    }
    d->prev2 = d->prev;
    d->prev = t->type;
}

/* Tokens read ahead of the parser (the TFUNC decision), replayed in order. */
typedef struct TokQueue {
    Tok *items;
    int head, len, cap;
} TokQueue;

static int drv_lex(Lexer *lx, TokQueue *q, Tok *t) {
    if (q->head < q->len) {
        *t = q->items[q->head++];
        return t->type;
    }
    q->head = q->len = 0;
    return lex_next(lx, t);
}

/* The type of the i-th token after the current one (lexing it if needed;
 * LEX_EOF/LEX_ERROR too). */
static int drv_peek(Lexer *lx, TokQueue *q, int i) {
    while (q->len - q->head <= i) {
        if (q->len > 0 && q->items[q->len - 1].type <= 0) return q->items[q->len - 1].type;
        if (q->len == q->cap) {
            q->cap = q->cap ? q->cap * 2 : 16;
            Tok *n = csp_alloc(sizeof(Tok) * (size_t)q->cap);
            if (q->len) memcpy(n, q->items, sizeof(Tok) * (size_t)q->len);
            q->items = n;
        }
        Tok *t = &q->items[q->len];
        int type = lex_next(lx, t);
        if (type == LEX_ERROR || type == LEX_EOF) t->type = type;
        q->len++;
    }
    return q->items[q->head + i].type;
}

/* After a top-level `func`: is this a declaration (func NAME, or func (recv)
 * NAME (...)) rather than a function literal? Reads ahead as needed. */
static bool drv_func_declares(Lexer *lx, TokQueue *q) {
    int i = 0;
    if (drv_peek(lx, q, i++) != TK_LPAREN) return true;
    for (int depth = 1; depth > 0;) {
        int type = drv_peek(lx, q, i++);
        if (type == LEX_EOF || type == LEX_ERROR) return true;
        if (type == TK_LPAREN) depth++;
        else if (type == TK_RPAREN) depth--;
    }
    return drv_peek(lx, q, i) == TK_NAME && drv_peek(lx, q, i + 1) == TK_LPAREN;
}

static void *drv_alloc(size_t n) { return GC_MALLOC_UNCOLLECTABLE(n); }
static void drv_free(void *p) { GC_FREE(p); }

Node *parse_source(const char *file, const char *src, size_t len, struct Diags *diags) {
    CSP_UNUSED(file);
    ParseState ps = {.diags = diags};
    Lexer lx;
    TokQueue queue = {0};
    Driver d = {.ps = &ps, .lx = &lx, .queue = &queue};
    lex_init(&lx, src, len, diags);
    void *parser = CspParseAlloc(drv_alloc, &ps);
    for (;;) {
        Tok tk;
        int type = drv_lex(&lx, &queue, &tk);
        if (type == LEX_ERROR) break;
        Tok *t = CSP_NEW(Tok);
        *t = tk;
        drv_rewrite(&d, t);
        if (ps.error) break;
        ps.cur = t;
        CspParse(parser, t->type, t);
        if (t->type == TK_RBRACE && !ps.error) csp_parse_flush(parser);
        if (ps.error || type == LEX_EOF) break;
    }
    CspParseFree(parser, drv_free);
    free(d.hack_stack);
    free(d.brace_stack);
    if (ps.error || diag_count(diags)) return NULL;
    return ps.file;
}
