/* ast.h: the syntax tree the parser builds and the compiler walks.
 *
 * One node struct for every construct keeps the parser's actions short and
 * lets passes walk the tree generically. Which fields a kind uses is written
 * beside the kind below; unused fields are NULL/0. Nodes live in GC memory.
 * Positions are 1-based line and column (column counts bytes, as Go does).
 * The compiler annotates nodes in place through the fields at the end.
 */
#ifndef CSP_AST_H
#define CSP_AST_H

#include <stdio.h>

#include "../util/common.h"

typedef struct Node Node;
typedef struct Type Type; /* compiler/types.h */

typedef struct NodeList {
    Node **items;
    int len, cap;
} NodeList;

/* Operators, independent of the parser's token numbers. */
typedef enum Op {
    OP_NONE,
    /* binary, in Go's precedence groups */
    OP_OROR, OP_ANDAND,                                   /* || && */
    OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,             /* comparisons */
    OP_ADD, OP_SUB, OP_OR, OP_XOR,                        /* + - | ^ */
    OP_MUL, OP_DIV, OP_REM, OP_SHL, OP_SHR, OP_AND, OP_ANDNOT, /* * / % << >> & &^ */
    /* unary only */
    OP_NOT, OP_ADDR, OP_RECV,                             /* ! & <- (unary + - ^ reuse ADD SUB XOR) */
    /* statements */
    OP_ASSIGN, OP_DEFINE,                                 /* = := (N_ASSIGN, N_RANGE) */
    OP_INC, OP_DEC,                                       /* ++ -- (N_INCDEC) */
    OP_BREAK, OP_CONTINUE, OP_FALLTHROUGH, OP_GOTO,       /* N_BRANCH */
    OP_CONST, OP_VAR, OP_TYPE, OP_IMPORT,                 /* N_GENDECL */
} Op;

typedef enum NodeKind {
    N_BAD,
    /* ---- expressions ---- */
    N_IDENT,      /* name */
    N_INTLIT,     /* name = literal text as written ("0x1F", "1_000") */
    N_FLOATLIT,   /* name = literal text as written */
    N_IMAGLIT,    /* name = literal text (rejected by the checker) */
    N_RUNELIT,    /* ival = code point (validated by the lexer) */
    N_STRLIT,     /* str/str_len = decoded bytes (escapes resolved, raw strings without \r) */
    N_COMPOSITE,  /* a = literal type or NULL when elided; list = elements (exprs or N_KEYVALUE) */
    N_KEYVALUE,   /* a = key, b = value */
    N_FUNCLIT,    /* a = N_FUNCTYPE, b = body N_BLOCK */
    N_PAREN,      /* a = inner expression */
    N_SELECTOR,   /* a = operand, name = selected identifier (also pkg.Name) */
    N_INDEX,      /* a = operand, b = index */
    N_SLICE,      /* a = operand, b = low, c = high, d = max (each may be NULL); flags & NF_SLICE3 */
    N_TYPEASSERT, /* a = operand, b = type, or NULL for x.(type) */
    N_CALL,       /* a = function or type, list = args; flags & NF_ELLIPSIS for f(s...);
                     end_line/end_col = position of the ( */
    N_STAR,       /* a = operand: *x (dereference, or pointer type) */
    N_UNARY,      /* op = OP_ADD OP_SUB OP_XOR OP_NOT OP_ADDR OP_RECV, a = operand */
    N_BINARY,     /* op, a = left, b = right */
    /* ---- types (also expressions syntactically) ---- */
    N_ARRAYTYPE,  /* a = length expr, or N_ELLIPSISLEN for [...]T; b = element type */
    N_ELLIPSISLEN,/* the "..." in [...]T */
    N_SLICETYPE,  /* b = element type */
    N_MAPTYPE,    /* a = key type, b = value type */
    N_CHANTYPE,   /* a = element type; flags: NF_CHAN_SEND and/or NF_CHAN_RECV (both = chan T) */
    N_FUNCTYPE,   /* list = params (N_FIELD), list2 = results (N_FIELD) */
    N_STRUCTTYPE, /* list = fields (N_FIELD) */
    N_INTERFACETYPE, /* list = N_FIELD: a method (one name, a = N_FUNCTYPE) or an embedded type (no names) */
    N_FIELD,      /* list = names (N_IDENT, may be empty), a = type;
                     flags & NF_VARIADIC for a final ...T parameter,
                     flags & NF_EMBEDDED for an embedded struct field (a = T, *T, pkg.T or *pkg.T) */
    /* ---- statements ---- */
    N_BLOCK,      /* list = statements; end_line/end_col = position of the closing } */
    N_EMPTY,      /* ; */
    N_EXPRSTMT,   /* a = expression */
    N_SEND,       /* a = channel, b = value */
    N_INCDEC,     /* op = OP_INC/OP_DEC, a = operand */
    N_ASSIGN,     /* op = OP_ASSIGN, OP_DEFINE, or the binary op of x op= y; list = lhs, list2 = rhs */
    N_GO,         /* a = call expression */
    N_DEFER,      /* a = call expression */
    N_RETURN,     /* list = results */
    N_BRANCH,     /* op = OP_BREAK OP_CONTINUE OP_FALLTHROUGH OP_GOTO; name = label or NULL */
    N_LABELED,    /* name = label, a = statement */
    N_IF,         /* a = init stmt or NULL, b = condition, c = then N_BLOCK, d = else (N_IF, N_BLOCK or NULL) */
    N_SWITCH,     /* a = init or NULL, b = tag expr or NULL, list = N_CASECLAUSE */
    N_TYPESWITCH, /* a = init or NULL, b = guard: N_ASSIGN(OP_DEFINE, [ident], [N_TYPEASSERT with b NULL])
                     or N_EXPRSTMT(N_TYPEASSERT with b NULL); list = N_CASECLAUSE (list = types, N_IDENT "nil" allowed) */
    N_CASECLAUSE, /* list = case expressions (empty for default), list2 = body statements; flags & NF_DEFAULT */
    N_SELECT,     /* list = N_COMMCLAUSE */
    N_COMMCLAUSE, /* a = N_SEND, N_EXPRSTMT(<-c), N_ASSIGN(= or :=, lhs 1-2 exprs, rhs [<-c]) or NULL for default;
                     list2 = body statements; flags & NF_DEFAULT */
    N_FOR,        /* a = init or NULL, b = condition or NULL, c = post or NULL, d = body N_BLOCK */
    N_RANGE,      /* list = key and value operands (0 to 2; an N_IDENT "_" where skipped), op = OP_DEFINE,
                     OP_ASSIGN, or OP_NONE when there are none; a = ranged expression, d = body N_BLOCK */
    N_DECLSTMT,   /* a = N_GENDECL */
    /* ---- declarations ---- */
    N_GENDECL,    /* op = OP_CONST OP_VAR OP_TYPE OP_IMPORT, list = specs */
    N_VALUESPEC,  /* list = names (N_IDENT), a = type or NULL, list2 = values;
                     ival = iota (index of the spec in its const group) */
    N_TYPESPEC,   /* name, a = type; flags & NF_ALIAS for type A = B */
    N_IMPORTSPEC, /* name = local name or NULL, str/str_len = import path */
    N_FUNCDECL,   /* name, a = receiver N_FIELD or NULL, b = N_FUNCTYPE, c = body N_BLOCK or NULL */
    N_FILE,       /* name = package name or NULL; list = top-level declarations and statements in order */
    N_KIND_COUNT
} NodeKind;

