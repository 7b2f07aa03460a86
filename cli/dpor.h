/* dpor.h: the search of csp explore --all: stateless model checking with
 * dynamic partial-order reduction (cli/dpor.c).
 *
 * The search walks the tree of a program's scheduling decisions depth
 * first, one run per leaf: dpor_next gives the plan of the next run (the
 * decisions to replay, then a sleep set), the run's record goes back with
 * dpor_record. Runs that differ only in the order of independent events
 * are equivalent; the search runs one of each class, and the record of
 * each run tells it which other orders can matter.
 */
#ifndef CSP_DPOR_H
#define CSP_DPOR_H

#include <stdbool.h>

#include "../runtime/ctl.h"

typedef struct Dpor Dpor;

/* A search; preemptions >= 0 bounds the schedules tried to those with at
 * most that many preemptions (CHESS's preemption bounding). exhaustive:
 * no reduction, every interleaving (to measure the reduction, and to check
 * it: both must find the same outcomes). */
Dpor *dpor_new(int preemptions, bool exhaustive);
void dpor_free(Dpor *d);
/* The plan of the next run (valid until the next call); false when every
 * schedule that can matter has been run. */
bool dpor_next(Dpor *d, CtlPlan *plan);
/* The record of the run made with the last plan. */
void dpor_record(Dpor *d, const CtlTrace *t);
/* Did the preemption bound keep the search from a schedule? */
bool dpor_bounded(const Dpor *d);
/* Runs whose record contradicted an earlier one (a choice not possible
 * where it was before): the program is not deterministic under its
 * schedule, and the search may miss outcomes. */
long dpor_anomalies(const Dpor *d);
/* The preemptions of a run: choices of another process where the running
 * one could have gone on. */
int dpor_preemptions(const CtlTrace *t);
/* The decisions of a run that differ from the default, by rank among the
 * decisions with a choice (for a token); returns how many, arrays malloc'd. */
int dpor_token_decisions(const CtlTrace *t, int32_t **ords, int32_t **choice);

#endif
