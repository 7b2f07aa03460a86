/* deadlock.h: deadlocks that explain themselves (runtime/deadlock.c).
 *
 * Go's report says only that every goroutine is asleep. csp's says, for
 * each blocked process, what it waits for and who holds it: a mutex's
 * holder and the line where it was locked, a channel's name, where it was
 * made and why nobody can reach its other end, a wait group's counter; and
 * the cycle of processes waiting for each other when there is one. The
 * REPL's :procs shows the same for live processes.
 *
 * The facts are recorded where they are cheap: package sync stores the
 * holder of a lock on Lock (a few stores beside the compare-and-swap),
 * make() notes where a channel is made, and the compiler names what each
 * blocking instruction waits on (Func.sites). Everything else is worked
 * out when a report is written.
 */
#ifndef CSP_DEADLOCK_H
#define CSP_DEADLOCK_H

#include "runtime.h"

struct Buf;

/* Who took a lock, and where: the process's id and the frame that called
 * Lock (its function and the pc after the call). id 0: nobody. */
typedef struct Holder {
    int64_t id;
    Func *fn;
    const Instr *pc;
} Holder;

/* Readers of an RWMutex whose holder is remembered (more are counted). */
#define DEADLOCK_READERS 4

enum { SYNC_MUTEX = 1, SYNC_RWMUTEX, SYNC_WAITGROUP, SYNC_COND };

/* The state of the sync object a process waits on, as stdlib/sync.c sees
 * it (sync_view). */
typedef struct SyncView {
    int kind;                  /* SYNC_*; 0: not waiting in package sync */
    bool rlock;                /* RWMutex: waiting to read (RLock) */
    Holder writer;             /* Mutex, RWMutex: the writer holding it */
    int64_t readers;           /* RWMutex: how many readers hold it */
    Holder reader[DEADLOCK_READERS]; /* some of them (id 0: unknown) */
    int64_t queued_writer;     /* RWMutex: the first writer waiting for it (id; 0: none) */
    int64_t count;             /* WaitGroup: the counter */
    Holder last_add;           /* WaitGroup: the last Add that raised it */
} SyncView;

/* Fills *v for process p parked in package sync (stdlib/sync.c); false
 * when p waits on something else. */
bool sync_view(Proc *p, SyncView *v);

/* The explanation block of a deadlock report, for the processes blocked
 * (sorted by id): what each waits for, who holds it, the cycle. */
void deadlock_explain(struct Buf *b, Proc **blocked, int n);

/* :procs: one process's wait, described in the same words (what, who holds
 * it, a channel's len/cap and buffered values), indented, or nothing when
 * p is not waiting. live: every live process, for finding holders. */
void deadlock_describe(struct Buf *b, Proc *p, Proc **live, int nlive);

/* What the compiler named the blocking instruction before pc by (`ch`,
 * `c.mu`; a select's cases one a line), or NULL: for trace_detail.c. */
const char *deadlock_site_text(Func *fn, const Instr *pc);

/* Formats one value of type t (the REPL sets it: fmt's %v without calling
 * methods); NULL: buffered values are not shown. */
extern void (*deadlock_value_hook)(struct Buf *b, Type *t, Slot v);

#endif
