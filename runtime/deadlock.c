/* deadlock.c: the explanation of a deadlock, and the REPL's view of a wait.
 *
 * When no process can run again, Go prints one line and the stacks; a
 * beginner then has to work out from line numbers who waits for whom. This
 * file writes that out (see deadlock.h for what is recorded where):
 *
 *   - each blocked process: what it waits for, named as the program wrote
 *     it (`right`, `results`, `wg`), and where;
 *   - for a lock, who holds it and where they locked it (or that it is the
 *     waiter itself, or a process that ended without unlocking);
 *   - for a channel, its state (unbuffered, buffer full or empty, nil) and
 *     that nobody can reach the other end: at a deadlock every process is
 *     blocked, none on the other end;
 *   - for a WaitGroup, its counter;
 *   - the cycle, when processes wait for locks held by each other.
 *
 * The wait-for graph has an edge from a process waiting on a lock to the
 * lock's holder (at most one: the writer, else the first known reader, else
 * the writer queued ahead of a reader). Following the edges from each
 * process finds every cycle. Nothing here runs unless a report is written.
 */
#include <string.h>

#include "../util/buf.h"
#include "../vm/proc.h"
#include "chan_impl.h"
#include "deadlock.h"
#include "trace.h"

void (*deadlock_value_hook)(Buf *b, Type *t, Slot v);

/* NBSP: a space the text is never broken at (wrap prints a space). */
#define NBSP "\x01"

/* ---------- sites: a function and the pc after an instruction ---------- */

static int site_index(Func *fn, const Instr *pc) {
    return pc > fn->code ? (int)(pc - fn->code) - 1 : 0;
}

static int site_line(Func *fn, const Instr *pc) {
    return vm_line_of(fn, fn->code + site_index(fn, pc));
}

/* The file a report is about (named in its heading): its lines are "line
 * N", others' "file:N". */
static __thread const char *report_file;

/* Where the instruction before pc is. */
static const char *site_where(Func *fn, const Instr *pc) {
    if (!fn) return "?";
    if (report_file && fn->file && !strcmp(fn->file, report_file)) return csp_sprintf("line" NBSP "%d", site_line(fn, pc));
    return csp_sprintf("%s:%d", fn->file ? fn->file : "?", site_line(fn, pc));
}

/* What the compiler named the instruction before pc by (NULL: nothing). */
static const char *site_text(Func *fn, const Instr *pc) {
    if (!fn || !fn->nsites) return NULL;
    int at = site_index(fn, pc);
    int lo = 0, hi = fn->nsites - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (fn->sites[mid].pc == at) return fn->sites[mid].text;
        if (fn->sites[mid].pc < at) lo = mid + 1;
        else hi = mid - 1;
    }
    return NULL;
}

const char *deadlock_site_text(Func *fn, const Instr *pc) { return site_text(fn, pc); }

/* Line i (0-based) of a select's case names, or NULL. */
static const char *text_line(const char *text, int i) {
    if (!text) return NULL;
    for (; i > 0; i--) {
        text = strchr(text, '\n');
        if (!text) return NULL;
        text++;
    }
    const char *end = strchr(text, '\n');
    return end ? csp_sprintf("%.*s", (int)(end - text), text) : text;
}

static bool in_library(Func *fn) { return fn->file && fn->file[0] == '$'; }

/* The frame of the program's own code that p waits in: the top one, or the
 * caller of a library function that parked (sync.Cond.Wait). */
static Frame *user_frame(Proc *p) {
    for (int i = p->nframes - 1; i >= 0; i--)
        if (i == 0 || !in_library(p->frames[i].fn)) return &p->frames[i];
    return NULL;
}

/* ---------- what a process waits for ---------- */

typedef enum WaitKind {
    W_OTHER, W_SEND, W_RECV, W_NIL_SEND, W_NIL_RECV, W_SELECT, W_SELECT_NONE, W_SYNC
} WaitKind;

