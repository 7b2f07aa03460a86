/* buf.h: a growable byte buffer in GC memory (output formatting, string
 * building, code emission). */
#ifndef CSP_BUF_H
#define CSP_BUF_H

#include "common.h"

typedef struct Buf {
    char *data;   /* GC_MALLOC_ATOMIC; not NUL-terminated unless buf_cstr is used */
    size_t len, cap;
} Buf;

void buf_init(Buf *b);
void buf_reserve(Buf *b, size_t extra);
void buf_put(Buf *b, const void *p, size_t n);
void buf_putc(Buf *b, char c);
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends the UTF-8 encoding of rune r (invalid -> U+FFFD). */
void buf_put_rune(Buf *b, int32_t r);
/* NUL-terminates (without counting it) and returns data. */
char *buf_cstr(Buf *b);

#endif
