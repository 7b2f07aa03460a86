/* proc.c: a process's stack and frames, deferred calls, panics, and
 * synchronous calls from native code.
 *
 * The stack is one GC array of slots; it grows by doubling, so pointers into
 * it are never kept across a call that may grow it (a parked process does
 * not grow, which is why channel partners may write into its registers).
 * Go's limit applies: a process whose stack passes 1 GB dies with
 * "goroutine stack exceeds 1000000000-byte limit".
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../runtime/runtime.h"
#include "../stdlib/fmt.h"
#include "proc.h"
#include "../runtime/ctl.h"
#include "../race/race.h"

#define STACK_LIMIT_BYTES 1000000000LL
#define INITIAL_SLOTS 8
/* proc_renew keeps no stack or frame array bigger than this */
#define PROC_RENEW_SLOTS 256
#define PROC_RENEW_FRAMES 16

static int64_t next_proc_id = 1;

size_t proc_sched_bytes;

static size_t round16(size_t n) { return (n + 15) & ~(size_t)15; }

/* Registers a process started on entry with nargs arguments needs. */
static int entry_slots(Func *fn, int nargs) { return nargs + (fn->native ? 8 : fn->nregs) + 6; }

/* What proc_new and proc_renew share: p (zeroed, with its stack and frames
 * in place) gets an id, its arguments and its first frame. */
static Proc *proc_start(Proc *p, Closure *entry, Slot *args, int nargs) {
    Func *fn = entry->fn;
    p->id = __atomic_fetch_add(&next_proc_id, 1, __ATOMIC_RELAXED);
    p->entry = entry;
    if (entry->bound) {
        p->stack[0] = closure_recv(entry);
        memcpy(p->stack + 1, args, sizeof(Slot) * nargs);
    } else if (nargs)
        memcpy(p->stack, args, sizeof(Slot) * nargs);
    p->frames[0] = (Frame){.fn = fn, .cl = entry, .pc = fn->code, .base = 0, .ret = 0, .bottom = true};
    p->nframes = 1;
    if (fn->arena_slots) proc_arena_enter(p, &p->frames[0], fn->arena_slots);
    p->state = PROC_RUNNABLE;
    return p;
}

/* One allocation holds the process, the scheduler's record of it
 * (proc_sched_bytes, runtime/sched.c) and room for its first two frames:
 * with its registers, starting a process is two trips to the allocator.
 * (The registers stay apart: with them the block would cross into the
 * collector's next size class, which is a third bigger.) A deeper call
 * moves the frames to an array of their own. */
Proc *proc_new(Closure *entry, Slot *args, int nargs) {
    int need = entry_slots(entry->fn, nargs);
    int slots = need > INITIAL_SLOTS ? need : INITIAL_SLOTS;
    size_t at_sched = round16(sizeof(Proc)), at_frame = at_sched + round16(proc_sched_bytes);
    char *block = csp_alloc(at_frame + sizeof(Frame) * 2);
    Proc *p = (Proc *)block;
    if (proc_sched_bytes) p->sched_data = block + at_sched;
    p->frames = (Frame *)(block + at_frame);
    p->frames_cap = 2;
    p->stack = csp_alloc(sizeof(Slot) * (size_t)slots);
    p->stack_cap = slots;
    return proc_start(p, entry, args, nargs);
}

/* Starting a process in the memory of a finished one (runtime/sched.c
 * keeps a few per worker, as Go keeps free goroutines): nothing of the old
 * process may survive, so every field is cleared, and the registers and
 * frames too (stale pointers in them would keep garbage alive). NULL when
 * the old memory does not fit or is too big to be worth keeping. */
