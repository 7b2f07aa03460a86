/* dpor.c: source-set DPOR with sleep sets (Abdulla, Aronis, Jonsson and
 * Sagonas, "Optimal dynamic partial order reduction", POPL 2014, their
 * Algorithm 1 "Source-DPOR"), over the records of whole runs, as Nidhugg
 * does; with CHESS-style preemption bounding (Musuvathi and Qadeer, PLDI
 * 2007) made safe for the reduction as Coons, Musuvathi and McKinley
 * propose (OOPSLA 2013).
 *
 * The tree. Each run is a sequence of decision nodes (runtime/ctl.h): a
 * PROC node chooses which process performs the next event, a VALUE node
 * which alternative an event takes (a select's ready case, a timer among
 * those due at once). The search keeps the nodes of the current path:
 * for a PROC node, the runnable processes, the one chosen and its event,
 * the events of the choices already explored there (`done`), the
 * processes still to explore there (`todo`, DPOR's backtrack set), and
 * the sleep set it was reached with. VALUE nodes are explored exhaustively.
 *
 * Events and happens-before. Two events conflict when they touch a common
 * object in ways that do not commute (ctl_conflict); an event that ended
 * the program, a timer firing, or one that touched too much conflicts with
 * every other. Happens-before is the order of the run restricted to
 * conflicting events, plus program order, plus "woke": an event that
 * makes a process runnable (a send to a parked receiver, an Unlock handing
 * the lock over, a `go`) comes before everything that process does next.
 * Vector clocks give it, one per event.
 *
 * Races. Events e (by p) and e' (by q != p) race when they conflict, e
 * comes first, and no third event lies between them in happens-before: e'
 * could then have come first. For each race where e' is new in this run,
 * let v be the events after e that do not happen after it, then e'; some
 * process that can start v (an "initial" of v) must be explored at the
 * node of e, unless one already was, or is to be, or sleeps there: that
 * node's backtrack set grows by one. A timer never races: it fires only
 * when nothing else can run. An event that ended the program (main
 * returning, a panic, os.Exit) disables every other process, so each one
 * that could run at its node is explored there too.
 *
 * Sleep sets. A process explored at a node sleeps in the subtrees of the
 * choices explored after it, until an event conflicting with its own
 * event runs; its runs would only repeat classes already seen. A run
 * whose runnable processes all sleep is cut short (runtime/ctl.c).
 *
 * Preemption bounding (--preemptions K): a choice of another process
 * where the running one could go on is a preemption. A backtrack point
 * that would exceed K is not added; instead the process is tried at the
 * latest earlier node where a switch was free (the running process had
 * stopped), as Coons et al. do, and the search is marked bounded.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dpor.h"

typedef struct Event {
    int32_t pid, flags;
    CtlAccess *acc;
    int32_t nacc;
    int32_t *wake;
    int32_t nwake;
} Event;

typedef struct Node {
    int kind;
    /* PROC */
    int32_t *cands;
    int ncand;
    int32_t cur, chosen;
    Event ev;
    CtlSleeper *sleep;
    int nsleep;
    Event *done;
    int ndone, capdone;
    int32_t *todo;
    int ntodo, captodo;
    int preempt; /* preemptions on the path before this node */
    /* VALUE */
    int nalts, alt;
} Node;

/* The analysis of one run: per event, its node, process, index in its
 * process and vector clock; per object (8-byte slot), its last write and
 * the reads, increments and decrements since. */
typedef struct Link {
    int32_t pid, ev, next;
} Link;
#define NLISTS 9
typedef struct Obj {
    uintptr_t key;
    int32_t write, wkind, stamp; /* the last write (or LAST) and its kind */
    int32_t list[NLISTS];        /* the accesses of each kind of list_kind since */
    int32_t acq;                 /* a mutex: the Lock of its holder (or last one) */
} Obj;
/* The kinds that need not conflict with each other: an object keeps the
 * latest of each, per process, since its last write. */
static const int list_kind[NLISTS] = {CTL_READ,      CTL_INC,       CTL_DEC,       CTL_PARK_SEND,  CTL_PARK_RECV,
                                      CTL_HAND_SEND, CTL_HAND_RECV, CTL_LOCK_WAIT, CTL_UNLOCK_HAND};

static int list_of(int kind) {
    for (int k = 0; k < NLISTS; k++)
        if (list_kind[k] == kind) return k;
    return -1; /* a write */
}