enum {
    NF_ELLIPSIS = 1 << 0,
    NF_SLICE3 = 1 << 1,
    NF_CHAN_SEND = 1 << 2,
    NF_CHAN_RECV = 1 << 3,
    NF_VARIADIC = 1 << 4,
    NF_EMBEDDED = 1 << 5,
    NF_DEFAULT = 1 << 6,
    NF_ALIAS = 1 << 7,
    NF_PARENS = 1 << 8, /* expression was parenthesized (set on the inner node too) */
    NF_SCRIPT_DEFINE = 1 << 9, /* N_VALUESPEC made for a script's top-level := (compiler/decl.c) */
};

struct Node {
    NodeKind kind;
    int line, col;
    int end_line, end_col; /* N_BLOCK: closing brace; N_CALL: the (; N_FUNCTYPE/N_FUNCLIT: unused */
    Op op;
    int flags;
    Node *a, *b, *c, *d;
    NodeList list, list2;
    const char *name;   /* NUL-terminated, interned: equal names have equal pointers */
    const char *str;    /* N_STRLIT / N_IMPORTSPEC bytes (may contain NUL) */
    size_t str_len;
    int64_t ival;

    /* ---- set by the compiler ---- */
    Type *type;         /* expressions: the type of the value, as last checked (untyped for constants) */
    void *sym;          /* resolved symbol for identifiers and pkg.Name selectors (expressions) */
    int aux;            /* compiler scratch */
    int opmode;         /* expressions: 1 + the OpMode (compiler.h) the checker gave them; 0 = unchecked */
};

Node *ast_new(NodeKind kind, int line, int col);
void ast_append(NodeList *l, Node *n);
/* Interns name[0..len) so that pointer equality is string equality. */
const char *ast_intern(const char *name, size_t len);
const char *ast_kind_name(NodeKind k);
/* Go's spelling of an operator ("+", "&^", "<-"). */
const char *ast_op_str(Op op);
/* Prints the tree as an indented S-expression (for `csp parse` and tests). */
void ast_dump(FILE *out, const Node *n);
/* The same with each node's position as @line:col (and blocks' end=l:c). */
void ast_dump_pos(FILE *out, const Node *n);

/* The parser's entry point (grammar/parse.c). Parses src[0..len) of `file`.
 * On syntax errors they are recorded in `diags` (see util/diag.h), and the
 * result is NULL. Never crashes or hangs on any input bytes. */
struct Diags;
Node *parse_source(const char *file, const char *src, size_t len, struct Diags *diags);

#endif
