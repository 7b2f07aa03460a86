/* token.c: schedule tokens (see token.h).
 *
 * Layout: "s1" (kind and version), 6 hex digits of the program hash, the
 * decisions, 2 hex digits of checksum. Each decision is two numbers: the
 * gap since the previous decision's rank (rank - previous rank - 1), and
 * the choice (a process number, or an alternative). A number is written
 * in base 16, most significant digit first, its last digit a letter g..v
 * and the others 0..9a..f, so numbers need no separators:
 * 0 = "g", 5 = "l", 20 = "1k".
 */
#include <stdlib.h>
#include <string.h>

#include "token.h"

#define PREFIX "s1"

uint32_t token_program_hash(const char *src, size_t len) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)src[i]) * 16777619u;
    return h & 0xffffff;
}

static uint32_t checksum(const char *s, size_t n) {
    uint32_t h = 5381;
    for (size_t i = 0; i < n; i++) h = h * 33 + (unsigned char)s[i];
    return (h ^ (h >> 8) ^ (h >> 16)) & 0xff;
}

static const char hex[] = "0123456789abcdef";

static size_t put_num(char *out, uint32_t v) {
    char d[8];
    int n = 0;
    do {
        d[n++] = (char)(v & 15);
        v >>= 4;
    } while (v);
    size_t k = 0;
    for (int i = n - 1; i > 0; i--) out[k++] = hex[(int)d[i]];
    out[k++] = (char)('g' + d[0]);
    return k;
}

char *token_encode(uint32_t hash, const int32_t *ords, const int32_t *choice, int n) {
    char *t = malloc(16 + (size_t)n * 18);
    if (!t) return NULL;
    size_t k = 0;
    memcpy(t, PREFIX, 2);
    k = 2;
    for (int i = 5; i >= 0; i--) t[k++] = hex[(hash >> (4 * i)) & 15];
    int32_t prev = -1;
    for (int i = 0; i < n; i++) {
        k += put_num(t + k, (uint32_t)(ords[i] - prev - 1));
        k += put_num(t + k, (uint32_t)choice[i]);
        prev = ords[i];
    }
    uint32_t c = checksum(t, k);
    t[k++] = hex[c >> 4];
    t[k++] = hex[c & 15];
    t[k] = 0;
    return t;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

const char *token_decode(const char *tok, uint32_t *hash, int32_t **ords, int32_t **choice, int *n) {
    size_t len = strlen(tok);
    if (len < 10 || strncmp(tok, PREFIX, 2) != 0) return "not a schedule token (csp explore --all prints them)";
    int c1 = hexval(tok[len - 2]), c2 = hexval(tok[len - 1]);
    if (c1 < 0 || c2 < 0 || (uint32_t)(c1 << 4 | c2) != checksum(tok, len - 2))
        return "the token is damaged (its checksum does not match: copy it whole)";
    uint32_t h = 0;
    for (int i = 2; i < 8; i++) {
        int v = hexval(tok[i]);
        if (v < 0) return "not a schedule token (csp explore --all prints them)";
        h = h << 4 | (uint32_t)v;
    }
    *hash = h;
    size_t body = len - 2, cap = (body - 8) / 2 + 1;
    *ords = malloc(sizeof(int32_t) * cap);
    *choice = malloc(sizeof(int32_t) * cap);
    int k = 0;
    int64_t prev = -1;
    uint64_t num[2];
    for (size_t i = 8; i < body;) {
        for (int part = 0; part < 2; part++) {
            uint64_t v = 0;
            for (;;) {
                if (i >= body) return "the token is cut short";
                char c = tok[i++];
                int d = hexval(c);
                if (d >= 0) v = v << 4 | (uint64_t)d;
                else if (c >= 'g' && c <= 'v') {
                    v = v << 4 | (uint64_t)(c - 'g');
                    break;
                } else
                    return "the token has a character that cannot be in one";
                if (v > 0x7fffffff) return "the token has a number out of range";
            }
            if (v > 0x7fffffff) return "the token has a number out of range";
            num[part] = v;
        }
        prev += (int64_t)num[0] + 1;
        if (prev > 0x7fffffff) return "the token has a number out of range";
        (*ords)[k] = (int32_t)prev;
        (*choice)[k] = (int32_t)num[1];
        k++;
    }
    *n = k;
    return NULL;
}
