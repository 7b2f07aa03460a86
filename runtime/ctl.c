/* ctl.c: the decisions of a controlled run (see ctl.h) and, in an
 * explorer's run, their record.
 *
 * Decision points. At a switch point of the running process p, the choice
 * is among p and every runnable process; when the running process stops
 * (it parked, ended, or used up its slice), among the runnable ones. The
 * chosen process starts a new event. It may be stopped at a switch point
 * (it then passes it: ctl_pass), or be new or just woken (it runs its
 * local code and passes its first switch point): either way the event is
 * its next visible operation and the local work after it.
 *
 * In an explorer's run the nodes, each event's accesses and the processes
 * it woke go to a CtlTrace in memory the explorer shares. The plan gives
 * the first choices; after them the run takes the default choices, but
 * never a process of the sleep set: a sleeper leaves the set when an
 * event that conflicts with its own runs; a run whose every runnable
 * process sleeps is cut short (everything it could still do was explored
 * already). A run also stops after max_steps events.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../vm/map.h"
#include "ctl.h"
#include "runtime.h"
#include "sched.h"
#include "trace.h"

int ctl_mode;
bool ctl_recording, ctl_observed;
int ctl_points;

#define TIMER_PID 0
#define MAX_ACCESSES 256 /* an event touching more depends on everything */
#define CTL_MAX_DUE 64   /* timers due at once that a decision tells apart */

static CtlTrace *tr;
static const CtlPlan *plan;
static CtlSleeper *sleepers; /* the plan's sleep set, thinned as events run */
static int nsleepers;
static const int32_t *rp_ords, *rp_choice; /* ctl_replay */
static int rp_n, rp_i;
static bool rp_warned;
static int64_t nnodes;   /* decision nodes so far */
static int64_t nordinal; /* of them, those with 2 or more choices */
static int64_t nevents;
static Proc *chosen;     /* decided at a switch point: runs next */
static int32_t cur_pid = -1; /* the process of the current event */
static int cur_node = -1;    /* its node in the trace */

void ctl_set_random(void) { ctl_mode = CTL_RANDOM; }

static uint64_t no_map_rand(void) { return 0; }

void ctl_set_schedule(void) {
    ctl_mode = CTL_SCHEDULE;
    map_rand_hook = no_map_rand;
}

/* ---------- conflicts ---------- */

bool ctl_plain_kinds;
/* A wait queue's operations: their direction (opposite ones commute) and
 * whether they park (a close commutes with those). */
static int queue_dir(int k) {
    switch (k) {
    case CTL_PARK_SEND: case CTL_HAND_SEND: return 1;
    case CTL_PARK_RECV: case CTL_HAND_RECV: return -1;
    case CTL_LOCK_WAIT: return 2;
    case CTL_UNLOCK_HAND: return -2;
    default: return 0;
    }
}

static bool parks(int k) { return k == CTL_PARK_SEND || k == CTL_PARK_RECV || k == CTL_LOCK_WAIT; }

bool ctl_kinds_conflict(int a, int b) {
    if (ctl_plain_kinds) return !(a == CTL_READ && b == CTL_READ);
    if (a > b) return ctl_kinds_conflict(b, a);
    int da = queue_dir(a), db = queue_dir(b);
    if (da && db) return da != -db;
    if ((a == CTL_CLOSE && parks(b)) || (b == CTL_CLOSE && parks(a))) return false;
    switch (a) {
    case CTL_READ: return b != CTL_READ && b != CTL_INC && b != CTL_DEC && b != CTL_LAST;
    case CTL_INC: return b != CTL_INC;
    case CTL_DEC: return b != CTL_DEC && b != CTL_LAST;
    default: return true;
    }
}

static bool overlap(const CtlAccess *a, const CtlAccess *b) {
    uintptr_t ae = a->obj + 8 * (uintptr_t)(a->slots > 1 ? a->slots : 1);
    uintptr_t be = b->obj + 8 * (uintptr_t)(b->slots > 1 ? b->slots : 1);
    return a->obj < be && b->obj < ae;
}

