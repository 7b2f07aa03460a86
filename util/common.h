/* common.h: the one configuration header every csp source includes.
 *
 * It pulls in Boehm GC the way threads require (GC_THREADS before gc.h, so
 * pthread_create is redirected and every worker thread is registered with the
 * collector) and names the allocation wrappers the rest of the code uses:
 *   csp_alloc(n)        scanned, zeroed memory (may hold GC pointers)
 *   csp_alloc_atomic(n) unscanned, NOT zeroed (strings, numeric arrays)
 *   csp_alloc_zeroed(n, pointers)  zeroed, scanned only if `pointers`; a big
 *                       block is zeroed without touching its pages (util/mem.c)
 * All heap objects of a running program and of the compiler live in GC memory;
 * plain malloc is used only for data that never holds GC pointers.
 */
#ifndef CSP_COMMON_H
#define CSP_COMMON_H

#define GC_THREADS
#include <gc/gc.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define CSP_VERSION "0.1.0"

/* Called for every allocation when set: the race detector forgets what it
 * knew about memory the collector hands out again (race/shadow.c). */
extern void (*csp_alloc_hook)(const void *p, size_t n);

#ifdef CSP_NO_RACE
#define CSP_ALLOC_HOOK(p, n) ((void)0)
#else
#define CSP_ALLOC_HOOK(p, n) (__builtin_expect(csp_alloc_hook != NULL, 0) ? csp_alloc_hook((p), (n)) : (void)0)
#endif

static inline void *csp_alloc(size_t n) {
    void *p = GC_MALLOC(n);
    CSP_ALLOC_HOOK(p, n);
    return p;
}
static inline void *csp_alloc_atomic(size_t n) {
    void *p = GC_MALLOC_ATOMIC(n);
    CSP_ALLOC_HOOK(p, n);
    return p;
}
#define CSP_NEW(T) ((T *)csp_alloc(sizeof(T)))

/* A zeroed block of n bytes; big ones stay uncommitted until used. */
void *csp_alloc_zeroed(size_t n, bool pointers);

/* Copies len bytes into fresh NUL-terminated GC memory. */
char *csp_strndup(const char *s, size_t len);
char *csp_strdup(const char *s);
/* printf into fresh GC memory. */
char *csp_sprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#define CSP_UNUSED(x) ((void)(x))
#define csp_likely(x) __builtin_expect(!!(x), 1)
#define csp_unlikely(x) __builtin_expect(!!(x), 0)
/* For a hot static function called from a few places: inline it even so
 * (the scheduler's loop and the channel fast paths). */
#define CSP_HOT static inline __attribute__((always_inline))

#endif
