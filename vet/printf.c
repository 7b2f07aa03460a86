/* printf.c: go vet's printf check: the formats of fmt.Printf and its kin
 * against their arguments (count, types, verbs, flags), and Println-style
 * calls that look as if a Printf was meant.
 *
 * This follows the analyzer of Go 1.19 (golang.org/x/tools
 * go/analysis/passes/printf): the same functions, the same verb table, the
 * same type matching and the same messages at the same positions (the call,
 * or its "(" for "has arguments but no formatting directives"), and a
 * String or Error method that formats its own receiver (endless recursion).
 * One message is newer go vet's, as Go 1.22's vet prints it: "call has
 * possible Printf formatting directive" (1.19: "possible formatting
 * directive"). Not done: wrappers (functions that forward to Printf), and
 * "more than one %w", which Go 1.20 made legal.
 */
#include "vet_int.h"

enum { KIND_PRINT = 1, KIND_PRINTF, KIND_ERRORF };

/* argument classes a verb accepts (printfArgType) */
enum {
    ARG_BOOL = 1, ARG_INT = 2, ARG_RUNE = 4, ARG_STRING = 8, ARG_FLOAT = 16, ARG_COMPLEX = 32,
    ARG_POINTER = 64, ARG_ERROR = 128, ARG_ANY = -1
};

typedef struct Verb {
    char verb;
    const char *flags;
    int typ;
} Verb;

#define NUM_FLAG " -+.0"
#define SHARP_NUM_FLAG " -+.0#"
static const Verb verbs[] = {
    {'%', "", 0},
    {'b', SHARP_NUM_FLAG, ARG_INT | ARG_FLOAT | ARG_COMPLEX | ARG_POINTER},
    {'c', "-", ARG_RUNE | ARG_INT},
    {'d', NUM_FLAG, ARG_INT | ARG_POINTER},
    {'e', SHARP_NUM_FLAG, ARG_FLOAT | ARG_COMPLEX},
    {'E', SHARP_NUM_FLAG, ARG_FLOAT | ARG_COMPLEX},
    {'f', SHARP_NUM_FLAG, ARG_FLOAT | ARG_COMPLEX},
    {'F', SHARP_NUM_FLAG, ARG_FLOAT | ARG_COMPLEX},
    {'g', SHARP_NUM_FLAG, ARG_FLOAT | ARG_COMPLEX},
    {'G', SHARP_NUM_FLAG, ARG_FLOAT | ARG_COMPLEX},
    {'o', SHARP_NUM_FLAG, ARG_INT | ARG_POINTER},
    {'O', SHARP_NUM_FLAG, ARG_INT | ARG_POINTER},
    {'p', "-#", ARG_POINTER},
    {'q', " -+.0#", ARG_RUNE | ARG_INT | ARG_STRING},
    {'s', " -+.0", ARG_STRING},
    {'t', "-", ARG_BOOL},
    {'T', "-", ARG_ANY},
    {'U', "-#", ARG_RUNE | ARG_INT},
    {'v', " -+.0#", ARG_ANY},
    {'w', " -+.0#", ARG_ERROR},
    {'x', SHARP_NUM_FLAG, ARG_RUNE | ARG_INT | ARG_STRING | ARG_POINTER | ARG_FLOAT | ARG_COMPLEX},
    {'X', SHARP_NUM_FLAG, ARG_RUNE | ARG_INT | ARG_STRING | ARG_POINTER | ARG_FLOAT | ARG_COMPLEX},
};

/* A call of a print function: its name for messages and where its
 * arguments start. */
typedef struct PrintCall {
    Vet *v;
    Node *call;
    const char *name;   /* "fmt.Printf", "(*log.Logger).Printf" */
    int kind;
    int first;          /* Printf: index of the format; Print: of the first printed value */
    int nargs;
    Node *method;       /* the method declaration the call is in, if any */
} PrintCall;

static const char *const fmt_funcs[] = {"Errorf", "Fprint", "Fprintf", "Fprintln", "Print", "Printf",
                                        "Println", "Sprint", "Sprintf", "Sprintln", NULL};
static const char *const log_funcs[] = {"Print", "Printf", "Println", "Fatal", "Fatalf",
                                        "Fatalln", "Panic", "Panicf", "Panicln", NULL};

