/* common.c: small GC-backed string helpers used everywhere. */
#include <stdarg.h>
#include <stdio.h>

#include "common.h"

void (*csp_alloc_hook)(const void *p, size_t n);

char *csp_strndup(const char *s, size_t len) {
    char *p = csp_alloc_atomic(len + 1);
    memcpy(p, s, len);
    p[len] = 0;
    return p;
}

char *csp_strdup(const char *s) { return csp_strndup(s, strlen(s)); }

char *csp_sprintf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = csp_alloc_atomic(n + 1);
    va_start(ap, fmt);
    vsnprintf(p, n + 1, fmt, ap);
    va_end(ap);
    return p;
}
