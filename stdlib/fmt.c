/* fmt.c: Go's fmt formatting engine (stdlib/fmt.h).
 *
 * Structure follows Go 1.19's fmt package so that its many corner cases come
 * out the same: a per-call printer state (Fmt: the flags of the current verb,
 * the operand being printed for %!verb(type=value) messages), the low-level
 * padded writers of format.go (fmt_integer, fmt_float, fmt_q, ...), and the
 * value walkers of print.go (print_arg at the top level, print_value below,
 * where `depth` decides `&{...}` versus 0x-addresses for pointers and `ro`
 * mirrors reflect's read-only flag: Error()/String() are never called on
 * values reached through unexported struct fields).
 *
 * Speed: everything is written straight into the output Buf; padding is
 * applied afterwards by shifting the bytes just written (fmt_pad_from), so
 * formatting a value allocates nothing in the common cases.
 */
#include <stdlib.h>

#include "fmt.h"

#include "../vm/map.h"
#include "numconv.h"

bool (*fmt_method_hook)(Type *t, Slot v, Method *m, Str **result, Str **panic_msg);
bool (*fmt_call_hook)(Type *t, Slot v, Method *m, Slot *args, int nargs, Str **panic_msg);
/* fmt_value_plain: this thread formats without calling methods */
static __thread bool fmt_no_methods;

/* *fmt.state (the prelude's State), registered by the prelude: its block
 * is {buf (the Buf* being printed into), wid, prec, widOK, precOK, flags}. */
static Type *fmt_state_type;

void fmt_set_state_type(Type *t) { fmt_state_type = t; }

void (*fmt_read_hook)(const void *addr, int64_t slots);

/* The program's memory fmt reads while printing (for --race). */
static void fmt_reads(const void *addr, int64_t slots) {
    if (fmt_read_hook && addr && slots > 0) fmt_read_hook(addr, slots);
}

static const char fmt_ldigits[] = "0123456789abcdefx";
static const char fmt_udigits[] = "0123456789ABCDEFX";

typedef struct Fmt {
    Buf *buf;
    bool wid_present, prec_present, minus, plus, sharp, space, zero, plus_v, sharp_v;
    int wid, prec;
    bool erroring;      /* printing a %!verb(...) message: no methods */
    bool wrap_errs;     /* Errorf: %w allowed */
    int64_t *wrapped;   /* Errorf: the argument index of each %w, in format order */
    int nwrapped, wrapped_cap;
    Iface *arg;         /* the top-level operand being printed */
    Type *cur_t;        /* the value being printed (for bad verbs) */
    const Slot *cur_v;
    FmtRefWriter ref;   /* fmt_gosyntax: writes non-nil channels and functions */
} Fmt;

typedef struct FmtFlags {
    bool wid_present, prec_present, minus, plus, sharp, space, zero, plus_v, sharp_v;
} FmtFlags;

static void fmt_clear_flags(Fmt *f) {
    f->wid_present = f->prec_present = f->minus = f->plus = f->sharp = false;
    f->space = f->zero = f->plus_v = f->sharp_v = false;
    f->wid = f->prec = 0;
}

static FmtFlags fmt_save_flags(const Fmt *f) {
    return (FmtFlags){f->wid_present, f->prec_present, f->minus, f->plus, f->sharp,
                      f->space, f->zero, f->plus_v, f->sharp_v};
}

static void fmt_restore_flags(Fmt *f, FmtFlags s) {
    f->wid_present = s.wid_present, f->prec_present = s.prec_present, f->minus = s.minus;
    f->plus = s.plus, f->sharp = s.sharp, f->space = s.space, f->zero = s.zero;
    f->plus_v = s.plus_v, f->sharp_v = s.sharp_v;
}

/* ======================= format.go: padded writers ======================= */

static void fmt_write_padding(Fmt *f, int64_t n) {
    if (n <= 0) return;
    Buf *b = f->buf;
    buf_reserve(b, (size_t)n);
    memset(b->data + b->len, f->zero ? '0' : ' ', (size_t)n);
    b->len += (size_t)n;
}

/* Pads the bytes written since `start` to the field width (Go's pad). */
static void fmt_pad_from(Fmt *f, size_t start) {
    if (!f->wid_present || f->wid == 0) return;
    Buf *b = f->buf;
    int64_t width = f->wid - numconv_rune_count(b->data + start, (int64_t)(b->len - start));
    if (width <= 0) return;
    if (f->minus) {
        fmt_write_padding(f, width);
        return;
    }
    buf_reserve(b, (size_t)width);
    memmove(b->data + start + width, b->data + start, b->len - start);
    memset(b->data + start, f->zero ? '0' : ' ', (size_t)width);
    b->len += (size_t)width;
}

static void fmt_pad(Fmt *f, const char *s, int64_t n) {
    size_t start = f->buf->len;
    buf_put(f->buf, s, (size_t)n);
    fmt_pad_from(f, start);
}

static void fmt_pad_cstr(Fmt *f, const char *s) { fmt_pad(f, s, (int64_t)strlen(s)); }

static void fmt_boolean(Fmt *f, bool v) { fmt_pad_cstr(f, v ? "true" : "false"); }

