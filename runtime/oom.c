/* oom.c: running out of memory ends the program as it ends a Go program.
 *
 * Every allocation goes through Boehm GC, which calls its out-of-memory
 * function (GC_set_oom_fn) when the heap cannot grow; left alone it returns
 * NULL and csp would crash on it, losing the buffered output. Here that
 * function never returns: it flushes standard output, prints Go's fatal
 * error and exits with status 2, as any fatal error does (sched_die).
 *
 * Go says one of two things, depending on which step of growing its heap
 * failed (runtime/mheap.go grow, runtime/mem_linux.go sysMap):
 *   - reserving address space: "runtime: out of memory: cannot allocate
 *     N-byte block (M in use)" then "fatal error: out of memory". That is
 *     what happens under an address-space limit (ulimit -v counts the
 *     reservations), or for a request near the 128 TB of user address space;
 *   - committing reserved memory (the kernel refuses to overcommit):
 *     "fatal error: runtime: out of memory". That is Go's answer to
 *     make([]int, 1<<40) on an ordinary machine.
 * We choose the same way from the limit and the request. N is the request
 * rounded up to Go's 4 MB heap-growth chunk; M is our heap's size, so the
 * numbers are csp's, not what Go would print.
 *
 * Printing the goroutine's stack allocates; if that fails too, the program
 * just exits (the fatal line is already out).
 */
#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

#include "../vm/proc.h"
#include "runtime.h"

#define GO_HEAP_CHUNK (4u << 20)                 /* runtime.pallocChunkBytes */
#define USER_ADDRESS_SPACE (1ull << 47)          /* x86-64 Linux */

static __thread bool reporting;                  /* this thread is already dying */
static int dying;                                /* some thread is */

static bool address_space_limited(void) {
    struct rlimit r;
    return getrlimit(RLIMIT_AS, &r) == 0 && r.rlim_cur != RLIM_INFINITY;
}

static void *oom_report(size_t bytes) {
    if (reporting) _exit(2);                     /* the report itself ran out */
    if (__atomic_exchange_n(&dying, 1, __ATOMIC_ACQ_REL)) {
        for (;;) pause();                        /* another thread is reporting */
    }
    reporting = true;
    out_flush();
    char msg[200];
    int n;
    if (address_space_limited() || bytes >= USER_ADDRESS_SPACE) {
        unsigned long long ask = ((unsigned long long)bytes + GO_HEAP_CHUNK - 1) / GO_HEAP_CHUNK * GO_HEAP_CHUNK;
        n = snprintf(msg, sizeof msg,
                     "runtime: out of memory: cannot allocate %llu-byte block (%llu in use)\n"
                     "fatal error: out of memory\n",
                     ask, (unsigned long long)GC_get_heap_size());
    } else
        n = snprintf(msg, sizeof msg, "fatal error: runtime: out of memory\n");
    out_write(2, msg, (size_t)n);
    Proc *p = vm_current;
    if (p) {
        n = snprintf(msg, sizeof msg, "\ngoroutine %lld [running]:\n", (long long)p->id);
        out_write(2, msg, (size_t)n);
        char *trace = proc_traceback(p);
        out_write(2, trace, strlen(trace));
    }
    /* in the REPL, sched_die ends only the entry: the next one may report */
    reporting = false;
    __atomic_store_n(&dying, 0, __ATOMIC_RELEASE);
    sched_die();
}

void oom_init(void) { GC_set_oom_fn(oom_report); }
