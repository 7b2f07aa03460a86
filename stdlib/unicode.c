/* unicode.c: rune classes and case mapping (see unicode.h), plus the natives
 * of package unicode (stdlib/prelude/unicode.go).
 *
 * Latin-1 answers come from small exact tables (what nearly every program
 * asks about); beyond U+00FF we ask glibc's C.UTF-8 tables through a private
 * locale_t, which agree with Go's Unicode tables for letters, digits and
 * simple case mappings of the common scripts.
 */
#include <locale.h>
#include <pthread.h>
#include <wctype.h>

#include "numconv.h"
#include "stdlib.h"
#include "unicode.h"

static locale_t uni_loc;
static pthread_once_t uni_once = PTHREAD_ONCE_INIT;

static void uni_init(void) {
    uni_loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    if (!uni_loc) uni_loc = newlocale(LC_CTYPE_MASK, "C.utf8", (locale_t)0);
}

static locale_t loc(void) {
    pthread_once(&uni_once, uni_init);
    return uni_loc;
}

static bool wide(int32_t r) { return r > 0xFF && r <= 0x10FFFF && loc(); }

bool uni_is_space(int32_t r) {
    switch (r) {
    case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
        return true;
    }
    return r >= 0x2000 && r <= 0x200A;
}

bool uni_is_upper(int32_t r) {
    if (r < 0x80) return r >= 'A' && r <= 'Z';
    if (r <= 0xFF) return r >= 0xC0 && r <= 0xDE && r != 0xD7;
    return wide(r) && iswupper_l((wint_t)r, loc());
}

bool uni_is_lower(int32_t r) {
    if (r < 0x80) return r >= 'a' && r <= 'z';
    if (r <= 0xFF) return r == 0xB5 || (r >= 0xDF && r != 0xF7);
    return wide(r) && iswlower_l((wint_t)r, loc());
}

bool uni_is_letter(int32_t r) {
    if (r <= 0xFF)
        return uni_is_upper(r) || uni_is_lower(r) || r == 0xAA || r == 0xBA;
    return wide(r) && iswalpha_l((wint_t)r, loc()) && !uni_is_number(r);
}

bool uni_is_digit(int32_t r) {
    if (r <= 0xFF) return r >= '0' && r <= '9';
    /* Nd blocks of the common scripts: each is ten consecutive runes */
    static const int32_t zeros[] = {0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6,
                                    0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090,
                                    0x17E0, 0x1810, 0xFF10};
    for (size_t i = 0; i < sizeof zeros / sizeof zeros[0]; i++)
        if (r >= zeros[i] && r < zeros[i] + 10) return true;
    return false;
}

bool uni_is_number(int32_t r) {
    if (r <= 0xFF) return uni_is_digit(r) || r == 0xB2 || r == 0xB3 || r == 0xB9 || (r >= 0xBC && r <= 0xBE);
    return uni_is_digit(r) || (r >= 0x2150 && r <= 0x2189) || (r >= 0x2460 && r <= 0x249B) ||
           (r >= 0x2070 && r <= 0x2079 && r != 0x2071 && r != 0x2072 && r != 0x2073) || (r >= 0x2080 && r <= 0x2089);
}

bool uni_is_punct(int32_t r) {
    if (r < 0x80) return r > ' ' && r < 0x7F && !((r >= '0' && r <= '9') || ((r | 0x20) >= 'a' && (r | 0x20) <= 'z')) &&
                         !strchr("$+<=>^`|~", r);
    if (r <= 0xFF) return r == 0xA1 || r == 0xA7 || r == 0xAB || r == 0xB6 || r == 0xB7 || r == 0xBB || r == 0xBF;
    /* General Punctuation, CJK and fullwidth punctuation */
    if (r >= 0x2010 && r <= 0x2027) return true;
    if (r >= 0x2030 && r <= 0x205E) return r != 0x2044 && r != 0x2052;
    if (r >= 0x3001 && r <= 0x3003) return true;
    if (r >= 0x3008 && r <= 0x3011) return true;
    if (r >= 0xFF01 && r <= 0xFF5E) return uni_is_punct(r - 0xFF00 + 0x20);
    return false;
}

bool uni_is_control(int32_t r) { return (r >= 0 && r < 0x20) || (r >= 0x7F && r <= 0x9F); }

bool uni_is_print(int32_t r) { return r >= 0 && r <= 0x10FFFF && numconv_is_print(r); }

bool uni_is_graphic(int32_t r) {
    return uni_is_print(r) || r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F ||
           r == 0x205F || r == 0x3000;
}

int32_t uni_to_upper(int32_t r) {
    if (r < 0x80) return r >= 'a' && r <= 'z' ? r - 32 : r;
    if (r <= 0xFF) {
        if (r == 0xB5) return 0x39C;
        if (r == 0xFF) return 0x178;
        return r >= 0xE0 && r != 0xF7 ? r - 32 : r;
    }
    return wide(r) ? (int32_t)towupper_l((wint_t)r, loc()) : r;
}