struct Dpor {
    int bound;
    Node *nodes;
    int n, cap;
    bool started, bounded, exhaustive;
    long anomalies;
    int branch;
    int32_t *prefix;
    int capprefix;
    CtlSleeper *plan_sleep;
    int capsleep;
    /* analysis scratch */
    int32_t *ev_node, *ev_pid, *ev_pidx;
    int32_t *vc;
    int nev, capev, nproc;
    int32_t *last_of, *last_effect, *count_of, *wakeclock, *first;
    Obj *objs;
    size_t capobjs, nobjs;
    Link *links;
    int32_t nlinks, caplinks;
    int32_t *conf, *races, *hbonly;
    int nconf, capconf, capraces, nhb, caphb;
};

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fputs("csp explore: out of memory\n", stderr);
        exit(1);
    }
    return q;
}

#define GROW(ptr, cap, need)                                                      \
    do {                                                                          \
        if ((need) > (cap)) {                                                     \
            int nc_ = (cap) ? (cap) * 2 : 16;                                     \
            while (nc_ < (need)) nc_ *= 2;                                        \
            (ptr) = xrealloc((ptr), sizeof(*(ptr)) * (size_t)nc_);                \
            (cap) = nc_;                                                          \
        }                                                                         \
    } while (0)

Dpor *dpor_new(int preemptions, bool exhaustive) {
    Dpor *d = calloc(1, sizeof(Dpor));
    if (!d) {
        fputs("csp explore: out of memory\n", stderr);
        exit(1);
    }
    d->bound = preemptions;
    d->exhaustive = exhaustive;
    d->branch = -1;
    return d;
}

static void event_free(Event *e) {
    free(e->acc);
    free(e->wake);
    memset(e, 0, sizeof *e);
}

static void node_free(Node *nd) {
    free(nd->cands);
    event_free(&nd->ev);
    free(nd->sleep);
    for (int i = 0; i < nd->ndone; i++) event_free(&nd->done[i]);
    free(nd->done);
    free(nd->todo);
    memset(nd, 0, sizeof *nd);
}

static void truncate_nodes(Dpor *d, int n) {
    while (d->n > n) node_free(&d->nodes[--d->n]);
}

void dpor_free(Dpor *d) {
    truncate_nodes(d, 0);
    free(d->nodes);
    free(d->prefix);
    free(d->plan_sleep);
    free(d->ev_node);
    free(d->ev_pid);
    free(d->ev_pidx);
    free(d->vc);
    free(d->last_of);
    free(d->last_effect);
    free(d->count_of);
    free(d->wakeclock);
    free(d->first);
    free(d->objs);
    free(d->links);
    free(d->conf);
    free(d->hbonly);
    free(d->races);
    free(d);
}

bool dpor_bounded(const Dpor *d) { return d->bounded; }
long dpor_anomalies(const Dpor *d) { return d->anomalies; }

/* ---------- events and sets ---------- */

static Event event_copy(const CtlTrace *t, const CtlNode *tn) {
    Event e = {.pid = tn->chosen, .flags = tn->flags, .nacc = tn->nacc, .nwake = tn->nwake};
    e.acc = xrealloc(NULL, sizeof(CtlAccess) * (size_t)tn->nacc);
    memcpy(e.acc, t->accs + tn->acc, sizeof(CtlAccess) * (size_t)tn->nacc);
    e.wake = xrealloc(NULL, sizeof(int32_t) * (size_t)tn->nwake);
    memcpy(e.wake, t->wakes + tn->wake, sizeof(int32_t) * (size_t)tn->nwake);
    return e;
}

static bool has_i32(const int32_t *v, int n, int32_t x) {
    for (int i = 0; i < n; i++)
        if (v[i] == x) return true;
    return false;
}

/* Was or will q be explored at nd, or does it sleep there? */
static bool covered(const Node *nd, int32_t q) {
    if (q == nd->chosen || has_i32(nd->todo, nd->ntodo, q)) return true;
    for (int i = 0; i < nd->ndone; i++)
        if (nd->done[i].pid == q) return true;
    for (int i = 0; i < nd->nsleep; i++)
        if (nd->sleep[i].pid == q) return true;
    return false;
}

static void push_todo(Node *nd, int32_t q) {
    GROW(nd->todo, nd->captodo, nd->ntodo + 1);
    nd->todo[nd->ntodo++] = q;
}