typedef struct Wait Wait;
struct Wait {
    Proc *p;
    WaitKind kind;
    Func *fn;              /* where it waits (the program's frame) */
    const Instr *pc;
    const char *name;      /* what it waits on, as written there (may be NULL) */
    Chan *chan;            /* W_SEND, W_RECV */
    SelectState *sel;      /* W_SELECT */
    SyncView sync;         /* W_SYNC */
    int64_t next;          /* the process it waits for (a lock's holder), 0: none */
    int cycle;             /* the cycle it belongs to (1, 2...), 0: none */
    Wait *partner;         /* channel waits: the blocked process whose code has the other end later */
    Func *partner_fn;      /* and where */
    const Instr *partner_pc;
};

/* The process a lock waiter waits for: the writer, a reader, or the
 * writer queued ahead of a reader. */
static int64_t lock_owner(const SyncView *v) {
    if (v->writer.id) return v->writer.id;
    if (v->kind != SYNC_RWMUTEX) return 0;
    if (!v->rlock)
        for (int i = 0; i < DEADLOCK_READERS; i++)
            if (v->reader[i].id) return v->reader[i].id;
    return v->rlock ? v->queued_writer : 0;
}

static void wait_of(Proc *p, Wait *w) {
    memset(w, 0, sizeof *w);
    w->p = p;
    Frame *f = user_frame(p);
    if (f) {
        w->fn = f->fn;
        w->pc = f->pc;
        w->name = site_text(f->fn, f->pc);
    }
    const char *why = p->wait_reason ? p->wait_reason : "";
    Waiter *own = p->waiter;
    if (!strcmp(why, "chan send") || !strcmp(why, "chan receive")) {
        w->kind = why[5] == 's' ? W_SEND : W_RECV;
        w->chan = own ? own->c : NULL;
    } else if (!strcmp(why, "chan send (nil chan)")) w->kind = W_NIL_SEND;
    else if (!strcmp(why, "chan receive (nil chan)")) w->kind = W_NIL_RECV;
    else if (!strcmp(why, "select")) {
        w->kind = W_SELECT;
        w->sel = p->resume_data;
    } else if (!strcmp(why, "select (no cases)")) w->kind = W_SELECT_NONE;
    else if (sync_view(p, &w->sync)) {
        w->kind = W_SYNC;
        if (w->sync.kind == SYNC_MUTEX || w->sync.kind == SYNC_RWMUTEX) w->next = lock_owner(&w->sync);
    }
}

static Wait *find_wait(Wait *ws, int n, int64_t id) {
    for (int i = 0; i < n; i++)
        if (ws[i].p->id == id) return &ws[i];
    return NULL;
}

static const char *proc_name(int64_t id) {
    return id == 1 && !sched_repl_mode ? "goroutine" NBSP "1" NBSP "(main)" : csp_sprintf("goroutine" NBSP "%lld", (long long)id);
}

static const char *or_it(const char *name, const char *it) { return name ? name : it; }

/* ---------- channels ---------- */

static const char *chan_made(Chan *c) {
    return c && c->made_fn ? csp_sprintf(", made at %s", site_where(c->made_fn, c->made_pc)) : "";
}

/* "unbuffered", "its buffer is full: 2 of 2", "its buffer is empty (cap
 * 3)", "buffer 1 of 3". */
static const char *chan_state(Chan *c) {
    if (!c) return "?";
    int64_t len = chan_len(c);
    if (!c->cap) return "unbuffered";
    if (len == 0) return csp_sprintf("its buffer is empty (cap %lld)", (long long)c->cap);
    if (len == c->cap) return csp_sprintf("its buffer is full: %lld of %lld", (long long)len, (long long)c->cap);
    return csp_sprintf("buffer %lld of %lld", (long long)len, (long long)c->cap);
}

/* The buffered values, "[1 2 3]" (the REPL's :procs; needs the hook). */
static void chan_values(Buf *b, Chan *c) {
    if (!deadlock_value_hook || !c->cap) return;
    rtlock_acquire(&c->lock);
    int64_t n = c->count, head = c->head;
    Slot *vals = csp_alloc(sizeof(Slot) * (n + 1));
    for (int64_t i = 0; i < n; i++) vals[i] = c->buf[(head + i) % c->cap];
    rtlock_release(&c->lock);
    buf_puts(b, n ? ", holding [" : "");
    if (!n) return;
    for (int64_t i = 0; i < n && i < 10; i++) {
        if (i) buf_putc(b, ' ');
        deadlock_value_hook(b, c->elem, vals[i]);
    }
    if (n > 10) buf_printf(b, " ...%lld more", (long long)(n - 10));
    buf_putc(b, ']');
}

