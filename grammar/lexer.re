/* lexer.re: the csp scanner (re2c input; build/gen/lexer.c is generated).
 *
 * Owns the lexical layer of SPEC §2, following Go's cmd/compile/internal/
 * syntax scanner: tokens, literal validation (Go's error wording), string and
 * rune decoding, comments, and automatic semicolon insertion. re2c drives the
 * token dispatch and operators; literals, comments and non-ASCII identifiers
 * are scanned by small C helpers, because they need Go's exact error messages
 * and must never read past the end of input.
 *
 * End of input: the lexer works on a NUL-terminated GC copy of the source, and
 * no re2c rule can match a NUL except the one-byte "\x00" rule, so the
 * generated matcher never reads past the sentinel; that rule then decides
 * between end of input and a NUL byte inside the file (an error, as in Go).
 * Semicolons: `insert_semi` is set after a token that may end a statement; a
 * newline, a multi-line comment or the end of input then yields a synthetic
 * TK_SEMI whose text is "newline" or "EOF".
 */
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <wctype.h>

#include "lexer.h"
#include "parser.h"

/* ---- Unicode classification (C.UTF-8 locale, private to this file) ---- */

static locale_t lex_loc;
static pthread_once_t lex_loc_once = PTHREAD_ONCE_INIT;

static void lex_loc_init(void) { lex_loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0); }

/* NULL when the system has no C.UTF-8: then every non-ASCII rune that is
 * valid UTF-8 counts as a letter (permissive, never a crash). */
static locale_t lex_locale(void) {
    pthread_once(&lex_loc_once, lex_loc_init);
    return lex_loc;
}

static bool lex_is_letter(int32_t r) {
    if (r < 0x80) return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_';
    locale_t loc = lex_locale();
    return loc ? iswalpha_l((wint_t)r, loc) != 0 : true;
}

static bool lex_is_digit_rune(int32_t r) {
    if (r < 0x80) return r >= '0' && r <= '9';
    locale_t loc = lex_locale();
    return loc ? (iswalnum_l((wint_t)r, loc) && !iswalpha_l((wint_t)r, loc)) : false;
}

static bool lex_is_print(int32_t r) {
    if (r < 0x80) return r >= 0x20 && r < 0x7f;
    locale_t loc = lex_locale();
    return loc ? iswprint_l((wint_t)r, loc) != 0 : false;
}

/* Decodes one UTF-8 sequence at p (< end). Returns the rune and sets *n to its
 * length, or returns -1 (with *n = 1) for an invalid encoding. */
