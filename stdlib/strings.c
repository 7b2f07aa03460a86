/* strings.c: the hot natives of package strings (stdlib/prelude/strings.go)
 * and the byte buffer behind strings.Builder.
 *
 * Everything here works on Str bytes directly, so searching, splitting and
 * joining cost what they cost in C. Results that are pieces of the input
 * (Split, Fields, Trim*) share its bytes (str_slice) instead of copying.
 * Rune-wise work (ToUpper, Fields, TrimSpace) decodes UTF-8 as Go does:
 * an invalid byte is U+FFFD of width 1.
 */
#define _GNU_SOURCE /* memmem */
#include "../runtime/runtime.h"
#include "numconv.h"
#include "stdlib.h"
#include "unicode.h"

static int64_t index_of(const char *s, int64_t n, const char *sep, int64_t m) {
    if (m == 0) return 0;
    if (m > n) return -1;
    if (m == 1) {
        const char *q = memchr(s, sep[0], (size_t)n);
        return q ? q - s : -1;
    }
    const char *q = memmem(s, (size_t)n, sep, (size_t)m);
    return q ? q - s : -1;
}

static int64_t str_index(Str *s, Str *sep) {
    return index_of(str_data(s), str_len(s), str_data(sep), str_len(sep));
}

static int64_t last_index(const char *s, int64_t n, const char *sep, int64_t m) {
    if (m == 0) return n;
    for (int64_t i = n - m; i >= 0; i--)
        if (s[i] == sep[0] && memcmp(s + i, sep, (size_t)m) == 0) return i;
    return -1;
}

/* Count(s, sep): non-overlapping; "" counts runes + 1. */
static int64_t count_of(Str *s, Str *sep) {
    int64_t n = str_len(s), m = str_len(sep);
    const char *d = str_data(s);
    if (m == 0) return numconv_rune_count(d, n) + 1;
    int64_t c = 0;
    for (int64_t i = 0; i + m <= n;) {
        int64_t j = index_of(d + i, n - i, str_data(sep), m);
        if (j < 0) break;
        c++;
        i += j + m;
    }
    return c;
}

static Str *piece(Str *s, int64_t lo, int64_t hi) { return hi > lo ? str_slice(s, lo, hi) : NULL; }

static int s_Index(Proc *p, Slot *a) { CSP_UNUSED(p); a[0].i = str_index(a[0].p, a[1].p); return VM_OK; }
static int s_Contains(Proc *p, Slot *a) { CSP_UNUSED(p); a[0].i = str_index(a[0].p, a[1].p) >= 0; return VM_OK; }
static int s_Count(Proc *p, Slot *a) { CSP_UNUSED(p); a[0].i = count_of(a[0].p, a[1].p); return VM_OK; }

static int s_LastIndex(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Str *s = a[0].p, *sep = a[1].p;
    a[0].i = last_index(str_data(s), str_len(s), str_data(sep), str_len(sep));
    return VM_OK;
}

static int s_IndexByte(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Str *s = a[0].p;
    const char *q = memchr(str_data(s), (int)(a[1].i & 0xFF), (size_t)str_len(s));
    a[0].i = q ? q - str_data(s) : -1;
    return VM_OK;
}

static int s_HasPrefix(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Str *s = a[0].p, *x = a[1].p;
    a[0].i = str_len(s) >= str_len(x) && memcmp(str_data(s), str_data(x), (size_t)str_len(x)) == 0;
    return VM_OK;
}

static int s_HasSuffix(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Str *s = a[0].p, *x = a[1].p;
    int64_t n = str_len(s), m = str_len(x);
    a[0].i = n >= m && memcmp(str_data(s) + n - m, str_data(x), (size_t)m) == 0;
    return VM_OK;
}

