/* test_lexer.c: token streams, semicolon insertion, literal decoding and
 * lexical errors of grammar/lexer.re.
 *
 * lex_str() renders a source's whole token stream on one line: operators and
 * keywords as spelled, names and numbers as written, strings decoded in Go
 * quotes, runes as 'N' (code point), synthetic semicolons as ;nl / ;eof,
 * end of input as EOF; an error ends the stream with "ERR <line:col: msg>".
 */
#include <stdlib.h>

#include "../../grammar/lexer.h"
#include "parser.h"
#include "unit.h"

static void put(char **buf, size_t *len, size_t *cap, const char *s, size_t n) {
    if (*len + n + 2 > *cap) {
        while (*len + n + 2 > *cap) *cap = *cap ? *cap * 2 : 256;
        *buf = realloc(*buf, *cap);
    }
    memcpy(*buf + *len, s, n);
    *len += n;
    (*buf)[*len] = 0;
}

static const char *lex_str(const char *src) {
    Diags d;
    diag_init(&d, "t");
    Lexer lx;
    lex_init(&lx, src, strlen(src), &d);
    char *buf = NULL;
    size_t len = 0, cap = 0;
    put(&buf, &len, &cap, "", 0);
    for (int guard = 0; guard < 10000; guard++) {
        Tok t;
        int type = lex_next(&lx, &t);
        if (len) put(&buf, &len, &cap, " ", 1);
        char tmp[256];
        if (type == LEX_ERROR) {
            snprintf(tmp, sizeof tmp, "ERR <%d:%d: %s>", d.items[0].line, d.items[0].col, d.items[0].msg);
            put(&buf, &len, &cap, tmp, strlen(tmp));
            break;
        }
        if (type == LEX_EOF) {
            put(&buf, &len, &cap, "EOF", 3);
            break;
        }
        if (type == TK_SEMI && t.synthetic) {
            const char *s = !strcmp(t.text, "EOF") ? ";eof" : ";nl";
            put(&buf, &len, &cap, s, strlen(s));
        } else if (type == TK_STRING) {
            put(&buf, &len, &cap, "\"", 1);
            for (size_t i = 0; i < t.str_len; i++) {
                unsigned char c = (unsigned char)t.str[i];
                if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') snprintf(tmp, sizeof tmp, "\\x%02x", c);
                else snprintf(tmp, sizeof tmp, "%c", c);
                put(&buf, &len, &cap, tmp, strlen(tmp));
            }
            put(&buf, &len, &cap, "\"", 1);
        } else if (type == TK_CHAR) {
            snprintf(tmp, sizeof tmp, "'%lld'", (long long)t.ival);
            put(&buf, &len, &cap, tmp, strlen(tmp));
        } else {
            put(&buf, &len, &cap, t.text, t.len);
        }
    }
    char *out = csp_strdup(buf);
    free(buf);
    return out;
}

static void T(const char *name, const char *src, const char *want) { unit_check_str(name, want, lex_str(src)); }

static void test_tokens(void) {
    T("lex/ops", "+ - * / % & | ^ << >> &^ && || <- ++ -- == < > = ! ~ != <= >= := ... ( ) [ ] { } , . ; :",
      "+ - * / % & | ^ << >> &^ && || <- ++ -- == < > = ! ~ != <= >= := ... ( ) [ ] { } , . ; : EOF");
    T("lex/opassign", "a += 1; a &^= b; a <<= 2; a >>= 3", "a += 1 ; a &^= b ; a <<= 2 ; a >>= 3 ;eof EOF");
    T("lex/keywords", "break case chan const continue default defer else fallthrough for func go goto if "
      "import interface map package range return select struct switch type var",
      "break case chan const continue default defer else fallthrough for func go goto if "
      "import interface map package range return select struct switch type var EOF");
    T("lex/unicode-ident", "héllo 日本 _x9 αβ", "héllo 日本 _x9 αβ ;eof EOF");
    T("lex/arrow-chan", "<-chan int", "<- chan int ;eof EOF");
    T("lex/ellipsis-dot", "a... .5 x.y", "a ... .5 x . y ;eof EOF");
}

