/* sched.c: the M:N scheduler: processes run on W worker threads.
 *
 * Runnable processes wait in one FIFO run queue guarded by a mutex; idle
 * workers sleep on a condition variable (an idle program burns no CPU) and
 * a wake-up signals at most one of them. A worker runs a process for a
 * budget of instructions (vm_run checks it at calls and backward jumps),
 * then requeues it, so `for {}` cannot starve anyone even with W = 1.
 *
 * Deadlock: when no worker is running a process, none is runnable, no timer
 * is pending and main has not finished, nothing can ever happen again: the
 * program dies like Go's checkdead, with a report of every blocked process.
 *
 * Not yet here (see the issue notes): per-worker queues with a run-next slot
 * and work stealing.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../util/buf.h"
#include "../vm/proc.h"
#include "sched.h"

#define TIME_SLICE 4000
#define MAX_WORKERS 256

static pthread_mutex_t rq_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t rq_cond = PTHREAD_COND_INITIALIZER;
static Proc *rq_head, *rq_tail;
static int nworkers_target = 1;   /* W */
static int nworkers_started;
static int nrunning;              /* workers currently executing a process */
static Proc *main_proc;
int64_t sched_live;

/* every live process, for reports and NumGoroutine (GC-visible: static) */
static pthread_mutex_t all_lock = PTHREAD_MUTEX_INITIALIZER;
typedef struct ProcLink {
    Proc *p;
    struct ProcLink *prev, *next;
} ProcLink;
static ProcLink *all_head;

typedef struct NestedWait {
    pthread_mutex_t m;
    pthread_cond_t cv;
    bool ready;
} NestedWait;

typedef struct ParkLocks {
    pthread_mutex_t *few[2];   /* most parks release one lock; select may need more */
    pthread_mutex_t **locks;
    int n, cap;
    ProcLink *link;
    NestedWait *nested;
} ParkLocks;

static ParkLocks *park_of(Proc *p) {
    if (!p->sched_data) p->sched_data = csp_alloc(sizeof(ParkLocks));
    return p->sched_data;
}

void sched_park_unlock(Proc *p, pthread_mutex_t *m) {
    ParkLocks *pl = park_of(p);
    if (!pl->locks) {
        pl->locks = pl->few;
        pl->cap = 2;
    }
    if (pl->n == pl->cap) {
        pthread_mutex_t **n = csp_alloc(sizeof(pthread_mutex_t *) * pl->cap * 2);
        memcpy(n, pl->locks, sizeof(pthread_mutex_t *) * pl->n);
        pl->locks = n;
        pl->cap *= 2;
    }
    pl->locks[pl->n++] = m;
}

static void release_park_locks(Proc *p) {
    ParkLocks *pl = park_of(p);
    for (int i = pl->n - 1; i >= 0; i--) pthread_mutex_unlock(pl->locks[i]);
    pl->n = 0;
}

void sched_set_wait(Proc *p, const char *reason) {
    p->wait_reason = reason;
    if (p->nframes) {
        Frame *f = &p->frames[p->nframes - 1];
        p->wait_file = f->fn->file;
        p->wait_line = vm_line_of(f->fn, f->pc > f->fn->code ? f->pc - 1 : f->pc);
    }
}

void sched_block(Proc *p, const char *reason) { sched_set_wait(p, reason); }

static void register_proc(Proc *p) {
    ProcLink *l = csp_alloc(sizeof(ProcLink));
    l->p = p;
    park_of(p)->link = l;
    pthread_mutex_lock(&all_lock);
    l->next = all_head;
    if (all_head) all_head->prev = l;
    all_head = l;
    pthread_mutex_unlock(&all_lock);
    __atomic_add_fetch(&sched_live, 1, __ATOMIC_RELAXED);
}

static void unregister_proc(Proc *p) {
    ProcLink *l = park_of(p)->link;
    pthread_mutex_lock(&all_lock);
    if (l->prev) l->prev->next = l->next;
    else all_head = l->next;
    if (l->next) l->next->prev = l->prev;
    pthread_mutex_unlock(&all_lock);
    __atomic_sub_fetch(&sched_live, 1, __ATOMIC_RELAXED);
}

int64_t sched_num_procs(void) { return __atomic_load_n(&sched_live, __ATOMIC_RELAXED); }

/* ---------- run queue ---------- */

void sched_ready(Proc *p) {
    ParkLocks *pl = park_of(p);
    if (pl->nested) {
        NestedWait *w = pl->nested;
        pthread_mutex_lock(&w->m);
        w->ready = true;
        pthread_cond_signal(&w->cv);
        pthread_mutex_unlock(&w->m);
        return;
    }
    p->state = PROC_RUNNABLE;
    p->next = NULL;
    pthread_mutex_lock(&rq_lock);
    if (rq_tail) rq_tail->next = p;
    else rq_head = p;
    rq_tail = p;
    pthread_cond_signal(&rq_cond);
    pthread_mutex_unlock(&rq_lock);
}

static Proc *rq_pop_locked(void) {
    Proc *p = rq_head;
    if (p) {
        rq_head = p->next;
        if (!rq_head) rq_tail = NULL;
        p->next = NULL;
    }
    return p;
}

/* ---------- exit and deadlock ---------- */

void sched_exit(int code) {
    out_flush();
    fflush(stderr);
    _exit(code);
}

