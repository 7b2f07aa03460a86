/* const.c: compile-time constant values and their exact arithmetic.
 *
 * Integer constants are held in 128 bits (enough for every uint64 and
 * int64 value and for the intermediate results Go programs write, such as
 * 1<<64 - 1); floats in doubles. Representability checks implement Go's
 * rule that a constant converted to a type must fit it exactly
 * (`var b byte = 300` is an error).
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "compiler.h"

#define I128_MAX ((__int128)(((unsigned __int128)1 << 127) - 1))
#define I128_MIN (-I128_MAX - 1)

ConstVal cv_int(__int128 v) { return (ConstVal){.kind = CV_INT, .i = v}; }
ConstVal cv_float(long double v) { return (ConstVal){.kind = CV_FLOAT, .f = v}; }
ConstVal cv_bool(bool b) { return (ConstVal){.kind = CV_BOOL, .b = b}; }
ConstVal cv_string(Str *s) { return (ConstVal){.kind = CV_STRING, .s = s}; }

ConstVal cv_to_float(ConstVal x) {
    if (x.kind == CV_INT) return cv_float((long double)x.i);
    return x;
}

static bool add_ovf(__int128 a, __int128 b, __int128 *r) { return __builtin_add_overflow(a, b, r); }
static bool sub_ovf(__int128 a, __int128 b, __int128 *r) { return __builtin_sub_overflow(a, b, r); }
static bool mul_ovf(__int128 a, __int128 b, __int128 *r) { return __builtin_mul_overflow(a, b, r); }

static bool int_binary(Op op, __int128 x, __int128 y, ConstVal *out, const char **err) {
    __int128 r = 0;
    switch (op) {
    case OP_ADD: if (add_ovf(x, y, &r)) goto ovf; break;
    case OP_SUB: if (sub_ovf(x, y, &r)) goto ovf; break;
    case OP_MUL: if (mul_ovf(x, y, &r)) goto ovf; break;
    case OP_DIV:
        if (y == 0) { *err = "invalid operation: division by zero"; return false; }
        r = x / y;
        break;
    case OP_REM:
        if (y == 0) { *err = "invalid operation: division by zero"; return false; }
        r = x % y;
        break;
    case OP_AND: r = x & y; break;
    case OP_OR: r = x | y; break;
    case OP_XOR: r = x ^ y; break;
    case OP_ANDNOT: r = x & ~y; break;
    case OP_SHL:
        if (y < 0) { *err = "invalid shift count"; return false; }
        if (y >= 127 || (x != 0 && (x > 0 ? x : -x) >> (126 - (int)y) != 0)) goto ovf;
        r = x * ((__int128)1 << (int)y);
        break;
    case OP_SHR:
        if (y < 0) { *err = "invalid shift count"; return false; }
        r = y >= 127 ? (x < 0 ? -1 : 0) : x >> (int)y;
        break;
    default: *err = "invalid constant operation"; return false;
    }
    *out = cv_int(r);
    return true;
ovf:
    *err = "constant overflow";
    return false;
}

bool cv_binary(Op op, ConstVal x, ConstVal y, bool integer_div, ConstVal *out, const char **err) {
    if (x.kind == CV_STRING) {
        if (op != OP_ADD) { *err = "invalid string operation"; return false; }
        *out = cv_string(str_concat(x.s, y.s));
        return true;
    }
    if (x.kind == CV_BOOL) {
        if (op == OP_ANDAND) { *out = cv_bool(x.b && y.b); return true; }
        if (op == OP_OROR) { *out = cv_bool(x.b || y.b); return true; }
        *err = "invalid bool operation";
        return false;
    }
    if (x.kind == CV_INT && y.kind == CV_INT && (integer_div || op != OP_DIV))
        return int_binary(op, x.i, y.i, out, err);
    if (op == OP_SHL || op == OP_SHR) return int_binary(op, x.i, y.i, out, err);
    long double a = cv_to_float(x).f, b = cv_to_float(y).f, r;
    switch (op) {
    case OP_ADD: r = a + b; break;
    case OP_SUB: r = a - b; break;
    case OP_MUL: r = a * b; break;
    case OP_DIV:
        if (b == 0) { *err = "invalid operation: division by zero"; return false; }
        r = a / b;
        break;
    default: *err = "invalid float operation"; return false;
    }
    if (isinf(r) || isnan(r) || fabsl(r) > 1.7976931348623157e308L * 1e4L) { *err = "constant overflow"; return false; }
    *out = cv_float(r);
    return true;
}

bool cv_compare(Op op, ConstVal x, ConstVal y) {
    int c;
    if (x.kind == CV_STRING) c = str_cmp(x.s, y.s);
    else if (x.kind == CV_BOOL) c = (int)x.b - (int)y.b;
    else if (x.kind == CV_INT && y.kind == CV_INT) c = (x.i > y.i) - (x.i < y.i);
    else {
        long double a = cv_to_float(x).f, b = cv_to_float(y).f;
        c = (a > b) - (a < b);
    }
    switch (op) {
    case OP_EQ: return c == 0;
    case OP_NE: return c != 0;
    case OP_LT: return c < 0;
    case OP_LE: return c <= 0;
    case OP_GT: return c > 0;
    case OP_GE: return c >= 0;
    default: return false;
    }
}

bool cv_unary(Op op, ConstVal x, Type *t, ConstVal *out, const char **err) {
    switch (op) {
    case OP_ADD: *out = x; return true;
    case OP_SUB:
        if (x.kind == CV_INT) { *out = cv_int(-x.i); return true; }
        if (x.kind == CV_FLOAT) { *out = cv_float(x.f == 0 ? 0.0 : -x.f); return true; } /* no -0 constants */
        break;
    case OP_NOT:
        if (x.kind == CV_BOOL) { *out = cv_bool(!x.b); return true; }
        break;
    case OP_XOR:
        if (x.kind == CV_INT) {
            if (t && type_is_unsigned(t)) {
                int bits = type_int_bits(t);
                unsigned __int128 mask = bits == 64 ? 0xFFFFFFFFFFFFFFFFULL : ((unsigned __int128)1 << bits) - 1;
                *out = cv_int((__int128)(~(unsigned __int128)x.i & mask));
            } else
                *out = cv_int(~x.i);
            return true;
        }
        break;
    default: break;
    }
    *err = "invalid constant operation";
    return false;
}