/* genSplit(s, sep, sepSave, n) []string: Go's genSplit; n < 0 = all. */
static Slice *gen_split(Str *s, Str *sep, int64_t save, int64_t n) {
    int64_t len = str_len(s), m = str_len(sep);
    const char *d = str_data(s);
    if (n == 0) return NULL;
    if (m == 0) { /* explode into UTF-8 sequences */
        int64_t cnt = numconv_rune_count(d, len);
        if (n < 0 || n > cnt) n = cnt;
        Slice *r = slice_make(type_string, n, n);
        int64_t i = 0;
        for (int64_t k = 0; k < n; k++) {
            int32_t rr;
            int64_t w = k == n - 1 ? len - i : numconv_decode_rune(d + i, len - i, &rr);
            r->data[k].p = piece(s, i, i + w);
            i += w;
        }
        return r;
    }
    if (n < 0) n = count_of(s, sep) + 1;
    if (n > len + 1) n = len + 1;
    Slice *r = slice_make(type_string, n, n);
    int64_t i = 0, k = 0;
    while (k < n - 1) {
        int64_t j = index_of(d + i, len - i, str_data(sep), m);
        if (j < 0) break;
        r->data[k++].p = piece(s, i, i + j + save);
        i += j + m;
    }
    r->data[k++].p = piece(s, i, len);
    r->len = k;
    return r;
}

static int s_genSplit(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    a[0].p = gen_split(a[0].p, a[1].p, a[2].i, a[3].i);
    return VM_OK;
}

static int s_Join(Proc *p, Slot *a) {
    Slice *e = a[0].p;
    if (e) STDLIB_RACE_READ(p, e->data, e->len);
    Str *sep = a[1].p;
    int64_t n = slice_len(e);
    if (n == 0) { a[0].p = NULL; return VM_OK; }
    if (n == 1) { a[0].p = e->data[0].p; return VM_OK; }
    int64_t total = str_len(sep) * (n - 1);
    for (int64_t i = 0; i < n; i++) total += str_len(e->data[i].p);
    if (total == 0) { a[0].p = NULL; return VM_OK; }
    Str *r = csp_alloc_atomic(sizeof(Str) + (size_t)total + 1);
    char *d = (char *)(r + 1), *w = d;
    for (int64_t i = 0; i < n; i++) {
        if (i) { memcpy(w, str_data(sep), (size_t)str_len(sep)); w += str_len(sep); }
        Str *x = e->data[i].p;
        memcpy(w, str_data(x), (size_t)str_len(x));
        w += str_len(x);
    }
    *w = 0;
    r->len = total;
    r->data = d;
    a[0].p = r;
    return VM_OK;
}

static int s_Repeat(Proc *p, Slot *a) {
    Str *s = a[0].p;
    int64_t c = a[1].i, n = str_len(s);
    if (c < 0) return vm_panic_string(p, "strings: negative Repeat count");
    if (n && c > INT64_MAX / n) return vm_panic_string(p, "strings: Repeat output length overflow");
    if (n == 0 || c == 0) { a[0].p = NULL; return VM_OK; }
    Str *r = csp_alloc_atomic(sizeof(Str) + (size_t)(n * c) + 1);
    char *d = (char *)(r + 1);
    memcpy(d, str_data(s), (size_t)n);
    for (int64_t have = n; have < n * c; have *= 2)
        memcpy(d + have, d, (size_t)(have * 2 <= n * c ? have : n * c - have));
    d[n * c] = 0;
    r->len = n * c;
    r->data = d;
    a[0].p = r;
    return VM_OK;
}

/* Replace(s, old, new string, n int) string */
static int s_Replace(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Str *s = a[0].p, *old = a[1].p, *nw = a[2].p;
    int64_t n = a[3].i;
    if (str_eq(old, nw) || n == 0) return VM_OK;
    int64_t m = count_of(s, old);
    if (m == 0) return VM_OK;
    if (n < 0 || m < n) n = m;
    const char *d = str_data(s);
    int64_t len = str_len(s), ol = str_len(old), start = 0;
    Buf b;
    buf_init(&b);
    buf_reserve(&b, (size_t)(len + n * (str_len(nw) - ol)) + 1);
    for (int64_t i = 0; i < n; i++) {
        int64_t j = start;
        if (ol == 0) {
            if (i > 0) {
                int32_t r;
                j += numconv_decode_rune(d + start, len - start, &r);
            }
        } else
            j += index_of(d + start, len - start, str_data(old), ol);
        buf_put(&b, d + start, (size_t)(j - start));
        buf_put(&b, str_data(nw), (size_t)str_len(nw));
        start = j + ol;
    }
    buf_put(&b, d + start, (size_t)(len - start));
    a[0].p = stdlib_str(b.data, (int64_t)b.len);
    return VM_OK;
}

