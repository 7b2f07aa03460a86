/* proc.h: process stacks and frames, deferred calls and panics (proc.c,
 * panic.c). Internal to the VM and runtime. */
#ifndef CSP_PROC_H
#define CSP_PROC_H

#include "vm.h"

/* Bytes of scheduler data allocated with every Proc (p->sched_data), set
 * by the runtime before the first process starts. */
extern size_t proc_sched_bytes;
/* Reuses finished process p's memory for a new one (proc_new's arguments);
 * NULL when it cannot (then p is left alone). */
Proc *proc_renew(Proc *p, Closure *entry, Slot *args, int nargs);

/* Pushes a frame for fn whose registers start at stack index base; results
 * go to stack index ret. Grows the stack (which may move it). Returns false
 * after raising a fatal stack overflow. */
bool proc_push_frame(Proc *p, Func *fn, Closure *cl, int base, int ret);
/* Pops the top frame: VM_OK to continue in the caller, VM_DONE when the
 * process has no frames left, VM_PANIC to keep unwinding a panic. */
int proc_pop_frame(Proc *p);
/* Starts the top frame's most recent deferred call (the frame's pc must
 * point at the instruction to re-run when it returns). */
int proc_run_defer(Proc *p);
/* Continues unwinding p's panic: VM_OK when a deferred call or a recovery
 * point is ready to run, VM_EXIT when the program must die. */
int proc_unwind(Proc *p);
/* Prints "panic: ..." and the trace to stderr and exits with status 2. */
void proc_die(Proc *p) __attribute__((noreturn));
/* Text of p's stack, Go-style: "main.f(...)\n\tFILE:LINE\n" per frame. */
char *proc_traceback(Proc *p);

#endif