Proc *proc_renew(Proc *p, Closure *entry, Slot *args, int nargs) {
    int need = entry_slots(entry->fn, nargs);
    if (need > p->stack_cap || p->stack_cap > PROC_RENEW_SLOTS || p->frames_cap > PROC_RENEW_FRAMES) return NULL;
    Slot *stack = p->stack;
    Frame *frames = p->frames;
    int stack_cap = p->stack_cap, frames_cap = p->frames_cap;
    void *sched_data = p->sched_data, *waiter = p->waiter, *select_cache = p->select_cache;
    memset(p, 0, sizeof *p);
    memset(stack, 0, sizeof(Slot) * (size_t)stack_cap);
    memset(frames, 0, sizeof(Frame) * (size_t)frames_cap);
    p->sched_data = sched_data;
    p->waiter = waiter;             /* reset before each use */
    p->select_cache = select_cache; /* likewise */
    p->frames = frames;
    p->frames_cap = frames_cap;
    p->stack = stack;
    p->stack_cap = stack_cap;
    return proc_start(p, entry, args, nargs);
}

/* A process needs a bytecode frame to run and park in, so a native entry
 * (`go fmt.Println(x)`, `go mu.Unlock()`, `go close(ch)`) runs under a
 * two-instruction stub: R[0] holds the native closure, the arguments follow.
 *     CALLC 0       parks, panics and returns as any call does
 *     RET   0 0
 * The stub carries the `go` statement's place for tracebacks. */
Closure *proc_native_stub(Closure *native, int nargs, const char *file, int line) {
    Func *fn = CSP_NEW(Func);
    fn->name = native->fn->name;
    fn->file = file;
    fn->line = line;
    fn->recover_pc = -1;
    fn->code = csp_alloc(sizeof(Instr) * 2);
    fn->code[0] = (Instr){.op = BC_CALLC, .a = 0};
    fn->code[1] = (Instr){.op = BC_RET, .a = 0, .b = 0};
    fn->ncode = 2;
    fn->lines = csp_alloc(sizeof(LineInfo));
    fn->lines[0] = (LineInfo){.pc = 0, .line = line};
    fn->nlines = 1;
    int results = native->fn->nresults > nargs ? native->fn->nresults : nargs;
    fn->nparams = nargs + 1;
    fn->nregs = results + 4;
    return closure_of(fn);
}

static bool grow_stack(Proc *p, int need) {
    int64_t ncap = p->stack_cap;
    while (ncap < need) ncap *= 2;
    if (ncap * (int64_t)sizeof(Slot) + (int64_t)p->frames_cap * (int64_t)sizeof(Frame) > STACK_LIMIT_BYTES) {
        if ((int64_t)need * (int64_t)sizeof(Slot) > STACK_LIMIT_BYTES / 2) return false;
        ncap = need;
    }
    Slot *ns = csp_alloc(sizeof(Slot) * ncap);
    memcpy(ns, p->stack, sizeof(Slot) * p->stack_cap);
    p->stack = ns;
    p->stack_cap = (int)ncap;
    return true;
}

bool proc_push_frame(Proc *p, Func *fn, Closure *cl, int base, int ret) {
    int need = base + fn->nregs + 4;
    if (csp_unlikely(need > p->stack_cap) && !grow_stack(p, need)) goto overflow;
    if (csp_unlikely(p->nframes == p->frames_cap)) {
        int nc = p->frames_cap * 2;
        if ((int64_t)nc * (int64_t)sizeof(Frame) > STACK_LIMIT_BYTES / 2) goto overflow;
        Frame *nf = csp_alloc(sizeof(Frame) * nc);
        memcpy(nf, p->frames, sizeof(Frame) * p->nframes);
        p->frames = nf;
        p->frames_cap = nc;
    }
    /* registers above the arguments are not cleared: see CALL in vm/vm.c */
    Frame *f = &p->frames[p->nframes++];
    f->fn = fn;
    f->cl = cl;
    f->pc = fn->code;
    f->base = base;
    f->ret = ret;
    f->nret = fn->nresults;
    f->defers = NULL;
    f->special = 0; /* and panicking_defer */
    f->race_stack = 0;
    if (fn->arena_slots) proc_arena_enter(p, f, fn->arena_slots);
    return true;
overflow:
    vm_fatal(p, "stack overflow");
    return false;
}

/* Frame arenas come from a chain of chunks that the process keeps (like a
 * Go stack, it stays at its high-water mark): slot 0 of a chunk holds its
 * size, slot 1 the next chunk of the chain. */
