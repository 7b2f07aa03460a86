/* unicode.h: rune classification and case mapping shared by the natives of
 * unicode, strings and bytes-like helpers (stdlib/unicode.c).
 *
 * ASCII and Latin-1 follow Go's tables exactly; wider runes go through the
 * C library's wide-character tables in a private C.UTF-8 locale (never the
 * process locale, so printf and friends are unaffected).
 */
#ifndef CSP_UNICODE_H
#define CSP_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

bool uni_is_space(int32_t r);
bool uni_is_letter(int32_t r);
bool uni_is_digit(int32_t r);
bool uni_is_number(int32_t r);
bool uni_is_upper(int32_t r);
bool uni_is_lower(int32_t r);
bool uni_is_punct(int32_t r);
bool uni_is_control(int32_t r);
bool uni_is_print(int32_t r);
bool uni_is_graphic(int32_t r);
int32_t uni_to_upper(int32_t r);
int32_t uni_to_lower(int32_t r);
int32_t uni_to_title(int32_t r);
/* unicode.SimpleFold: the next rune of r's case-folding orbit. */
int32_t uni_simple_fold(int32_t r);

/* Go's RangeTables (stdlib/unicode_tables.c, generated): ranges Lo..Hi
 * taking every Stride-th rune, sorted; uni_tables[id] for id 1..n-1. */
typedef struct UniRange {
    uint32_t lo, hi, stride;
} UniRange;
typedef struct UniTable {
    const UniRange *r;
    int n;
} UniTable;
extern const UniTable uni_tables[];
extern const int uni_ntables;

#endif
