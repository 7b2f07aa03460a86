/* token.h: schedule tokens, the replay handles of csp explore --all.
 *
 * A token names one schedule of one program: `csp --schedule TOKEN FILE`
 * re-runs it exactly (runtime/ctl.h, CTL_SCHEDULE). It lists the decisions
 * that differ from the default choice, by their rank among the decisions
 * that had a choice at all, so a run that takes every default is the
 * shortest token. Text, shell-safe, with a hash of the program's source
 * and a checksum, so a token given to another program or mistyped is
 * refused before anything runs.
 */
#ifndef CSP_TOKEN_H
#define CSP_TOKEN_H

#include <stddef.h>
#include <stdint.h>

/* The hash of a program's source a token carries. */
uint32_t token_program_hash(const char *src, size_t len);
/* Encodes n decisions (ords ascending); malloc'd text. */
char *token_encode(uint32_t hash, const int32_t *ords, const int32_t *choice, int n);
/* Decodes tok into malloc'd arrays; NULL, or what is wrong with it. */
const char *token_decode(const char *tok, uint32_t *hash, int32_t **ords, int32_t **choice, int *n);

#endif