static bool in_list(const char *const *list, const char *s) {
    for (int i = 0; list[i]; i++)
        if (strcmp(list[i], s) == 0) return true;
    return false;
}

/* Which print function call calls, if any. */
static bool identify(PrintCall *pc) {
    const char *pkg = NULL, *f = vet_callee_func(pc->call, &pkg);
    const char *base = NULL;
    if (f && strcmp(pkg, "fmt") == 0 && in_list(fmt_funcs, f)) {
        pc->name = csp_sprintf("fmt.%s", f);
        base = f;
    } else if (f && strcmp(pkg, "log") == 0 && in_list(log_funcs, f)) {
        pc->name = csp_sprintf("log.%s", f);
        base = f;
    } else {
        Node *sel = vet_unparen(pc->call->a);
        if (sel->kind != N_SELECTOR || !in_list(log_funcs, sel->name)) return false;
        if (!vet_method_call(pc->call, "log", "Logger", sel->name)) return false;
        pc->name = csp_sprintf("(*log.Logger).%s", sel->name);
        base = sel->name;
    }
    size_t n = strlen(base);
    pc->kind = strcmp(pc->name, "fmt.Errorf") == 0 ? KIND_ERRORF : base[n - 1] == 'f' ? KIND_PRINTF : KIND_PRINT;
    pc->first = base[0] == 'F' && base[1] == 'p' ? 1 : 0; /* Fprint*: the writer comes first */
    pc->nargs = pc->call->list.len;
    return true;
}

/* The value of a constant string expression (literals, constants, +). */
static bool const_string(Node *n, Buf *out) {
    n = vet_unparen(n);
    if (!n || vet_mode(n) != OM_CONST || !n->type || !type_is_string(n->type)) return false;
    if (n->kind == N_STRLIT) {
        buf_put(out, n->str, n->str_len);
        return true;
    }
    if (n->kind == N_BINARY && n->op == OP_ADD) return const_string(n->a, out) && const_string(n->b, out);
    Sym *s = (n->kind == N_IDENT || n->kind == N_SELECTOR) ? n->sym : NULL;
    if (s && s->kind == SYM_CONST && s->cv.kind == CV_STRING && s->cv.s) {
        buf_put(out, s->cv.s->data, (size_t)s->cv.s->len);
        return true;
    }
    return false;
}

/* ---- argument types (printf/types.go's matchArgType) ---- */

static bool value_method(Type *t, const char *name, int nparams, Type *result) {
    Method *m = type_find_method(t, ast_intern(name, strlen(name)));
    bool pointer = t->kind == T_POINTER && !t->name; /* *T has T's methods and its own */
    if (!m || (m->ptr_only && !pointer) || !m->sig) return false;
    if (nparams >= 0 && m->sig->nparams != nparams) return false;
    return !result || (m->sig->nresults == 1 && m->sig->results[0] == result);
}

static bool is_formatter(Type *t) {
    return type_under(t)->kind == T_INTERFACE || value_method(t, "Format", 2, NULL);
}

static bool implements_error(Type *t) {
    const char *missing = NULL;
    bool wrong = false, ptr_only = false;
    if (t->kind == T_UNTYPED_NIL) return false;
    return type_implements(t, type_error, &missing, &wrong, &ptr_only);
}

static bool convertible_to_string(Type *t) {
    if (t->kind == T_UNTYPED_NIL) return false;
    return implements_error(t) || value_method(t, "String", 0, type_string);
}

