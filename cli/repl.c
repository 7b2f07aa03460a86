/* repl.c: the interactive session (SPEC §10).
 *
 * For now a session is read whole and run as one program; the interactive
 * REPL with persistent declarations, line editing and background processes
 * is the subject of its own issue.
 */
#include <stdio.h>
#include <stdlib.h>

#include "../compiler/compiler.h"
#include "../runtime/runtime.h"
#include "cli.h"

int repl_main(int workers) {
    CSP_UNUSED(workers);
    fprintf(stderr, "csp: the interactive REPL is not available yet; run a file: csp FILE.csp (see csp help)\n");
    return 1;
}

int repl_run_piped(const char *src, size_t len) {
    Diags d;
    diag_init(&d, "<stdin>");
    Program prog;
    if (!compile_file("<stdin>", src, len, &prog, &d)) {
        diag_print(&d, stderr);
        return 1;
    }
    Proc *mainp = proc_new(closure_of(prog.entry), NULL, 0);
    return sched_run_main(mainp);
}