/* %U: U+0041, with %#U also ' 'A''. */
static void fmt_unicode(Fmt *f, uint64_t u) {
    char tmp[96];
    int prec = 4;
    if (f->prec_present && f->prec > 4) prec = f->prec > 64 ? 64 : f->prec;
    int i = sizeof tmp;
    if (f->sharp && u <= 0x10FFFF && numconv_is_print((int32_t)u)) {
        Buf rb;
        char rs[8];
        rb.data = rs, rb.len = 0, rb.cap = sizeof rs;
        buf_put_rune(&rb, (int32_t)u);
        tmp[--i] = '\'';
        i -= (int)rb.len;
        memcpy(tmp + i, rs, rb.len);
        tmp[--i] = '\'';
        tmp[--i] = ' ';
    }
    for (; u >= 16; u >>= 4, prec--) tmp[--i] = fmt_udigits[u & 0xF];
    tmp[--i] = fmt_udigits[u];
    for (prec--; prec > 0; prec--) tmp[--i] = '0';
    tmp[--i] = '+';
    tmp[--i] = 'U';
    bool oz = f->zero;
    f->zero = false;
    fmt_pad(f, tmp + i, (int64_t)sizeof tmp - i);
    f->zero = oz;
}

/* Go's fmt.fmtInteger: sign, precision/zero padding, # prefixes. */
static void fmt_integer(Fmt *f, uint64_t u, int base, bool is_signed, int verb, const char *digits) {
    bool negative = is_signed && (int64_t)u < 0;
    if (negative) u = -u;
    char small[80];
    size_t size = sizeof small;
    if (f->wid_present || f->prec_present) {
        size_t w = 3 + (size_t)f->wid + (size_t)f->prec;
        if (w > size) size = w;
    }
    char *buf = size > sizeof small ? csp_alloc_atomic(size) : small;
    int prec = 0;
    if (f->prec_present) {
        prec = f->prec;
        if (prec == 0 && u == 0) {
            bool oz = f->zero;
            f->zero = false;
            fmt_write_padding(f, f->wid);
            f->zero = oz;
            return;
        }
    } else if (f->zero && f->wid_present) {
        prec = f->wid;
        if (negative || f->plus || f->space) prec--;
    }
    size_t i = size;
    switch (base) {
    case 10: for (; u >= 10; u /= 10) buf[--i] = (char)('0' + u % 10); break;
    case 16: for (; u >= 16; u >>= 4) buf[--i] = digits[u & 0xF]; break;
    case 8: for (; u >= 8; u >>= 3) buf[--i] = (char)('0' + (u & 7)); break;
    case 2: for (; u >= 2; u >>= 1) buf[--i] = (char)('0' + (u & 1)); break;
    }
    buf[--i] = digits[u];
    while (i > 0 && prec > (int)(size - i)) buf[--i] = '0';
    if (f->sharp) {
        if (base == 2) buf[--i] = 'b', buf[--i] = '0';
        else if (base == 8 && buf[i] != '0') buf[--i] = '0';
        else if (base == 16) buf[--i] = digits[16], buf[--i] = '0';
    }
    if (verb == 'O') buf[--i] = 'o', buf[--i] = '0';
    if (negative) buf[--i] = '-';
    else if (f->plus) buf[--i] = '+';
    else if (f->space) buf[--i] = ' ';
    bool oz = f->zero;
    f->zero = false;
    fmt_pad(f, buf + i, (int64_t)(size - i));
    f->zero = oz;
}

/* Byte length of the first prec runes of s (precision truncation). */
static int64_t fmt_truncate(Fmt *f, const char *s, int64_t n) {
    if (!f->prec_present) return n;
    int64_t i = 0, left = f->prec;
    while (i < n) {
        if (left-- <= 0) return i;
        if ((unsigned char)s[i] < 0x80) i++;
        else {
            int32_t r;
            i += numconv_decode_rune(s + i, n - i, &r);
        }
    }
    return n;
}

static void fmt_s(Fmt *f, const char *s, int64_t n) { fmt_pad(f, s, fmt_truncate(f, s, n)); }

/* %x %X on strings and byte slices (Go's fmtSbx). */
static void fmt_sbx(Fmt *f, const char *s, int64_t length, const char *digits) {
    if (f->prec_present && f->prec < length) length = f->prec;
    int64_t width = 2 * length;
    if (width > 0) {
        if (f->space) {
            if (f->sharp) width *= 2;
            width += length - 1;
        } else if (f->sharp) {
            width += 2;
        }
    } else {
        if (f->wid_present) fmt_write_padding(f, f->wid);
        return;
    }
    if (f->wid_present && f->wid > width && !f->minus) fmt_write_padding(f, f->wid - width);
    Buf *b = f->buf;
    buf_reserve(b, (size_t)width);
    if (f->sharp) buf_putc(b, '0'), buf_putc(b, digits[16]);
    for (int64_t i = 0; i < length; i++) {
        if (f->space && i > 0) {
            buf_putc(b, ' ');
            if (f->sharp) buf_putc(b, '0'), buf_putc(b, digits[16]);
        }
        unsigned char c = (unsigned char)s[i];
        buf_putc(b, digits[c >> 4]);
        buf_putc(b, digits[c & 0xF]);
    }
    if (f->wid_present && f->wid > width && f->minus) fmt_write_padding(f, f->wid - width);
}

static void fmt_q(Fmt *f, const char *s, int64_t n) {
    n = fmt_truncate(f, s, n);
    size_t start = f->buf->len;
    if (f->sharp && numconv_can_backquote(s, n)) {
        buf_putc(f->buf, '`');
        buf_put(f->buf, s, (size_t)n);
        buf_putc(f->buf, '`');
    } else {
        numconv_quote(f->buf, s, n, f->plus);
    }
    fmt_pad_from(f, start);
}

static void fmt_c(Fmt *f, uint64_t c) {
    size_t start = f->buf->len;
    buf_put_rune(f->buf, c > 0x10FFFF ? 0xFFFD : (int32_t)c);
    fmt_pad_from(f, start);
}

static void fmt_qc(Fmt *f, uint64_t c) {
    size_t start = f->buf->len;
    numconv_quote_rune(f->buf, c > 0x10FFFF ? 0xFFFD : (int32_t)c, f->plus);
    fmt_pad_from(f, start);
}

