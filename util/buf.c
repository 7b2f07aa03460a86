/* buf.c: the growable byte buffer of util/buf.h.
 *
 * Owns: growth policy (doubling, so appends are amortised O(1)) and UTF-8
 * encoding of runes. The data lives in GC_MALLOC_ATOMIC memory: it never
 * holds pointers, so the collector need not scan it.
 */
#include <stdarg.h>
#include <stdio.h>

#include "buf.h"

void buf_init(Buf *b) {
    b->data = NULL;
    b->len = b->cap = 0;
}

void buf_reserve(Buf *b, size_t extra) {
    size_t need = b->len + extra;
    if (csp_likely(need <= b->cap)) return;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < need) cap *= 2;
    char *p = csp_alloc_atomic(cap);
    if (b->len) memcpy(p, b->data, b->len);
    b->data = p;
    b->cap = cap;
}

void buf_put(Buf *b, const void *p, size_t n) {
    if (!n) return;
    buf_reserve(b, n);
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

void buf_putc(Buf *b, char c) {
    if (csp_unlikely(b->len >= b->cap)) buf_reserve(b, 1);
    b->data[b->len++] = c;
}

void buf_puts(Buf *b, const char *s) { buf_put(b, s, strlen(s)); }

void buf_printf(Buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    size_t room = b->cap - b->len;
    int n = vsnprintf(room ? b->data + b->len : NULL, room, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n >= room) {
        buf_reserve(b, (size_t)n + 1);
        va_start(ap, fmt);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    b->len += (size_t)n;
}

void buf_put_rune(Buf *b, int32_t r) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    buf_reserve(b, 4);
    unsigned char *p = (unsigned char *)b->data + b->len;
    if (r < 0x80) {
        p[0] = (unsigned char)r;
        b->len += 1;
    } else if (r < 0x800) {
        p[0] = (unsigned char)(0xC0 | (r >> 6));
        p[1] = (unsigned char)(0x80 | (r & 0x3F));
        b->len += 2;
    } else if (r < 0x10000) {
        p[0] = (unsigned char)(0xE0 | (r >> 12));
        p[1] = (unsigned char)(0x80 | ((r >> 6) & 0x3F));
        p[2] = (unsigned char)(0x80 | (r & 0x3F));
        b->len += 3;
    } else {
        p[0] = (unsigned char)(0xF0 | (r >> 18));
        p[1] = (unsigned char)(0x80 | ((r >> 12) & 0x3F));
        p[2] = (unsigned char)(0x80 | ((r >> 6) & 0x3F));
        p[3] = (unsigned char)(0x80 | (r & 0x3F));
        b->len += 4;
    }
}

char *buf_cstr(Buf *b) {
    buf_reserve(b, 1);
    b->data[b->len] = 0;
    return b->data;
}
