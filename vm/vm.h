/* vm.h: compiled functions, processes, frames, and the interpreter's API.
 *
 * A process (Proc) is data, not a C stack: its registers live in one
 * GC-allocated slot array that grows in big steps, and its call frames in a
 * second GC array. The interpreter loop (vm_run) executes one process until
 * it returns, parks, is preempted, or dies; a CSP call pushes a Frame and
 * never recurses in C. So any process can stop at any call depth and be
 * resumed later by any worker thread.
 */
#ifndef CSP_VM_H
#define CSP_VM_H

#include "value.h"

typedef struct Instr {
    uint16_t op, a;
    union {
        struct { uint16_t b, c; };
        int32_t sbx;
        uint32_t bx;
    };
} Instr;

enum {
#define OPCODE(name, fmt, flags, doc) BC_##name,
#include "opcodes.h"
#undef OPCODE
    BC__COUNT
};

typedef struct Proc Proc;
typedef struct Worker Worker;

/* A native (C) function: args at a[0..], results written to a[0..].
 * Returns VM_OK, or VM_PANIC after vm_panic*, or VM_PARK after arranging
 * to be woken (the call is then complete when the process resumes). */
typedef int (*NativeFn)(Proc *p, Slot *a);

/* How a closure captures: from the enclosing frame's register or upvalue. */
typedef struct UpvalDesc {
    bool from_reg;   /* true: R[index] of the enclosing frame holds the cell/block pointer */
    int index;
} UpvalDesc;

typedef struct LineInfo {
    int pc, line;
} LineInfo;

/* The source text a blocking instruction names what it waits on by: the
 * channel expression of a send or receive (a select's cases, separated by
 * '\n'), the receiver of a call of a sync method (`forks[i]` in
 * `forks[i].Lock()`). Read only by deadlock reports (runtime/deadlock.c). */
typedef struct SiteName {
    int pc;               /* index of the instruction */
    const char *text;
} SiteName;

struct Func {
    const char *name;     /* Go's name for traces: "main.f", "main.(*T).M", "main.main.func1" */
    const char *file;
    int line;             /* line of the declaration */
    Instr *code;
    int ncode;
    Slot *k;              /* constants */
    int nk;
    int nparams;          /* parameter slots (receiver first) */
    int nresults;         /* result slots */
    int nregs;            /* frame size in slots */
    UpvalDesc *upvals;
    int nupvals;
    LineInfo *lines;      /* pc -> line, sorted by pc */
    int nlines;
    SiteName *sites;      /* sorted by pc */
    int nsites;
    NativeFn native;      /* non-NULL for native functions */
    bool visible;         /* a native that does a visible operation (runtime/ctl.h): a switch point precedes its call */
    bool norace;          /* compiled without --race checks (sync, sync/atomic): its RACE* are switch points only */
    Closure *static_closure; /* a zero-upvalue closure for function values */
    Type *type;           /* the function's type (T_FUNC) */
    void **icache;        /* CALLI inline caches: pairs (Type*, Func*) */
    int nicache;
    bool has_defer;       /* frames of it may carry deferred calls */
    int recover_pc;       /* where a frame resumes after a recovered panic (-1: none) */
    int arena_slots;      /* frame arena size: blocks of struct/array locals that never escape */
};

typedef struct Defer Defer;
struct Defer {
    Defer *next;
    Closure *fn;
    int nargs;
    Slot args[];
};

/* Fields are ordered so that a call's stores pair up (base and ret, cl and
 * defers, nret and race_stack) and one word holds every flag RET tests. */