void proc_arena_enter(Proc *p, Frame *f, int n) {
    f->saved_chunk = p->arena_chunk;
    f->saved_top = p->arena_top;
    Slot *chunk = p->arena_chunk;
    int top = p->arena_top;
    if (!chunk || top + n > chunk[0].i) {
        Slot *next = chunk ? chunk[1].p : p->arena_spare;
        if (next && next[0].i >= n + 2) chunk = next;
        else {
            int64_t cap = n + 2 > 4096 ? n + 2 : 4096;
            Slot *c = csp_alloc(sizeof(Slot) * cap);
            c[0].i = cap;
            if (chunk) {
                c[1].p = chunk[1].p; /* keep the rest of the chain after it */
                chunk[1].p = c;
            } else {
                c[1].p = p->arena_spare;
                p->arena_spare = c;
            }
            chunk = c;
        }
        top = 2;
    }
    f->arena = chunk + top;
    f->has_arena = true;
    p->arena_chunk = chunk;
    p->arena_top = top + n;
}

int proc_pop_frame(Proc *p) {
    Frame *f = &p->frames[--p->nframes];
    proc_arena_leave(p, f);
    if (f->boundary) return VM_BOUNDARY;
    if (p->nframes == 0) return VM_DONE;
    if (f->is_defer && f->panicking_defer && p->panic) {
        Panic *pn = p->panic;
        if (pn->recovered) {
            /* the frame that deferred this call returns normally; panics it
             * aborted on the way are over too */
            Frame *owner = &p->frames[p->nframes - 1];
            p->panic = pn->link;
            while (p->panic && (p->panic->aborted || p->panic->recovered)) p->panic = p->panic->link;
            if (owner->fn->recover_pc >= 0) owner->pc = owner->fn->code + owner->fn->recover_pc;
            return VM_OK;
        }
        return VM_PANIC;
    }
    return VM_OK;
}

/* Pushes the call of deferred d above the top frame. Natives run at once. */
static int start_defer(Proc *p, Defer *d, bool panicking) {
    Frame *f = &p->frames[p->nframes - 1];
    int base = f->base + f->fn->nregs;
    Closure *cl = d->fn;
    if (!cl) return vm_panic_error(p, "invalid memory address or nil pointer dereference");
    int extra = cl->bound ? 1 : 0;
    int need = base + d->nargs + extra + 8;
    if (need > p->stack_cap && !grow_stack(p, need)) return vm_fatal(p, "stack overflow");
    Slot *a = p->stack + base;
    if (cl->bound) a[0] = closure_recv(cl);
    memcpy(a + extra, d->args, sizeof(Slot) * d->nargs);
    if (cl->fn->native) {
        Proc *saved = vm_current;
        Panic *before = p->panic;
        int st = cl->fn->native(p, a);
        vm_current = saved;
        /* a deferred call that panics while a panic runs it aborts that panic */
        if (st == VM_PANIC && panicking && before && p->panic != before) before->aborted = true;
        /* VM_PARK (`defer mu.Lock()`, `defer wg.Wait()`): the call is over
         * when the process resumes; VM_DONE: it ran to completion, no frame */
        return st == VM_PANIC || st == VM_PARK ? st : VM_DONE;
    }
    if (!proc_push_frame(p, cl->fn, cl, base, base)) return VM_PANIC;
    Frame *nf = &p->frames[p->nframes - 1];
    nf->is_defer = true;
    nf->panicking_defer = panicking;
    if (panicking && p->panic) p->panic->defer_frame = p->nframes - 1;
    return VM_OK;
}

/* A deferred call of a visible native (`defer mu.Unlock()`) is a switch
 * point (runtime/ctl.h): true when p must yield before it. */
static bool defer_switch(Proc *p, Defer *d) {
    return csp_unlikely(ctl_mode) && d->fn && d->fn->fn->visible && ctl_switch(p);
}