static bool is_preemption(const Node *nd) { return nd->cur >= 0 && nd->chosen != nd->cur; }

/* Adds q to the backtrack set of PROC node k, within the preemption bound. */
static void add_backtrack(Dpor *d, int k, int32_t q) {
    Node *nd = &d->nodes[k];
    if (covered(nd, q) || !has_i32(nd->cands, nd->ncand, q)) return;
    if (d->bound < 0 || nd->preempt + (nd->cur >= 0 && q != nd->cur) <= d->bound) {
        push_todo(nd, q);
        return;
    }
    d->bounded = true;
    for (int m = k - 1; m >= 0; m--) {
        Node *md = &d->nodes[m];
        if (md->kind != CTL_NODE_PROC || md->cur >= 0 || md->preempt > d->bound) continue;
        if (!has_i32(md->cands, md->ncand, q)) continue;
        if (!covered(md, q)) push_todo(md, q);
        return;
    }
}

/* ---------- the plan ---------- */

static int proc_node_at_or_before(const Dpor *d, int k) {
    while (k >= 0 && d->nodes[k].kind != CTL_NODE_PROC) k--;
    return k;
}

static void make_plan(Dpor *d, int k, CtlPlan *plan) {
    GROW(d->prefix, d->capprefix, k + 1);
    for (int i = 0; i <= k; i++) {
        Node *nd = &d->nodes[i];
        d->prefix[i] = nd->kind == CTL_NODE_PROC ? nd->chosen : -1 - nd->alt;
    }
    int pk = proc_node_at_or_before(d, k);
    int ns = 0;
    if (pk >= 0 && !d->exhaustive) {
        Node *nd = &d->nodes[pk];
        GROW(d->plan_sleep, d->capsleep, nd->nsleep + nd->ndone);
        for (int i = 0; i < nd->nsleep; i++)
            if (nd->sleep[i].pid != nd->chosen) d->plan_sleep[ns++] = nd->sleep[i];
        for (int i = 0; i < nd->ndone; i++) {
            Event *e = &nd->done[i];
            if (e->pid != nd->chosen) d->plan_sleep[ns++] = (CtlSleeper){e->pid, e->flags, e->acc, e->nacc};
        }
    }
    d->branch = k;
    *plan = (CtlPlan){.prefix = d->prefix, .nprefix = k + 1, .sleep = d->plan_sleep, .nsleep = ns,
                      .sleep_from = pk < 0 ? 0 : pk};
}

bool dpor_next(Dpor *d, CtlPlan *plan) {
    if (!d->started) {
        d->started = true;
        d->branch = -1;
        *plan = (CtlPlan){0};
        return true;
    }
    for (int k = d->n - 1; k >= 0; k--) {
        Node *nd = &d->nodes[k];
        if (nd->kind == CTL_NODE_VALUE) {
            if (nd->alt + 1 >= nd->nalts) continue;
            nd->alt++;
            truncate_nodes(d, k + 1);
            make_plan(d, k, plan);
            return true;
        }
        while (nd->ntodo > 0) {
            int32_t q = nd->todo[0];
            memmove(nd->todo, nd->todo + 1, sizeof(int32_t) * (size_t)--nd->ntodo);
            bool again = q == nd->chosen;
            for (int i = 0; i < nd->ndone && !again; i++) again = nd->done[i].pid == q;
            for (int i = 0; i < nd->nsleep && !again; i++) again = nd->sleep[i].pid == q;
            if (again) continue;
            GROW(nd->done, nd->capdone, nd->ndone + 1);
            nd->done[nd->ndone++] = nd->ev;
            memset(&nd->ev, 0, sizeof nd->ev);
            nd->ev.flags = CTL_EV_GLOBAL; /* unknown until the run tells */
            nd->chosen = q;
            truncate_nodes(d, k + 1);
            make_plan(d, k, plan);
            return true;
        }
    }
    return false;
}

/* ---------- the record ---------- */