static void test_semicolons(void) {
    T("semi/ident", "x\ny", "x ;nl y ;eof EOF");
    T("semi/literals", "1\n2.5\n'a'\n\"s\"\n`r`\n3i\n", "1 ;nl 2.5 ;nl '97' ;nl \"s\" ;nl \"r\" ;nl 3i ;nl EOF");
    T("semi/keywords", "break\ncontinue\nfallthrough\nreturn\nfunc\n", "break ;nl continue ;nl fallthrough ;nl return ;nl func EOF");
    T("semi/incdec", "x++\ny--\n", "x ++ ;nl y -- ;nl EOF");
    T("semi/closers", ")\n]\n}\n", ") ;nl ] ;nl } ;nl EOF");
    T("semi/none-after-op", "x +\ny", "x + y ;eof EOF");
    T("semi/none-after-brace", "{\n}", "{ } ;eof EOF");
    T("semi/line-comment", "x // c\ny", "x ;nl y ;eof EOF");
    T("semi/block-comment-1line", "x /* c */ y", "x y ;eof EOF");
    T("semi/block-comment-multiline", "x /* a\nb */ y", "x ;nl y ;eof EOF");
    T("semi/block-comment-noinsert", "x + /* a\nb */ y", "x + y ;eof EOF");
    T("semi/eof", "x", "x ;eof EOF");
    T("semi/empty", "", "EOF");
    T("semi/comment-only", "// hi", "EOF");
    T("semi/crlf", "x\r\ny\r\n", "x ;nl y ;nl EOF");
    T("semi/blank-lines", "x\n\n\ny", "x ;nl y ;eof EOF");
}

static void test_numbers(void) {
    T("num/ints", "0 42 0x1F 0X1f 0o17 0O17 017 0b101 0B1 1_000_000 0x_1F 0_7",
      "0 42 0x1F 0X1f 0o17 0O17 017 0b101 0B1 1_000_000 0x_1F 0_7 ;eof EOF");
    T("num/floats", "1.5 .5 1. 1e10 1E-5 2.5e+3 0x1p-2 0x1.8p1 1_0.2_5 09.5 08e1",
      "1.5 .5 1. 1e10 1E-5 2.5e+3 0x1p-2 0x1.8p1 1_0.2_5 09.5 08e1 ;eof EOF");
    T("num/imag", "1i 2.5i 0x1p2i", "1i 2.5i 0x1p2i ;eof EOF");
    T("num/bad-octal", "x := 0128", "x := ERR <1:9: invalid digit '8' in octal literal>");
    T("num/bad-binary", "0b12", "ERR <1:4: invalid digit '2' in binary literal>");
    T("num/bad-0o", "0o8", "ERR <1:3: invalid digit '8' in octal literal>");
    T("num/no-digits-hex", "0x", "ERR <1:3: hexadecimal literal has no digits>");
    T("num/no-digits-bin", "0b", "ERR <1:3: binary literal has no digits>");
    T("num/sep-double", "1__0", "ERR <1:3: '_' must separate successive digits>");
    T("num/sep-trailing", "10_", "ERR <1:3: '_' must separate successive digits>");
    T("num/exp-no-digits", "1e+", "ERR <1:4: exponent has no digits>");
    T("num/hex-mantissa", "0x1.5", "ERR <1:6: hexadecimal mantissa requires a 'p' exponent>");
    T("num/p-exponent", "1p5", "ERR <1:2: 'p' exponent requires hexadecimal mantissa>");
    T("num/radix-point", "0b1.0", "ERR <1:4: invalid radix point in binary literal>");
}

static void test_strings(void) {
    T("str/escapes", "\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"", "\"\\x07\\x08\\x0c\\x0a\\x0d\\x09\\x0b\\x5c\\x22\" ;eof EOF");
    T("str/hex-octal-bytes", "\"\\x41\\101\\xff\\377\"", "\"AA\\xff\\xff\" ;eof EOF");
    T("str/unicode-escapes", "\"\\u00e9\\U0001F600\"", "\"\\xc3\\xa9\\xf0\\x9f\\x98\\x80\" ;eof EOF");
    T("str/utf8-verbatim", "\"é\"", "\"\\xc3\\xa9\" ;eof EOF");
    T("str/raw", "`a\\n\r\nb`", "\"a\\x5cn\\x0ab\" ;eof EOF");
    T("str/raw-multiline-lines", "`a\nb` x\ny", "\"a\\x0ab\" x ;nl y ;eof EOF");
    T("str/unterminated", "x := \"abc", "x := ERR <1:6: string literal not terminated>");
    T("str/newline", "\"ab\ncd\"", "ERR <1:4: newline in string>");
    T("str/raw-unterminated", "`abc\n", "ERR <1:1: raw string literal not terminated>");
    T("str/unknown-escape", "\"\\q\"", "ERR <1:3: unknown escape>");
    T("str/single-quote-escape", "\"\\'\"", "ERR <1:3: unknown escape>");
    T("str/bad-hex", "\"\\xZ1\"", "ERR <1:4: invalid character 'Z' in hexadecimal escape>");
    T("str/octal-too-big", "\"\\400\"", "ERR <1:6: octal escape value 256 > 255>");
    T("str/surrogate", "\"\\uD800\"", "ERR <1:8: escape is invalid Unicode code point U+D800>");
    T("str/too-big-rune", "\"\\U00110000\"", "ERR <1:12: escape is invalid Unicode code point U+110000>");
}

