/* repl_show.c: the REPL's display of a bare expression's value, as Go code.
 *
 * A REPL shows a value so that a learner sees what it is, not only how
 * fmt.Println would print it: Println writes "" as nothing, []string{"a b",
 * "c"} as [a b c] and a struct without its field names. The rule, the one
 * gore (the Go REPL) follows with its %#v printer:
 *
 *  - a value is written as fmt.Printf("%#v") writes it (stdlib/fmt.c does
 *    the work: quoted strings, typed composite literals with field names,
 *    maps with sorted keys, &T{...} for a pointer to a composite, T(nil) for
 *    nil slices, maps, pointers, functions and channels);
 *  - except where %#v would print a bare address, which says nothing and
 *    differs on every run: a channel shows its type, length and capacity,
 *    `chan int (len 1, cap 4)` (and `, closed`), a function its type,
 *    `func(int) string`, wherever they occur in the value;
 *  - a nil interface shows its static type, `error(nil)`, as %#v writes it
 *    inside a struct (at the top level Printf only sees `<nil>`); the
 *    untyped nil shows as `nil`;
 *  - when %v would call the value's String or Error method, that text
 *    follows as a comment, so a time.Duration shows `1500000000 // 1.5s`
 *    and an error its message;
 *  - the results of a call with several show as a tuple, `(0, error(nil))`,
 *    with one comment listing each result's text (`_` where it has none).
 */
#include "repl_show.h"

#include "../compiler/types.h"
#include "../runtime/chan_impl.h" /* a channel's closed flag, read without its lock */
#include "../stdlib/fmt.h"

/* ---------- channels and functions, in place of addresses ---------- */

static void show_chan(Buf *out, Chan *c, Type *t) {
    bool closed = __atomic_load_n(&c->closed, __ATOMIC_RELAXED);
    buf_printf(out, "%s (len %lld, cap %lld%s)", type_str(t), (long long)chan_len(c), (long long)chan_cap(c),
               closed ? ", closed" : "");
}

/* FmtRefWriter: a non-nil channel or function inside the value. */
static void show_ref(Buf *out, Type *t, Slot v) {
    if (t->kind == T_CHAN) show_chan(out, v.p, t);
    else buf_puts(out, type_str(t)); /* a function: its signature says what it is */
}

/* ---------- one value ---------- */

/* The dynamic type of v (of static type t), NULL for a nil interface. */
static Type *dynamic_type(Type *t, Slot v) {
    if (t->kind != T_INTERFACE) return t;
    Iface *x = v.p;
    return x ? x->type : NULL;
}

static void show_value(Buf *out, Type *t, Slot v) {
    if (!t) {
        buf_puts(out, "nil");
    } else if (t->kind == T_INTERFACE && !v.p) {
        buf_puts(out, type_str(t));
        buf_puts(out, "(nil)");
    } else {
        fmt_gosyntax(out, t, v, show_ref);
    }
}

/* Whether v (of static type t, dynamic type dt) is a nil pointer. */
static bool is_nil_pointer(Type *t, Type *dt, Slot v) {
    if (dt->kind != T_POINTER) return false;
    return t->kind == T_INTERFACE ? ((Iface *)v.p)->val.p == NULL : v.p == NULL;
}

/* What %v prints for v when that comes from its String or Error method and
 * adds something to the Go syntax `shown`; else NULL. */
static const char *method_text(Type *t, Slot v, const char *shown, size_t shown_len) {
    Type *dt = t ? dynamic_type(t, v) : NULL;
    if (!dt || !fmt_has_text_method(dt)) return NULL;
    Buf text;
    buf_init(&text);
    fmt_value(&text, t, v, false, false);
    buf_putc(&text, 0);
    /* a method that fails on a nil receiver makes fmt print <nil>: nothing to add */
    if (is_nil_pointer(t, dt, v) && !strcmp(text.data, "<nil>")) return NULL;
    if (strlen(text.data) == shown_len && !memcmp(text.data, shown, shown_len)) return NULL;
    return text.data;
}

/* ---------- the line ---------- */

/* `// text`, each further line of a multi-line text commented too. */
static void put_comment(Buf *out, const char **texts, int n) {
    buf_puts(out, " // ");
    for (int i = 0; i < n; i++) {
        if (i) buf_puts(out, ", ");
        const char *s = texts[i] ? texts[i] : "_";
        for (; *s; s++) {
            buf_putc(out, *s);
            if (*s == '\n' && s[1]) buf_puts(out, "// ");
        }
    }
}

void repl_show(Buf *out, Type **types, const Slot *vals, int n) {
    const char **texts = csp_alloc(sizeof(char *) * (size_t)(n > 0 ? n : 1));
    bool any_text = false;
    if (n > 1) buf_putc(out, '(');
    for (int i = 0; i < n; i++) {
        if (i) buf_puts(out, ", ");
        size_t start = out->len;
        show_value(out, types[i], vals[i]);
        texts[i] = method_text(types[i], vals[i], out->data + start, out->len - start);
        any_text |= texts[i] != NULL;
    }
    if (n > 1) buf_putc(out, ')');
    if (any_text) put_comment(out, texts, n);
    buf_putc(out, '\n');
}