static bool match(Type *t, int want, bool top, int depth) {
    if (depth > 8) return true; /* a recursive type: go vet's seen set */
    if (want == ARG_ERROR) return implements_error(t) || type_under(t)->kind == T_INTERFACE;
    if (is_formatter(t)) return true;
    if ((want & ARG_STRING) && convertible_to_string(t)) return true;
    Type *u = type_under(t);
    switch (u->kind) {
    case T_FUNC: return want == ARG_POINTER;
    case T_MAP: return want == ARG_POINTER || (match(u->key, want, false, depth + 1) && match(u->elem, want, false, depth + 1));
    case T_CHAN: return (want & ARG_POINTER) != 0;
    case T_ARRAY: case T_SLICE:
        if (type_under(u->elem) == type_uint8 && (want & ARG_STRING)) return true; /* %s of []byte */
        if (u->kind == T_SLICE && want == ARG_POINTER) return true;
        return match(u->elem, want, false, depth + 1);
    case T_POINTER: {
        if (want == ARG_POINTER) return true;
        Type *eu = type_under(u->elem);
        if (eu->kind != T_STRUCT && eu->kind != T_ARRAY && eu->kind != T_SLICE && eu->kind != T_MAP)
            return (want & ARG_POINTER) != 0;
        return top && match(eu, want, false, depth + 1);
    }
    case T_STRUCT:
        for (int i = 0; i < u->nfields; i++) {
            Field *f = &u->fields[i];
            if (!match(f->type, want, false, depth + 1)) return false;
            if ((want & ARG_STRING) && !f->exported && convertible_to_string(f->type)) return false;
        }
        return true;
    case T_INTERFACE: return true;
    case T_BOOL: case T_UNTYPED_BOOL: return (want & ARG_BOOL) != 0;
    case T_FLOAT32: case T_FLOAT64: case T_UNTYPED_FLOAT: return (want & ARG_FLOAT) != 0;
    case T_COMPLEX128: return (want & ARG_COMPLEX) != 0;
    case T_STRING: case T_UNTYPED_STRING: return (want & ARG_STRING) != 0;
    case T_UNTYPED_RUNE: return (want & (ARG_INT | ARG_RUNE)) != 0;
    case T_UNTYPED_NIL: return false;
    case T_INVALID: return true;
    default: return type_is_integer(u) ? (want & ARG_INT) != 0 : false;
    }
}

static bool is_func_value(Node *arg) {
    Type *t = arg->type;
    return t && t->kind == T_FUNC && !t->name && vet_mode(arg) != OM_TYPE;
}

/* go/types spells the default type of a rune constant "rune". */
static const char *arg_type_str(Node *arg) {
    if (arg->type == type_untyped_rune) return "rune";
    if (arg->type == type_untyped_nil) return "untyped nil";
    Type *t = vet_type(arg);
    return t ? vet_type_str(t) : "";
}

/* go vet's recursiveStringer: arg is the receiver of the String (or
 * Error) method the call is in, so formatting it calls that method again.
 * Returns the method's full name, "(main.T).String", or NULL. */
static const char *recursive_stringer(PrintCall *pc, Node *arg) {
    Node *fd = pc->method;
    if (!fd || !fd->a || !fd->a->list.len || !arg->type || is_formatter(arg->type)) return NULL;
    if (strcmp(fd->name, "String") != 0 && strcmp(fd->name, "Error") != 0) return NULL;
    Node *ft = fd->b;
    if (ft->list.len || ft->list2.len != 1 || ft->list2.items[0]->list.len > 1 || !ft->list2.items[0]->a ||
        ft->list2.items[0]->a->type != type_string)
        return NULL;
    if (!value_method(arg->type, fd->name, 0, type_string)) return NULL;
    Node *x = vet_unparen(arg);
    if (x->kind == N_UNARY && x->op == OP_ADDR) x = vet_unparen(x->a);
    Node *recv = fd->a->list.items[0];
    if (x->kind != N_IDENT || x->name != recv->name || !fd->a->a->type) return NULL;
    Sym *s = x->sym;
    if (s && s->decl && s->decl != recv) return NULL; /* a shadowing variable of the same name */
    return csp_sprintf("(%s).%s", vet_type_str(fd->a->a->type), fd->name);
}

static const char *count(int n, const char *what) {
    return n == 1 ? csp_sprintf("1 %s", what) : csp_sprintf("%d %ss", n, what);
}

/* ---- one directive of a Printf format (printf.go's formatState) ---- */
typedef struct Directive {
    const char *fmt;    /* from its '%' to the end of the format */
    size_t rest;        /* bytes left in the format from '%' */
    size_t nbytes;      /* bytes consumed */
    char flags[16];
    int nflags;
    char verb;
    int arg_num;        /* the argument the next * or verb takes */
    int arg_nums[8];
    int nargnums;
    bool has_index, index_pending;
} Directive;

static void scan_num(Directive *d) {
    while (d->nbytes < d->rest && d->fmt[d->nbytes] >= '0' && d->fmt[d->nbytes] <= '9') d->nbytes++;
}

static void add_flag(Directive *d, char c) {
    if (d->nflags < (int)sizeof d->flags) d->flags[d->nflags++] = c;
}