/* The sleep set of a new PROC node after PROC node prev. */
static void inherit_sleep(Node *nd, const Node *prev) {
    nd->sleep = xrealloc(NULL, sizeof(CtlSleeper) * (size_t)(prev->nsleep + prev->ndone + 1));
    nd->nsleep = 0;
    const Event *e = &prev->ev;
    for (int i = 0; i < prev->nsleep; i++) {
        const CtlSleeper *s = &prev->sleep[i];
        if (s->pid != prev->chosen && !ctl_conflict(s->acc, s->nacc, s->flags, e->acc, e->nacc, e->flags))
            nd->sleep[nd->nsleep++] = *s;
    }
    for (int i = 0; i < prev->ndone; i++) {
        const Event *s = &prev->done[i];
        if (s->pid != prev->chosen && !ctl_conflict(s->acc, s->nacc, s->flags, e->acc, e->nacc, e->flags))
            nd->sleep[nd->nsleep++] = (CtlSleeper){s->pid, s->flags, s->acc, s->nacc};
    }
}

static void add_node(Dpor *d, const CtlTrace *t, const CtlNode *tn, int prev_proc) {
    GROW(d->nodes, d->cap, d->n + 1);
    Node *nd = &d->nodes[d->n++];
    memset(nd, 0, sizeof *nd);
    nd->kind = tn->kind;
    if (tn->kind == CTL_NODE_VALUE) {
        nd->nalts = tn->ncand;
        nd->alt = tn->chosen;
        return;
    }
    nd->ncand = tn->ncand;
    nd->cands = xrealloc(NULL, sizeof(int32_t) * (size_t)tn->ncand);
    memcpy(nd->cands, t->cands + tn->cand, sizeof(int32_t) * (size_t)tn->ncand);
    nd->cur = tn->cur;
    nd->chosen = tn->chosen;
    nd->ev = event_copy(t, tn);
    if (prev_proc >= 0) {
        const Node *prev = &d->nodes[prev_proc];
        inherit_sleep(nd, prev);
        nd->preempt = prev->preempt + is_preemption(prev);
    }
}

/* ---------- happens-before and races ---------- */

#define VC(d, e) ((d)->vc + (size_t)(e) * (size_t)(d)->nproc)

static Obj *obj_get(Dpor *d, uintptr_t key, int32_t last_global) {
    if (2 * (d->nobjs + 1) > d->capobjs) {
        size_t nc = d->capobjs ? d->capobjs * 2 : 1024;
        Obj *no = xrealloc(NULL, sizeof(Obj) * nc);
        memset(no, 0, sizeof(Obj) * nc);
        for (size_t i = 0; i < d->capobjs; i++)
            if (d->objs[i].key) {
                size_t h = (d->objs[i].key >> 3) * 0x9E3779B97F4A7C15ULL & (nc - 1);
                while (no[h].key) h = (h + 1) & (nc - 1);
                no[h] = d->objs[i];
            }
        free(d->objs);
        d->objs = no;
        d->capobjs = nc;
    }
    size_t h = (key >> 3) * 0x9E3779B97F4A7C15ULL & (d->capobjs - 1);
    while (d->objs[h].key && d->objs[h].key != key) h = (h + 1) & (d->capobjs - 1);
    Obj *o = &d->objs[h];
    if (!o->key) {
        o->key = key;
        o->write = o->acq = -1;
        o->wkind = CTL_WRITE;
        for (int k = 0; k < NLISTS; k++) o->list[k] = -1;
        o->stamp = last_global;
        d->nobjs++;
    }
    if (o->stamp < last_global) { /* an event that conflicts with all wrote it since */
        o->write = last_global;
        o->wkind = CTL_WRITE;
        for (int k = 0; k < NLISTS; k++) o->list[k] = -1;
        o->stamp = last_global;
    }
    return o;
}

static void conf_add(Dpor *d, int32_t e) {
    if (e < 0) return;
    for (int i = 0; i < d->nconf; i++)
        if (d->conf[i] == e) return;
    GROW(d->conf, d->capconf, d->nconf + 1);
    d->conf[d->nconf++] = e;
}

/* An event that comes before, yet commutes (no race): joined, not raced. */
static void hb_add(Dpor *d, int32_t e) {
    if (e < 0) return;
    GROW(d->hbonly, d->caphb, d->nhb + 1);
    d->hbonly[d->nhb++] = e;
}

/* Does a wait group's `after` come after `before` without racing it? */
static bool ordered_only(int before, int after) {
    return (after == CTL_LAST && (before == CTL_DEC || before == CTL_INC)) ||
           (after == CTL_READ && before == CTL_LAST);
}

/* Event e's access of kind `before`, seen by an access of kind `after`. */
static void relate(Dpor *d, int32_t e, int before, int after) {
    if (e < 0) return;
    if (ctl_kinds_conflict(before, after)) conf_add(d, e);
    else if (ordered_only(before, after)) hb_add(d, e);
}

