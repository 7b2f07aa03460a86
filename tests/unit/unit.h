/* unit.h: the tiny test harness shared by the front end's unit tests.
 *
 * Each check prints "PASS name" or "FAIL name" (with expected and actual
 * text on failure); unit_done() prints "N passed, N failed" and returns the
 * exit status. tests/unit/run.sh sums the lines of all test binaries.
 */
#ifndef CSP_TESTS_UNIT_H
#define CSP_TESTS_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_passed, unit_failed;

static void unit_check_str(const char *name, const char *want, const char *got) {
    if (got && !strcmp(want, got)) {
        printf("PASS %s\n", name);
        unit_passed++;
    } else {
        printf("FAIL %s\n  want: %s\n  got:  %s\n", name, want, got ? got : "(null)");
        unit_failed++;
    }
}

static void unit_check(const char *name, int ok) {
    printf("%s %s\n", ok ? "PASS" : "FAIL", name);
    if (ok) unit_passed++;
    else unit_failed++;
}

static int unit_done(void) {
    printf("%d passed, %d failed\n", unit_passed, unit_failed);
    return unit_failed ? 1 : 0;
}

#endif