static void add_argnum(Directive *d, int n) {
    if (d->nargnums < 8) d->arg_nums[d->nargnums++] = n;
}

/* An explicit argument index [n]; false after reporting a bad one. */
static bool parse_index(PrintCall *pc, Directive *d) {
    if (d->nbytes == d->rest || d->fmt[d->nbytes] != '[') return true;
    d->nbytes++;
    size_t start = d->nbytes;
    scan_num(d);
    bool ok = true;
    if (d->nbytes == d->rest || d->nbytes == start || d->fmt[d->nbytes] != ']') {
        ok = false;
        const char *close = memchr(d->fmt, ']', d->rest);
        if (!close) {
            vet_report_at(pc->v, pc->call, csp_sprintf("%s format %.*s is missing closing ]", pc->name, (int)d->rest, d->fmt));
            return false;
        }
        d->nbytes = (size_t)(close - d->fmt);
    }
    long long n = 0;
    bool digits = d->nbytes > start;
    for (size_t i = start; i < d->nbytes && n <= INT32_MAX; i++) {
        if (d->fmt[i] < '0' || d->fmt[i] > '9') digits = false;
        else n = n * 10 + (d->fmt[i] - '0');
    }
    if (!digits || !ok || n <= 0 || n > pc->nargs - (pc->first + 1)) {
        vet_report_at(pc->v, pc->call, csp_sprintf("%s format has invalid argument index [%.*s]", pc->name,
                                                    (int)(d->nbytes - start), d->fmt + start));
        return false;
    }
    d->nbytes++;
    d->arg_num = (int)n + pc->first;
    d->has_index = d->index_pending = true;
    return true;
}

static void parse_num(Directive *d) {
    if (d->nbytes < d->rest && d->fmt[d->nbytes] == '*') {
        d->index_pending = false;
        d->nbytes++;
        add_argnum(d, d->arg_num++);
    } else
        scan_num(d);
}

/* Parses the directive at fmt (which starts with '%'); false when the rest
 * of the format cannot be checked (reported, or nothing to report). */
static bool parse_directive(PrintCall *pc, Directive *d, const char *fmt, size_t rest, int arg_num) {
    memset(d, 0, sizeof *d);
    d->fmt = fmt;
    d->rest = rest;
    d->nbytes = 1;
    d->arg_num = arg_num;
    while (d->nbytes < rest && strchr("#0+- ", fmt[d->nbytes]) && fmt[d->nbytes]) add_flag(d, fmt[d->nbytes++]);
    if (!parse_index(pc, d)) return false;
    parse_num(d);
    if (d->nbytes < rest && fmt[d->nbytes] == '.') {
        add_flag(d, '.');
        d->nbytes++;
        if (!parse_index(pc, d)) return false;
        parse_num(d);
    }
    if (!d->index_pending && !parse_index(pc, d)) return false;
    if (d->nbytes == rest) {
        vet_report_at(pc->v, pc->call, csp_sprintf("%s format %.*s is missing verb at end of string", pc->name, (int)rest, fmt));
        return false;
    }
    d->verb = fmt[d->nbytes++]; /* go vet decodes a rune; csp's verbs are ASCII */
    if (d->verb != '%') add_argnum(d, d->arg_num);
    return true;
}

/* Is argument number arg_num there (argCanBeChecked)? */
static bool arg_present(PrintCall *pc, Directive *d, int arg_num) {
    if (arg_num < pc->nargs - 1) return true;
    if (pc->call->flags & NF_ELLIPSIS) return false;
    if (arg_num < pc->nargs) return true;
    vet_report_at(pc->v, pc->call, csp_sprintf("%s format %.*s reads arg #%d, but call has %s", pc->name, (int)d->nbytes,
                                               d->fmt, arg_num - (pc->first + 1) + 1, count(pc->nargs - (pc->first + 1), "arg")));
    return false;
}