/* A report looks at the first EXPLAIN_MAX blocked processes (finding
 * partners is quadratic) and writes at most EXPLAIN_SHOWN paragraphs. */
#define EXPLAIN_MAX 256
#define EXPLAIN_SHOWN 50

/* Other blocked processes on the same channel, same direction. */
/* w2 waits just as w does: same operation on the same channel (its
 * paragraph would say the same; w's names it instead). */
static bool same_wait(const Wait *w, const Wait *w2) {
    return w2 != w && w->chan && w2->chan == w->chan && w2->kind == w->kind && !w2->cycle;
}

/* Other blocked processes on the same channel, same direction (ten named). */
static void chan_company(Buf *b, Wait *w, Wait *ws, int n) {
    int k = 0;
    for (int i = 0; i < n; i++) {
        if (!same_wait(w, &ws[i])) continue;
        if (k < 10) buf_printf(b, "%s%lld", k ? ", " : " (Also waiting on it: goroutine ", (long long)ws[i].p->id);
        k++;
    }
    if (k > 10) buf_printf(b, " and %s%d more", n < EXPLAIN_MAX ? "" : "at least ", k - 10);
    if (k) buf_puts(b, ")");
}

/* An earlier process waits as w does, and its paragraph named w. */
static bool told_with_earlier(Wait *w, Wait *ws) {
    for (Wait *e = ws; e < w; e++)
        if (!e->cycle && same_wait(e, w)) return true;
    return false;
}

/* The first instruction with opcode op naming `name` in p's code after
 * where p now is (in its frame or a caller's), or false. */
static bool later_site(Proc *p, int op, const char *name, Func **fn_out, const Instr **pc_out) {
    for (int i = p->nframes - 1; i >= 0; i--) {
        Func *fn = p->frames[i].fn;
        int from = site_index(fn, p->frames[i].pc) + 1;
        for (int k = 0; k < fn->nsites; k++) {
            SiteName *s = &fn->sites[k];
            if (s->pc < from || fn->code[s->pc].op != op || strcmp(s->text, name)) continue;
            *fn_out = fn;
            *pc_out = fn->code + s->pc + 1;
            return true;
        }
    }
    return false;
}

/* For the classic mistakes: the other end of w's channel is in a blocked
 * process's code, but after the point where it is stuck (or in w's own
 * code, after the wait). Found by the channel's name, so it is said as
 * what the code does, not as a fact about the channel. A partner in
 * another process is an edge of the wait-for graph. */
static void find_partner(Wait *w, Wait *ws, int n) {
    if (!w->name || (w->kind != W_SEND && w->kind != W_RECV) || w->next) return;
    int op = w->kind == W_RECV ? BC_SEND : BC_RECV;
    for (int i = 0; i < n; i++)
        if (later_site(ws[i].p, op, w->name, &w->partner_fn, &w->partner_pc)) {
            w->partner = &ws[i];
            if (&ws[i] != w) w->next = ws[i].p->id;
            return;
        }
}

static void later_partner(Buf *b, Wait *w) {
    const char *what = w->kind == W_RECV ? "send on" : "receive from";
    Wait *o = w->partner;
    Func *fn = w->partner_fn;
    const Instr *pc = w->partner_pc;
    if (o) {
        if (o == w)
            buf_printf(b, "\n    The %s %s at %s comes later in this same goroutine: the other end of a channel "
                          "must be in another goroutine (%s %s).",
                       what, w->name, site_where(fn, pc), w->name, w->chan && w->chan->cap ? "has no room left" : "is unbuffered");
        else
            buf_printf(b, "\n    The %s %s at %s would be its partner, but %s is stuck at %s, before it.", what, w->name,
                       site_where(fn, pc), proc_name(o->p->id), site_where(o->fn, o->pc));
    }
}

