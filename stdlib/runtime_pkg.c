/* runtime_pkg.c: natives of package runtime (GOMAXPROCS, NumGoroutine,
 * Gosched, NumCPU, GC). */
#include <unistd.h>

#include "../runtime/ctl.h"
#include "../runtime/runtime.h"
#include "stdlib.h"

static int r_gomaxprocs(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    int n = (int)a[0].i;
    a[0].i = n > 0 ? sched_set_workers(n) : sched_workers();
    return VM_OK;
}

static int r_numgoroutine(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    ctl_global(); /* every go and every exit changes it */
    a[0].i = sched_num_procs();
    return VM_OK;
}

static int r_numcpu(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    a[0].i = n > 0 ? n : 1;
    return VM_OK;
}

static int r_gosched(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    CSP_UNUSED(a);
    /* a scheduled run offered the choice at the call's switch point */
    return ctl_mode == CTL_SCHEDULE ? VM_OK : VM_YIELD;
}

static int r_gc(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    CSP_UNUSED(a);
    GC_gcollect();
    return VM_OK;
}

const NativeEntry runtime_natives[] = {
    {"runtime.GOMAXPROCS", r_gomaxprocs}, {"runtime.NumGoroutine", r_numgoroutine},
    {"runtime.NumCPU", r_numcpu},         {"runtime.Gosched", r_gosched},
    {"runtime.GC", r_gc},                 {NULL, NULL},
};