static void test_runes(void) {
    T("rune/simple", "'a' 'é' '日'", "'97' '233' '26085' ;eof EOF");
    T("rune/escapes", "'\\a' '\\b' '\\f' '\\n' '\\r' '\\t' '\\v' '\\\\' '\\''",
      "'7' '8' '12' '10' '13' '9' '11' '92' '39' ;eof EOF");
    T("rune/numeric", "'\\x41' '\\101' '\\u00e9' '\\U0001F600' '\\377'", "'65' '65' '233' '128512' '255' ;eof EOF");
    T("rune/empty", "''", "ERR <1:2: empty rune literal or unescaped ' in rune literal>");
    T("rune/two-chars", "'ab'", "ERR <1:1: more than one character in rune literal>");
    T("rune/unknown-escape", "'\\q'", "ERR <1:3: unknown escape>");
    T("rune/dquote-escape", "'\\\"'", "ERR <1:3: unknown escape>");
    T("rune/newline", "'\n'", "ERR <1:2: newline in rune literal>");
    T("rune/unterminated", "'a", "ERR <1:1: rune literal not terminated>");
}

static void test_errors(void) {
    T("err/at-sign", "x := @", "x := ERR <1:6: invalid character U+0040 '@'>");
    T("err/hash", "#", "ERR <1:1: invalid character U+0023 '#'>");
    T("err/control", "\x01", "ERR <1:1: invalid character U+0001>");
    T("err/comment", "x /* abc", "x ERR <1:3: comment not terminated>");
    T("err/bad-utf8", "x := \xff", "x := ERR <1:6: invalid UTF-8 encoding>");
    T("err/bad-utf8-in-string", "\"\xc3\x28\"", "ERR <1:2: invalid UTF-8 encoding>");
    T("err/bad-utf8-in-comment", "// \xe2\x82", "ERR <1:4: invalid UTF-8 encoding>");
    T("err/overlong", "\"\xc0\xaf\"", "ERR <1:2: invalid UTF-8 encoding>");
    T("err/unicode-punct", "x \xe2\x80\xa8", "x ERR <1:3: invalid character U+2028>");
    T("err/unicode-symbol-in-ident", "a\xc2\xb7", "ERR <1:2: invalid character U+00B7 '\xc2\xb7' in identifier>");
    T("err/bom-start-ok", "\xef\xbb\xbfx", "x ;eof EOF");
    T("err/bom-middle", "x \xef\xbb\xbf", "x ERR <1:3: invalid BOM in the middle of the file>");
}

/* NUL bytes need an explicit length. */
static void test_nul(void) {
    static const char src[] = "x := 1\0y";
    Diags d;
    diag_init(&d, "t");
    Lexer lx;
    lex_init(&lx, src, sizeof src - 1, &d);
    Tok t;
    int n = 0, type;
    while ((type = lex_next(&lx, &t)) != LEX_EOF && type != LEX_ERROR) n++;
    unit_check("err/nul-byte", type == LEX_ERROR && n == 3 && d.len == 1 && !strcmp(d.items[0].msg, "invalid NUL character") &&
                                   d.items[0].col == 7);
}

static void test_positions(void) {
    const char *src = "a := b\n\tc(\"x\")\n/* z\n */ d";
    /* the multi-line comment inserts no semicolon: the ) before it did */
    Diags d;
    diag_init(&d, "t");
    Lexer lx;
    lex_init(&lx, src, strlen(src), &d);
    char buf[512] = "";
    Tok t;
    while (lex_next(&lx, &t) > 0) {
        char one[32];
        snprintf(one, sizeof one, "%d:%d ", t.line, t.col);
        strcat(buf, one);
    }
    unit_check_str("pos/line-col", "1:1 1:3 1:6 1:7 2:2 2:3 2:4 2:7 2:8 4:5 4:6 ", buf);
}

int main(void) {
    GC_INIT();
    test_tokens();
    test_semicolons();
    test_numbers();
    test_strings();
    test_runes();
    test_errors();
    test_nul();
    test_positions();
    return unit_done();
}