/* Records event j of process pid in list *head (one entry per process). */
static void list_put(Dpor *d, int32_t *head, int32_t pid, int32_t j) {
    for (int32_t l = *head; l >= 0; l = d->links[l].next)
        if (d->links[l].pid == pid) {
            d->links[l].ev = j;
            return;
        }
    GROW(d->links, d->caplinks, d->nlinks + 1);
    d->links[d->nlinks] = (Link){pid, j, *head};
    *head = d->nlinks++;
}

/* The events j conflicts with through access a (their latest, per kind),
 * then a's effect on the objects' states. A Lock that gets a mutex freed
 * by an Unlock races, not with that Unlock (in the other order it would
 * park and be handed the lock: the same), but with the Lock that took it
 * before: the other order of the two acquisitions (as in Nidhugg). */
static void access_conflicts(Dpor *d, const Event *ev, const CtlAccess *a, int32_t j, int32_t pid,
                             int32_t last_global) {
    for (int32_t s = 0; s < a->slots; s++) {
        Obj *o = obj_get(d, a->obj + 8 * (uintptr_t)s, last_global);
        if (a->kind == CTL_LOCK && o->wkind == CTL_UNLOCK && !ctl_plain_kinds) {
            hb_add(d, o->write);
            conf_add(d, o->acq);
        } else
            relate(d, o->write, o->wkind, a->kind);
        if (a->kind == CTL_LOCK || a->kind == CTL_TRYLOCK) o->acq = j;
        if (a->kind == CTL_UNLOCK_HAND && ev->nwake > 0 && ev->wake[0] < d->nproc)
            o->acq = d->last_of[ev->wake[0]]; /* the Lock that waited */
        for (int k = 0; k < NLISTS; k++)
            for (int32_t l = o->list[k]; l >= 0; l = d->links[l].next) relate(d, d->links[l].ev, list_kind[k], a->kind);
        int lk = list_of(a->kind);
        if (lk < 0) {
            o->write = j;
            o->wkind = a->kind;
            for (int k = 0; k < NLISTS; k++) o->list[k] = -1;
        } else
            list_put(d, &o->list[lk], pid, j);
    }
}

/* The processes that can start v: the events after e that do not happen
 * after it, then e' (their first events with no predecessor in v). */
static int initials(Dpor *d, int32_t e, int32_t e2, int32_t *out) {
    int32_t pe = d->ev_pid[e], ie = d->ev_pidx[e];
    for (int q = 0; q < d->nproc; q++) d->first[q] = -1;
    int n = 0;
    for (int32_t k = e + 1; k <= e2; k++) {
        int32_t *vk = VC(d, k);
        if (k != e2 && vk[pe] >= ie) continue; /* happens after e */
        int32_t q = d->ev_pid[k];
        if (d->first[q] >= 0) continue;
        d->first[q] = d->ev_pidx[k];
        bool init = true;
        for (int r = 0; r < d->nproc && init; r++)
            if (r != q && d->first[r] >= 0 && vk[r] >= d->first[r]) init = false;
        if (init) out[n++] = q;
    }
    return n;
}

static void race(Dpor *d, int32_t e, int32_t e2) {
    Node *nd = &d->nodes[d->ev_node[e]];
    int32_t *init = xrealloc(NULL, sizeof(int32_t) * (size_t)d->nproc);
    int n = initials(d, e, e2, init);
    bool done = false;
    for (int i = 0; i < n && !done; i++) done = covered(nd, init[i]);
    if (!done) {
        int32_t q = -1, p2 = d->ev_pid[e2];
        if (has_i32(init, n, p2) && has_i32(nd->cands, nd->ncand, p2)) q = p2;
        for (int i = 0; i < n && q < 0; i++)
            if (has_i32(nd->cands, nd->ncand, init[i])) q = init[i];
        if (getenv("CSP_EXPLORE_DEBUG"))
            fprintf(stderr, "  race: node %d (p%d) vs node %d (p%d): p%d at node %d\n", d->ev_node[e], d->ev_pid[e],
                    d->ev_node[e2], d->ev_pid[e2], q, d->ev_node[e]);
        if (q >= 0) add_backtrack(d, d->ev_node[e], q);
        else {
            /* no initial could run there: the model's assumption broke;
             * fall back on every process that could */
            d->anomalies++;
            for (int i = 0; i < nd->ncand; i++) add_backtrack(d, d->ev_node[e], nd->cands[i]);
        }
    }
    free(init);
}