/* Go's strings.Map with a C mapping: invalid bytes become U+FFFD. */
static Str *map_runes(Str *s, int32_t (*f)(int32_t)) {
    const char *d = str_data(s);
    int64_t n = str_len(s);
    Buf b;
    buf_init(&b);
    buf_reserve(&b, (size_t)n + 4);
    bool changed = false;
    for (int64_t i = 0; i < n;) {
        int32_t r;
        int w = numconv_decode_rune(d + i, n - i, &r);
        int32_t m = f(r);
        if (m != r || (r == 0xFFFD && w == 1)) changed = true;
        buf_put_rune(&b, m);
        i += w;
    }
    return changed ? stdlib_str(b.data, (int64_t)b.len) : s;
}

/* Eight bytes at a time (SWAR): for a word w of ASCII bytes, the bytes in
 * lo..lo+25 get their high bit in the result (no carries: every byte stays
 * below 0x100 after the additions). */
#define ONES 0x0101010101010101ULL
static inline uint64_t in_range(uint64_t w, unsigned char lo) {
    uint64_t ge = w + ONES * (0x80 - lo), gt = w + ONES * (0x80 - lo - 26);
    return ge & ~gt & ONES * 0x80;
}

/* ToLower (lo 'A') or ToUpper (lo 'a') of s: s itself when nothing changes,
 * NULL when s is not all ASCII (the caller maps runes then). */
static Str *case_ascii(Str *s, unsigned char lo) {
    const char *d = str_data(s);
    int64_t n = str_len(s), i = 0;
    bool change = false;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, d + i, 8);
        if (w & ONES * 0x80) return NULL;
        change |= in_range(w, lo) != 0;
    }
    for (; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c >= 0x80) return NULL;
        change |= c >= lo && c <= lo + 25;
    }
    if (!change) return s;
    Str *r = str_new(d, n);
    char *o = (char *)r->data;
    for (i = 0; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, o + i, 8);
        w ^= in_range(w, lo) >> 2; /* 0x20: the case bit */
        memcpy(o + i, &w, 8);
    }
    for (; i < n; i++)
        if ((unsigned char)o[i] >= lo && (unsigned char)o[i] <= lo + 25) o[i] ^= 0x20;
    return r;
}

static int s_ToUpper(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Str *r = case_ascii(a[0].p, 'a');
    a[0].p = r ? r : map_runes(a[0].p, uni_to_upper);
    return VM_OK;
}

static int s_ToLower(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Str *r = case_ascii(a[0].p, 'A');
    a[0].p = r ? r : map_runes(a[0].p, uni_to_lower);
    return VM_OK;
}

static int s_ToTitle(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    a[0].p = map_runes(a[0].p, uni_to_title);
    return VM_OK;
}

/* Width of the rune ending at d[n-1] (Go's DecodeLastRune). */
static int last_rune(const char *d, int64_t n, int32_t *r) {
    int64_t start = n - 1;
    int64_t lim = n - 4 < 0 ? 0 : n - 4;
    while (start > lim && ((unsigned char)d[start] & 0xC0) == 0x80) start--;
    int w = numconv_decode_rune(d + start, n - start, r);
    if (start + w != n) { *r = 0xFFFD; return 1; }
    return w;
}

static int s_TrimSpace(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Str *s = a[0].p;
    const char *d = str_data(s);
    int64_t lo = 0, hi = str_len(s);
    while (lo < hi) {
        int32_t r;
        int w = numconv_decode_rune(d + lo, hi - lo, &r);
        if (!uni_is_space(r)) break;
        lo += w;
    }
    while (hi > lo) {
        int32_t r;
        int w = last_rune(d + lo, hi - lo, &r);
        if (!uni_is_space(r)) break;
        hi -= w;
    }
    a[0].p = lo == 0 && hi == str_len(s) ? s : piece(s, lo, hi);
    return VM_OK;
}

/* cutset membership for Trim/TrimLeft/TrimRight */
static bool in_cutset(Str *cut, int32_t r) {
    const char *c = str_data(cut);
    int64_t n = str_len(cut);
    for (int64_t i = 0; i < n;) {
        int32_t q;
        int w = numconv_decode_rune(c + i, n - i, &q);
        if (q == r) return true;
        i += w;
    }
    return false;
}

