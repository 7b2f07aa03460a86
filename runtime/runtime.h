/* runtime.h: what the interpreter loop needs from the concurrency runtime:
 * starting processes, channels, select, and parking.
 *
 * Blocking operations follow one protocol: they either complete at once
 * (VM_OK) or enqueue the process as a waiter and return VM_PARK; the
 * interpreter then saves the pc after the instruction and returns to the
 * scheduler. The partner that completes the operation writes the result
 * straight into the parked process's registers (a parked process's stack
 * never moves) and makes it runnable, as Go's runtime/chan.go does.
 */
#ifndef CSP_RUNTIME_H
#define CSP_RUNTIME_H

#include "../vm/vm.h"

typedef struct Chan Chan;

/* ---- processes and scheduling (runtime/sched.c) ---- */
void sched_init(int workers);
/* Runs main until the program ends; returns the exit status. */
int sched_run_main(Proc *main);
/* Makes p runnable (from any thread). */
void sched_ready(Proc *p);
/* Starts a new process running cl with nargs argument slots. */
Proc *sched_spawn(Proc *parent, Closure *cl, Slot *args, int nargs);
int64_t sched_num_procs(void);
int sched_workers(void);
int sched_set_workers(int n);
/* Marks p as waiting for `reason` (for deadlock reports), before parking. */
void sched_block(Proc *p, const char *reason);
/* Called when the program must stop now (panic, os.Exit): flushes and exits.
 * In REPL mode a panic on a worker ends only its process instead. */
void sched_exit(int code) __attribute__((noreturn));
/* Exit status 2 after a panic, fatal error or deadlock report (a --seed run
 * adds how to replay it). */
void sched_die(void) __attribute__((noreturn));

/* REPL mode: entries run as processes the REPL thread waits for, while
 * earlier processes keep running; panics, deadlocks and interrupts end the
 * entry, not the program. sched_repl_run returns a SCHED_ENTRY_ status and
 * calls idle() about every 20 ms while it waits. */
enum { SCHED_ENTRY_DONE, SCHED_ENTRY_PANIC, SCHED_ENTRY_DEADLOCK, SCHED_ENTRY_INTERRUPTED };
void sched_repl_start(void);
int sched_repl_run(Proc *entry, void (*idle)(void));
struct Buf;
void sched_repl_procs(struct Buf *b);   /* :procs */
extern volatile int sched_interrupt_pending; /* set by SIGINT: interrupt the entry */
extern int sched_repl_panics; /* processes (entries or not) a panic or fatal error ended */

/* ---- channels (runtime/chan.c) ---- */
Chan *chan_make(Type *chantype, int64_t size);
/* Sends *v (one slot). VM_OK, VM_PARK (completes while parked) or VM_PANIC. */
int chan_send(Proc *p, Chan *c, Slot v);
/* Receives into *dst (and *okdst if non-NULL). VM_OK or VM_PARK. */
int chan_recv(Proc *p, Chan *c, Slot *dst, Slot *okdst);
int chan_close(Proc *p, Chan *c);
int64_t chan_len(Chan *c);
int64_t chan_cap(Chan *c);

/* ---- select (runtime/select.c) ---- */
/* cases: n triples of slots (channel, value, kind) as laid out by the
 * compiler (see compiler/control.c). Writes the chosen index to cases[0]
 * when done (directly or when woken). */
int select_run(Proc *p, Slot *cases, int n, bool has_default);

/* ---- random numbers (runtime/rand.c) ---- */
/* Fixes the generator for a reproducible (--seed) run. */
void rand_seed(uint64_t seed);
uint64_t rand_next(void);

/* ---- deterministic runs (--seed): one worker, seeded choices, virtual time ---- */
void sched_set_deterministic(uint64_t seed);
bool sched_deterministic(void);
/* A scheduled run (--schedule, csp explore --all): one worker, decisions
 * by runtime/ctl.c, time that moves only when no process can run. */
void sched_set_scheduled(void);

/* ---- output shared by all processes (runtime/output.c) ---- */
/* The runtime's own messages (panics, println, the REPL): errors ignored,
 * but a broken pipe on stdout still ends the program. */
void out_write(int fd, const char *data, size_t len);
/* A program's write (fmt.Print*, (*os.File).Write): returns 0 or the errno
 * of the failed write, with the bytes written in *written. EPIPE on fd 1
 * or 2 does not return: the program dies of SIGPIPE, as Go's does. */
int out_write_checked(int fd, const char *data, size_t len, size_t *written);
void out_flush(void);
/* Flushes stdout before the program dies of a signal, waiting at most about
 * timeout_ms for a busy lock or a full pipe. */
void out_flush_before_death(int timeout_ms);

/* ---- signals (runtime/signals.c) ---- */
/* Running a program: SIGINT, SIGTERM and SIGHUP are blocked in the calling
 * thread (call it before any other thread starts, so all inherit the mask)
 * and taken by a thread of their own, which flushes stdout and the trace
 * and dies of the signal; SIGPIPE gets a handler, so writes see EPIPE. */
void sig_start(void);
/* Dies of signal sig now, as Go's dieFromSignal: the trace is written, the
 * exit status is the signal's. */
void sig_die(int sig) __attribute__((noreturn));

/* ---- running out of memory (runtime/oom.c) ---- */
/* Makes a failed allocation end the program with Go's fatal error (call
 * once, after GC_INIT). */
void oom_init(void);

#endif
