/* race.h: the data-race detector behind `--race`, Go's -race for csp.
 *
 * Happens-before follows Go's memory model (go.dev/ref/mem) with vector
 * clocks, FastTrack-style (Flanagan & Freund, PLDI 2009):
 *   - every process has a clock vector indexed by thread slot ("tid"); its
 *     own entry ticks at each release;
 *   - every synchronising address (a mutex, a wait group, a channel and each
 *     of its buffer slots, an atomically accessed word...) has a vector that
 *     releases store into (or merge into) and acquires join from;
 *   - every 8-byte slot of memory that processes share has a shadow cell
 *     with the epoch (tid@clock) and place of its last write and of its last
 *     read (or of several unordered reads). An access not ordered after a
 *     conflicting one is a race, reported in the format of Go's detector.
 *
 * Instrumentation: with --race the compiler emits RACE* instructions before
 * every load and store of memory another process can reach (globals,
 * cells, pointer targets, struct fields, elements, maps, channels), and the
 * runtime calls the race_* hooks at every synchronising operation. Without
 * --race no instruction is emitted, the interpreter loop holds no test of
 * its own, and every runtime hook sits behind one `race_enabled` test, so
 * the detector costs nothing when it is off (bench/race.sh measures it).
 *
 * Files: clock.c (vector clocks, thread slots, sync addresses), shadow.c
 * (shadow memory and the access checks), instr.c (what each RACE*
 * instruction checks), stack.c (interned call stacks, so a report can show
 * where the earlier access was), report.c (Go's report format,
 * de-duplication, the exit summary).
 */
#ifndef CSP_RACE_H
#define CSP_RACE_H

#include "../vm/vm.h"

#ifdef CSP_NO_RACE
#define race_enabled false /* `make norace-build`: every hook compiled out (bench/race.sh) */
#else
extern bool race_enabled;
#endif

/* Turns the detector on (before the program is compiled and started). */
void race_init(void);
/* race_init, and instrumentation of what is compiled from now on (for the
 * command line and the REPL's :race on). */
void race_start(void);
/* REPL: every entry continues one thread of the detector (entries run one
 * after the other), reported as the main goroutine. */
void race_repl_entry(Proc *p);

/* ---- processes ---- */
/* `go` (or a runtime-started process): parent's past happens before child.
 * parent NULL for the main process and timer-started ones. at: the GO
 * instruction (for "created at"). */
void race_proc_start(Proc *child, Proc *parent, const Instr *at);
void race_proc_end(Proc *p);

/* ---- memory accesses (RACE* instructions, natives) ---- */
/* The instruction p's top frame is executing (the call of a native). */
static inline const Instr *race_caller_pc(Proc *p) {
    return p && p->nframes ? p->frames[p->nframes - 1].pc - 1 : NULL;
}
/* n slots from addr, read or written by p at instruction pc of its top frame. */
void race_read(Proc *p, const void *addr, int64_t n, const Instr *pc);
void race_write(Proc *p, const void *addr, int64_t n, const Instr *pc);
/* An atomic read-modify-write (sync/atomic): never races with another
 * atomic access to the same word, and synchronises like Go's. */
void race_atomic(Proc *p, const void *addr, bool write, const Instr *pc);
/* The RACE* instruction the top frame of p has just reached (race/instr.c). */
void race_instr(Proc *p) __attribute__((cold));
/* Fresh memory has no history: called for every allocation. */
void race_alloc(const void *addr, size_t bytes);

/* ---- synchronisation on an address ---- */
void race_acquire(Proc *p, const void *addr);
/* release: the address's vector becomes p's (a lock handed on);
 * release_merge: p's vector joins it (several releasers, one acquirer). */
void race_release(Proc *p, const void *addr);
void race_release_merge(Proc *p, const void *addr);

/* ---- the end of the program ---- */
/* After a race, a clean exit prints "Found N data race(s)" and becomes
 * status 66, as Go's; any other status is kept. */
int race_exit_status(int code);
int race_count(void);

#endif