/* trim(s, cutset, which): which bit 1 = left, bit 2 = right */
static int s_trim(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Str *s = a[0].p, *cut = a[1].p;
    int64_t which = a[2].i, lo = 0, hi = str_len(s);
    const char *d = str_data(s);
    if (str_len(cut) == 0) return VM_OK;
    while ((which & 1) && lo < hi) {
        int32_t r;
        int w = numconv_decode_rune(d + lo, hi - lo, &r);
        if (!in_cutset(cut, r)) break;
        lo += w;
    }
    while ((which & 2) && hi > lo) {
        int32_t r;
        int w = last_rune(d + lo, hi - lo, &r);
        if (!in_cutset(cut, r)) break;
        hi -= w;
    }
    a[0].p = lo == 0 && hi == str_len(s) ? s : piece(s, lo, hi);
    return VM_OK;
}

/* The ASCII bytes Go's unicode.IsSpace accepts. */
static const bool ascii_space[128] = {['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1};

/* The first index from i on where a rune is (space) or is not (!space) a
 * space, else n. ASCII (most text) is one table look-up a byte; only other
 * bytes are decoded. */
static inline int64_t skip_while(const char *d, int64_t i, int64_t n, bool space) {
    while (i < n) {
        unsigned char c = (unsigned char)d[i];
        if (c < 0x80) {
            if (ascii_space[c] != space) return i;
            i++;
            continue;
        }
        int32_t r;
        int w = numconv_decode_rune(d + i, n - i, &r);
        if (uni_is_space(r) != space) return i;
        i += w;
    }
    return n;
}

/* Two passes: count the fields, then cut them. The fields' string headers
 * are one allocation, each element pointing inside it (the collector keeps
 * the array alive through any of them): one allocation instead of one per
 * word. A field that is all of s is s itself. */
static int s_Fields(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Str *s = a[0].p;
    const char *d = str_data(s);
    int64_t n = str_len(s), cnt = 0;
    for (int64_t i = skip_while(d, 0, n, true); i < n; i = skip_while(d, i, n, true)) {
        cnt++;
        i = skip_while(d, i, n, false);
    }
    Slice *r = slice_make(type_string, cnt, cnt);
    Str *hdr = cnt ? csp_alloc(sizeof(Str) * (size_t)cnt) : NULL;
    int64_t k = 0;
    for (int64_t i = skip_while(d, 0, n, true); i < n && k < cnt; i = skip_while(d, i, n, true)) {
        int64_t start = i;
        i = skip_while(d, i, n, false);
        if (start == 0 && i == n) {
            r->data[k++].p = s;
            continue;
        }
        hdr[k] = (Str){.len = i - start, .data = d + start};
        r->data[k].p = &hdr[k];
        k++;
    }
    a[0].p = r;
    return VM_OK;
}

static int32_t canon_fold(int32_t r) { return uni_to_lower(uni_to_upper(r)); }

static int s_EqualFold(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Str *s = a[0].p, *t = a[1].p;
    const char *x = str_data(s), *y = str_data(t);
    int64_t n = str_len(s), m = str_len(t), i = 0, j = 0;
    while (i < n && j < m) {
        int32_t r1, r2;
        i += numconv_decode_rune(x + i, n - i, &r1);
        j += numconv_decode_rune(y + j, m - j, &r2);
        if (r1 != r2 && canon_fold(r1) != canon_fold(r2)) { a[0].i = 0; return VM_OK; }
    }
    a[0].i = i == n && j == m;
    return VM_OK;
}

/* ---- strings.Builder: struct { buf *byte; addr *Builder }: buf holds a
 * Buf*, addr the Builder's address from its first write (Go's copyCheck) ---- */

static Buf *builder_buf(Slot *sb, bool create) {
    Buf *b = sb[0].p;
    if (!b && create) {
        b = CSP_NEW(Buf);
        buf_init(b);
        sb[0].p = b;
    }
    return b;
}

/* create: a writing method (--race: a write of the builder, else a read) */
#define BUILDER(p, a, create)                                                                     \
    Slot *sb_ = (a)[0].p;                                                                         \
    if (!sb_) return vm_panic_error(p, "invalid memory address or nil pointer dereference");      \
    if (create && !builder_copy_check(sb_))                                                       \
        return vm_panic_string(p, "strings: illegal use of non-zero Builder copied by value");    \
    if (create) STDLIB_RACE_WRITE(p, sb_, 1);                                                     \
    else STDLIB_RACE_READ(p, sb_, 1);                                                             \
    Buf *b = builder_buf(sb_, create)

/* Go's copyCheck: remember the first address written through; another
 * address later means the Builder was copied. */
static bool builder_copy_check(Slot *sb) {
    if (!sb[1].p) sb[1].p = sb;
    return sb[1].p == sb;
}

static int b_WriteString(Proc *p, Slot *a) {
    BUILDER(p, a, true);
    Str *s = a[1].p;
    buf_put(b, str_data(s), (size_t)str_len(s));
    a[0].i = str_len(s);
    a[1].p = NULL;
    return VM_OK;
}

static int b_WriteByte(Proc *p, Slot *a) {
    BUILDER(p, a, true);
    buf_putc(b, (char)a[1].i);
    a[0].p = NULL;
    return VM_OK;
}

static int b_WriteRune(Proc *p, Slot *a) {
    BUILDER(p, a, true);
    size_t before = b->len;
    buf_put_rune(b, (int32_t)a[1].i);
    a[0].i = (int64_t)(b->len - before);
    a[1].p = NULL;
    return VM_OK;
}

static int b_Write(Proc *p, Slot *a) {
    BUILDER(p, a, true);
    Slice *s = a[1].p;
    int64_t n = slice_len(s);
    buf_reserve(b, (size_t)n);
    for (int64_t i = 0; i < n; i++) b->data[b->len + (size_t)i] = (char)s->data[i].i;
    b->len += (size_t)n;
    a[0].i = n;
    a[1].p = NULL;
    return VM_OK;
}

static int b_String(Proc *p, Slot *a) {
    BUILDER(p, a, false);
    a[0].p = b ? stdlib_str(b->data, (int64_t)b->len) : NULL;
    return VM_OK;
}

static int b_Len(Proc *p, Slot *a) {
    BUILDER(p, a, false);
    a[0].i = b ? (int64_t)b->len : 0;
    return VM_OK;
}

static int b_Cap(Proc *p, Slot *a) {
    BUILDER(p, a, false);
    a[0].i = b ? (int64_t)b->cap : 0;
    return VM_OK;
}

static int b_Reset(Proc *p, Slot *a) {
    BUILDER(p, a, false);
    CSP_UNUSED(b);
    sb_[0].p = NULL;
    sb_[1].p = NULL;
    return VM_OK;
}

static int b_Grow(Proc *p, Slot *a) {
    BUILDER(p, a, true);
    if (a[1].i < 0) return vm_panic_string(p, "strings.Builder.Grow: negative count");
    buf_reserve(b, (size_t)a[1].i);
    return VM_OK;
}

const NativeEntry strings_natives[] = {
    {"strings.Index", s_Index},
    {"strings.Contains", s_Contains},
    {"strings.Count", s_Count},
    {"strings.LastIndex", s_LastIndex},
    {"strings.IndexByte", s_IndexByte},
    {"strings.HasPrefix", s_HasPrefix},
    {"strings.HasSuffix", s_HasSuffix},
    {"strings.genSplit", s_genSplit},
    {"strings.Join", s_Join},
    {"strings.Repeat", s_Repeat},
    {"strings.Replace", s_Replace},
    {"strings.ToUpper", s_ToUpper},
    {"strings.ToLower", s_ToLower},
    {"strings.ToTitle", s_ToTitle},
    {"strings.TrimSpace", s_TrimSpace},
    {"strings.trim", s_trim},
    {"strings.Fields", s_Fields},
    {"strings.EqualFold", s_EqualFold},
    {"strings.(*Builder).WriteString", b_WriteString},
    {"strings.(*Builder).WriteByte", b_WriteByte},
    {"strings.(*Builder).WriteRune", b_WriteRune},
    {"strings.(*Builder).Write", b_Write},
    {"strings.(*Builder).String", b_String},
    {"strings.(*Builder).Len", b_Len},
    {"strings.(*Builder).Cap", b_Cap},
    {"strings.(*Builder).Reset", b_Reset},
    {"strings.(*Builder).Grow", b_Grow},
    {NULL, NULL},
};
