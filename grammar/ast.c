/* ast.c: syntax tree nodes, name interning and the tree dump (see ast.h).
 *
 * Nodes and lists are GC memory. The intern table is GC_MALLOC_UNCOLLECTABLE
 * (so the collector scans it and the names it holds stay alive for the whole
 * run) and is guarded by a mutex: the REPL and worker threads may compile
 * concurrently.
 *
 * Dump format (deterministic, used by tests): one node is
 *   (KIND attrs... children...)
 * attrs: the operator (op), the name (identifiers, selectors, literals as
 * written, declared names), a string value in Go quoted form, a rune's code
 * point, `iota=N` for const specs, and flag words (... slice3 send recv
 * variadic embedded default alias parens). Children follow, one per line,
 * indented two spaces: the slots a b c d up to the last non-NULL one (an
 * inner NULL prints as `nil`), then the items of `list`, then, when `list2`
 * is not empty, a line `--` and its items. A node without children stays on
 * one line. ast_dump_pos adds @line:col after the kind.
 */
#include <pthread.h>
#include <stdio.h>

#include "ast.h"

Node *ast_new(NodeKind kind, int line, int col) {
    Node *n = CSP_NEW(Node);
    n->kind = kind;
    n->line = line;
    n->col = col;
    return n;
}

void ast_append(NodeList *l, Node *n) {
    if (l->len == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        Node **items = csp_alloc(sizeof(Node *) * (size_t)cap);
        if (l->len) memcpy(items, l->items, sizeof(Node *) * (size_t)l->len);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = n;
}

/* ---- interning: open addressing, power-of-two table ---- */

static pthread_mutex_t intern_lock = PTHREAD_MUTEX_INITIALIZER;
static const char **intern_tab; /* uncollectable: scanned, never freed */
static size_t intern_cap, intern_len;

static uint64_t intern_hash(const char *s, size_t len) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static void intern_grow(void) {
    size_t cap = intern_cap ? intern_cap * 2 : 1024;
    const char **tab = GC_MALLOC_UNCOLLECTABLE(sizeof(char *) * cap);
    memset(tab, 0, sizeof(char *) * cap);
    for (size_t i = 0; i < intern_cap; i++) {
        const char *s = intern_tab[i];
        if (!s) continue;
        size_t j = intern_hash(s, strlen(s)) & (cap - 1);
        while (tab[j]) j = (j + 1) & (cap - 1);
        tab[j] = s;
    }
    if (intern_tab) GC_FREE((void *)intern_tab);
    intern_tab = tab;
    intern_cap = cap;
}

const char *ast_intern(const char *name, size_t len) {
    pthread_mutex_lock(&intern_lock);
    if ((intern_len + 1) * 2 > intern_cap) intern_grow();
    size_t j = intern_hash(name, len) & (intern_cap - 1);
    const char *s;
    while ((s = intern_tab[j]) != NULL) {
        if (strlen(s) == len && !memcmp(s, name, len)) break;
        j = (j + 1) & (intern_cap - 1);
    }
    if (!s) {
        s = csp_strndup(name, len);
        intern_tab[j] = s;
        intern_len++;
    }
    pthread_mutex_unlock(&intern_lock);
    return s;
}

/* ---- names ---- */

static const char *const kind_names[N_KIND_COUNT] = {
    [N_BAD] = "BAD", [N_IDENT] = "IDENT", [N_INTLIT] = "INTLIT", [N_FLOATLIT] = "FLOATLIT",
    [N_IMAGLIT] = "IMAGLIT", [N_RUNELIT] = "RUNELIT", [N_STRLIT] = "STRLIT",
    [N_COMPOSITE] = "COMPOSITE", [N_KEYVALUE] = "KEYVALUE", [N_FUNCLIT] = "FUNCLIT",
    [N_PAREN] = "PAREN", [N_SELECTOR] = "SELECTOR", [N_INDEX] = "INDEX", [N_SLICE] = "SLICE",
    [N_TYPEASSERT] = "TYPEASSERT", [N_CALL] = "CALL", [N_STAR] = "STAR", [N_UNARY] = "UNARY",
    [N_BINARY] = "BINARY", [N_ARRAYTYPE] = "ARRAYTYPE", [N_ELLIPSISLEN] = "ELLIPSISLEN",
    [N_SLICETYPE] = "SLICETYPE", [N_MAPTYPE] = "MAPTYPE", [N_CHANTYPE] = "CHANTYPE",
    [N_FUNCTYPE] = "FUNCTYPE", [N_STRUCTTYPE] = "STRUCTTYPE", [N_INTERFACETYPE] = "INTERFACETYPE",
    [N_FIELD] = "FIELD", [N_BLOCK] = "BLOCK", [N_EMPTY] = "EMPTY", [N_EXPRSTMT] = "EXPRSTMT",
    [N_SEND] = "SEND", [N_INCDEC] = "INCDEC", [N_ASSIGN] = "ASSIGN", [N_GO] = "GO",
    [N_DEFER] = "DEFER", [N_RETURN] = "RETURN", [N_BRANCH] = "BRANCH", [N_LABELED] = "LABELED",
    [N_IF] = "IF", [N_SWITCH] = "SWITCH", [N_TYPESWITCH] = "TYPESWITCH",
    [N_CASECLAUSE] = "CASECLAUSE", [N_SELECT] = "SELECT", [N_COMMCLAUSE] = "COMMCLAUSE",
    [N_FOR] = "FOR", [N_RANGE] = "RANGE", [N_DECLSTMT] = "DECLSTMT", [N_GENDECL] = "GENDECL",
    [N_VALUESPEC] = "VALUESPEC", [N_TYPESPEC] = "TYPESPEC", [N_IMPORTSPEC] = "IMPORTSPEC",
    [N_FUNCDECL] = "FUNCDECL", [N_FILE] = "FILE",
};

const char *ast_kind_name(NodeKind k) {
    if ((int)k < 0 || k >= N_KIND_COUNT || !kind_names[k]) return "?";
    return kind_names[k];
}

const char *ast_op_str(Op op) {
    switch (op) {
    case OP_NONE: return "";
    case OP_OROR: return "||";
    case OP_ANDAND: return "&&";
    case OP_EQ: return "==";
    case OP_NE: return "!=";
    case OP_LT: return "<";
    case OP_LE: return "<=";
    case OP_GT: return ">";
    case OP_GE: return ">=";
    case OP_ADD: return "+";
    case OP_SUB: return "-";
    case OP_OR: return "|";
    case OP_XOR: return "^";
    case OP_MUL: return "*";
    case OP_DIV: return "/";
    case OP_REM: return "%";
    case OP_SHL: return "<<";
    case OP_SHR: return ">>";
    case OP_AND: return "&";
    case OP_ANDNOT: return "&^";
    case OP_NOT: return "!";
    case OP_ADDR: return "&";
    case OP_RECV: return "<-";
    case OP_ASSIGN: return "=";
    case OP_DEFINE: return ":=";
    case OP_INC: return "++";
    case OP_DEC: return "--";
    case OP_BREAK: return "break";
    case OP_CONTINUE: return "continue";
    case OP_FALLTHROUGH: return "fallthrough";
    case OP_GOTO: return "goto";
    case OP_CONST: return "const";
    case OP_VAR: return "var";
    case OP_TYPE: return "type";
    case OP_IMPORT: return "import";
    }
    return "?";
}

/* ---- dump ---- */

static void dump_quoted(FILE *out, const char *s, size_t len) {
    fputc('"', out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\t': fputs("\\t", out); break;
        case '\r': fputs("\\r", out); break;
        default:
            if (c < 0x20 || c == 0x7f) fprintf(out, "\\x%02x", c);
            else fputc(c, out);
        }
    }
    fputc('"', out);
}