bool ctl_conflict(const CtlAccess *a, int na, int fa, const CtlAccess *b, int nb, int fb) {
    /* an event that touched nothing (a process's end, a `go`) commutes
     * with everything, even with the end of the program */
    bool ga = fa & CTL_EV_GLOBAL, gb = fb & CTL_EV_GLOBAL;
    if (ga || gb) return (ga || na > 0) && (gb || nb > 0);
    for (int i = 0; i < na; i++)
        for (int j = 0; j < nb; j++)
            if (ctl_kinds_conflict(a[i].kind, b[j].kind) && overlap(&a[i], &b[j])) return true;
    return false;
}

int ctl_default(const int32_t *cands, int n, int cur) {
    int low = -1;
    for (int i = 0; i < n; i++) {
        if (cands[i] == cur) return cur;
        if (low < 0 || cands[i] < low) low = cands[i];
    }
    return low;
}

/* ---------- ending a run early ---------- */

static _Noreturn void stop(int status) {
    out_flush();
    if (tr) tr->status = status;
    _exit(0);
}

/* ---------- the record ---------- */

static CtlNode *node_at(int i) { return i >= 0 && tr ? &tr->nodes[i] : NULL; }

static CtlNode *new_node(int kind) {
    if (tr->nnodes == tr->cap_nodes) stop(CTL_TOO_BIG);
    CtlNode *n = &tr->nodes[tr->nnodes];
    memset(n, 0, sizeof *n);
    n->kind = (uint8_t)kind;
    n->cur = -1;
    return n;
}

void ctl_access(const void *obj, int kind, int64_t slots) {
    CtlNode *n = node_at(cur_node);
    if (!n || (n->flags & CTL_EV_GLOBAL)) return;
    CtlAccess *a = tr->accs + n->acc;
    /* the same access again (a loop over one variable): once is enough */
    for (int i = n->nacc - 1; i >= 0 && i >= n->nacc - 4; i--)
        if (a[i].obj == (uintptr_t)obj && a[i].kind == kind && a[i].slots >= slots) return;
    if (n->nacc >= MAX_ACCESSES || slots > MAX_ACCESSES) {
        n->flags |= CTL_EV_GLOBAL;
        return;
    }
    if (tr->naccs == tr->cap_accs) stop(CTL_TOO_BIG);
    tr->accs[tr->naccs++] = (CtlAccess){(uintptr_t)obj, (int32_t)(slots > 1 ? slots : 1), kind};
    n->nacc++;
}

void ctl_observe(const void *obj, int kind) {
    if (ctl_recording) ctl_access(obj, kind, 1);
    if (trace_on) trace_touch(obj, kind);
}

void ctl_global(void) {
    CtlNode *n = node_at(cur_node);
    if (n && ctl_recording) n->flags |= CTL_EV_GLOBAL;
}

void ctl_wake(Proc *p) {
    CtlNode *n = node_at(cur_node);
    if (!n || !ctl_recording) return;
    if (tr->nwakes == tr->cap_wakes) stop(CTL_TOO_BIG);
    tr->wakes[tr->nwakes++] = (int32_t)p->id;
    n->nwake++;
}

/* The event that just ended wakes every sleeper it conflicts with. */
static void thin_sleepers(void) {
    CtlNode *n = node_at(cur_node);
    if (!n || !nsleepers || cur_node < plan->sleep_from) return;
    const CtlAccess *a = tr->accs + n->acc;
    int k = 0;
    for (int i = 0; i < nsleepers; i++)
        if (!ctl_conflict(a, n->nacc, n->flags, sleepers[i].acc, sleepers[i].nacc, sleepers[i].flags))
            sleepers[k++] = sleepers[i];
    nsleepers = k;
}

static bool asleep(int32_t pid) {
    for (int i = 0; i < nsleepers; i++)
        if (sleepers[i].pid == pid) return true;
    return false;
}

/* ---------- deciding ---------- */

