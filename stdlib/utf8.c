/* utf8.c: natives of package unicode/utf8 (stdlib/prelude/utf8.go): the
 * byte-level loops, on the decoder shared with strconv (numconv.c). */
#include "numconv.h"
#include "stdlib.h"

static int u8_RuneCountInString(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    a[0].i = numconv_rune_count(str_data(a[0].p), str_len(a[0].p));
    return VM_OK;
}

static int u8_DecodeRuneInString(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    int32_t r;
    int w = numconv_decode_rune(str_data(a[0].p), str_len(a[0].p), &r);
    a[0].i = r;
    a[1].i = w;
    return VM_OK;
}

static int u8_ValidString(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    const char *d = str_data(a[0].p);
    int64_t n = str_len(a[0].p);
    a[0].i = 1;
    for (int64_t i = 0; i < n;) {
        if ((unsigned char)d[i] < 0x80) { i++; continue; }
        int32_t r;
        int w = numconv_decode_rune(d + i, n - i, &r);
        if (r == 0xFFFD && w == 1) { a[0].i = 0; break; }
        i += w;
    }
    return VM_OK;
}

const NativeEntry utf8_natives[] = {
    {"utf8.RuneCountInString", u8_RuneCountInString},
    {"utf8.DecodeRuneInString", u8_DecodeRuneInString},
    {"utf8.ValidString", u8_ValidString},
    {NULL, NULL},
};