static void analyse(Dpor *d, const CtlTrace *t, int first_new_node) {
    /* the events: PROC nodes */
    d->nev = 0;
    d->nproc = 1;
    if (d->n > d->capev) {
        d->capev = d->n * 2;
        d->ev_node = xrealloc(d->ev_node, sizeof(int32_t) * (size_t)d->capev);
        d->ev_pid = xrealloc(d->ev_pid, sizeof(int32_t) * (size_t)d->capev);
        d->ev_pidx = xrealloc(d->ev_pidx, sizeof(int32_t) * (size_t)d->capev);
    }
    for (int k = 0; k < d->n; k++)
        if (d->nodes[k].kind == CTL_NODE_PROC) {
            d->ev_node[d->nev] = k;
            d->ev_pid[d->nev] = d->nodes[k].chosen;
            if (d->nodes[k].chosen + 1 > d->nproc) d->nproc = d->nodes[k].chosen + 1;
            for (int i = 0; i < d->nodes[k].ncand; i++)
                if (d->nodes[k].cands[i] + 1 > d->nproc) d->nproc = d->nodes[k].cands[i] + 1;
            d->nev++;
        }
    int P = d->nproc;
    d->vc = xrealloc(d->vc, sizeof(int32_t) * (size_t)(d->nev ? d->nev : 1) * (size_t)P);
    d->last_of = xrealloc(d->last_of, sizeof(int32_t) * (size_t)P);
    d->last_effect = xrealloc(d->last_effect, sizeof(int32_t) * (size_t)P);
    d->count_of = xrealloc(d->count_of, sizeof(int32_t) * (size_t)P);
    d->first = xrealloc(d->first, sizeof(int32_t) * (size_t)P);
    d->wakeclock = xrealloc(d->wakeclock, sizeof(int32_t) * (size_t)P * (size_t)P);
    for (int q = 0; q < P; q++) d->last_of[q] = d->last_effect[q] = -1, d->count_of[q] = 0;
    memset(d->wakeclock, 0, sizeof(int32_t) * (size_t)P * (size_t)P);
    if (d->objs) memset(d->objs, 0, sizeof(Obj) * d->capobjs);
    d->nobjs = 0;
    d->nlinks = 0;
    int32_t last_global = -1;
    int32_t *pre = xrealloc(NULL, sizeof(int32_t) * (size_t)P);
    for (int32_t j = 0; j < d->nev; j++) {
        Node *nd = &d->nodes[d->ev_node[j]];
        int32_t p = nd->chosen;
        d->ev_pidx[j] = ++d->count_of[p];
        int32_t *v = VC(d, j);
        if (d->last_of[p] >= 0) memcpy(pre, VC(d, d->last_of[p]), sizeof(int32_t) * (size_t)P);
        else memset(pre, 0, sizeof(int32_t) * (size_t)P);
        int32_t *w = d->wakeclock + (size_t)p * (size_t)P;
        for (int q = 0; q < P; q++)
            if (w[q] > pre[q]) pre[q] = w[q];
        /* the events j conflicts with (one that touched nothing: none) */
        d->nconf = d->nhb = 0;
        bool global = nd->ev.flags & CTL_EV_GLOBAL, effect = global || nd->ev.nacc > 0;
        if (effect) conf_add(d, last_global);
        if (global) {
            for (int q = 0; q < P; q++)
                if (q != p) conf_add(d, d->last_effect[q]);
        } else
            for (int i = 0; i < nd->ev.nacc; i++) access_conflicts(d, &nd->ev, &nd->ev.acc[i], j, p, last_global);
        memcpy(v, pre, sizeof(int32_t) * (size_t)P);
        for (int i = 0; i < d->nconf + d->nhb; i++) {
            int32_t *vc = VC(d, i < d->nconf ? d->conf[i] : d->hbonly[i - d->nconf]);
            for (int q = 0; q < P; q++)
                if (vc[q] > v[q]) v[q] = vc[q];
        }
        v[p] = d->ev_pidx[j];
        if (nd->ev.flags & CTL_EV_GLOBAL) last_global = j;
        for (int i = 0; i < nd->ev.nwake; i++) {
            int32_t q = nd->ev.wake[i];
            if (q < 0 || q >= P) continue;
            int32_t *wq = d->wakeclock + (size_t)q * (size_t)P;
            for (int r = 0; r < P; r++)
                if (v[r] > wq[r]) wq[r] = v[r];
        }
        if (effect) d->last_effect[p] = j;
        if (d->ev_node[j] < first_new_node || p == 0) {
            d->last_of[p] = j;
            continue;
        }
        /* races: conflicting events of others, not ordered before j by
         * anything else, and not before another of them */
        int nr = 0;
        GROW(d->races, d->capraces, d->nconf);
        for (int i = 0; i < d->nconf; i++) {
            int32_t c = d->conf[i], q = d->ev_pid[c];
            if (q == p || q == 0 || pre[q] >= d->ev_pidx[c]) continue;
            d->races[nr++] = c;
        }
        for (int i = 0; i < nr; i++) {
            int32_t c = d->races[i];
            bool before_other = false;
            for (int k2 = 0; k2 < nr && !before_other; k2++)
                if (k2 != i && VC(d, d->races[k2])[d->ev_pid[c]] >= d->ev_pidx[c]) before_other = true;
            if (!before_other) race(d, c, j);
        }
        /* an event that ended the program: every other process could have gone first */
        if (nd->ev.flags & CTL_EV_ENDS)
            for (int i = 0; i < nd->ncand; i++)
                if (nd->cands[i] != p) {
                    add_backtrack(d, d->ev_node[j], nd->cands[i]);
                    if (getenv("CSP_EXPLORE_DEBUG"))
                        fprintf(stderr, "  end: p%d at node %d\n", nd->cands[i], d->ev_node[j]);
                }
        d->last_of[p] = j;
    }
    free(pre);
    (void)t;
}