/* ---------- one process's wait, in words ---------- */

/* "held by goroutine 3, which locked it as left at FILE:46" and the like. */
static void holder_words(Buf *b, Wait *w, const Holder *h, bool reader, Proc **live, int nlive) {
    const char *as = site_text(h->fn, h->pc);
    const char *at = site_where(h->fn, h->pc);
    const char *how = reader ? "read-locked" : "locked";
    if (h->id == w->p->id) {
        buf_printf(b, "It is held by %s itself, which %s it%s%s at %s.", proc_name(h->id), how, as ? " as " : "", or_it(as, ""), at);
        if (!reader && w->sync.kind == SYNC_MUTEX)
            buf_puts(b, " A sync.Mutex is not reentrant: locking it again in the goroutine "
                        "    that holds it waits forever. Unlock it first, or lock it only once.");
        return;
    }
    bool alive = false;
    for (int i = 0; i < nlive; i++)
        if (live[i]->id == h->id && live[i]->state != PROC_DEAD) alive = true;
    buf_printf(b, "It is held by %s, which %s it%s%s at %s", proc_name(h->id), how, as ? " as " : "", or_it(as, ""), at);
    buf_puts(b, alive ? "." : ", and has ended without unlocking it.");
}

static void describe_sync(Buf *b, Wait *w, Proc **live, int nlive, bool final) {
    SyncView *v = &w->sync;
    const char *at = site_where(w->fn, w->pc);
    const char *name = or_it(w->name, v->kind == SYNC_MUTEX ? "a sync.Mutex" : v->kind == SYNC_RWMUTEX ? "a sync.RWMutex"
                                      : v->kind == SYNC_WAITGROUP ? "a sync.WaitGroup" : "a sync.Cond");
    switch (v->kind) {
    case SYNC_MUTEX:
    case SYNC_RWMUTEX:
        buf_printf(b, "%s waits to %s %s at %s.\n    ", proc_name(w->p->id), v->rlock ? "read-lock" : "lock", name, at);
        if (v->writer.id) holder_words(b, w, &v->writer, false, live, nlive);
        else if (v->readers > 0 && !v->rlock) {
            buf_printf(b, "It is read-locked by %lld goroutine%s", (long long)v->readers, v->readers > 1 ? "s" : "");
            /* the known readers, by id (their places in the record depend on the schedule) */
            int64_t last = 0;
            for (int k = 0;; k++) {
                const Holder *h = NULL;
                for (int i = 0; i < DEADLOCK_READERS; i++)
                    if (v->reader[i].id > last && (!h || v->reader[i].id < h->id)) h = &v->reader[i];
                if (!h) break;
                buf_printf(b, "%s%s (RLock at %s)", k ? ", " : ": ", proc_name(h->id), site_where(h->fn, h->pc));
                last = h->id;
            }
            buf_puts(b, ".");
        } else if (v->rlock && v->queued_writer)
            buf_printf(b, "No writer holds it, but %s waits to Lock it, and a waiting "
                          "writer keeps new readers out (an RWMutex lets writers go first).",
                       proc_name(v->queued_writer));
        else buf_puts(b, "Its holder is not known.");
        break;
    case SYNC_WAITGROUP:
        buf_printf(b, "%s waits in %s.Wait() at %s.\n    The counter is %lld", proc_name(w->p->id), name, at, (long long)v->count);
        if (v->last_add.id) buf_printf(b, " (last raised by Add at %s)", site_where(v->last_add.fn, v->last_add.pc));
        buf_printf(b, ": Wait returns only after %lld more Done call%s.", (long long)v->count, v->count == 1 ? "" : "s");
        break;
    case SYNC_COND:
        buf_printf(b, "%s waits in %s.Wait() at %s, for a Signal or Broadcast%s.", proc_name(w->p->id), name, at,
                   final ? " that no goroutine is left to make" : "");
        break;
    }
}