int proc_run_defer(Proc *p) {
    Frame *f = &p->frames[p->nframes - 1];
    Defer *d = f->defers;
    if (defer_switch(p, d)) return VM_YIELD; /* RET or RUNDEFERS runs again */
    f->defers = d->next;
    int st = start_defer(p, d, false);
    return st == VM_PANIC || st == VM_PARK ? st : VM_OK;
}

bool vm_main_goexit;

/* The process has no frame left: a Goexit ends it normally, a panic
 * kills the program. */
static int unwound_out(Proc *p) {
    Panic *pn = p->panic;
    if (!pn->goexit) proc_die(p);
    p->panic = NULL;
    if (p->id == 1) vm_main_goexit = true;
    return VM_DONE;
}

int proc_unwind(Proc *p) {
    for (;;) {
        Panic *pn = p->panic;
        if (!pn) return VM_OK;
        if (pn->fatal) proc_die(p);
        if (p->nframes == 0) return unwound_out(p);
        Frame *f = &p->frames[p->nframes - 1];
        if (f->defers) {
            Defer *d = f->defers;
            if (defer_switch(p, d)) {
                pn->unwinding = true; /* go on unwinding when resumed */
                return VM_YIELD;
            }
            f->defers = d->next;
            pn->unwinding = false;
            int st = start_defer(p, d, true);
            if (st == VM_PANIC || st == VM_DONE) continue; /* a native deferred call: keep unwinding */
            if (st == VM_PARK) {
                /* a native parked: go on unwinding when the process resumes */
                if (p->panic) p->panic->unwinding = true;
                return VM_PARK;
            }
            if (pn->recovered && p->panic == pn) {
                /* recovered by a native (cannot happen) */
            }
            return VM_OK;
        }
        bool boundary = f->boundary;
        for (Panic *q = pn->link; q; q = q->link)
            if (q->defer_frame == p->nframes - 1) q->aborted = true;
        proc_arena_leave(p, f);
        p->nframes--;
        if (boundary) {
            pn->unwinding = true;
            return VM_PANIC;
        }
        if (p->nframes == 0) return unwound_out(p);
    }
}

/* ---------- tracebacks and dying ---------- */

char *proc_traceback(Proc *p) {
    Buf b;
    buf_init(&b);
    for (int i = p->nframes - 1; i >= 0; i--) {
        Frame *f = &p->frames[i];
        Func *fn = f->fn;
        if (!fn->code) continue;
        const Instr *pc = f->pc > fn->code ? f->pc - 1 : f->pc;
        if (strcmp(fn->name, "runtime.main") == 0) continue;
        /* the synthesized main.init only shows when it is where the panic is */
        if (i < p->nframes - 1 && fn->line == 1 && strcmp(fn->name, "main.init") == 0) continue;
        bool has_args = fn->nparams > 0;
        buf_printf(&b, "%s(%s)\n\t%s:%d\n", fn->name, has_args ? "..." : "", fn->file ? fn->file : "?",
                   vm_line_of(fn, pc));
    }
    if (p->entry && p->id != 1 && p->start_file)
        buf_printf(&b, "created by %s\n\t%s:%d\n", p->start_func ? p->start_func : "main.main", p->start_file,
                   p->start_line);
    return buf_cstr(&b);
}

/* runtime errors' dynamic types (vm/rterror.c) */
void rterror_init(void);
bool rterror_is(Type *t);
Iface *rterror_new(const char *msg);

/* Set by call_method_hook when the Error or String method it called
 * panicked: with what (NULL for a nil receiver of a value method, which Go's
 * generated wrapper reports as a runtime.plainError). */
static __thread bool method_panicked;
static __thread Iface *method_panic_value;

/* Go's printpanicval: errors and Stringers by their method, basic values
 * printed plainly, anything else as (TYPE) VALUE. False when the method
 * panicked (method_panic_value says with what). */