/* The # flag on floats: keep the point, and for %g/%v pad to the precision. */
static void fmt_float_sharp(Fmt *f, size_t start, int verb, int prec) {
    Buf *b = f->buf;
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') digits = prec == -1 ? 6 : prec;
    char tail[16];
    size_t ntail = 0;
    bool point = false, nonzero = false;
    for (size_t i = start + 1; i < b->len; i++) {
        char c = b->data[i];
        if (c == '.') point = true;
        else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
            ntail = b->len - i < sizeof tail ? b->len - i : sizeof tail;
            memcpy(tail, b->data + i, ntail);
            b->len = i;
            break;
        } else {
            if (c != '0') nonzero = true;
            if (nonzero) digits--;
        }
    }
    if (!point) {
        if (b->len - start == 2 && b->data[start + 1] == '0') digits--;
        buf_putc(b, '.');
    }
    for (; digits > 0; digits--) buf_putc(b, '0');
    buf_put(b, tail, ntail);
}

/* Go's fmt.fmtFloat: the number is written after a sign placeholder, then
 * fixed up in place. */
static void fmt_float(Fmt *f, double v, int size, int verb, int prec) {
    if (f->prec_present) prec = f->prec;
    Buf *b = f->buf;
    size_t start = b->len;
    buf_putc(b, '+');
    numconv_format_float(b, v, (char)verb, prec, size);
    char *num = b->data + start;
    if (num[1] == '-' || num[1] == '+') {
        memmove(num, num + 1, b->len - start - 1);
        b->len--;
    }
    num = b->data + start;
    if (f->space && num[0] == '+' && !f->plus) num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {
        bool oz = f->zero;
        f->zero = false;
        if (num[1] == 'N' && !f->space && !f->plus) {
            memmove(num, num + 1, b->len - start - 1);
            b->len--;
        }
        fmt_pad_from(f, start);
        f->zero = oz;
        return;
    }
    if (f->sharp && verb != 'b') fmt_float_sharp(f, start, verb, prec);
    num = b->data + start;
    int64_t len = (int64_t)(b->len - start);
    if (f->plus || num[0] != '+') {
        if (f->zero && f->wid_present && f->wid > len) {
            int64_t w = f->wid - len;
            buf_reserve(b, (size_t)w);
            memmove(b->data + start + 1 + w, b->data + start + 1, (size_t)len - 1);
            memset(b->data + start + 1, '0', (size_t)w);
            b->len += (size_t)w;
            return;
        }
        fmt_pad_from(f, start);
        return;
    }
    memmove(num, num + 1, (size_t)len - 1);
    b->len--;
    fmt_pad_from(f, start);
}

/* ======================= print.go: operands ======================= */

static void print_value(Fmt *f, Type *t, const Slot *v, int verb, int depth, bool ro);
static void print_arg(Fmt *f, Iface *arg, int verb);

static void fmt_put_verb(Fmt *f, int verb) {
    if (verb < 0x80) buf_putc(f->buf, (char)verb);
    else buf_put_rune(f->buf, verb);
}

/* %!verb(type=value) */
static void bad_verb(Fmt *f, int verb) {
    f->erroring = true;
    buf_put(f->buf, "%!", 2);
    fmt_put_verb(f, verb);
    buf_putc(f->buf, '(');
    if (f->cur_t) {
        Type *t = f->cur_t;
        buf_puts(f->buf, type_str(t));
        buf_putc(f->buf, '=');
        print_value(f, t, f->cur_v, 'v', 0, false);
    } else {
        buf_puts(f->buf, "<nil>");
    }
    buf_putc(f->buf, ')');
    f->erroring = false;
}

static void pp_bool(Fmt *f, bool v, int verb) {
    if (verb == 't' || verb == 'v') fmt_boolean(f, v);
    else bad_verb(f, verb);
}

static void pp_0x64(Fmt *f, uint64_t v, bool leading0x) {
    bool sharp = f->sharp;
    f->sharp = leading0x;
    fmt_integer(f, v, 16, false, 'v', fmt_ldigits);
    f->sharp = sharp;
}

static void pp_integer(Fmt *f, uint64_t v, bool is_signed, int verb) {
    switch (verb) {
    case 'v':
        if (f->sharp_v && !is_signed) pp_0x64(f, v, true);
        else fmt_integer(f, v, 10, is_signed, verb, fmt_ldigits);
        break;
    case 'd': fmt_integer(f, v, 10, is_signed, verb, fmt_ldigits); break;
    case 'b': fmt_integer(f, v, 2, is_signed, verb, fmt_ldigits); break;
    case 'o': case 'O': fmt_integer(f, v, 8, is_signed, verb, fmt_ldigits); break;
    case 'x': fmt_integer(f, v, 16, is_signed, verb, fmt_ldigits); break;
    case 'X': fmt_integer(f, v, 16, is_signed, verb, fmt_udigits); break;
    case 'c': fmt_c(f, v); break;
    case 'q': fmt_qc(f, v); break;
    case 'U': fmt_unicode(f, v); break;
    default: bad_verb(f, verb);
    }
}

