/* runtime_pkg.c: natives of package runtime (GOMAXPROCS, NumGoroutine,
 * Gosched, NumCPU, GC, Goexit, SetFinalizer).
 *
 * Finalizers are Boehm's, run on demand (GC_set_finalize_on_demand): a
 * finalizer never runs inside an allocation, where the thread may hold
 * the scheduler's locks. runtime.GC collects, then starts a process for
 * each finalizer that became ready, as Go's finalizer goroutine runs
 * them; they also start when the program next calls GC or, failing that,
 * never (Go does not promise that finalizers run either). */
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

/* A registered finalizer: the closure to call and the object's type. */
typedef struct Finalizer {
    Closure *fn;
    Type *ptr_type;
    Proc *ctx;   /* the process running GC, which starts the finalizer */
} Finalizer;

static __thread Proc *finalizing_proc;

/* Boehm's callback (inside GC_invoke_finalizers, from r_gc): start the
 * finalizer as a process with the object as its argument. */
static void run_finalizer(void *obj, void *cd) {
    Finalizer *f = cd;
    Slot arg = {.p = obj};
    CSP_UNUSED(f->ptr_type);
    sched_spawn(finalizing_proc, f->fn, &arg, 1);
}

static int r_gc(Proc *p, Slot *a) {
    CSP_UNUSED(a);
    /* the slots above the calling frame hold what returned calls left:
     * cleared, they keep nothing alive (a finalizer can then run) */
    if (p->nframes > 0) {
        Frame *f = &p->frames[p->nframes - 1];
        int top = f->base + f->fn->nregs;
        if (top < p->stack_cap) memset(p->stack + top, 0, sizeof(Slot) * (size_t)(p->stack_cap - top));
    }
    GC_gcollect();
    finalizing_proc = p;
    GC_invoke_finalizers();
    finalizing_proc = NULL;
    return VM_OK;
}

/* SetFinalizer(obj any, finalizer any) */
static int r_setfinalizer(Proc *p, Slot *a) {
    Iface *obj = a[0].p, *fin = a[1].p;
    static bool on_demand;
    if (!on_demand) {
        GC_set_finalize_on_demand(1);
        on_demand = true;
    }
    if (!obj) return vm_panic_string(p, "runtime.SetFinalizer: first argument is nil");
    if (type_under(obj->type)->kind != T_POINTER)
        return vm_panic_string(p, csp_sprintf("runtime.SetFinalizer: first argument is %s, not pointer", type_str(obj->type)));
    void *ptr = obj->val.p;
    if (!ptr) return vm_panic_string(p, "runtime.SetFinalizer: first argument is nil");
    if (fin && type_under(fin->type)->kind != T_FUNC)
        return vm_panic_string(p, csp_sprintf("runtime.SetFinalizer: second argument is %s, not a function", type_str(fin->type)));
    if (GC_base(ptr) != ptr) return VM_OK; /* not an allocation of its own: Go ignores some, csp all */
    if (!fin || !fin->val.p) {
        GC_register_finalizer(ptr, NULL, NULL, NULL, NULL);
        return VM_OK;
    }
    Finalizer *f = GC_MALLOC_UNCOLLECTABLE(sizeof(Finalizer));
    f->fn = fin->val.p;
    f->ptr_type = obj->type;
    GC_register_finalizer(ptr, run_finalizer, f, NULL, NULL);
    return VM_OK;
}

static int r_goexit(Proc *p, Slot *a) {
    CSP_UNUSED(a);
    return vm_goexit(p);
}

/* bits.runtimeError(msg string) error: a runtime.Error as the runtime
 * raises them ("runtime error: " + msg, a runtime.errorString). */
static int bits_runtimeError(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    extern Iface *rterror_new(const char *msg);
    a[0].p = rterror_new(csp_sprintf("runtime error: %s", str_cstr(a[0].p)));
    return VM_OK;
}

static int r_keepalive(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    CSP_UNUSED(a);
    return VM_OK;
}

const NativeEntry runtime_natives[] = {
    {"runtime.GOMAXPROCS", r_gomaxprocs}, {"runtime.NumGoroutine", r_numgoroutine},
    {"runtime.NumCPU", r_numcpu},         {"runtime.Gosched", r_gosched},
    {"runtime.GC", r_gc},                 {"runtime.SetFinalizer", r_setfinalizer},
    {"runtime.Goexit", r_goexit},         {"runtime.KeepAlive", r_keepalive},
    {"bits.runtimeError", bits_runtimeError},
    {NULL, NULL},
};