static void describe_select(Buf *b, Wait *w) {
    buf_printf(b, "%s waits in a select at %s, for any of:", proc_name(w->p->id), site_where(w->fn, w->pc));
    SelectState *s = w->sel;
    for (int i = 0; s && i < s->n; i++) {
        Waiter *sw = &s->waiters[i];
        const char *name = or_it(text_line(w->name, i), "a channel");
        const char *op = s->cases[3 * i + 2].i == CASE_SEND ? "a send on" : "a receive from";
        if (!sw->c) buf_printf(b, "\n      %s %s (nil: never ready)", op, name);
        else buf_printf(b, "\n      %s %s (%s%s)", op, name, chan_state(sw->c), chan_made(sw->c));
    }
}

/* One paragraph about w (no trailing newline). final: a deadlock report,
 * where nobody can ever reach the other end (else: :procs, where others run). */
static void describe_wait(Buf *b, Wait *w, Wait *ws, int n, Proc **live, int nlive, bool final) {
    const char *at = site_where(w->fn, w->pc);
    const char *name = or_it(w->name, "a channel");
    switch (w->kind) {
    case W_SEND:
    case W_RECV:
        if (!final) {
            buf_printf(b, "%s waits to %s %s at %s.", proc_name(w->p->id), w->kind == W_SEND ? "send on" : "receive from", name, at);
            if (!w->chan) break;
            buf_printf(b, "\n    %s%s%s: ", or_it(w->name, "the channel"), w->chan->made_fn ? " (made at " : "",
                       w->chan->made_fn ? csp_sprintf("%s)", site_where(w->chan->made_fn, w->chan->made_pc)) : "");
            if (!w->chan->cap) buf_puts(b, "unbuffered");
            else buf_printf(b, "len %lld, cap %lld", (long long)chan_len(w->chan), (long long)w->chan->cap);
            chan_values(b, w->chan);
            break;
        }
        buf_printf(b, "%s waits to %s %s at %s.\n    %s (%s%s)", proc_name(w->p->id), w->kind == W_SEND ? "send on" : "receive from",
                   name, at, or_it(w->name, "The channel"),
                   w->kind == W_RECV && w->chan && w->chan->cap ? csp_sprintf("cap %lld", (long long)w->chan->cap) : chan_state(w->chan),
                   chan_made(w->chan));
        if (!final) buf_puts(b, ".");
        else if (w->kind == W_SEND)
            buf_puts(b, w->chan && w->chan->cap ? " has no room, and no goroutine will receive from it."
                                                : " needs a receiver, and no goroutine will receive from it.");
        else buf_puts(b, " is empty, and no goroutine will send on it or close it.");
        chan_company(b, w, ws, n);
        later_partner(b, w);
        break;
    case W_NIL_SEND:
    case W_NIL_RECV:
        buf_printf(b, "%s waits to %s %s at %s.\n    But %s is a nil channel (never made with make): that waits forever.",
                   proc_name(w->p->id), w->kind == W_NIL_SEND ? "send on" : "receive from", or_it(w->name, "a channel"), at,
                   or_it(w->name, "it"));
        break;
    case W_SELECT: describe_select(b, w); break;
    case W_SELECT_NONE:
        buf_printf(b, "%s is in a select with no ready case at %s (select {} or only nil channels): it blocks forever.",
                   proc_name(w->p->id), at);
        break;
    case W_SYNC: describe_sync(b, w, live, nlive, final); break;
    default:
        buf_printf(b, "%s waits (%s) at %s.", proc_name(w->p->id), w->p->wait_reason ? w->p->wait_reason : "?", at);
    }
}

/* ---------- cycles of lock waits ---------- */

/* Marks each cycle of the wait-for graph with its number; returns how many. */
static int find_cycles(Wait *ws, int n) {
    int ncycles = 0;
    int *seen = csp_alloc(sizeof(int) * (n + 1)); /* the walk that first reached i, 0: none */
    for (int start = 0; start < n; start++) {
        if (seen[start]) continue;
        Wait *w = &ws[start];
        int walk = start + 1;
        while (w && !seen[w - ws]) {
            seen[w - ws] = walk;
            w = w->next ? find_wait(ws, n, w->next) : NULL;
        }
        /* back on this walk's own path: a new cycle (a self-wait is left to its paragraph) */
        if (!w || seen[w - ws] != walk || w->cycle || w->next == w->p->id) continue;
        ncycles++;
        Wait *c = w;
        do {
            c->cycle = ncycles;
            c = find_wait(ws, n, c->next);
        } while (c != w);
    }
    return ncycles;
}