static bool panic_value_text(Buf *b, Iface *v) {
    if (!v) {
        buf_puts(b, "nil");
        return true;
    }
    static const char *err_name, *str_name;
    if (!err_name) {
        extern const char *ast_intern(const char *, size_t);
        err_name = ast_intern("Error", 5);
        str_name = ast_intern("String", 6);
    }
    Method *m = type_find_method(v->type, err_name);
    if (!m) m = type_find_method(v->type, str_name);
    if (m && (!m->ptr_only || v->type->kind == T_POINTER) && fmt_method_hook) {
        Str *res = NULL, *pmsg = NULL;
        method_panicked = false;
        if (fmt_method_hook(v->type, v->val, m, &res, &pmsg)) {
            buf_put(b, str_data(res), (size_t)str_len(res));
            return true;
        }
        if (method_panicked) return false;
    }
    Type *u = type_under(v->type);
    switch (u->kind) {
    case T_STRING:
    case T_BOOL: case T_INT: case T_INT8: case T_INT16: case T_INT32: case T_INT64:
    case T_UINT: case T_UINT8: case T_UINT16: case T_UINT32: case T_UINT64: case T_UINTPTR:
    case T_FLOAT32: case T_FLOAT64: {
        Slot arg = {.p = v};
        Buf tmp;
        buf_init(&tmp);
        fmt_print(&tmp, &arg, 1, false);
        if (v->type->name && v->type->pkg) {
            /* Go's printanycustomtype: main.E("text"), main.F(+1.500000e+000) */
            bool quote = u->kind == T_STRING;
            buf_printf(b, "%s(%s", type_str(v->type), quote ? "\"" : "");
            extern void print_float(Buf *b, double v);
            if (u->kind == T_FLOAT64 || u->kind == T_FLOAT32) print_float(b, v->val.f);
            else buf_put(b, tmp.data, tmp.len);
            buf_puts(b, quote ? "\")" : ")");
        } else {
            if (u->kind == T_FLOAT64 || u->kind == T_FLOAT32) {
                /* Go's print uses %e-like formatting for floats */
                extern void print_float(Buf *b, double v);
                print_float(b, v->val.f);
            } else
                buf_put(b, tmp.data, tmp.len);
        }
        return true;
    }
    default: {
        Slot arg = {.p = v};
        buf_printf(b, "(%s) ", type_str(v->type));
        Buf tmp;
        buf_init(&tmp);
        fmt_printf(&tmp, "%p", 2, &arg, 1);
        if (u->kind == T_POINTER || u->kind == T_MAP || u->kind == T_CHAN || u->kind == T_FUNC || u->kind == T_SLICE)
            buf_put(b, tmp.data, tmp.len);
        else
            buf_printf(b, "%p", (void *)v);
        return true;
    }
    }
}

/* Go's preprintpanics: when an Error or String method panics while the
 * panic values are turned into text, that is a fatal error naming what it
 * panicked with (a string as is, anything else by its type). */
static void method_panic_text(Buf *b) {
    Iface *v = method_panic_value;
    buf_puts(b, "panic while printing panic value: ");
    if (!v) buf_puts(b, "type runtime.plainError");
    else if (v->type == type_string) buf_put(b, str_data(v->val.p), (size_t)str_len(v->val.p));
    else buf_printf(b, "type %s", type_str(v->type));
}

void proc_die(Proc *p) {
    out_flush();
    Panic *pn = p->panic;
    Buf b;
    buf_init(&b);
    if (pn && pn->fatal) {
        buf_puts(&b, "fatal error: ");
        buf_put(&b, str_data(pn->value ? (Str *)pn->value->val.p : NULL), (size_t)str_len(pn->value ? (Str *)pn->value->val.p : NULL));
        buf_putc(&b, '\n');
    } else {
        /* earlier panics first, as Go prints them; every value is turned
         * into text before anything is printed */
        Panic *chain[64];
        int n = 0;
        for (Panic *q = pn; q && n < 64; q = q->link)
            if (!q->goexit) chain[n++] = q; /* Go prints no line for a Goexit in progress */
        Buf text;
        buf_init(&text);
        bool ok = true;
        for (int i = n - 1; i >= 0 && ok; i--) {
            buf_puts(&text, i == n - 1 ? "panic: " : "\tpanic: ");
            ok = panic_value_text(&text, chain[i]->value);
            if (chain[i]->recovered) buf_puts(&text, " [recovered]");
            buf_putc(&text, '\n');
        }
        if (ok) buf_put(&b, text.data, text.len);
        else {
            buf_puts(&b, "fatal error: ");
            method_panic_text(&b);
            buf_putc(&b, '\n');
        }
    }
    buf_printf(&b, "\ngoroutine %lld [running]:\n", (long long)p->id);
    if (pn && pn->trace) buf_puts(&b, pn->trace);
    out_write(2, b.data, b.len);
    out_flush();
    sched_die();
}