static int cmp_i32(const void *a, const void *b) {
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

static bool member(const int32_t *v, int n, int32_t x) {
    for (int i = 0; i < n; i++)
        if (v[i] == x) return true;
    return false;
}

static void diverge(const char *what) {
    if (tr) {
        tr->diverged_at = (int32_t)nnodes;
        stop(CTL_DIVERGED);
    }
    if (!rp_warned) {
        out_flush();
        fprintf(stderr, "csp: --schedule: the schedule does not fit this run at decision %lld (%s); "
                        "the rest of the run takes the default choices\n", (long long)nordinal, what);
        rp_warned = true;
    }
}

/* The replayed choice at the next non-trivial decision, or -1. */
static int replayed(void) {
    int64_t ord = nordinal++;
    while (rp_i < rp_n && rp_ords[rp_i] < ord) rp_i++;
    return rp_i < rp_n && rp_ords[rp_i] == ord ? rp_choice[rp_i++] : -1;
}

/* Chooses among n candidate process numbers (ascending), cur the one that
 * may go on (-1: none). */
static int32_t decide(const int32_t *cands, int n, int32_t cur) {
    int64_t k = nnodes++;
    int32_t pick = -1;
    if (plan && k < plan->nprefix) {
        pick = plan->prefix[k];
        if (pick < 0 || !member(cands, n, pick)) diverge("process cannot run");
    } else if (plan) {
        if (nevents >= plan->max_steps) stop(CTL_STEP_LIMIT);
        if (cur >= 0 && !asleep(cur)) pick = cur;
        else
            for (int i = 0; i < n && pick < 0; i++)
                if (!asleep(cands[i])) pick = cands[i];
        if (pick < 0) stop(CTL_SLEEP_BLOCKED);
    } else if (n > 1) {
        pick = replayed();
        if (pick >= 0 && !member(cands, n, pick)) {
            diverge("that process cannot run");
            pick = -1;
        }
    }
    if (pick < 0) pick = ctl_default(cands, n, cur);
    return pick;
}

/* Starts the event of process pid, chosen among cands at a new node. */
static void begin_event(int32_t pid, const int32_t *cands, int n, int32_t cur, int flags) {
    nevents++;
    cur_pid = pid;
    if (!tr) return;
    if (tr->ncands + n > tr->cap_cands) stop(CTL_TOO_BIG);
    CtlNode *nd = new_node(CTL_NODE_PROC);
    nd->chosen = pid;
    nd->cur = cur;
    nd->ncand = n;
    nd->cand = tr->ncands;
    memcpy(tr->cands + tr->ncands, cands, sizeof(int32_t) * (size_t)n);
    tr->ncands += n;
    nd->acc = tr->naccs;
    nd->wake = tr->nwakes;
    nd->flags = (uint8_t)flags;
    cur_node = tr->nnodes++;
}

/* Closes the current event (its sleepers first), decides among cands. */
static int32_t decide_event(int32_t *cands, int n, int32_t cur, int flags) {
    thin_sleepers();
    qsort(cands, (size_t)n, sizeof(int32_t), cmp_i32);
    int32_t pick = decide(cands, n, cur);
    begin_event(pick, cands, n, cur, flags);
    return pick;
}

static int32_t *cand_buf(int n) {
    static int32_t *buf;
    static int cap;
    if (n > cap) {
        cap = n > 64 ? n * 2 : 64;
        buf = realloc(buf, sizeof(int32_t) * (size_t)cap);
        if (!buf) {
            fputs("fatal error: out of memory\n", stderr);
            _exit(2);
        }
    }
    return buf;
}

/* The runnable set of the scheduler (sched.c: it may move as it grows). */
static Proc ***run_set;
static int *run_n;

void ctl_bind(Proc ***set, int *n) {
    run_set = set;
    run_n = n;
}

bool ctl_decide(Proc *p) {
    if (p->nested || !run_set) return false;
    int n = *run_n;
    Proc **set = *run_set;
    int32_t *c = cand_buf(n + 1);
    for (int i = 0; i < n; i++) c[i] = (int32_t)set[i]->id;
    c[n] = (int32_t)p->id;
    int32_t pick = decide_event(c, n + 1, (int32_t)p->id, 0);
    if (pick == p->id) return false;
    for (int i = 0; i < n; i++)
        if (set[i]->id == pick) chosen = set[i];
    return true;
}

Proc *ctl_next(void) {
    Proc **set = *run_set;
    int *n = run_n;
    Proc *p = chosen;
    chosen = NULL;
    if (!p) {
        if (*n == 0) return NULL;
        int32_t *c = cand_buf(*n);
        int32_t cur = -1;
        for (int i = 0; i < *n; i++) {
            c[i] = (int32_t)set[i]->id;
            if (c[i] == cur_pid) cur = cur_pid; /* it used up its slice: it may go on */
        }
        int32_t pick = decide_event(c, *n, cur, 0);
        for (int i = 0; i < *n && !p; i++)
            if (set[i]->id == pick) p = set[i];
    }
    for (int i = 0; i < *n; i++)
        if (set[i] == p) {
            set[i] = set[--*n];
            set[*n] = NULL;
            break;
        }
    p->ctl_pass = true;
    return p;
}

int ctl_choose(int n) {
    if (n <= 1) return 0;
    if (ctl_mode == CTL_RANDOM) return (int)(rand_next() % (uint64_t)n);
    int64_t k = nnodes++;
    int pick = -1;
    if (plan && k < plan->nprefix) {
        pick = -1 - plan->prefix[k];
        if (pick < 0 || pick >= n) diverge("no such alternative");
    } else if (!plan) {
        pick = replayed();
        if (pick >= n) {
            diverge("no such alternative");
            pick = -1;
        }
    }
    if (pick < 0) pick = 0;
    if (tr) {
        CtlNode *nd = new_node(CTL_NODE_VALUE);
        nd->chosen = pick;
        nd->ncand = n;
        tr->nnodes++;
    }
    return pick;
}

bool ctl_timer(void) {
    Timer *due[CTL_MAX_DUE];
    int n = timer_next_due(due, CTL_MAX_DUE);
    if (n == 0) return false;
    int32_t c = TIMER_PID;
    decide_event(&c, 1, -1, CTL_EV_GLOBAL | CTL_EV_TIMER);
    timer_fire_one(due[ctl_choose(n)]);
    return true;
}

void ctl_resume_nested(Proc *p) {
    int32_t c = (int32_t)p->id;
    decide_event(&c, 1, -1, CTL_EV_FORCED);
    p->ctl_pass = true;
}

void ctl_deadlock(void) {
    cur_node = -1;
    if (tr) tr->status = CTL_DEADLOCKED;
}

void ctl_finish(int code) {
    if (!tr) return;
    CtlNode *n = node_at(cur_node);
    if (n) n->flags |= CTL_EV_GLOBAL | CTL_EV_ENDS;
    tr->exit_code = code;
    if (tr->status == CTL_RUNNING) tr->status = CTL_EXITED;
}

/* ---------- set-up ---------- */

void ctl_explore_child(const CtlPlan *pl, CtlTrace *trace) {
    ctl_set_schedule();
    ctl_recording = ctl_observed = true;
    plan = pl;
    tr = trace;
    tr->status = CTL_RUNNING;
    tr->nnodes = tr->ncands = tr->naccs = tr->nwakes = 0;
    tr->diverged_at = -1;
    nsleepers = pl->nsleep;
    if (nsleepers) {
        sleepers = malloc(sizeof(CtlSleeper) * (size_t)nsleepers);
        memcpy(sleepers, pl->sleep, sizeof(CtlSleeper) * (size_t)nsleepers);
    }
}

void ctl_replay(const int32_t *ords, const int32_t *choice, int n) {
    ctl_set_schedule();
    rp_ords = ords;
    rp_choice = choice;
    rp_n = n;
}

uint64_t ctl_rand(Proc *p) {
    /* splitmix64 over a state seeded by the process number */
    if (!p->ctl_rand) p->ctl_rand = 0x9E3779B97F4A7C15ULL * (uint64_t)(p->id + 1);
    uint64_t z = (p->ctl_rand += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