/* One step of a cycle: what w holds that prev waits for, and what w waits
 * for: "goroutine 3 holds left (locked at line 46) and waits for right at
 * line 47, held by goroutine 4;". */
static void cycle_step(Buf *b, Wait *w, Wait *prev) {
    const Holder *h = prev->kind == W_SYNC && prev->sync.writer.id == w->p->id ? &prev->sync.writer : NULL;
    bool reader = false;
    for (int i = 0; !h && prev->kind == W_SYNC && i < DEADLOCK_READERS; i++)
        if (prev->sync.reader[i].id == w->p->id) h = &prev->sync.reader[i], reader = true;
    buf_printf(b, "    %s ", proc_name(w->p->id));
    if (h)
        buf_printf(b, "holds %s (%s at %s)\n        and ", or_it(site_text(h->fn, h->pc), "a lock"),
                   reader ? "read-locked" : "locked", site_where(h->fn, h->pc));
    const char *what = or_it(w->name, "a lock"), *at = site_where(w->fn, w->pc);
    if (w->partner)
        buf_printf(b, "waits to %s %s (%s%s) at %s, whose %s is later in the code of %s, at %s;\n",
                   w->kind == W_SEND ? "send on" : "receive from", what, chan_state(w->chan), chan_made(w->chan), at,
                   w->kind == W_SEND ? "receive" : "send",
                   proc_name(w->next), site_where(w->partner_fn, w->partner_pc));
    else if (w->sync.rlock && !w->sync.writer.id)
        buf_printf(b, "waits to read-lock %s again at %s, behind %s, who is queued to lock it;\n", what, at, proc_name(w->next));
    else if (h) buf_printf(b, "waits for %s at %s, held by %s;\n", what, at, proc_name(w->next));
    else buf_printf(b, "waits to lock %s at %s, which %s holds;\n", what, at, proc_name(w->next));
}

static void explain_cycle(Buf *b, Wait *ws, int n, int k) {
    Wait *first = NULL;
    int len = 0;
    bool rlock = false, chans = false;
    for (int i = 0; i < n; i++)
        if (ws[i].cycle == k) {
            if (!first) first = &ws[i];
            len++;
            rlock |= ws[i].sync.rlock;
            chans |= ws[i].partner != NULL;
        }
    buf_printf(b, "\n%d goroutines wait for each other in a cycle:\n\n", len);
    Wait *w = first;
    do {
        /* prev: the member waiting for what w holds */
        Wait *prev = w;
        for (int i = 0; i < n; i++)
            if (ws[i].cycle == k && ws[i].next == w->p->id) prev = &ws[i];
        cycle_step(b, w, prev);
        w = find_wait(ws, n, w->next);
    } while (w != first);
    if (chans) {
        buf_puts(b, "\n    which closes the cycle: each waits for something that the next one would do only "
                    "after its own wait. A fix: change the order, so that one of them does its part before it waits.\n");
        return;
    }
    buf_puts(b, "\n    which closes the cycle: none of them can ever unlock. ");
    if (rlock)
        buf_puts(b, "An RWMutex lets a waiting writer go before new readers, so a goroutine that "
                    "holds a read lock must not take it again: read-lock once, and pass what you read along.\n");
    else buf_puts(b, "A fix: make every goroutine take these locks in the same order.\n");
}

/* ---------- the report ---------- */

#define WIDTH 79

/* Appends text with each line wider than WIDTH broken between words (not
 * at an NBSP); a broken line goes on at its own indentation, 4 deeper for
 * a line about a goroutine (the first line of its paragraph). */