void dpor_record(Dpor *d, const CtlTrace *t) {
    int b = d->branch;
    if (t->status == CTL_DIVERGED || t->nnodes <= b) {
        d->anomalies++;
        return;
    }
    /* the branch's event (and, for a VALUE branch, its event's) is new */
    int pb = proc_node_at_or_before(d, b);
    for (int k = pb < 0 ? 0 : pb; k <= b; k++) {
        Node *nd = &d->nodes[k];
        const CtlNode *tn = &t->nodes[k];
        if (nd->kind != tn->kind) {
            d->anomalies++;
            return;
        }
        if (nd->kind == CTL_NODE_PROC) {
            event_free(&nd->ev);
            nd->ev = event_copy(t, tn);
        }
    }
    int prev = pb;
    for (int k = b + 1; k < t->nnodes; k++) {
        add_node(d, t, &t->nodes[k], d->exhaustive ? -1 : prev);
        if (t->nodes[k].kind != CTL_NODE_PROC) continue;
        if (d->exhaustive) {
            Node *nd = &d->nodes[k];
            if (prev >= 0) nd->preempt = d->nodes[prev].preempt + is_preemption(&d->nodes[prev]);
            for (int i = 0; i < nd->ncand; i++) add_backtrack(d, k, nd->cands[i]);
        }
        prev = k;
    }
    if (!d->exhaustive) analyse(d, t, pb < 0 ? 0 : pb);
}

/* ---------- about one run ---------- */

int dpor_preemptions(const CtlTrace *t) {
    int n = 0;
    for (int k = 0; k < t->nnodes; k++) {
        const CtlNode *nd = &t->nodes[k];
        if (nd->kind == CTL_NODE_PROC && nd->cur >= 0 && nd->chosen != nd->cur) n++;
    }
    return n;
}

int dpor_token_decisions(const CtlTrace *t, int32_t **ords, int32_t **choice) {
    *ords = xrealloc(NULL, sizeof(int32_t) * (size_t)(t->nnodes + 1));
    *choice = xrealloc(NULL, sizeof(int32_t) * (size_t)(t->nnodes + 1));
    int n = 0, ord = 0;
    for (int k = 0; k < t->nnodes; k++) {
        const CtlNode *nd = &t->nodes[k];
        if (nd->ncand < 2) continue;
        int32_t def = nd->kind == CTL_NODE_VALUE ? 0 : ctl_default(t->cands + nd->cand, nd->ncand, nd->cur);
        if (nd->chosen != def) {
            (*ords)[n] = ord;
            (*choice)[n++] = nd->chosen;
        }
        ord++;
    }
    return n;
}