static void dump_attrs(FILE *out, const Node *n, bool pos) {
    fprintf(out, "(%s", ast_kind_name(n->kind));
    if (pos) fprintf(out, " @%d:%d", n->line, n->col);
    if (n->op != OP_NONE) fprintf(out, " %s", ast_op_str(n->op));
    if (n->name) fprintf(out, " %s", n->name);
    if (n->kind == N_STRLIT || n->kind == N_IMPORTSPEC) {
        fputc(' ', out);
        dump_quoted(out, n->str ? n->str : "", n->str_len);
    }
    if (n->kind == N_RUNELIT) fprintf(out, " %lld", (long long)n->ival);
    if (n->kind == N_VALUESPEC) fprintf(out, " iota=%lld", (long long)n->ival);
    static const struct { int flag; const char *word; } flags[] = {
        {NF_ELLIPSIS, "..."}, {NF_SLICE3, "slice3"}, {NF_CHAN_SEND, "send"}, {NF_CHAN_RECV, "recv"},
        {NF_VARIADIC, "variadic"}, {NF_EMBEDDED, "embedded"}, {NF_DEFAULT, "default"},
        {NF_ALIAS, "alias"}, {NF_PARENS, "parens"},
    };
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        if (n->flags & flags[i].flag) fprintf(out, " %s", flags[i].word);
    if (n->kind == N_BLOCK && pos) fprintf(out, " end=%d:%d", n->end_line, n->end_col);
}

static void dump_node(FILE *out, const Node *n, int depth, bool pos);

static void dump_child(FILE *out, const Node *c, int depth, bool pos) {
    fprintf(out, "\n%*s", depth * 2, "");
    if (c) dump_node(out, c, depth, pos);
    else fputs("nil", out);
}

static void dump_node(FILE *out, const Node *n, int depth, bool pos) {
    dump_attrs(out, n, pos);
    Node *slots[4] = {n->a, n->b, n->c, n->d};
    int last = 3;
    while (last >= 0 && !slots[last]) last--;
    for (int i = 0; i <= last; i++) dump_child(out, slots[i], depth + 1, pos);
    for (int i = 0; i < n->list.len; i++) dump_child(out, n->list.items[i], depth + 1, pos);
    if (n->list2.len) {
        fprintf(out, "\n%*s--", (depth + 1) * 2, "");
        for (int i = 0; i < n->list2.len; i++) dump_child(out, n->list2.items[i], depth + 1, pos);
    }
    fputc(')', out);
}

void ast_dump(FILE *out, const Node *n) {
    if (!n) fputs("nil", out);
    else dump_node(out, n, 0, false);
    fputc('\n', out);
}

void ast_dump_pos(FILE *out, const Node *n) {
    if (!n) fputs("nil", out);
    else dump_node(out, n, 0, true);
    fputc('\n', out);
}
