/* text.c: the source text of an expression, as go vet prints it in a
 * message ("arg n*2 + 1", "call of c.Get copies lock value").
 *
 * go vet prints the expression with go/printer, not as written: strings
 * and runes quoted as strconv.Quote does (a literal written with escapes
 * prints the same), and binary operators spaced by go/printer's rule: an
 * expression that mixes precedences drops the blanks around its tighter
 * operators ("n*2 + 1", "(n + 1) * 2"), one that does not keeps them
 * ("n * 2"). The rule below follows go/printer's binaryExpr, cutoff,
 * walkBinary and diffPrec (go/printer/nodes.go).
 */
#include "../stdlib/numconv.h"
#include "vet_int.h"

static void expr1(Buf *b, Node *n, int prec1, int depth);

/* Go's precedence of a binary operator: || 1, && 2, comparisons 3, + - | ^ 4,
 * * / % << >> & &^ 5. */
static int prec_of(Op op) {
    switch (op) {
    case OP_OROR: return 1;
    case OP_ANDAND: return 2;
    case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE: return 3;
    case OP_ADD: case OP_SUB: case OP_OR: case OP_XOR: return 4;
    default: return 5;
    }
}

static void walk_binary(Node *e, bool *has4, bool *has5, int *max_problem) {
    int p = prec_of(e->op);
    if (p == 4) *has4 = true;
    if (p == 5) *has5 = true;
    Node *l = e->a, *r = e->b;
    if (l->kind == N_BINARY && prec_of(l->op) >= p) walk_binary(l, has4, has5, max_problem);
    if (r->kind == N_BINARY && prec_of(r->op) > p) walk_binary(r, has4, has5, max_problem);
    else if (r->kind == N_STAR && e->op == OP_DIV) *max_problem = 5; /* x / *p: keep the slash and star apart */
    else if (r->kind == N_UNARY) {
        const char *pair = csp_sprintf("%s%s", ast_op_str(e->op), ast_op_str(r->op));
        if (!strcmp(pair, "/*") || !strcmp(pair, "&&") || !strcmp(pair, "&^")) *max_problem = 5;
        else if ((!strcmp(pair, "++") || !strcmp(pair, "--")) && *max_problem < 4) *max_problem = 4;
    }
}

static int cutoff(Node *e, int depth) {
    bool has4 = false, has5 = false;
    int max_problem = 0;
    walk_binary(e, &has4, &has5, &max_problem);
    if (max_problem > 0) return max_problem + 1;
    if (has4 && has5) return depth == 1 ? 5 : 4;
    return depth == 1 ? 6 : 4;
}

static int diff_prec(Node *x, int prec) { return x->kind == N_BINARY && prec_of(x->op) == prec ? 0 : 1; }

static void binary(Buf *b, Node *x, int prec1, int cut, int depth) {
    int prec = prec_of(x->op);
    if (prec < prec1) { /* go/printer adds parentheses; csp's tree keeps them as written */
        buf_putc(b, '(');
        expr1(b, x, 0, depth > 1 ? depth - 1 : 1);
        buf_putc(b, ')');
        return;
    }
    bool blank = prec < cut;
    expr1(b, x->a, prec, depth + diff_prec(x->a, prec));
    if (blank) buf_putc(b, ' ');
    buf_puts(b, ast_op_str(x->op));
    if (blank) buf_putc(b, ' ');
    expr1(b, x->b, prec + 1, depth + 1);
}

static void list(Buf *b, NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        if (i) buf_puts(b, ", ");
        expr1(b, l->items[i], 0, 1);
    }
}

static void expr1(Buf *b, Node *n, int prec1, int depth) {
    if (!n) return;
    switch (n->kind) {
    case N_BINARY: binary(b, n, prec1, cutoff(n, depth), depth); break;
    case N_PAREN:
        buf_putc(b, '(');
        expr1(b, n->a, 0, depth > 1 ? depth - 1 : 1);
        buf_putc(b, ')');
        break;
    case N_STRLIT: numconv_quote(b, n->str, (int64_t)n->str_len, false); break;
    case N_RUNELIT: numconv_quote_rune(b, (int32_t)n->ival, false); break;
    case N_UNARY: buf_puts(b, ast_op_str(n->op)); expr1(b, n->a, 6, depth); break;
    case N_STAR: buf_putc(b, '*'); expr1(b, n->a, 6, depth); break;
    case N_SELECTOR: expr1(b, n->a, 6, depth); buf_printf(b, ".%s", n->name); break;
    case N_INDEX: expr1(b, n->a, 6, depth); buf_putc(b, '['); expr1(b, n->b, 0, depth + 1); buf_putc(b, ']'); break;
    case N_SLICE:
        expr1(b, n->a, 6, depth);
        buf_putc(b, '[');
        if (n->b) expr1(b, n->b, 0, depth + 1);
        buf_putc(b, ':');
        if (n->c) expr1(b, n->c, 0, depth + 1);
        if (n->flags & NF_SLICE3) {
            buf_putc(b, ':');
            expr1(b, n->d, 0, depth + 1);
        }
        buf_putc(b, ']');
        break;
    case N_CALL:
        expr1(b, n->a, 6, depth);
        buf_putc(b, '(');
        list(b, &n->list);
        if (n->flags & NF_ELLIPSIS) buf_puts(b, "...");
        buf_putc(b, ')');
        break;
    case N_TYPEASSERT:
        expr1(b, n->a, 6, depth);
        buf_puts(b, ".(");
        if (n->b) expr1(b, n->b, 0, 1);
        else buf_puts(b, "type");
        buf_putc(b, ')');
        break;
    case N_COMPOSITE:
        if (n->a) expr1(b, n->a, 6, depth);
        buf_putc(b, '{');
        list(b, &n->list);
        buf_putc(b, '}');
        break;
    case N_KEYVALUE: expr1(b, n->a, 0, 1); buf_puts(b, ": "); expr1(b, n->b, 0, 1); break;
    default: buf_puts(b, node_str(n)); break; /* names, numbers as written, types */
    }
}

const char *vet_text(Node *n) {
    Buf b;
    buf_init(&b);
    expr1(&b, n, 0, 1);
    return buf_cstr(&b);
}