/* okPrintfArg: the directive's verb, flags and argument types. */
static bool directive_ok(PrintCall *pc, Directive *d) {
    const Verb *v = NULL;
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
        if (verbs[i].verb == d->verb) v = &verbs[i];
    int text = (int)d->nbytes;
    bool formatter = false;
    int last = d->nargnums ? d->arg_nums[d->nargnums - 1] : -1;
    if ((!v || v->typ != ARG_ERROR) && last >= 0 && last < pc->nargs && pc->call->list.items[last]->type)
        formatter = is_formatter(pc->call->list.items[last]->type);
    if (!formatter) {
        if (!v) {
            vet_report_at(pc->v, pc->call, csp_sprintf("%s format %.*s has unknown verb %c", pc->name, text, d->fmt, d->verb));
            return false;
        }
        for (int i = 0; i < d->nflags; i++)
            if (d->flags[i] != '0' && !strchr(v->flags, d->flags[i])) {
                vet_report_at(pc->v, pc->call, csp_sprintf("%s format %.*s has unrecognized flag %c", pc->name, text, d->fmt, d->flags[i]));
                return false;
            }
    }
    int true_args = d->verb == '%' ? 0 : 1;
    for (int i = 0; i < d->nargnums - true_args; i++) { /* the * widths and precisions */
        if (!arg_present(pc, d, d->arg_nums[i])) return true;
        Node *arg = pc->call->list.items[d->arg_nums[i]];
        Type *t = vet_type(arg);
        if (t && !match(t, ARG_INT, true, 0)) {
            vet_report_at(pc->v, pc->call, csp_sprintf("%s format %.*s uses non-int %s as argument of *", pc->name, text, d->fmt, vet_text(arg)));
            return false;
        }
    }
    if (d->verb == '%' || formatter) return true;
    if (!arg_present(pc, d, last)) return false;
    Node *arg = pc->call->list.items[last];
    if (is_func_value(arg) && d->verb != 'p' && d->verb != 'T') {
        vet_report_at(pc->v, pc->call, csp_sprintf("%s format %.*s arg %s is a func value, not called", pc->name, text, d->fmt, vet_text(arg)));
        return false;
    }
    Type *t = arg->type && arg->type->kind == T_UNTYPED_NIL ? arg->type : vet_type(arg);
    if (v->typ != ARG_ANY && t && !match(t, v->typ, true, 0)) {
        vet_report_at(pc->v, pc->call, csp_sprintf("%s format %.*s has arg %s of wrong type %s", pc->name, text, d->fmt,
                                                   vet_text(arg), arg_type_str(arg)));
        return false;
    }
    if ((v->typ & ARG_STRING) && d->verb != 'T' && !memchr(d->flags, '#', (size_t)d->nflags)) {
        const char *method = recursive_stringer(pc, arg);
        if (method) {
            vet_report_at(pc->v, pc->call, csp_sprintf("%s format %.*s with arg %s causes recursive %s method call", pc->name,
                                                       text, d->fmt, vet_text(arg), method));
            return false;
        }
    }
    return true;
}

static void check_printf(PrintCall *pc) {
    if (pc->first >= pc->nargs) return;
    Buf b;
    buf_init(&b);
    if (!const_string(pc->call->list.items[pc->first], &b)) return; /* a format csp cannot know */
    const char *fmt = b.data ? b.data : "";
    size_t len = b.len;
    int first_arg = pc->first + 1;
    if (!memchr(fmt, '%', len)) {
        if (pc->nargs > first_arg)
            vet_report(pc->v, pc->call->end_line, pc->call->end_col, "%s call has arguments but no formatting directives", pc->name);
        return;
    }
    int arg_num = first_arg, max_arg = first_arg;
    bool any_index = false;
    for (size_t i = 0; i < len;) {
        if (fmt[i] != '%') {
            i++;
            continue;
        }
        Directive d;
        if (!parse_directive(pc, &d, fmt + i, len - i, arg_num)) return;
        if (!directive_ok(pc, &d)) return;
        if (d.has_index) any_index = true;
        if (d.verb == 'w' && pc->kind != KIND_ERRORF) {
            vet_report_at(pc->v, pc->call, csp_sprintf("%s does not support error-wrapping directive %%w", pc->name));
            return;
        }
        if (d.nargnums) arg_num = d.arg_nums[d.nargnums - 1] + 1;
        for (int k = 0; k < d.nargnums; k++)
            if (d.arg_nums[k] >= max_arg) max_arg = d.arg_nums[k] + 1;
        i += d.nbytes;
    }
    if ((pc->call->flags & NF_ELLIPSIS) && max_arg >= pc->nargs - 1) return;
    if (any_index) return;
    if (max_arg != pc->nargs)
        vet_report_at(pc->v, pc->call, csp_sprintf("%s call needs %s but has %s", pc->name, count(max_arg - first_arg, "arg"),
                                                   count(pc->nargs - first_arg, "arg")));
}

