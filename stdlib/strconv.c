/* strconv.c: natives of package strconv (stdlib/prelude/strconv.go), thin
 * bindings of the Go-exact conversions in numconv.c. Parsers return their
 * value and a NumconvErr code; the prelude turns the code into *NumError,
 * since error values are easiest to build in Go. */
#include <stdio.h>

#include "numconv.h"
#include "stdlib.h"

static Str *buf_str(Buf *b) { return stdlib_str(b->data, (int64_t)b->len); }

static int c_Itoa(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%lld", (long long)a[0].i);
    a[0].p = str_new(tmp, n);
    return VM_OK;
}

static int c_FormatInt(Proc *p, Slot *a) {
    if (a[1].i < 2 || a[1].i > 36) return vm_panic_string(p, "strconv: illegal AppendInt/FormatInt base");
    Buf b;
    buf_init(&b);
    numconv_format_int(&b, a[0].i, (int)a[1].i);
    a[0].p = buf_str(&b);
    return VM_OK;
}

static int c_FormatUint(Proc *p, Slot *a) {
    if (a[1].i < 2 || a[1].i > 36) return vm_panic_string(p, "strconv: illegal AppendInt/FormatInt base");
    Buf b;
    buf_init(&b);
    numconv_format_uint(&b, a[0].u, (int)a[1].i);
    a[0].p = buf_str(&b);
    return VM_OK;
}

/* FormatFloat(f float64, fmt byte, prec, bitSize int) string */
static int c_FormatFloat(Proc *p, Slot *a) {
    char f = (char)a[1].i;
    int bits = (int)a[3].i;
    if (bits != 32 && bits != 64) return vm_panic_string(p, "strconv: illegal AppendFloat/FormatFloat bitSize");
    Buf b;
    buf_init(&b);
    if (strchr("eEfgGbxX", f) && f) numconv_format_float(&b, a[0].f, f, (int)a[2].i, bits);
    else { buf_putc(&b, '%'); buf_putc(&b, f); }
    a[0].p = buf_str(&b);
    return VM_OK;
}

/* parseInt(s string, base, bitSize int) (int64, int) */
static int c_parseInt(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    int64_t v = 0;
    NumconvErr e = numconv_parse_int(str_data(a[0].p), str_len(a[0].p), (int)a[1].i, (int)a[2].i, &v);
    a[0].i = v;
    a[1].i = e;
    return VM_OK;
}

static int c_parseUint(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    uint64_t v = 0;
    NumconvErr e = numconv_parse_uint(str_data(a[0].p), str_len(a[0].p), (int)a[1].i, (int)a[2].i, &v);
    a[0].u = v;
    a[1].i = e;
    return VM_OK;
}

/* parseFloat(s string, bitSize int) (float64, int) */
static int c_parseFloat(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    double v = 0;
    NumconvErr e = numconv_parse_float(str_data(a[0].p), str_len(a[0].p), (int)a[1].i, &v);
    a[0].f = v;
    a[1].i = e;
    return VM_OK;
}

static int quote(Slot *a, bool ascii) {
    Buf b;
    buf_init(&b);
    numconv_quote(&b, str_data(a[0].p), str_len(a[0].p), ascii);
    a[0].p = buf_str(&b);
    return VM_OK;
}

static int quote_rune(Slot *a, bool ascii) {
    Buf b;
    buf_init(&b);
    numconv_quote_rune(&b, (int32_t)a[0].i, ascii);
    a[0].p = buf_str(&b);
    return VM_OK;
}

static int c_Quote(Proc *p, Slot *a) { CSP_UNUSED(p); return quote(a, false); }
static int c_QuoteToASCII(Proc *p, Slot *a) { CSP_UNUSED(p); return quote(a, true); }
static int c_QuoteRune(Proc *p, Slot *a) { CSP_UNUSED(p); return quote_rune(a, false); }
static int c_QuoteRuneToASCII(Proc *p, Slot *a) { CSP_UNUSED(p); return quote_rune(a, true); }

static int c_CanBackquote(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    a[0].i = numconv_can_backquote(str_data(a[0].p), str_len(a[0].p));
    return VM_OK;
}

static int c_IsPrint(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    int32_t r = (int32_t)a[0].i;
    a[0].i = r >= 0 && r <= 0x10FFFF && numconv_is_print(r);
    return VM_OK;
}

const NativeEntry strconv_natives[] = {
    {"strconv.Itoa", c_Itoa},
    {"strconv.FormatInt", c_FormatInt},
    {"strconv.FormatUint", c_FormatUint},
    {"strconv.FormatFloat", c_FormatFloat},
    {"strconv.parseInt", c_parseInt},
    {"strconv.parseUint", c_parseUint},
    {"strconv.parseFloat", c_parseFloat},
    {"strconv.Quote", c_Quote},
    {"strconv.QuoteToASCII", c_QuoteToASCII},
    {"strconv.QuoteRune", c_QuoteRune},
    {"strconv.QuoteRuneToASCII", c_QuoteRuneToASCII},
    {"strconv.CanBackquote", c_CanBackquote},
    {"strconv.IsPrint", c_IsPrint},
    {NULL, NULL},
};