static void report_deadlock(void) {
    out_flush();
    Buf b;
    buf_init(&b);
    buf_puts(&b, "fatal error: all goroutines are asleep - deadlock!\n");
    pthread_mutex_lock(&all_lock);
    int shown = 0;
    for (ProcLink *l = all_head; l && shown < 50; l = l->next) {
        Proc *p = l->p;
        if (p->state != PROC_WAITING) continue;
        buf_printf(&b, "\ngoroutine %lld [%s]:\n", (long long)p->id, p->wait_reason ? p->wait_reason : "waiting");
        char *tr = proc_traceback(p);
        buf_puts(&b, tr);
        if (p->id != 1 && p->entry)
            buf_printf(&b, "created by %s at %s:%d\n", p->entry->fn->name, p->start_file ? p->start_file : "?", p->start_line);
        if (p->wait_file) buf_printf(&b, "  waiting on %s at %s:%d\n", p->wait_reason ? p->wait_reason : "?", p->wait_file, p->wait_line);
        shown++;
    }
    pthread_mutex_unlock(&all_lock);
    out_write(2, b.data, b.len);
    out_flush();
    sched_exit(2);
}

/* Called with rq_lock held by a worker that found nothing to run. */
static void check_dead_locked(void) {
    if (nrunning > 0 || rq_head) return;
    if (timer_pending() > 0) return;
    report_deadlock();
}

/* ---------- workers ---------- */

static void run_one(Proc *p) {
    p->state = PROC_RUNNING;
    int st;
    /* a used-up time slice with nobody else waiting just continues */
    while ((st = vm_run(p, TIME_SLICE)) == VM_YIELD && __atomic_load_n(&rq_head, __ATOMIC_RELAXED) == NULL &&
           nworkers_target > 0)
        ;
    switch (st) {
    case VM_YIELD:
        sched_ready(p);
        break;
    case VM_PARK:
        p->state = PROC_WAITING;
        release_park_locks(p);
        break;
    case VM_DONE:
        p->state = PROC_DEAD;
        if (p == main_proc) sched_exit(0);
        unregister_proc(p);
        break;
    case VM_EXIT:
        sched_exit(vm_exit_code);
    default:
        /* a panic that escaped (cannot happen: proc_unwind dies) */
        proc_die(p);
    }
}

static void *worker_main(void *arg) {
    int id = (int)(intptr_t)arg;
    pthread_mutex_lock(&rq_lock);
    for (;;) {
        Proc *p = id < nworkers_target ? rq_pop_locked() : NULL;
        if (!p) {
            check_dead_locked();
            pthread_cond_wait(&rq_cond, &rq_lock);
            continue;
        }
        nrunning++;
        /* more work queued: make sure another idle worker looks at it */
        if (rq_head) pthread_cond_signal(&rq_cond);
        pthread_mutex_unlock(&rq_lock);
        run_one(p);
        pthread_mutex_lock(&rq_lock);
        nrunning--;
    }
    return NULL;
}

static void start_workers_locked(void) {
    while (nworkers_started < nworkers_target && nworkers_started < MAX_WORKERS) {
        pthread_t t;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, 8 << 20);
        pthread_create(&t, &attr, worker_main, (void *)(intptr_t)nworkers_started);
        pthread_detach(t);
        nworkers_started++;
    }
}

int sched_workers(void) { return nworkers_target; }

int sched_set_workers(int n) {
    pthread_mutex_lock(&rq_lock);
    int old = nworkers_target;
    if (n > MAX_WORKERS) n = MAX_WORKERS;
    if (n >= 1) {
        nworkers_target = n;
        start_workers_locked();
        pthread_cond_broadcast(&rq_cond);
    }
    pthread_mutex_unlock(&rq_lock);
    return old;
}

void sched_init(int workers) {
    nworkers_target = workers < 1 ? 1 : workers;
    timer_init();
}

Proc *sched_spawn(Proc *parent, Closure *cl, Slot *args, int nargs) {
    CSP_UNUSED(parent);
    Proc *p = proc_new(cl, args, nargs);
    register_proc(p);
    sched_ready(p);
    return p;
}

int sched_run_main(Proc *main) {
    main_proc = main;
    register_proc(main);
    sched_ready(main);
    pthread_mutex_lock(&rq_lock);
    start_workers_locked();
    pthread_mutex_unlock(&rq_lock);
    /* the main thread waits; workers end the program through sched_exit */
    for (;;) pause();
    return 0;
}

/* A process parked inside a nested vm_call (a String method that blocks):
 * its worker thread waits for it here. */
void sched_wait_nested(Proc *p) {
    ParkLocks *pl = park_of(p);
    NestedWait w;
    pthread_mutex_init(&w.m, NULL);
    pthread_cond_init(&w.cv, NULL);
    w.ready = false;
    pthread_mutex_lock(&w.m);
    pl->nested = &w;
    p->state = PROC_WAITING;
    release_park_locks(p);
    pthread_mutex_lock(&rq_lock);
    nrunning--;
    pthread_cond_signal(&rq_cond);
    pthread_mutex_unlock(&rq_lock);
    while (!w.ready) pthread_cond_wait(&w.cv, &w.m);
    pthread_mutex_unlock(&w.m);
    pl->nested = NULL;
    p->state = PROC_RUNNING;
    pthread_mutex_lock(&rq_lock);
    nrunning++;
    pthread_mutex_unlock(&rq_lock);
}