bool cv_representable(ConstVal x, Type *t, ConstVal *out) {
    Type *u = type_under(t);
    switch (u->kind) {
    case T_BOOL: case T_UNTYPED_BOOL:
        if (x.kind != CV_BOOL) return false;
        *out = x;
        return true;
    case T_STRING: case T_UNTYPED_STRING:
        if (x.kind != CV_STRING) return false;
        *out = x;
        return true;
    case T_FLOAT32: case T_FLOAT64: case T_UNTYPED_FLOAT: {
        if (x.kind != CV_INT && x.kind != CV_FLOAT) return false;
        long double f = cv_to_float(x).f;
        if (u->kind == T_FLOAT32) {
            float r = (float)f; /* rounds to nearest: MaxFloat32 written in decimal still fits */
            if (isinf(r)) return false;
            f = r;
        } else if (u->kind == T_FLOAT64) {
            double r = (double)f;
            if (isinf(r)) return false;
            f = r;
        }
        *out = cv_float(f);
        return true;
    }
    case T_UNTYPED_INT: case T_UNTYPED_RUNE:
        if (x.kind == CV_FLOAT) {
            if (x.f != floorl(x.f) || fabsl(x.f) > 1.7e38L) return false;
            *out = cv_int((__int128)x.f);
            return true;
        }
        if (x.kind != CV_INT) return false;
        *out = x;
        return true;
    default:
        break;
    }
    if (!type_is_integer(u)) return false;
    __int128 v;
    if (x.kind == CV_FLOAT) {
        if (x.f != floorl(x.f) || fabsl(x.f) > 1.8446744073709552e19L) return false;
        v = (__int128)x.f;
    } else if (x.kind == CV_INT)
        v = x.i;
    else
        return false;
    int bits = type_int_bits(u);
    __int128 lo, hi;
    if (type_is_unsigned(u)) {
        lo = 0;
        hi = bits == 64 ? (__int128)UINT64_MAX : (((__int128)1 << bits) - 1);
    } else {
        lo = -((__int128)1 << (bits - 1));
        hi = ((__int128)1 << (bits - 1)) - 1;
    }
    if (v < lo || v > hi) return false;
    *out = cv_int(v);
    return true;
}

static void i128_str(char *buf, __int128 v) {
    char tmp[64];
    int n = 0;
    bool neg = v < 0;
    unsigned __int128 u = neg ? -(unsigned __int128)v : (unsigned __int128)v;
    do {
        tmp[n++] = '0' + (int)(u % 10);
        u /= 10;
    } while (u);
    int j = 0;
    if (neg) buf[j++] = '-';
    while (n) buf[j++] = tmp[--n];
    buf[j] = 0;
}

const char *cv_str(ConstVal x) {
    char buf[128];
    switch (x.kind) {
    case CV_BOOL: return x.b ? "true" : "false";
    case CV_INT: i128_str(buf, x.i); return csp_strdup(buf);
    case CV_FLOAT: {
        if (x.f == floorl(x.f) && fabsl(x.f) < 1e21L) {
            snprintf(buf, sizeof buf, "%.0Lf", x.f);
            return csp_strdup(buf);
        }
        snprintf(buf, sizeof buf, "%.6Lg", x.f);
        return csp_strdup(buf);
    }
    case CV_STRING: {
        Buf b;
        buf_init(&b);
        buf_putc(&b, '"');
        for (int64_t i = 0; i < str_len(x.s); i++) {
            char ch = x.s->data[i];
            if (ch == '"' || ch == '\\') buf_putc(&b, '\\');
            if (ch == '\n') { buf_puts(&b, "\\n"); continue; }
            buf_putc(&b, ch);
        }
        buf_putc(&b, '"');
        return buf_cstr(&b);
    }
    default: return "?";
    }
}

bool cv_parse_int(const char *text, ConstVal *out) {
    int base = 10;
    const char *p = text;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) { base = 16; p += 2; }
    else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B')) { base = 2; p += 2; }
    else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O')) { base = 8; p += 2; }
    else if (p[0] == '0' && p[1]) { base = 8; p += 1; }
    __int128 v = 0;
    for (; *p; p++) {
        if (*p == '_') continue;
        int d;
        if (*p >= '0' && *p <= '9') d = *p - '0';
        else if (*p >= 'a' && *p <= 'f') d = *p - 'a' + 10;
        else if (*p >= 'A' && *p <= 'F') d = *p - 'A' + 10;
        else return false;
        if (d >= base) return false;
        if (mul_ovf(v, base, &v) || add_ovf(v, d, &v)) return false;
    }
    *out = cv_int(v);
    return true;
}

bool cv_parse_float(const char *text, ConstVal *out) {
    char buf[512];
    size_t j = 0;
    for (const char *p = text; *p && j < sizeof buf - 1; p++)
        if (*p != '_') buf[j++] = *p;
    buf[j] = 0;
    errno = 0;
    char *end;
    long double v = strtold(buf, &end);
    if (*end) return false;
    if (isinf(v)) return false;
    *out = cv_float(v);
    return true;
}