typedef struct Frame {
    Func *fn;
    Instr *pc;          /* saved pc (resume point) */
    int base;           /* index of R[0] in the process stack */
    int ret;            /* where results go: stack index (caller's frame) */
    int nret;           /* how many result slots the caller expects */
    uint32_t race_stack; /* --race: this frame's interned stack (race/stack.c), 0 until needed */
    Closure *cl;        /* the closure being run (upvalues), may be NULL */
    Defer *defers;      /* deferred calls, last first */
    union {
        struct {
            bool is_defer;  /* frame is a deferred call: results are discarded */
            bool boundary;  /* frame was pushed by vm_call: returning ends the nested loop */
            bool bottom;    /* frame 0 of the process: returning from it ends the process */
            bool panicking_defer; /* a deferred call run by a panic (is_defer is set too) */
            bool has_arena; /* the frame has an arena to give back (proc_arena_enter) */
            bool deferred;  /* a DEFER ran in this frame (defers may be non-NULL) */
            bool spare_[2]; /* always false */
        };
        uint64_t special;   /* all at once: RET pops the frame inline only when 0 */
    };
    int saved_top;
    Slot *arena;        /* this frame's arena (fn->arena_slots slots) */
    Slot *saved_chunk;  /* the process arena's state before this frame */
} Frame;

typedef enum ProcState {
    PROC_RUNNABLE, PROC_RUNNING, PROC_WAITING, PROC_DEAD
} ProcState;

/* A panic in flight. */
typedef struct Panic {
    struct Panic *link;  /* an earlier panic this one replaced */
    Iface *value;        /* the panic value (NULL for panic(nil)) */
    bool recovered;
    bool fatal;          /* a fatal error, not recoverable */
    bool unwinding;      /* the scheduler must resume p in the unwinder */
    bool aborted;        /* a later panic unwound through its deferred call */
    bool goexit;         /* runtime.Goexit: runs the defers, cannot be recovered, ends the process */
    int defer_frame;     /* frame index of the deferred call run for it (-1: none) */
    char *trace;         /* stack trace captured where the panic started */
} Panic;

struct Proc {
    int64_t id;
    Slot *stack;
    int stack_cap;       /* slots */
    Frame *frames;
    int nframes, frames_cap;
    ProcState state;
    Panic *panic;
    Closure *entry;      /* function the process was started with (for reports) */
    const char *start_file;  /* where the `go` statement that started it is */
    int start_line;
    const char *start_func;  /* the function that ran that `go` statement */
    /* scheduling (runtime/) */
    Proc *next;          /* run/wait queue link */
    const char *wait_reason; /* "chan receive", ... */
    void *wait_obj;          /* what it waits on, for reports: the sync object (its slots) */
    void *sched_data;
    const char *wake_panic;  /* set by a waker: panic with this when resumed */
    void *waiter;            /* reusable wait record for channel operations */
    Slot *arena_chunk;       /* frame arenas: current chunk (slot 0 holds its size) */
    int arena_top;
    Slot *arena_spare;       /* first chunk of the arena chain */
    /* run when resumed after parking (select clean-up, a Mutex retrying):
     * VM_OK goes on, VM_PARK parks again (with the park protocol's locks) */
    int (*on_resume)(Proc *p);
    void *resume_data;
    void *select_cache;      /* reusable wait records of a blocked select (runtime/select.c) */
    /* --trace (runtime/trace.c) */
    int64_t trace_flow_in;   /* a value handed over while parked: its flow id */
    int64_t trace_park_ts;   /* when it last blocked, and on which worker */
    int trace_track;
    bool trace_handed;       /* its channel value was taken while it was parked */
    void *race;              /* --race: the detector's state (race/race_impl.h) */
    /* controlled runs (runtime/ctl.h) */
    bool ctl_pass;           /* chosen to run: its next switch point is passed */
    int nested;              /* depth of vm_call: no switch points inside */
    uint64_t ctl_rand;       /* its own math/rand stream in a scheduled run */
};

/* Statuses returned by vm_run and natives. */
/* VM_BOUNDARY: a frame pushed by vm_call returned (ends the nested loop). */
enum { VM_OK = 0, VM_DONE, VM_PARK, VM_YIELD, VM_PANIC, VM_EXIT, VM_BOUNDARY };

extern Slot *vm_globals;
extern int vm_nglobals;