/* ---- Print and Println ---- */

/* go vet's printFormatRE, %[+-#]*(N|[n]?\*)?\.?(N|[n]?\*)?([n])?VERB,
 * matched greedily at s: the length of the match, or 0. */
static size_t match_index(const char *s, size_t i, size_t n) {
    if (i >= n || s[i] != '[') return 0;
    size_t j = i + 1;
    while (j < n && s[j] >= '0' && s[j] <= '9') j++;
    return j > i + 1 && j < n && s[j] == ']' ? j + 1 - i : 0;
}

static size_t match_num(const char *s, size_t i, size_t n) {
    size_t j = i;
    while (j < n && s[j] >= '0' && s[j] <= '9') j++;
    if (j > i) return j - i;
    j = i + match_index(s, i, n);
    return j < n && s[j] == '*' ? j + 1 - i : 0;
}

static size_t match_directive(const char *s, size_t i, size_t n) {
    size_t j = i + 1;
    while (j < n && strchr("+-#", s[j]) && s[j]) j++;
    j += match_num(s, j, n);
    if (j < n && s[j] == '.') j++;
    j += match_num(s, j, n);
    j += match_index(s, j, n);
    return j < n && s[j] && strchr("bcdefgopqstvxEFGTUX", s[j]) ? j + 1 - i : 0;
}

static bool is_std_stream(Node *n) {
    n = vet_unparen(n);
    return n->kind == N_SELECTOR && n->a->kind == N_IDENT && strcmp(n->a->name, "os") == 0 &&
           strncmp(n->name, "Std", 3) == 0;
}

static void check_print(PrintCall *pc) {
    if (pc->nargs <= pc->first) return;
    Node **args = pc->call->list.items + pc->first;
    int n = pc->nargs - pc->first;
    if (pc->first == 0 && is_std_stream(args[0]))
        vet_report_at(pc->v, pc->call, csp_sprintf("%s does not take io.Writer but has first arg %s", pc->name, vet_text(args[0])));
    Buf b;
    buf_init(&b);
    if (const_string(args[0], &b)) {
        size_t len = b.len;
        if (len && b.data[len - 1] == '%') len--;
        for (size_t i = 0; i < len; i++) {
            size_t m = b.data[i] == '%' ? match_directive(b.data, i, len) : 0;
            if (m) {
                vet_report_at(pc->v, pc->call, csp_sprintf("%s call has possible Printf formatting directive %.*s", pc->name, (int)m, b.data + i));
                break;
            }
        }
    }
    size_t nl = strlen(pc->name);
    Buf last;
    buf_init(&last);
    if (nl > 2 && strcmp(pc->name + nl - 2, "ln") == 0 && const_string(args[n - 1], &last) && last.len &&
        last.data[last.len - 1] == '\n')
        vet_report_at(pc->v, pc->call, csp_sprintf("%s arg list ends with redundant newline", pc->name));
    for (int i = 0; i < n; i++) {
        if (is_func_value(args[i]))
            vet_report_at(pc->v, pc->call, csp_sprintf("%s arg %s is a func value, not called", pc->name, vet_text(args[i])));
        const char *method = recursive_stringer(pc, args[i]);
        if (method)
            vet_report_at(pc->v, pc->call, csp_sprintf("%s arg %s causes recursive call to %s method", pc->name,
                                                       vet_text(args[i]), method));
    }
}

static bool visit(Vet *v, Node *n, Node **path, int depth, void *ctx) {
    CSP_UNUSED(ctx);
    if (n->kind != N_CALL) return true;
    PrintCall pc = {.v = v, .call = n};
    for (int i = depth - 1; i >= 0 && !pc.method; i--)
        if (path[i]->kind == N_FUNCDECL) pc.method = path[i];
    if (!identify(&pc)) return true;
    if (pc.kind == KIND_PRINT) check_print(&pc);
    else check_printf(&pc);
    return true;
}

void vet_check_printf(Vet *v) { vet_walk(v, v->ast, visit, NULL); }