int32_t uni_to_lower(int32_t r) {
    if (r < 0x80) return r >= 'A' && r <= 'Z' ? r + 32 : r;
    if (r <= 0xFF) return r >= 0xC0 && r <= 0xDE && r != 0xD7 ? r + 32 : r;
    return wide(r) ? (int32_t)towlower_l((wint_t)r, loc()) : r;
}

int32_t uni_to_title(int32_t r) {
    switch (r) { /* the digraphs with a distinct title case */
    case 0x1C4: case 0x1C5: case 0x1C6: return 0x1C5;
    case 0x1C7: case 0x1C8: case 0x1C9: return 0x1C8;
    case 0x1CA: case 0x1CB: case 0x1CC: return 0x1CB;
    case 0x1F1: case 0x1F2: case 0x1F3: return 0x1F2;
    }
    return uni_to_upper(r);
}

/* Orbits with more than two members (Go's caseOrbit, the common part). */
static const int32_t orbits[][4] = {
    {'K', 'k', 0x212A, 0}, {'S', 's', 0x17F, 0}, {0xB5, 0x39C, 0x3BC, 0}, {0xC5, 0xE5, 0x212B, 0},
    {0x398, 0x3B8, 0x3D1, 0x3F4}, {0x3A3, 0x3C2, 0x3C3, 0}, {0x392, 0x3B2, 0x3D0, 0},
};

int32_t uni_simple_fold(int32_t r) {
    if (r < 0 || r > 0x10FFFF) return r;
    for (size_t i = 0; i < sizeof orbits / sizeof orbits[0]; i++) {
        const int32_t *o = orbits[i];
        int n = o[3] ? 4 : 3;
        int32_t lo = 0x7FFFFFFF, next = 0x7FFFFFFF;
        bool in = false;
        for (int j = 0; j < n; j++) {
            if (o[j] == r) in = true;
            if (o[j] < lo) lo = o[j];
            if (o[j] > r && o[j] < next) next = o[j];
        }
        if (in) return next != 0x7FFFFFFF ? next : lo;
    }
    int32_t u = uni_to_upper(r), l = uni_to_lower(r);
    if (u != r) return u;
    if (l != r) return l;
    return r;
}

/* ---- natives of package unicode: func(r rune) bool / rune ---- */

#define UNI_PRED(name, fn) \
    static int u_##name(Proc *p, Slot *a) { CSP_UNUSED(p); a[0].i = fn((int32_t)a[0].i); return VM_OK; }
UNI_PRED(IsSpace, uni_is_space)
UNI_PRED(IsLetter, uni_is_letter)
UNI_PRED(IsDigit, uni_is_digit)
UNI_PRED(IsNumber, uni_is_number)
UNI_PRED(IsUpper, uni_is_upper)
UNI_PRED(IsLower, uni_is_lower)
UNI_PRED(IsPunct, uni_is_punct)
UNI_PRED(IsControl, uni_is_control)
UNI_PRED(IsPrint, uni_is_print)
UNI_PRED(IsGraphic, uni_is_graphic)
UNI_PRED(ToUpper, uni_to_upper)
UNI_PRED(ToLower, uni_to_lower)
UNI_PRED(ToTitle, uni_to_title)
UNI_PRED(SimpleFold, uni_simple_fold)

/* inTable(id int, r rune) bool: r in Go's RangeTable number id */
static int u_inTable(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    int64_t id = a[0].i, r = a[1].i;
    a[0].i = 0;
    if (id <= 0 || id >= uni_ntables || r < 0) return VM_OK;
    const UniTable *t = &uni_tables[id];
    int lo = 0, hi = t->n;
    while (lo < hi) {
        int m = lo + (hi - lo) / 2;
        const UniRange *g = &t->r[m];
        if ((uint64_t)r < g->lo) hi = m;
        else if ((uint64_t)r > g->hi) lo = m + 1;
        else {
            a[0].i = g->stride == 1 || ((uint64_t)r - g->lo) % g->stride == 0;
            return VM_OK;
        }
    }
    return VM_OK;
}

const NativeEntry unicode_natives[] = {
    {"unicode.inTable", u_inTable},
    {"unicode.IsSpace", u_IsSpace},     {"unicode.IsLetter", u_IsLetter}, {"unicode.IsDigit", u_IsDigit},
    {"unicode.IsNumber", u_IsNumber},   {"unicode.IsUpper", u_IsUpper},   {"unicode.IsLower", u_IsLower},
    {"unicode.IsPunct", u_IsPunct},     {"unicode.IsControl", u_IsControl}, {"unicode.IsPrint", u_IsPrint},
    {"unicode.IsGraphic", u_IsGraphic}, {"unicode.ToUpper", u_ToUpper},   {"unicode.ToLower", u_ToLower},
    {"unicode.ToTitle", u_ToTitle},     {"unicode.SimpleFold", u_SimpleFold}, {NULL, NULL},
};