Proc *proc_new(Closure *entry, Slot *args, int nargs);
/* The entry of a process started on native function `native` (vm/proc.c). */
Closure *proc_native_stub(Closure *native, int nargs, const char *file, int line);
/* Runs p until it finishes, parks or exhausts its budget. Returns VM_DONE,
 * VM_PARK, VM_YIELD or VM_EXIT (program must exit: panic or os.Exit). */
int vm_run(Proc *p, int budget);

/* Raising panics from natives and the VM: message as Go prints it after
 * "panic: ". Returns VM_PANIC for `return vm_panic...(...)`. */
int vm_panic_error(Proc *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int vm_panic_value(Proc *p, Iface *v);
int vm_panic_plain(Proc *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int vm_fatal(Proc *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* runtime.Goexit: unwinds p running its deferred calls, then ends it as
 * if it returned (vm/proc.c). */
int vm_goexit(Proc *p);
/* Set when the main process ended through Goexit: the program goes on
 * until the other processes finish or block. */
extern bool vm_main_goexit;

/* Calls closure cl synchronously from native code (fmt's String(),
 * sort.Slice's less): runs a nested interpreter loop on p's stack. Returns
 * VM_OK, or VM_PANIC with the panic left in p->panic. */
int vm_call(Proc *p, Closure *cl, Slot *args, int nargs, Slot *results, int nresults);

/* Method m (named `name`) of the dynamic value v of type t, as Go calls it:
 * follows promotion through embedded fields and embedded interfaces and
 * computes the receiver the body expects (a copy for value methods).
 * MS_NIL: a nil pointer or interface on the way; MS_MISSING: an embedded
 * interface's dynamic type lacks the method (vm/method.c). */
typedef enum MethodStatus { MS_OK, MS_NIL, MS_MISSING } MethodStatus;
MethodStatus vm_method_resolve_promoted(Type *t, Slot v, Method *m, const char *name, Func **fn, Slot *recv);

/* The receiver of a method declared on t itself (no promotion). */
static inline MethodStatus vm_method_receiver(Type *t, Slot v, Method *m, Slot *recv) {
    if (m->ptr_recv) {
        *recv = v;
    } else if (t->kind == T_POINTER && !t->name) {
        /* value method through a pointer: *p, copied */
        if (!v.p) return MS_NIL;
        Type *et = t->elem;
        if (et->is_block) recv->p = block_clone(et, v.p);
        else *recv = *(Slot *)v.p;
    } else if (t->is_block)
        recv->p = block_clone(t, v.p);
    else
        *recv = v;
    return MS_OK;
}

/* The common case inline: a method declared on the dynamic type. */
static inline MethodStatus vm_method_resolve(Type *t, Slot v, Method *m, const char *name, Func **fn, Slot *recv) {
    if (csp_likely(m->fn && !m->ndeps)) {
        *fn = m->fn;
        return vm_method_receiver(t, v, m, recv);
    }
    return vm_method_resolve_promoted(t, v, m, name, fn, recv);
}

/* Line of pc in fn (for traces). */
int vm_line_of(Func *fn, const Instr *pc);
/* Gives frame f its arena (fn->arena_slots > 0) / releases it when f is popped. */
void proc_arena_enter(Proc *p, Frame *f, int n);
static inline void proc_arena_leave(Proc *p, Frame *f) {
    if (f->fn->arena_slots) {
        p->arena_chunk = f->saved_chunk;
        p->arena_top = f->saved_top;
    }
}
Func *func_new(const char *name);
Closure *closure_of(Func *fn);
/* The receiver a method value passes on each call: a copy when it is a
 * struct or array taken by value, since a callee owns its receiver and may
 * change it (the bound value must look the same at the next call). */
static inline Slot closure_recv(const Closure *cl) {
    Type *ft = cl->fn->type;
    if (ft && ft->nparams && ft->params[0]->is_block) return (Slot){.p = block_clone(ft->params[0], cl->recv.p)};
    return cl->recv;
}

/* Process exit code set by os.Exit or a fatal panic. */
extern int vm_exit_code;
/* The current process of this thread. */
extern __thread Proc *vm_current;

#endif