static int32_t lex_decode(const unsigned char *p, const unsigned char *end, int *n) {
    unsigned c = p[0];
    *n = 1;
    if (c < 0x80) return (int32_t)c;
    int len;
    int32_t r, min;
    if (c >= 0xc2 && c <= 0xdf) { len = 2; r = c & 0x1f; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { len = 3; r = c & 0x0f; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { len = 4; r = c & 0x07; min = 0x10000; }
    else return -1;
    if (end - p < len) return -1;
    for (int i = 1; i < len; i++) {
        if ((p[i] & 0xc0) != 0x80) return -1;
        r = (r << 6) | (p[i] & 0x3f);
    }
    if (r < min || r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) return -1;
    *n = len;
    return r;
}

static int lex_encode(char *out, int32_t r) {
    if (r < 0x80) { out[0] = (char)r; return 1; }
    if (r < 0x800) {
        out[0] = (char)(0xc0 | (r >> 6)); out[1] = (char)(0x80 | (r & 0x3f));
        return 2;
    }
    if (r < 0x10000) {
        out[0] = (char)(0xe0 | (r >> 12)); out[1] = (char)(0x80 | ((r >> 6) & 0x3f));
        out[2] = (char)(0x80 | (r & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (r >> 18)); out[1] = (char)(0x80 | ((r >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((r >> 6) & 0x3f)); out[3] = (char)(0x80 | (r & 0x3f));
    return 4;
}

/* Go's %#U: "U+0040 '@'" (the quoted character only when printable). */
static const char *lex_fmt_U(int32_t r) {
    char ch[8];
    int n = lex_encode(ch, r);
    ch[n] = 0;
    if (lex_is_print(r)) return csp_sprintf("U+%04X '%s'", (unsigned)r, ch);
    return csp_sprintf("U+%04X", (unsigned)r);
}

/* Go's %q of a rune, for "invalid character %q in ... escape". */
static const char *lex_fmt_q(int32_t r) {
    switch (r) {
    case '\n': return "'\\n'";
    case '\t': return "'\\t'";
    case '\r': return "'\\r'";
    case '\'': return "'\\''";
    case '\\': return "'\\\\'";
    }
    if (r >= 0 && lex_is_print(r)) {
        char ch[8];
        int n = lex_encode(ch, r);
        ch[n] = 0;
        return csp_sprintf("'%s'", ch);
    }
    if (r < 0) return "EOF";
    if (r < 0x100) return csp_sprintf("'\\x%02x'", (unsigned)r);
    return csp_sprintf("'\\u%04x'", (unsigned)r);
}

/* ---- positions and errors ---- */

static int lex_col(const Lexer *lx, const unsigned char *p) { return (int)(p - lx->line_start) + 1; }

static int lex_err_at(Lexer *lx, const unsigned char *p, const char *msg) {
    diag_error(lx->diags, lx->line, lex_col(lx, p), "%s", msg);
    lx->done = true;
    return LEX_ERROR;
}

static bool lex_at_end(const Lexer *lx, const unsigned char *p) { return p >= lx->end; }

/* An error caused by the input ending early: the REPL may continue it. */
static int lex_err_eof(Lexer *lx, const unsigned char *p, const char *msg) {
    lx->diags->at_eof = true;
    return lex_err_at(lx, p, msg);
}

/* Reports a bad byte at p inside a literal or comment: NUL or bad UTF-8.
 * Returns true (and reports) if p starts an invalid character. */
static bool lex_bad_char(Lexer *lx, const unsigned char *p) {
    if (*p == 0 && !lex_at_end(lx, p)) { lex_err_at(lx, p, "invalid NUL character"); return true; }
    if (*p >= 0x80) {
        int n;
        if (lex_decode(p, lx->end, &n) < 0) { lex_err_at(lx, p, "invalid UTF-8 encoding"); return true; }
        if (p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf) {
            lex_err_at(lx, p, "invalid BOM in the middle of the file");
            return true;
        }
    }
    return false;
}

/* Advances over one (valid) character at *pp. */
static void lex_skip_char(Lexer *lx, const unsigned char **pp) {
    int n = 1;
    if (**pp >= 0x80) lex_decode(*pp, lx->end, &n);
    *pp += n;
}

static void lex_newline(Lexer *lx, const unsigned char *nl) {
    lx->line++;
    lx->line_start = nl + 1;
}

/* ---- token construction ---- */

static int lex_tok(Lexer *lx, Tok *t, int type, const unsigned char *start, bool semi) {
    t->type = type;
    t->text = csp_strndup((const char *)start, (size_t)(lx->cur - start));
    t->len = (size_t)(lx->cur - start);
    lx->insert_semi = semi;
    return type;
}

static int lex_semi(Lexer *lx, Tok *t, const char *why) {
    t->type = TK_SEMI;
    t->text = why;
    t->len = strlen(why);
    t->synthetic = true;
    lx->insert_semi = false;
    return TK_SEMI;
}

static int lex_opassign(Lexer *lx, Tok *t, Op op, const unsigned char *start) {
    t->op = op;
    return lex_tok(lx, t, TK_OPASSIGN, start, false);
}

/* ---- comments ---- */

/* Skips a // comment up to (not including) the newline. */
static int lex_line_comment(Lexer *lx) {
    const unsigned char *p = lx->cur;
    while (!lex_at_end(lx, p) && *p != '\n') {
        if (lex_bad_char(lx, p)) return LEX_ERROR;
        lex_skip_char(lx, &p);
    }
    lx->cur = p;
    return 0;
}

/* Skips a block comment whose "/" is at start (cur is past the opening).
 * Sets *multiline when it spans lines. */
static int lex_block_comment(Lexer *lx, const unsigned char *start, bool *multiline) {
    const unsigned char *p = lx->cur;
    int line0 = lx->line;
    const unsigned char *ls0 = lx->line_start;
    for (;;) {
        if (lex_at_end(lx, p)) {
            lx->line = line0;
            lx->line_start = ls0;
            return lex_err_eof(lx, start, "comment not terminated");
        }
        if (p[0] == '*' && p[1] == '/') { p += 2; break; }
        if (*p == '\n') { *multiline = true; lex_newline(lx, p); p++; continue; }
        if (lex_bad_char(lx, p)) return LEX_ERROR;
        lex_skip_char(lx, &p);
    }
    lx->cur = p;
    return 0;
}

/* ---- numbers (Go's scanner.number) ---- */

static const char *lex_base_name(int base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    }
    return "hexadecimal";
}

static bool lex_is_hex(int c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static int lex_lower(int c) { return c | 0x20; }

/* Scans digits of `base` (and '_'); returns bit 0: digit seen, bit 1: '_' seen.
 * Records the first digit invalid for the base in *invalid. */
static int lex_digits(const unsigned char **pp, int base, const unsigned char **invalid) {
    const unsigned char *p = *pp;
    int digsep = 0;
    if (base <= 10) {
        int max = '0' + base;
        for (; (*p >= '0' && *p <= '9') || *p == '_'; p++) {
            if (*p == '_') digsep |= 2;
            else {
                digsep |= 1;
                if (*p >= max && invalid && !*invalid) *invalid = p;
            }
        }
    } else {
        for (; lex_is_hex(*p) || *p == '_'; p++) digsep |= *p == '_' ? 2 : 1;
    }
    *pp = p;
    return digsep;
}

/* Go's invalidSep: index of the first misplaced '_' in x, or -1. */
static long lex_invalid_sep(const unsigned char *x, size_t n) {
    int x1 = ' ', d = '.';
    size_t i = 0;
    if (n >= 2 && x[0] == '0') {
        x1 = lex_lower(x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') { d = '0'; i = 2; }
    }
    for (; i < n; i++) {
        int p = d;
        d = x[i];
        if (d == '_') {
            if (p != '0') return (long)i;
        } else if ((d >= '0' && d <= '9') || (x1 == 'x' && lex_is_hex(d))) {
            d = '0';
        } else {
            if (p == '_') return (long)i - 1;
            d = '.';
        }
    }
    return d == '_' ? (long)n - 1 : -1;
}

static int lex_number(Lexer *lx, Tok *t, const unsigned char *start) {
    const unsigned char *p = start, *invalid = NULL;
    int base = 10, prefix = 0, digsep = 0, type = TK_INT;
    bool seen_point = *p == '.';
    if (!seen_point) {
        if (*p == '0') {
            p++;
            switch (lex_lower(*p)) {
            case 'x': p++; base = 16; prefix = 'x'; break;
            case 'o': p++; base = 8; prefix = 'o'; break;
            case 'b': p++; base = 2; prefix = 'b'; break;
            default: base = 8; prefix = '0'; digsep = 1; break;
            }
        }
        digsep |= lex_digits(&p, base, &invalid);
        if (*p == '.') {
            if (prefix == 'o' || prefix == 'b')
                return lex_err_at(lx, p, csp_sprintf("invalid radix point in %s literal", lex_base_name(base)));
            p++;
            seen_point = true;
        }
    } else {
        p++;
    }
    if (seen_point) {
        type = TK_FLOAT;
        digsep |= lex_digits(&p, base, &invalid);
    }
    if (!(digsep & 1)) return lex_err_at(lx, p, csp_sprintf("%s literal has no digits", lex_base_name(base)));
    int e = lex_lower(*p);
    if (e == 'e' || e == 'p') {
        if (e == 'e' && prefix != 0 && prefix != '0')
            return lex_err_at(lx, p, csp_sprintf("'%c' exponent requires decimal mantissa", *p));
        if (e == 'p' && prefix != 'x')
            return lex_err_at(lx, p, csp_sprintf("'%c' exponent requires hexadecimal mantissa", *p));
        p++;
        type = TK_FLOAT;
        if (*p == '+' || *p == '-') p++;
        int ds = lex_digits(&p, 10, NULL);
        digsep = ds | (digsep & 2);
        if (!(ds & 1)) return lex_err_at(lx, p, "exponent has no digits");
    } else if (prefix == 'x' && type == TK_FLOAT) {
        return lex_err_at(lx, p, "hexadecimal mantissa requires a 'p' exponent");
    }
    if (*p == 'i') { p++; type = TK_IMAG; }
    if (type == TK_INT && invalid)
        return lex_err_at(lx, invalid, csp_sprintf("invalid digit '%c' in %s literal", *invalid, lex_base_name(base)));
    if (digsep & 2) {
        long i = lex_invalid_sep(start, (size_t)(p - start));
        if (i >= 0) return lex_err_at(lx, start + i, "'_' must separate successive digits");
    }
    lx->cur = p;
    return lex_tok(lx, t, type, start, true);
}

/* ---- strings and runes ---- */

typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

static void buf_put(Buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1) cap *= 2;
        char *d = csp_alloc_atomic(cap);
        if (b->len) memcpy(d, b->data, b->len);
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

static int lex_hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = lex_lower(c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return 99;
}

/* Decodes the escape after a backslash at *pp (pointing past '\').
 * On success stores the value in *val and *is_byte (\x and octal are bytes).
 * Returns 1 ok, 0 error reported, -1 end of input (caller complains). */
static int lex_escape(Lexer *lx, const unsigned char **pp, int quote, int32_t *val, bool *is_byte) {
    const unsigned char *p = *pp;
    int n, base;
    uint32_t max;
    *is_byte = false;
    if (lex_at_end(lx, p)) return -1;
    switch (*p) {
    case 'a': *val = 7; break;
    case 'b': *val = 8; break;
    case 'f': *val = 12; break;
    case 'n': *val = 10; break;
    case 'r': *val = 13; break;
    case 't': *val = 9; break;
    case 'v': *val = 11; break;
    case '\\': *val = '\\'; break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3; base = 8; max = 255;
        goto numeric;
    case 'x': p++; n = 2; base = 16; max = 255; goto numeric;
    case 'u': p++; n = 4; base = 16; max = 0x10ffff; goto numeric;
    case 'U': p++; n = 8; base = 16; max = 0x10ffff; goto numeric;
    default:
        if (*p == quote) { *val = quote; break; }
        lex_err_at(lx, p, "unknown escape");
        return 0;
    }
    *pp = p + 1;
    return 1;
numeric:;
    uint32_t x = 0;
    for (int i = 0; i < n; i++, p++) {
        if (lex_at_end(lx, p)) return -1;
        int d = lex_hexval(*p);
        if (d >= base) {
            int m;
            int32_t r = *p < 0x80 ? *p : lex_decode(p, lx->end, &m);
            lex_err_at(lx, p, csp_sprintf("invalid character %s in %s escape", lex_fmt_q(r), lex_base_name(base)));
            return 0;
        }
        x = x * (uint32_t)base + (uint32_t)d;
    }
    if (x > max && base == 8) {
        lex_err_at(lx, p, csp_sprintf("octal escape value %u > 255", x));
        return 0;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
        lex_err_at(lx, p, csp_sprintf("escape is invalid Unicode code point %s", lex_fmt_U((int32_t)x)));
        return 0;
    }
    *val = (int32_t)x;
    *is_byte = max == 255;
    *pp = p;
    return 1;
}

static int lex_string(Lexer *lx, Tok *t, const unsigned char *start) {
    const unsigned char *p = start + 1;
    Buf b = {0};
    buf_put(&b, "", 0);
    for (;;) {
        if (lex_at_end(lx, p)) return lex_err_eof(lx, start, "string literal not terminated");
        if (*p == '"') { p++; break; }
        if (*p == '\n') return lex_err_at(lx, p, "newline in string");
        if (*p == '\\') {
            p++;
            int32_t v;
            bool is_byte;
            int r = lex_escape(lx, &p, '"', &v, &is_byte);
            if (r == 0) return LEX_ERROR;
            if (r < 0) return lex_err_eof(lx, start, "string literal not terminated");
            char enc[4];
            if (is_byte) { enc[0] = (char)v; buf_put(&b, enc, 1); }
            else buf_put(&b, enc, (size_t)lex_encode(enc, v));
            continue;
        }
        if (lex_bad_char(lx, p)) return LEX_ERROR;
        const unsigned char *q = p;
        lex_skip_char(lx, &p);
        buf_put(&b, (const char *)q, (size_t)(p - q));
    }
    lx->cur = p;
    t->str = b.data;
    t->str_len = b.len;
    return lex_tok(lx, t, TK_STRING, start, true);
}

static int lex_raw_string(Lexer *lx, Tok *t, const unsigned char *start) {
    const unsigned char *p = start + 1;
    int line0 = lx->line;
    const unsigned char *ls0 = lx->line_start;
    Buf b = {0};
    buf_put(&b, "", 0);
    for (;;) {
        if (lex_at_end(lx, p)) {
            lx->line = line0;
            lx->line_start = ls0;
            return lex_err_eof(lx, start, "raw string literal not terminated");
        }
        if (*p == '`') { p++; break; }
        if (*p == '\r') { p++; continue; }
        if (*p == '\n') { lex_newline(lx, p); buf_put(&b, "\n", 1); p++; continue; }
        if (lex_bad_char(lx, p)) return LEX_ERROR;
        const unsigned char *q = p;
        lex_skip_char(lx, &p);
        buf_put(&b, (const char *)q, (size_t)(p - q));
    }
    lx->cur = p;
    /* position stays at the opening quote: restore line of the token start */
    t->str = b.data;
    t->str_len = b.len;
    return lex_tok(lx, t, TK_STRING, start, true);
}

static int lex_rune(Lexer *lx, Tok *t, const unsigned char *start) {
    const unsigned char *p = start + 1;
    int n = 0;
    int32_t val = 0;
    for (;; n++) {
        if (lex_at_end(lx, p)) return lex_err_eof(lx, start, "rune literal not terminated");
        if (*p == '\'') {
            if (n == 0) return lex_err_at(lx, p, "empty rune literal or unescaped ' in rune literal");
            if (n != 1) return lex_err_at(lx, start, "more than one character in rune literal");
            p++;
            break;
        }
        if (*p == '\n') return lex_err_at(lx, p, "newline in rune literal");
        if (*p == '\\') {
            p++;
            bool is_byte;
            int r = lex_escape(lx, &p, '\'', &val, &is_byte);
            if (r == 0) return LEX_ERROR;
            if (r < 0) return lex_err_eof(lx, start, "rune literal not terminated");
            continue;
        }
        if (lex_bad_char(lx, p)) return LEX_ERROR;
        int m;
        val = lex_decode(p, lx->end, &m);
        p += m;
    }
    lx->cur = p;
    t->ival = val;
    return lex_tok(lx, t, TK_CHAR, start, true);
}

/* ---- identifiers and keywords ---- */

static const struct { const char *name; int type; bool semi; } lex_keywords[] = {
    {"break", TK_BREAK, true}, {"case", TK_CASE, false}, {"chan", TK_CHAN, false},
    {"const", TK_CONST, false}, {"continue", TK_CONTINUE, true}, {"default", TK_DEFAULT, false},
    {"defer", TK_DEFER, false}, {"else", TK_ELSE, false}, {"fallthrough", TK_FALLTHROUGH, true},
    {"for", TK_FOR, false}, {"func", TK_FUNC, false}, {"go", TK_GO, false}, {"goto", TK_GOTO, false},
    {"if", TK_IF, false}, {"import", TK_IMPORT, false}, {"interface", TK_INTERFACE, false},
    {"map", TK_MAP, false}, {"package", TK_PACKAGE, false}, {"range", TK_RANGE, false},
    {"return", TK_RETURN, true}, {"select", TK_SELECT, false}, {"struct", TK_STRUCT, false},
    {"switch", TK_SWITCH, false}, {"type", TK_TYPE, false}, {"var", TK_VAR, false},
};

/* Scans the rest of an identifier from p (letters, digits, Unicode). */
static int lex_ident(Lexer *lx, Tok *t, const unsigned char *start, const unsigned char *p) {
    for (;;) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_') {
            p++;
            continue;
        }
        if (*p < 0x80) break;
        int n;
        int32_t r = lex_decode(p, lx->end, &n);
        if (r < 0) return lex_err_at(lx, p, "invalid UTF-8 encoding");
        if (!lex_is_letter(r) && !lex_is_digit_rune(r))
            return lex_err_at(lx, p, csp_sprintf("invalid character %s in identifier", lex_fmt_U(r)));
        p += n;
    }
    lx->cur = p;
    size_t len = (size_t)(p - start);
    if (len >= 2 && len <= 11 && start[0] >= 'b' && start[0] <= 'v') {
        for (size_t i = 0; i < sizeof lex_keywords / sizeof lex_keywords[0]; i++)
            if (strlen(lex_keywords[i].name) == len && !memcmp(lex_keywords[i].name, start, len))
                return lex_tok(lx, t, lex_keywords[i].type, start, lex_keywords[i].semi);
    }
    return lex_tok(lx, t, TK_NAME, start, true);
}

/* A byte >= 0x80 where a token starts: a Unicode identifier or an error. */
static int lex_unicode(Lexer *lx, Tok *t, const unsigned char *start) {
    int n;
    int32_t r = lex_decode(start, lx->end, &n);
    if (r < 0) return lex_err_at(lx, start, "invalid UTF-8 encoding");
    if (r == 0xfeff) {
        if (start == lx->src) { lx->cur = start + n; return 0; } /* leading BOM */
        return lex_err_at(lx, start, "invalid BOM in the middle of the file");
    }
    if (lex_is_letter(r)) return lex_ident(lx, t, start, start + n);
    if (lex_is_digit_rune(r))
        return lex_err_at(lx, start, csp_sprintf("identifier cannot begin with digit %s", lex_fmt_U(r)));
    return lex_err_at(lx, start, csp_sprintf("invalid character %s", lex_fmt_U(r)));
}

/* ---- the scanner proper ---- */

void lex_init(Lexer *lx, const char *src, size_t len, Diags *diags) {
    memset(lx, 0, sizeof *lx);
    unsigned char *copy = csp_alloc_atomic(len + 4);
    memcpy(copy, src, len);
    memset(copy + len, 0, 4);
    lx->src = lx->cur = lx->line_start = copy;
    lx->end = copy + len;
    lx->line = 1;
    lx->diags = diags;
}

/* Scans one token or skips one piece of whitespace/comment: returns the token
 * type, or 0 with t->type == -2 when it only skipped something. */
#define LEX_AGAIN (-2)

static int lex_scan(Lexer *lx, Tok *t) {
    const unsigned char *start = lx->cur, *YYMARKER;
    t->line = lx->line;
    t->col = lex_col(lx, start);
    /*!re2c
    re2c:yyfill:enable = 0;
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "lx->cur";
    re2c:indent:top = 1;

    id = [a-zA-Z_][a-zA-Z_0-9]*;

    [ \t\r]+   { return LEX_AGAIN; }
    "\n" {
        if (lx->insert_semi) {
            lex_newline(lx, start);
            return lex_semi(lx, t, "newline");
        }
        lex_newline(lx, start);
        return LEX_AGAIN;
    }
    "//"  { return lex_line_comment(lx) < 0 ? LEX_ERROR : LEX_AGAIN; }
    "/*"  {
        bool multi = false;
        if (lex_block_comment(lx, start, &multi) < 0) return LEX_ERROR;
        if (multi && lx->insert_semi) return lex_semi(lx, t, "newline");
        return LEX_AGAIN;
    }
    "\x00" {
        if (lex_at_end(lx, start)) {
            lx->cur = start;
            if (lx->insert_semi) return lex_semi(lx, t, "EOF");
            lx->done = true;
            t->type = LEX_EOF;
            t->text = "EOF";
            return LEX_EOF;
        }
        return lex_err_at(lx, start, "invalid NUL character");
    }
    id  { return lex_ident(lx, t, start, lx->cur); }
    [0-9] | "." [0-9] { return lex_number(lx, t, start); }
    ["]  { return lex_string(lx, t, start); }
    [`]  { return lex_raw_string(lx, t, start); }
    [']  { return lex_rune(lx, t, start); }
    [\x80-\xff] { return lex_unicode(lx, t, start); }

    "+"   { return lex_tok(lx, t, TK_PLUS, start, false); }
    "-"   { return lex_tok(lx, t, TK_MINUS, start, false); }
    "*"   { return lex_tok(lx, t, TK_STAR, start, false); }
    "/"   { return lex_tok(lx, t, TK_SLASH, start, false); }
    "%"   { return lex_tok(lx, t, TK_PERCENT, start, false); }
    "&"   { return lex_tok(lx, t, TK_AMP, start, false); }
    "|"   { return lex_tok(lx, t, TK_PIPE, start, false); }
    "^"   { return lex_tok(lx, t, TK_CARET, start, false); }
    "<<"  { return lex_tok(lx, t, TK_SHL, start, false); }
    ">>"  { return lex_tok(lx, t, TK_SHR, start, false); }
    "&^"  { return lex_tok(lx, t, TK_ANDNOT, start, false); }
    "+="  { return lex_opassign(lx, t, OP_ADD, start); }
    "-="  { return lex_opassign(lx, t, OP_SUB, start); }
    "*="  { return lex_opassign(lx, t, OP_MUL, start); }
    "/="  { return lex_opassign(lx, t, OP_DIV, start); }
    "%="  { return lex_opassign(lx, t, OP_REM, start); }
    "&="  { return lex_opassign(lx, t, OP_AND, start); }
    "|="  { return lex_opassign(lx, t, OP_OR, start); }
    "^="  { return lex_opassign(lx, t, OP_XOR, start); }
    "<<=" { return lex_opassign(lx, t, OP_SHL, start); }
    ">>=" { return lex_opassign(lx, t, OP_SHR, start); }
    "&^=" { return lex_opassign(lx, t, OP_ANDNOT, start); }
    "&&"  { return lex_tok(lx, t, TK_ANDAND, start, false); }
    "||"  { return lex_tok(lx, t, TK_OROR, start, false); }
    "<-"  { return lex_tok(lx, t, TK_ARROW, start, false); }
    "++"  { return lex_tok(lx, t, TK_INC, start, true); }
    "--"  { return lex_tok(lx, t, TK_DEC, start, true); }
    "=="  { return lex_tok(lx, t, TK_EQ, start, false); }
    "<"   { return lex_tok(lx, t, TK_LT, start, false); }
    ">"   { return lex_tok(lx, t, TK_GT, start, false); }
    "="   { return lex_tok(lx, t, TK_ASSIGN, start, false); }
    "!"   { return lex_tok(lx, t, TK_NOT, start, false); }
    "~"   { return lex_tok(lx, t, TK_TILDE, start, false); }
    "!="  { return lex_tok(lx, t, TK_NE, start, false); }
    "<="  { return lex_tok(lx, t, TK_LE, start, false); }
    ">="  { return lex_tok(lx, t, TK_GE, start, false); }
    ":="  { return lex_tok(lx, t, TK_DEFINE, start, false); }
    "..." { return lex_tok(lx, t, TK_DOTDOTDOT, start, false); }
    "("   { return lex_tok(lx, t, TK_LPAREN, start, false); }
    ")"   { return lex_tok(lx, t, TK_RPAREN, start, true); }
    "["   { return lex_tok(lx, t, TK_LBRACKET, start, false); }
    "]"   { return lex_tok(lx, t, TK_RBRACKET, start, true); }
    "{"   { return lex_tok(lx, t, TK_LBRACE, start, false); }
    "}"   { return lex_tok(lx, t, TK_RBRACE, start, true); }
    ","   { return lex_tok(lx, t, TK_COMMA, start, false); }
    "."   { return lex_tok(lx, t, TK_DOT, start, false); }
    ";"   { return lex_tok(lx, t, TK_SEMI, start, false); }
    ":"   { return lex_tok(lx, t, TK_COLON, start, false); }

    * {
        return lex_err_at(lx, start, csp_sprintf("invalid character %s", lex_fmt_U(*start)));
    }
    */
}

int lex_next(Lexer *lx, Tok *t) {
    for (;;) {
        memset(t, 0, sizeof *t);
        if (lx->done) {
            t->type = LEX_EOF;
            t->text = "EOF";
            t->line = lx->line;
            t->col = lex_col(lx, lx->cur);
            return LEX_EOF;
        }
        int r = lex_scan(lx, t);
        if (r == LEX_AGAIN || (r == 0 && !lx->done)) continue;
        if (r == LEX_ERROR) t->type = LEX_ERROR;
        return r;
    }
}

/* ---- token descriptions for error messages ---- */

const char *lex_token_str(int type) {
    switch (type) {
    case LEX_EOF: return "EOF";
    case TK_NAME: return "name";
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING: return "literal";
    case TK_COMMA: return "comma";
    case TK_SEMI: return "semicolon or newline";
    case TK_LBODY: return "{";
    case TK_TFUNC: return "func";
    case TK_OPASSIGN: return "op=";
    }
    for (size_t i = 0; i < sizeof lex_keywords / sizeof lex_keywords[0]; i++)
        if (lex_keywords[i].type == type) return lex_keywords[i].name;
    static const struct { int type; const char *s; } ops[] = {
        {TK_PLUS, "+"}, {TK_MINUS, "-"}, {TK_STAR, "*"}, {TK_SLASH, "/"}, {TK_PERCENT, "%"},
        {TK_AMP, "&"}, {TK_PIPE, "|"}, {TK_CARET, "^"}, {TK_SHL, "<<"}, {TK_SHR, ">>"},
        {TK_ANDNOT, "&^"}, {TK_ANDAND, "&&"}, {TK_OROR, "||"}, {TK_ARROW, "<-"}, {TK_INC, "++"},
        {TK_DEC, "--"}, {TK_EQ, "=="}, {TK_LT, "<"}, {TK_GT, ">"}, {TK_ASSIGN, "="}, {TK_NOT, "!"},
        {TK_TILDE, "~"}, {TK_NE, "!="}, {TK_LE, "<="}, {TK_GE, ">="}, {TK_DEFINE, ":="},
        {TK_DOTDOTDOT, "..."}, {TK_LPAREN, "("}, {TK_RPAREN, ")"}, {TK_LBRACKET, "["},
        {TK_RBRACKET, "]"}, {TK_LBRACE, "{"}, {TK_RBRACE, "}"}, {TK_DOT, "."}, {TK_COLON, ":"},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (ops[i].type == type) return ops[i].s;
    return "token";
}

const char *lex_describe(const Tok *t) {
    switch (t->type) {
    case LEX_EOF: return "EOF";
    case TK_NAME: return csp_sprintf("name %s", t->text);
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
        return csp_sprintf("literal %s", t->text);
    case TK_SEMI: return t->synthetic ? t->text : "semicolon";
    case TK_OPASSIGN: return t->text;
    case TK_TFUNC: return "keyword func";
    }
    for (size_t i = 0; i < sizeof lex_keywords / sizeof lex_keywords[0]; i++)
        if (lex_keywords[i].type == t->type) return csp_sprintf("keyword %s", lex_keywords[i].name);
    return lex_token_str(t->type);
}