/* ---------- raising panics ---------- */

static void panic_raise(Proc *p, Iface *v, bool fatal) {
    Panic *pn = CSP_NEW(Panic);
    pn->defer_frame = -1;
    pn->value = v;
    pn->fatal = fatal;
    pn->link = p->panic;
    pn->trace = proc_traceback(p);
    p->panic = pn;
}

int vm_goexit(Proc *p) {
    panic_raise(p, NULL, false);
    p->panic->goexit = true;
    return VM_PANIC;
}

int vm_panic_value(Proc *p, Iface *v) {
    /* Go 1.21+: panic(nil) panics with a *runtime.PanicNilError */
    if (!v) v = rterror_new("panic called with nil argument");
    panic_raise(p, v, false);
    return VM_PANIC;
}

int vm_panic_error(Proc *p, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    panic_raise(p, rterror_new(csp_sprintf("runtime error: %s", buf)), false);
    return VM_PANIC;
}

int vm_panic_plain(Proc *p, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    panic_raise(p, rterror_new(buf), false);
    return VM_PANIC;
}

/* A panic whose message is printed as is (library panics such as
 * "sync: negative WaitGroup counter"): value is a plain string. */
int vm_panic_string(Proc *p, const char *msg) {
    panic_raise(p, iface_box(type_string, (Slot){.p = str_from_cstr(msg)}), false);
    return VM_PANIC;
}

int vm_fatal(Proc *p, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (strcmp(buf, "stack overflow") == 0) {
        out_flush();
        const char *m = "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n";
        Buf b;
        buf_init(&b);
        buf_puts(&b, m);
        buf_printf(&b, "\ngoroutine %lld [running]:\n", (long long)p->id);
        char *tr = proc_traceback(p);
        /* the trace of a runaway recursion is enormous: print its top */
        int lines = 0;
        for (char *q = tr; *q && lines < 100; q++) {
            buf_putc(&b, *q);
            if (*q == '\n') lines++;
        }
        if (lines >= 100) buf_puts(&b, "...additional frames elided...\n");
        out_write(2, b.data, b.len);
        out_flush();
        sched_die();
    }
    panic_raise(p, iface_box(type_string, (Slot){.p = str_from_cstr(buf)}), true);
    return VM_PANIC;
}

/* ---------- synchronous calls from natives ---------- */

int vm_call(Proc *p, Closure *cl, Slot *args, int nargs, Slot *results, int nresults) {
    int base = 16;
    if (p->nframes) {
        Frame *f = &p->frames[p->nframes - 1];
        base = f->base + (f->fn->native ? 0 : f->fn->nregs) + 16;
    }
    int extra = cl->bound ? 1 : 0;
    int need = base + nargs + extra + 8;
    if (need > p->stack_cap && !grow_stack(p, need)) return vm_fatal(p, "stack overflow");
    Slot tmp[16];
    Slot *saved_args = nargs <= 16 ? tmp : csp_alloc(sizeof(Slot) * nargs);
    memcpy(saved_args, args, sizeof(Slot) * nargs);
    Slot *a = p->stack + base;
    if (cl->bound) a[0] = closure_recv(cl);
    memcpy(a + extra, saved_args, sizeof(Slot) * nargs);
    if (cl->fn->native) {
        int st = cl->fn->native(p, a);
        if (st == VM_OK && results) memcpy(results, p->stack + base, sizeof(Slot) * nresults);
        return st;
    }
    int depth = p->nframes;
    if (!proc_push_frame(p, cl->fn, cl, base, base)) return VM_PANIC;
    p->frames[p->nframes - 1].boundary = true;
    Proc *saved_cur = vm_current;
    p->nested++; /* no switch points in here (runtime/ctl.h) */
    for (;;) {
        int st = vm_run(p, 1 << 30);
        vm_current = saved_cur;
        if (st == VM_BOUNDARY) {
            p->nested--;
            if (results) memcpy(results, p->stack + base, sizeof(Slot) * nresults);
            return VM_OK;
        }
        if (st == VM_PANIC) {
            p->nested--;
            while (p->nframes > depth) proc_arena_leave(p, &p->frames[--p->nframes]);
            if (p->panic) p->panic->unwinding = false;
            return VM_PANIC;
        }
        if (st == VM_YIELD) continue;
        if (st == VM_PARK) {
            extern void sched_wait_nested(Proc *p);
            sched_wait_nested(p);
            continue;
        }
        if (st == VM_EXIT) sched_exit(vm_exit_code);
        if (st == VM_DONE) sched_exit(0);
    }
}