static void wrap(Buf *out, const char *text) {
    while (*text) {
        const char *eol = strchr(text, '\n');
        if (!eol) eol = text + strlen(text);
        int indent = 0;
        while (text + indent < eol && text[indent] == ' ') indent++;
        int cont = indent + (strncmp(text + indent, "goroutine", 9) == 0 ? 4 : 0), col = 0;
        const char *w = text;
        buf_put(out, text, (size_t)indent);
        col = indent;
        w += indent;
        bool first = true;
        while (w < eol) {
            const char *e = w;
            while (e < eol && *e != ' ') e++;
            int len = (int)(e - w);
            if (!first && col + 1 + len > WIDTH) {
                buf_putc(out, '\n');
                for (int i = 0; i < cont; i++) buf_putc(out, ' ');
                col = cont;
            } else if (!first) {
                buf_putc(out, ' ');
                col++;
            }
            for (int i = 0; i < len; i++) buf_putc(out, w[i] == NBSP[0] ? ' ' : w[i]);
            col += len;
            first = false;
            w = e;
            while (w < eol && *w == ' ') w++;
        }
        if (*eol) buf_putc(out, '\n');
        text = *eol ? eol + 1 : eol;
    }
}

static void rule(Buf *b, const char *title, const char *file) {
    int used = 4 + (int)strlen(title) + (file ? (int)strlen(file) + 1 : 0);
    buf_printf(b, "\n-- %s ", title);
    for (int i = used; i < 79; i++) buf_putc(b, '-');
    if (file) buf_printf(b, " %s", file);
    buf_putc(b, '\n');
}

void deadlock_explain(Buf *out, Proc **blocked, int nblocked) {
    if (nblocked == 0) return;
    int n = nblocked < EXPLAIN_MAX ? nblocked : EXPLAIN_MAX;
    Buf text, *b = &text;
    buf_init(b);
    Wait *ws = csp_alloc(sizeof(Wait) * n);
    for (int i = 0; i < n; i++) wait_of(blocked[i], &ws[i]);
    const char *file = NULL;
    for (int i = 0; i < n && !file; i++)
        if (ws[i].fn && ws[i].fn->file && !in_library(ws[i].fn)) file = ws[i].fn->file;
    rule(b, "DEADLOCK", file);
    report_file = sched_repl_mode ? NULL : file; /* REPL entries are all <stdin>:1... */
    for (int i = 0; i < n; i++) find_partner(&ws[i], ws, n);
    int ncycles = find_cycles(ws, n);
    if (trace_on) /* --trace FILE.html highlights the cycles */
        for (int i = 0; i < n; i++)
            if (ws[i].cycle) trace_cycle(ws[i].p->id, ws[i].next, ws[i].cycle);
    for (int k = 1; k <= ncycles; k++) explain_cycle(b, ws, n, k);
    bool chans = false;
    int shown = 0;
    for (int i = 0; i < n; i++) {
        if (ws[i].cycle || told_with_earlier(&ws[i], ws)) continue;
        if (shown++ == EXPLAIN_SHOWN) {
            buf_printf(b, "\n(and %d more blocked goroutines)\n", nblocked - i);
            break;
        }
        buf_putc(b, '\n');
        describe_wait(b, &ws[i], ws, n, blocked, nblocked, true);
        buf_putc(b, '\n');
        chans |= ws[i].kind == W_SEND || ws[i].kind == W_RECV || ws[i].kind == W_SELECT;
    }
    if (nblocked > n) buf_printf(b, "\n(Only the first %d of the %d blocked goroutines are looked at here.)\n", n, nblocked);
    buf_printf(b, "\nNo goroutine is running, runnable or sleeping, so none of these waits can "
                  "ever end.%s\n",
               chans ? " A channel operation needs a partner in another goroutine: check "
                       "the order, does each goroutine wait before doing what another waits for?"
                     : "");
    if (trace_on) trace_report(buf_cstr(b));
    wrap(out, buf_cstr(b));
    report_file = NULL;
}

void deadlock_describe(Buf *out, Proc *p, Proc **live, int nlive) {
    if (p->state != PROC_WAITING) return;
    Buf text, *b = &text;
    buf_init(b);
    Wait w;
    wait_of(p, &w);
    buf_puts(b, "    ");
    Buf para;
    buf_init(&para);
    describe_wait(&para, &w, &w, 1, live, nlive, false);
    buf_put(b, para.data, para.len);
    buf_putc(b, '\n');
    wrap(out, buf_cstr(b));
}
