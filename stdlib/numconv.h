/* numconv.h: Go's strconv number and quoting conversions, byte-exact.
 *
 * Used by fmt (stdlib/fmt.c), by the strconv package bindings and by the VM
 * (println of floats, string(rune) ...). All output is appended to a Buf.
 */
#ifndef CSP_NUMCONV_H
#define CSP_NUMCONV_H

#include "../util/buf.h"

typedef enum NumconvErr {
    NUMCONV_OK = 0,
    NUMCONV_SYNTAX,  /* "invalid syntax" */
    NUMCONV_RANGE,   /* "value out of range" */
    NUMCONV_BASE,    /* "invalid base N" */
    NUMCONV_BITSIZE, /* "invalid bit size N" */
} NumconvErr;

/* strconv.FormatFloat(v, fmt, prec, bitsize): fmt is one of 'e' 'E' 'f' 'g'
 * 'G' 'b' 'x' 'X'; prec -1 = the shortest digits that round-trip; bitsize 32
 * formats v as a float32. */
void numconv_format_float(Buf *b, double v, char fmt, int prec, int bitsize);
/* strconv.FormatInt / FormatUint, base 2..36 (lower-case digits). */
void numconv_format_int(Buf *b, int64_t v, int base);
void numconv_format_uint(Buf *b, uint64_t v, int base);

/* strconv.ParseInt / ParseUint: base 0 reads a 0x 0o 0b 0 prefix and allows
 * '_' separators; bitsize 0 means 64. On RANGE *out is the clamped value, as
 * in Go; on other errors 0. */
NumconvErr numconv_parse_int(const char *s, int64_t len, int base, int bitsize, int64_t *out);
NumconvErr numconv_parse_uint(const char *s, int64_t len, int base, int bitsize, uint64_t *out);
/* strconv.ParseFloat (decimal and hex floats, inf/infinity/nan, '_' rules);
 * on RANGE *out is +-Inf. bitsize 32 rounds to float32. */
NumconvErr numconv_parse_float(const char *s, int64_t len, int bitsize, double *out);
/* strconv.ParseBool. */
NumconvErr numconv_parse_bool(const char *s, int64_t len, bool *out);
/* Go's error text: "invalid syntax", "value out of range" ... */
const char *numconv_err_str(NumconvErr e);

/* strconv.Quote / QuoteToASCII. */
void numconv_quote(Buf *b, const char *s, int64_t len, bool ascii_only);
/* strconv.QuoteRune / QuoteRuneToASCII (invalid runes become U+FFFD). */
void numconv_quote_rune(Buf *b, int32_t r, bool ascii_only);
/* strconv.CanBackquote. */
bool numconv_can_backquote(const char *s, int64_t len);
/* strconv.IsPrint (Go's exact tables). */
bool numconv_is_print(int32_t r);
/* utf8.DecodeRune: the rune at s and its width; invalid -> 0xFFFD, width 1
 * (width 0 for an empty input). */
int numconv_decode_rune(const char *s, int64_t len, int32_t *r);
/* utf8.RuneCount. */
int64_t numconv_rune_count(const char *s, int64_t len);

#endif