/* Calls method m on value v of type t with nargs more arguments; false
 * with *panic_msg set when it panicked (the panic is dropped), or false
 * for a method that cannot be called. */
static bool call_method_args(Type *t, Slot v, Method *m, Slot *args, int nargs, Slot *res, Str **panic_msg) {
    Proc *p = vm_current;
    if (!p) return false;
    Func *fn;
    Slot in[8];
    MethodStatus ms = vm_method_resolve(t, v, m, m->name, &fn, &in[0]);
    if (ms == MS_NIL) goto nilrecv;
    if (ms != MS_OK || nargs > 7) return false;
    for (int i = 0; i < nargs; i++) in[1 + i] = args[i];
    Closure *cl = closure_of(fn);
    Panic *before = p->panic;
    int st = vm_call(p, cl, in, 1 + nargs, res, res ? 1 : 0);
    if (st == VM_OK) return true;
    if (st == VM_PANIC && p->panic && p->panic != before) {
        Iface *pv = p->panic->value;
        Buf b;
        buf_init(&b);
        panic_value_text(&b, pv);
        method_panicked = true; /* after the text: it may call methods too */
        method_panic_value = pv;
        *panic_msg = str_new(b.data, (int64_t)b.len);
        p->panic = before;
        return false;
    }
    return false;
nilrecv:
    method_panicked = true;
    method_panic_value = NULL;
    *panic_msg = str_from_cstr("runtime error: invalid memory address or nil pointer dereference");
    return false;
}

/* fmt's hook for Error() and String(): call method m on value v of type t. */
static bool call_method_hook(Type *t, Slot v, Method *m, Str **result, Str **panic_msg) {
    Slot res[2] = {{0}};
    if (!call_method_args(t, v, m, NULL, 0, res, panic_msg)) return false;
    *result = res[0].p;
    return true;
}

/* fmt's hook for Format(State, rune) and other calls without results. */
static bool call_method_void_hook(Type *t, Slot v, Method *m, Slot *args, int nargs, Str **panic_msg) {
    return call_method_args(t, v, m, args, nargs, NULL, panic_msg);
}

/* fmt's reads of the program's memory, checked under --race. */
static void race_fmt_reads(const void *addr, int64_t slots) {
    Proc *p = vm_current;
    if (race_enabled && p) race_read(p, addr, slots, race_caller_pc(p));
}

void vm_install_hooks(void) {
    fmt_method_hook = call_method_hook;
    fmt_call_hook = call_method_void_hook;
    rterror_init(); /* built once at start-up: processes may panic at the same time */
    fmt_read_hook = race_fmt_reads;
}

/* vm/map.c detected two writers at once: die as Go does. */
void map_fatal_concurrent_writes(void) {
    Proc *p = vm_current;
    out_flush();
    Buf b;
    buf_init(&b);
    buf_puts(&b, "fatal error: concurrent map writes\n");
    if (p) {
        buf_printf(&b, "\ngoroutine %lld [running]:\n", (long long)p->id);
        buf_puts(&b, proc_traceback(p));
    }
    out_write(2, b.data, b.len);
    sched_die();
}
