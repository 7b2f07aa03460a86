/* str.c: immutable byte strings (vm/value.h).
 *
 * Owns: string allocation, comparison and hashing. A fresh string is ONE
 * atomic GC allocation holding the header and the bytes (the header holds
 * only an interior pointer into its own object, which Boehm's interior-pointer
 * recognition keeps alive as long as the header is alive; since the object
 * is atomic the collector never needs to scan it). Slicing shares bytes: the
 * new header points into the old data, which keeps it alive, so a slice
 * header must be scanned memory (csp_alloc).
 * NULL stands for "" everywhere; functions never return a NULL data pointer.
 */
#include "value.h"

Str *str_new(const char *data, int64_t len) {
    if (len <= 0) return NULL;
    Str *s = csp_alloc_atomic(sizeof(Str) + (size_t)len + 1);
    char *d = (char *)(s + 1);
    memcpy(d, data, (size_t)len);
    d[len] = 0;
    s->len = len;
    s->data = d;
    return s;
}

Str *str_from_cstr(const char *s) { return str_new(s, (int64_t)strlen(s)); }

Str *str_concat(const Str *a, const Str *b) {
    int64_t la = str_len(a), lb = str_len(b);
    if (!la) return (Str *)b;
    if (!lb) return (Str *)a;
    Str *s = csp_alloc_atomic(sizeof(Str) + (size_t)(la + lb) + 1);
    char *d = (char *)(s + 1);
    memcpy(d, a->data, (size_t)la);
    memcpy(d + la, b->data, (size_t)lb);
    d[la + lb] = 0;
    s->len = la + lb;
    s->data = d;
    return s;
}

Str *str_slice(Str *s, int64_t lo, int64_t hi) {
    if (hi <= lo) return NULL;
    if (lo == 0 && hi == s->len) return s;
    Str *r = CSP_NEW(Str); /* scanned: data points into s's object */
    r->len = hi - lo;
    r->data = s->data + lo;
    return r;
}

int str_cmp(const Str *a, const Str *b) {
    int64_t la = str_len(a), lb = str_len(b);
    int64_t n = la < lb ? la : lb;
    int c = n ? memcmp(a->data, b->data, (size_t)n) : 0;
    if (c) return c < 0 ? -1 : 1;
    return la < lb ? -1 : la > lb;
}

bool str_eq(const Str *a, const Str *b) {
    if (a == b) return true;
    int64_t la = str_len(a);
    if (la != str_len(b)) return false;
    return la == 0 || a->data == b->data || memcmp(a->data, b->data, (size_t)la) == 0;
}

/* FNV-1a over 8-byte words then bytes, with a final avalanche (murmur3
 * fmix64): fast for short keys, well mixed for the open-addressing maps. */
static uint64_t str_mix(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

/* The last n (1..7) bytes at p as one little-endian word: two overlapping
 * loads instead of a loop over bytes (words are mostly short). */
static inline uint64_t str_tail(const unsigned char *p, int64_t n) {
    if (n >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, p, 4);
        memcpy(&hi, p + n - 4, 4);
        return (uint64_t)lo | (uint64_t)hi << 32;
    }
    return (uint64_t)p[0] | (uint64_t)p[n >> 1] << 8 | (uint64_t)p[n - 1] << 16;
}

uint64_t str_hash_seeded(const Str *s, uint64_t seed) {
    int64_t n = str_len(s);
    const unsigned char *p = (const unsigned char *)str_data(s);
    uint64_t h = (0xcbf29ce484222325ULL ^ seed) + (uint64_t)n * 0x9E3779B97F4A7C15ULL;
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ w) * 0x100000001b3ULL;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    if (n > 0) h = (h ^ str_tail(p, n)) * 0x100000001b3ULL;
    return str_mix(h);
}

uint64_t str_hash(const Str *s) { return str_hash_seeded(s, 0); }

char *str_cstr(const Str *s) { return csp_strndup(str_data(s), (size_t)str_len(s)); }