static void pp_float(Fmt *f, double v, int size, int verb) {
    switch (verb) {
    case 'v': fmt_float(f, v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float(f, v, size, verb, -1); break;
    case 'f': case 'e': case 'E': fmt_float(f, v, size, verb, 6); break;
    case 'F': fmt_float(f, v, size, 'f', 6); break;
    default: bad_verb(f, verb);
    }
}

static void pp_string(Fmt *f, const char *s, int64_t n, int verb) {
    switch (verb) {
    case 'v':
        if (f->sharp_v) fmt_q(f, s, n);
        else fmt_s(f, s, n);
        break;
    case 's': fmt_s(f, s, n); break;
    case 'x': fmt_sbx(f, s, n, fmt_ldigits); break;
    case 'X': fmt_sbx(f, s, n, fmt_udigits); break;
    case 'q': fmt_q(f, s, n); break;
    default: bad_verb(f, verb);
    }
}

static bool fmt_is_pointer_kind(TypeKind k) {
    return k == T_CHAN || k == T_FUNC || k == T_MAP || k == T_POINTER || k == T_SLICE || k == T_UNSAFEPTR;
}

static void pp_pointer(Fmt *f, Type *t, const Slot *v, int verb) {
    if (!fmt_is_pointer_kind(t->kind)) {
        bad_verb(f, verb);
        return;
    }
    uint64_t u = (uint64_t)(uintptr_t)v->p;
    if (t->kind == T_SLICE) u = v->p ? (uint64_t)(uintptr_t)((Slice *)v->p)->data : 0;
    switch (verb) {
    case 'v':
        if (f->sharp_v) {
            buf_putc(f->buf, '(');
            buf_puts(f->buf, type_str(t));
            buf_puts(f->buf, ")(");
            if (u == 0) buf_puts(f->buf, "nil");
            else pp_0x64(f, u, true);
            buf_putc(f->buf, ')');
        } else if (u == 0) {
            fmt_pad_cstr(f, "<nil>");
        } else {
            pp_0x64(f, u, !f->sharp);
        }
        break;
    case 'p': pp_0x64(f, u, !f->sharp); break;
    case 'b': case 'o': case 'd': case 'x': case 'X': pp_integer(f, u, false, verb); break;
    default: bad_verb(f, verb);
    }
}

/* ---- Error() / String() ---- */

static bool fmt_is_string_sig(Method *m) {
    Type *s = m->sig;
    return s && s->nparams == 0 && s->nresults == 1 && s->results[0]->kind == T_STRING && !s->results[0]->pkg;
}

/* The interned name pointer of a method called `name` declared on t or on
 * any type embedded in it (type_find_method compares name pointers). */
static const char *fmt_interned_name(Type *t, const char *name, int depth) {
    if (t->kind == T_POINTER) t = t->elem;
    for (int i = 0; i < t->nmethods; i++)
        if (!strcmp(t->methods[i].name, name)) return t->methods[i].name;
    if (t->kind != T_STRUCT || depth > 8) return NULL;
    for (int i = 0; i < t->nfields; i++) {
        Field *fd = &t->fields[i];
        if (!fd->embedded) continue;
        if (fd->type->kind == T_INTERFACE) {
            for (int k = 0; k < fd->type->nimethods; k++)
                if (!strcmp(fd->type->imethods[k].name, name)) return fd->type->imethods[k].name;
            continue;
        }
        const char *r = fmt_interned_name(fd->type, name, depth + 1);
        if (r) return r;
    }
    return NULL;
}

/* Method `name` in the method set of t with signature func() string. */
static Method *fmt_find_method(Type *t, const char *name) {
    const char *in = fmt_interned_name(t, name, 0);
    if (!in) return NULL;
    Method *m = type_find_method(t, in);
    if (!m || !fmt_is_string_sig(m)) return NULL;
    if (m->ptr_only && t->kind != T_POINTER) return NULL;
    return m;
}

static bool fmt_may_have_methods(Type *t) {
    if (t->nmethods) return true;
    if (t->kind == T_POINTER) t = t->elem;
    return t->nmethods || t->kind == T_STRUCT;
}

static Method *fmt_error_method(Type *t) {
    return fmt_may_have_methods(t) ? fmt_find_method(t, "Error") : NULL;
}

/* Calls m; prints its result with verb, or Go's %!v(PANIC=...) text. */
static void fmt_call_method(Fmt *f, Type *t, const Slot *v, Method *m, const char *what, int verb) {
    /* the hook copies the receiver for a value method */
    Slot recv = t->is_block ? (Slot){.p = (void *)v} : *v;
    Str *res = NULL, *pmsg = NULL;
    if (fmt_method_hook(t, recv, m, &res, &pmsg)) {
        if (what[0] == 'G') fmt_s(f, str_data(res), str_len(res)); /* GoString: unadorned */
        else pp_string(f, str_data(res), str_len(res), verb);
        return;
    }
    if (t->kind == T_POINTER && v->p == NULL) {
        buf_puts(f->buf, "<nil>");
        return;
    }
    FmtFlags saved = fmt_save_flags(f);
    fmt_clear_flags(f);
    buf_put(f->buf, "%!", 2);
    fmt_put_verb(f, verb);
    buf_puts(f->buf, "(PANIC=");
    buf_puts(f->buf, what);
    buf_puts(f->buf, " method: ");
    buf_put(f->buf, str_data(pmsg), (size_t)str_len(pmsg));
    buf_putc(f->buf, ')');
    fmt_restore_flags(f, saved);
}

/* A Format(fmt.State, rune) method (Go's Formatter), or NULL. */
static Method *fmt_find_formatter(Type *t) {
    const char *in = fmt_interned_name(t, "Format", 0);
    if (!in) return NULL;
    Method *m = type_find_method(t, in);
    if (!m || !m->sig || m->sig->nparams != 2 || m->sig->nresults != 0) return NULL;
    if (type_under(m->sig->params[0])->kind != T_INTERFACE || type_under(m->sig->params[1])->kind != T_INT32) return NULL;
    if (m->ptr_only && t->kind != T_POINTER) return NULL;
    return m;
}

/* Calls Format(state, verb): the method writes into f->buf through the
 * State; a panic prints Go's %!v(PANIC=Format method: ...). */
static void fmt_call_format(Fmt *f, Type *t, const Slot *v, Method *m, int verb) {
    Slot *st = csp_alloc(sizeof(Slot) * 6);
    st[0].p = f->buf;
    st[1].i = f->wid;
    st[2].i = f->prec;
    st[3].i = f->wid_present;
    st[4].i = f->prec_present;
    st[5].i = (f->minus ? 1 : 0) | (f->plus || f->plus_v ? 2 : 0) | (f->sharp || f->sharp_v ? 4 : 0) |
              (f->space ? 8 : 0) | (f->zero ? 16 : 0);
    Slot args[2] = {{.p = iface_box(fmt_state_type, (Slot){.p = st})}, {.i = verb}};
    Slot recv = t->is_block ? (Slot){.p = (void *)v} : *v;
    Str *pmsg = NULL;
    if (fmt_call_hook(t, recv, m, args, 2, &pmsg)) return;
    if (t->kind == T_POINTER && v->p == NULL) {
        buf_puts(f->buf, "<nil>");
        return;
    }
    FmtFlags saved = fmt_save_flags(f);
    fmt_clear_flags(f);
    buf_put(f->buf, "%!", 2);
    fmt_put_verb(f, verb);
    buf_puts(f->buf, "(PANIC=Format method: ");
    buf_put(f->buf, str_data(pmsg), (size_t)str_len(pmsg));
    buf_putc(f->buf, ')');
    fmt_restore_flags(f, saved);
}

/* Errorf's %w (Go 1.20+: any number of them), for an error operand at the
 * top level; printed as %v. */
static bool fmt_handle_w(Fmt *f, Type *t, int depth) {
    if (depth == 0 && f->wrap_errs && f->arg && fmt_error_method(t)) return true;
    bad_verb(f, 'w');
    return false;
}

/* Errorf: remember which argument a %w named (Go's p.wrappedErrs). */
static void fmt_note_w(Fmt *f, int32_t verb, int64_t argnum) {
    if (verb != 'w' || !f->wrap_errs) return;
    if (f->nwrapped == f->wrapped_cap) {
        f->wrapped_cap = f->wrapped_cap ? f->wrapped_cap * 2 : 4;
        int64_t *n = csp_alloc_atomic(sizeof(int64_t) * (size_t)f->wrapped_cap);
        if (f->nwrapped) memcpy(n, f->wrapped, sizeof(int64_t) * (size_t)f->nwrapped);
        f->wrapped = n;
    }
    f->wrapped[f->nwrapped++] = argnum;
}

/* Go's handleMethods: true when the operand printed itself. */
static bool handle_methods(Fmt *f, Type *t, const Slot *v, int verb, int depth) {
    if (f->erroring) return false;
    if (t->kind == T_INTERFACE) {
        Iface *x = v->p;
        if (!x) return false;
        t = x->type;
        v = value_inline(t, &x->val);
    }
    if (verb == 'w') {
        f->cur_t = t, f->cur_v = v;
        if (!fmt_handle_w(f, t, depth)) return true;
        verb = 'v';
    }
    if (!fmt_method_hook || fmt_no_methods) return false;
    Method *fm = fmt_may_have_methods(t) ? fmt_find_formatter(t) : NULL;
    if (fm && fmt_state_type && fmt_call_hook) {
        fmt_call_format(f, t, v, fm, verb);
        return true;
    }
    if (f->sharp_v) {
        /* %#v of a GoStringer: its GoString(), printed as is */
        Method *gm = fmt_may_have_methods(t) ? fmt_find_method(t, "GoString") : NULL;
        if (!gm) return false;
        fmt_call_method(f, t, v, gm, "GoString", verb);
        return true;
    }
    if (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q') return false;
    if (!fmt_may_have_methods(t)) return false;
    Method *m = fmt_find_method(t, "Error");
    const char *what = "Error";
    if (!m) {
        m = fmt_find_method(t, "String");
        what = "String";
    }
    if (!m) return false;
    fmt_call_method(f, t, v, m, what, verb);
    return true;
}

/* ---- composite values ---- */

/* %s %q %x %X of a byte slice or array: gather the bytes. */
static void pp_bytes(Fmt *f, const Slot *data, int64_t n, int verb) {
    char small[256];
    char *bytes = n <= (int64_t)sizeof small ? small : csp_alloc_atomic((size_t)n);
    for (int64_t i = 0; i < n; i++) bytes[i] = (char)data[i].u;
    switch (verb) {
    case 's': fmt_s(f, bytes, n); break;
    case 'x': fmt_sbx(f, bytes, n, fmt_ldigits); break;
    case 'X': fmt_sbx(f, bytes, n, fmt_udigits); break;
    case 'q': fmt_q(f, bytes, n); break;
    }
}

static void print_list(Fmt *f, const char *tname, Type *elem, const Slot *data, int64_t n,
                       bool is_nil, int verb, int depth, bool ro) {
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && elem->kind == T_UINT8) {
        pp_bytes(f, data, n, verb);
        return;
    }
    if (f->sharp_v) {
        buf_puts(f->buf, tname);
        if (is_nil) {
            buf_puts(f->buf, "(nil)");
            return;
        }
        buf_putc(f->buf, '{');
    } else {
        buf_putc(f->buf, '[');
    }
    int es = elem->slots;
    for (int64_t i = 0; i < n; i++) {
        if (i > 0) {
            if (f->sharp_v) buf_put(f->buf, ", ", 2);
            else buf_putc(f->buf, ' ');
        }
        print_value(f, elem, data + i * es, verb, depth + 1, ro);
    }
    buf_putc(f->buf, f->sharp_v ? '}' : ']');
}

static void print_map(Fmt *f, Type *t, Map *m, int verb, int depth, bool ro) {
    if (f->sharp_v) {
        buf_puts(f->buf, type_str(t));
        if (!m) {
            buf_puts(f->buf, "(nil)");
            return;
        }
        buf_putc(f->buf, '{');
    } else {
        buf_puts(f->buf, "map[");
    }
    int64_t n = 0;
    Slot *kv = m ? map_sorted_entries(m, &n) : NULL;
    Type *kt = t->key, *vt = t->elem;
    for (int64_t i = 0; i < n; i++) {
        if (i > 0) {
            if (f->sharp_v) buf_put(f->buf, ", ", 2);
            else buf_putc(f->buf, ' ');
        }
        print_value(f, kt, value_inline(kt, &kv[2 * i]), verb, depth + 1, ro);
        buf_putc(f->buf, ':');
        print_value(f, vt, value_inline(vt, &kv[2 * i + 1]), verb, depth + 1, ro);
    }
    buf_putc(f->buf, f->sharp_v ? '}' : ']');
}

static void print_struct(Fmt *f, Type *t, const Slot *v, int verb, int depth, bool ro) {
    if (f->sharp_v) buf_puts(f->buf, type_str(t));
    buf_putc(f->buf, '{');
    for (int i = 0; i < t->nfields; i++) {
        Field *fd = &t->fields[i];
        if (i > 0) {
            if (f->sharp_v) buf_put(f->buf, ", ", 2);
            else buf_putc(f->buf, ' ');
        }
        if ((f->plus_v || f->sharp_v) && fd->name && fd->name[0]) {
            buf_puts(f->buf, fd->name);
            buf_putc(f->buf, ':');
        }
        print_value(f, fd->type, v + fd->offset, verb, depth + 1, ro || !fd->exported);
    }
    buf_putc(f->buf, '}');
}

static void print_interface(Fmt *f, Type *t, Iface *x, int verb, int depth, bool ro) {
    if (x) {
        print_value(f, x->type, value_inline(x->type, &x->val), verb, depth + 1, ro);
    } else if (f->sharp_v) {
        buf_puts(f->buf, type_str(t));
        buf_puts(f->buf, "(nil)");
    } else {
        buf_puts(f->buf, "<nil>");
    }
}

static void print_pointer(Fmt *f, Type *t, const Slot *v, int verb, int depth, bool ro) {
    if (depth == 0 && v->p) {
        TypeKind k = t->elem->kind;
        if (k == T_ARRAY || k == T_SLICE || k == T_STRUCT || k == T_MAP) {
            fmt_reads(v->p, t->elem->slots);
            buf_putc(f->buf, '&');
            print_value(f, t->elem, v->p, verb, depth + 1, ro);
            return;
        }
    }
    pp_pointer(f, t, v, verb);
}

static void print_value(Fmt *f, Type *t, const Slot *v, int verb, int depth, bool ro) {
    if (depth > 0 && !ro && handle_methods(f, t, v, verb, depth)) return;
    f->cur_t = t;
    f->cur_v = v;
    switch (t->kind) {
    case T_BOOL: pp_bool(f, v->i != 0, verb); break;
    case T_INT: case T_INT8: case T_INT16: case T_INT32: case T_INT64:
        pp_integer(f, (uint64_t)v->i, true, verb);
        break;
    case T_UINT: case T_UINT8: case T_UINT16: case T_UINT32: case T_UINT64: case T_UINTPTR:
        pp_integer(f, v->u, false, verb);
        break;
    case T_FLOAT32: pp_float(f, v->f, 32, verb); break;
    case T_FLOAT64: pp_float(f, v->f, 64, verb); break;
    case T_STRING: pp_string(f, str_data(v->p), str_len(v->p), verb); break;
    case T_MAP:
        fmt_reads(v->p, 1); /* a map is one location */
        print_map(f, t, v->p, verb, depth, ro);
        break;
    case T_STRUCT: print_struct(f, t, v, verb, depth, ro); break;
    case T_INTERFACE: print_interface(f, t, v->p, verb, depth, ro); break;
    case T_ARRAY: print_list(f, type_str(t), t->elem, v, t->len, false, verb, depth, ro); break;
    case T_SLICE: {
        Slice *s = v->p;
        if (s) fmt_reads(s->data, s->len * t->elem->slots);
        print_list(f, f->sharp_v ? type_str(t) : "", t->elem, s ? s->data : NULL, slice_len(s), !s, verb, depth, ro);
        break;
    }
    case T_POINTER: print_pointer(f, t, v, verb, depth, ro); break;
    case T_CHAN: case T_FUNC:
        if (f->ref && v->p) f->ref(f->buf, t, *v);
        else pp_pointer(f, t, v, verb);
        break;
    case T_UNSAFEPTR: pp_pointer(f, t, v, verb); break;
    default:
        buf_putc(f->buf, '?');
        buf_puts(f->buf, type_str(t));
        buf_putc(f->buf, '?');
    }
}

/* Exactly []byte (Go's printArg case []byte): %#v spells it "[]byte". */
static bool fmt_is_byte_slice(Type *t) {
    return t->kind == T_SLICE && !t->pkg && t->elem->kind == T_UINT8 && !t->elem->pkg;
}

static void print_arg(Fmt *f, Iface *arg, int verb) {
    f->arg = arg;
    f->cur_t = NULL;
    f->cur_v = NULL;
    if (!arg) {
        if (verb == 'T' || verb == 'v') fmt_pad_cstr(f, "<nil>");
        else bad_verb(f, verb);
        return;
    }
    Type *t = arg->type;
    const Slot *v = value_inline(t, &arg->val);
    f->cur_t = t;
    f->cur_v = v;
    if (verb == 'T') {
        fmt_s(f, type_str(t), (int64_t)strlen(type_str(t)));
        return;
    }
    if (verb == 'p') {
        pp_pointer(f, t, v, 'p');
        return;
    }
    if (fmt_is_byte_slice(t) && f->sharp_v && (verb == 'v' || verb == 'd')) {
        Slice *s = v->p;
        print_list(f, "[]byte", t->elem, s ? s->data : NULL, slice_len(s), !s, verb, 0, false);
        return;
    }
    if ((t->kind > T_STRING || t->pkg || verb == 'w') && handle_methods(f, t, v, verb, 0)) return;
    print_value(f, t, v, verb == 'w' ? 'v' : verb, 0, false);
}

/* ======================= Printf ======================= */

static bool fmt_too_large(int64_t x) { return x > 1000000 || x < -1000000; }

/* Go's parsenum: a decimal number at s[*i..end). */
static bool fmt_parsenum(const char *s, int64_t *i, int64_t end, int *num) {
    bool isnum = false;
    int64_t n = 0;
    while (*i < end && s[*i] >= '0' && s[*i] <= '9') {
        if (fmt_too_large(n)) {
            *i = end;
            *num = 0;
            return false;
        }
        n = n * 10 + (s[*i] - '0');
        isnum = true;
        (*i)++;
    }
    *num = (int)n;
    return isnum;
}

/* Go's intFromArg: a * width or precision operand. */
static bool fmt_int_from_arg(Slot *args, int64_t n, int64_t *argnum, int *out) {
    *out = 0;
    if (*argnum >= n) return false;
    Iface *x = args[*argnum].p;
    (*argnum)++;
    if (!x) return false;
    TypeKind k = x->type->kind;
    int64_t v;
    if (k >= T_INT && k <= T_INT64) v = x->val.i;
    else if (k >= T_UINT && k <= T_UINTPTR) {
        if (x->val.i < 0) return false;
        v = x->val.i;
    } else {
        return false;
    }
    if (fmt_too_large(v)) return false;
    *out = (int)v;
    return true;
}

typedef struct FmtScan {
    const char *s;
    int64_t end, i, argnum, nargs;
    bool reordered, good_argnum, after_index;
} FmtScan;

/* Go's argNumber: an optional [n] explicit argument index at sc->i. */
static void fmt_arg_number(FmtScan *sc) {
    sc->after_index = false;
    if (sc->i >= sc->end || sc->s[sc->i] != '[') return;
    sc->reordered = true;
    const char *s = sc->s + sc->i;
    int64_t len = sc->end - sc->i;
    if (len < 3) {
        sc->i += 1;
        sc->good_argnum = false;
        return;
    }
    for (int64_t k = 1; k < len; k++) {
        if (s[k] != ']') continue;
        int64_t j = 1;
        int num;
        bool ok = fmt_parsenum(s, &j, k, &num);
        if (!ok || j != k) {
            sc->i += k + 1;
            sc->good_argnum = false;
            return;
        }
        int idx = num - 1;
        sc->i += k + 1;
        if (idx >= 0 && idx < sc->nargs) {
            sc->argnum = idx;
            sc->after_index = true;
        } else {
            sc->good_argnum = false;
            sc->after_index = true;
        }
        return;
    }
    sc->i += 1;
    sc->good_argnum = false;
}

static void fmt_set_v_flags(Fmt *f) {
    f->sharp_v = f->sharp;
    f->sharp = false;
    f->plus_v = f->plus;
    f->plus = false;
}

/* Flags, width and precision after a '%'; returns false if a simple verb
 * (no width/precision/index) was already printed. */
static bool fmt_parse_spec(Fmt *f, FmtScan *sc, Slot *args) {
    for (; sc->i < sc->end; sc->i++) {
        char c = sc->s[sc->i];
        switch (c) {
        case '#': f->sharp = true; break;
        case '0': f->zero = !f->minus; break;
        case '+': f->plus = true; break;
        case '-': f->minus = true, f->zero = false; break;
        case ' ': f->space = true; break;
        default:
            if (c >= 'a' && c <= 'z' && sc->argnum < sc->nargs) {
                if (c == 'v') fmt_set_v_flags(f);
                fmt_note_w(f, c, sc->argnum);
                print_arg(f, args[sc->argnum].p, c);
                sc->argnum++;
                sc->i++;
                return false;
            }
            return true;
        }
    }
    return true;
}

static void fmt_parse_width(Fmt *f, FmtScan *sc, Slot *args) {
    fmt_arg_number(sc);
    if (sc->i < sc->end && sc->s[sc->i] == '*') {
        sc->i++;
        f->wid_present = fmt_int_from_arg(args, sc->nargs, &sc->argnum, &f->wid);
        if (!f->wid_present) buf_puts(f->buf, "%!(BADWIDTH)");
        if (f->wid < 0) {
            f->wid = -f->wid;
            f->minus = true;
            f->zero = false;
        }
        sc->after_index = false;
    } else {
        f->wid_present = fmt_parsenum(sc->s, &sc->i, sc->end, &f->wid);
        if (sc->after_index && f->wid_present) sc->good_argnum = false;
    }
}

static void fmt_parse_prec(Fmt *f, FmtScan *sc, Slot *args) {
    if (!(sc->i + 1 < sc->end && sc->s[sc->i] == '.')) return;
    sc->i++;
    if (sc->after_index) sc->good_argnum = false;
    fmt_arg_number(sc);
    if (sc->i < sc->end && sc->s[sc->i] == '*') {
        sc->i++;
        f->prec_present = fmt_int_from_arg(args, sc->nargs, &sc->argnum, &f->prec);
        if (f->prec < 0) {
            f->prec = 0;
            f->prec_present = false;
        }
        if (!f->prec_present) buf_puts(f->buf, "%!(BADPREC)");
        sc->after_index = false;
    } else {
        f->prec_present = fmt_parsenum(sc->s, &sc->i, sc->end, &f->prec);
        if (!f->prec_present) {
            f->prec = 0;
            f->prec_present = true;
        }
    }
}

static void fmt_extra(Fmt *f, Slot *args, int64_t from, int64_t n) {
    fmt_clear_flags(f);
    buf_puts(f->buf, "%!(EXTRA ");
    for (int64_t i = from; i < n; i++) {
        if (i > from) buf_put(f->buf, ", ", 2);
        Iface *x = args[i].p;
        if (!x) {
            buf_puts(f->buf, "<nil>");
            continue;
        }
        buf_puts(f->buf, type_str(x->type));
        buf_putc(f->buf, '=');
        print_arg(f, x, 'v');
    }
    buf_putc(f->buf, ')');
}

/* One %-directive starting after the '%'; false at a premature end. */
static bool fmt_directive(Fmt *f, FmtScan *sc, Slot *args) {
    fmt_clear_flags(f);
    if (!fmt_parse_spec(f, sc, args)) return true;
    fmt_parse_width(f, sc, args);
    fmt_parse_prec(f, sc, args);
    if (!sc->after_index) fmt_arg_number(sc);
    if (sc->i >= sc->end) {
        buf_puts(f->buf, "%!(NOVERB)");
        return false;
    }
    int32_t verb = (unsigned char)sc->s[sc->i];
    int w = 1;
    if (verb >= 0x80) w = numconv_decode_rune(sc->s + sc->i, sc->end - sc->i, &verb);
    sc->i += w;
    if (verb == '%') {
        buf_putc(f->buf, '%');
    } else if (!sc->good_argnum) {
        buf_put(f->buf, "%!", 2);
        fmt_put_verb(f, verb);
        buf_puts(f->buf, "(BADINDEX)");
    } else if (sc->argnum >= sc->nargs) {
        buf_put(f->buf, "%!", 2);
        fmt_put_verb(f, verb);
        buf_puts(f->buf, "(MISSING)");
    } else {
        if (verb == 'v') fmt_set_v_flags(f);
        fmt_note_w(f, verb, sc->argnum);
        print_arg(f, args[sc->argnum].p, verb);
        sc->argnum++;
    }
    return true;
}

static bool fmt_do_printf(Fmt *f, const char *format, int64_t flen, Slot *args, int64_t n) {
    FmtScan sc = {.s = format, .end = flen, .nargs = n};
    while (sc.i < sc.end) {
        sc.good_argnum = true;
        int64_t last = sc.i;
        const char *pct = memchr(format + sc.i, '%', (size_t)(sc.end - sc.i));
        sc.i = pct ? pct - format : sc.end;
        if (sc.i > last) buf_put(f->buf, format + last, (size_t)(sc.i - last));
        if (sc.i >= sc.end) break;
        sc.i++;
        if (!fmt_directive(f, &sc, args)) break;
    }
    if (!sc.reordered && sc.argnum < n) fmt_extra(f, args, sc.argnum, n);
    return sc.reordered;
}

static void fmt_init(Fmt *f, Buf *out) {
    memset(f, 0, sizeof *f);
    f->buf = out;
}

void fmt_printf(Buf *out, const char *format, int64_t flen, Slot *args, int64_t n) {
    Fmt f;
    fmt_init(&f, out);
    fmt_do_printf(&f, format, flen, args, n);
}

static int fmt_cmp_i64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

int fmt_errorf(Buf *out, const char *format, int64_t flen, Slot *args, int64_t n, int64_t **wrapped) {
    Fmt f;
    fmt_init(&f, out);
    f.wrap_errs = true;
    bool reordered = fmt_do_printf(&f, format, flen, args, n);
    if (reordered && f.nwrapped > 1) qsort(f.wrapped, (size_t)f.nwrapped, sizeof(int64_t), fmt_cmp_i64);
    *wrapped = f.wrapped;
    return f.nwrapped;
}

void fmt_print(Buf *out, Slot *args, int64_t n, bool ln) {
    Fmt f;
    fmt_init(&f, out);
    bool prev_string = false;
    for (int64_t i = 0; i < n; i++) {
        Iface *x = args[i].p;
        bool is_string = x && x->type->kind == T_STRING;
        if (i > 0 && (ln || (!is_string && !prev_string))) buf_putc(out, ' ');
        if (x && x->type->kind == T_STRING && !x->type->pkg) { /* fast path */
            buf_put(out, str_data(x->val.p), (size_t)str_len(x->val.p));
        } else {
            print_arg(&f, x, 'v');
        }
        prev_string = is_string;
    }
    if (ln) buf_putc(out, '\n');
}

void fmt_value_plain(Buf *out, Type *t, Slot v) {
    fmt_no_methods = true;
    fmt_value(out, t, v, false, false);
    fmt_no_methods = false;
}

void fmt_value(Buf *out, Type *t, Slot v, bool plus_v, bool sharp_v) {
    Fmt f;
    fmt_init(&f, out);
    f.plus_v = plus_v;
    f.sharp_v = sharp_v;
    if (t->kind == T_INTERFACE) {
        print_arg(&f, v.p, 'v');
        return;
    }
    Iface box = {t, v};
    print_arg(&f, &box, 'v');
}

void fmt_gosyntax(Buf *out, Type *t, Slot v, FmtRefWriter ref) {
    Fmt f;
    fmt_init(&f, out);
    f.sharp_v = true;
    f.ref = ref;
    Iface box = {t, v};
    print_arg(&f, t->kind == T_INTERFACE ? v.p : &box, 'v');
}

bool fmt_has_text_method(Type *t) {
    if (!fmt_may_have_methods(t)) return false;
    return fmt_find_method(t, "Error") || fmt_find_method(t, "String") || fmt_find_formatter(t);
}
