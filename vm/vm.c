/* vm.c: the interpreter loop.
 *
 * One loop executes one process: registers are the current frame's window
 * of the process stack (R), constants K. Dispatch is computed goto (GCC's
 * labels as values), with a switch fallback. Calls push a Frame and continue
 * in the same loop, so a process can be suspended at any depth: instructions
 * that may park save the pc first and return VM_PARK to the scheduler.
 *
 * The preemption budget is charged at backward jumps and calls; when it runs
 * out the process yields (VM_YIELD) and the scheduler runs someone else.
 */
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "../runtime/runtime.h"
#include "../util/buf.h"
#include "map.h"
#include "proc.h"
#include "vm.h"
#include "../race/race.h"
#include "../runtime/ctl.h"

Slot *vm_globals;
int vm_nglobals;
static int globals_cap;
int vm_exit_code;
__thread Proc *vm_current;

int vm_alloc_global(void) {
    if (vm_nglobals == globals_cap) {
        int nc = globals_cap ? globals_cap * 2 : 256;
        Slot *n = GC_MALLOC_UNCOLLECTABLE(sizeof(Slot) * nc);
        memset(n, 0, sizeof(Slot) * nc);
        if (vm_nglobals) memcpy(n, vm_globals, sizeof(Slot) * vm_nglobals);
        /* old array stays valid for compiled ADDRG pointers taken so far: keep it */
        vm_globals = n;
        globals_cap = nc;
    }
    return vm_nglobals++;
}

static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static Func **registry;
static int nregistry, registry_cap;

Func *func_new(const char *name) {
    Func *f = CSP_NEW(Func);
    f->name = name;
    f->recover_pc = -1;
    pthread_mutex_lock(&registry_lock);
    if (nregistry == registry_cap) {
        registry_cap = registry_cap ? registry_cap * 2 : 256;
        Func **n = GC_MALLOC_UNCOLLECTABLE(sizeof(Func *) * registry_cap);
        if (nregistry) memcpy(n, registry, sizeof(Func *) * nregistry);
        if (registry) GC_FREE(registry);
        registry = n;
    }
    registry[nregistry++] = f;
    pthread_mutex_unlock(&registry_lock);
    return f;
}

/* Every function ever compiled (the disassembler walks it). */
Func **func_registry(int *n) {
    *n = nregistry;
    return registry;
}

Closure *closure_of(Func *fn) {
    if (!fn->static_closure) {
        Closure *cl = csp_alloc(sizeof(Closure));
        cl->fn = fn;
        fn->static_closure = cl;
    }
    return fn->static_closure;
}

int vm_line_of(Func *fn, const Instr *pc) {
    if (!fn->code || !fn->nlines) return fn->line;
    int off = (int)(pc - fn->code);
    int line = fn->lines[0].line;
    for (int i = 0; i < fn->nlines && fn->lines[i].pc <= off; i++) line = fn->lines[i].line;
    return line;
}

/* ---------- helpers used by instructions ---------- */

static inline int64_t shl(int64_t x, int64_t n) { return (uint64_t)n >= 64 ? 0 : (int64_t)((uint64_t)x << n); }
static inline int64_t shr(int64_t x, int64_t n) { return (uint64_t)n >= 64 ? (x < 0 ? -1 : 0) : x >> n; }
static inline uint64_t shru(uint64_t x, int64_t n) { return (uint64_t)n >= 64 ? 0 : x >> n; }

static int64_t f2i(double f) {
    if (isnan(f)) return INT64_MIN;
    if (f >= 9.2233720368547758e18 || f < -9.2233720368547758e18) return INT64_MIN;
    return (int64_t)f;
}

static uint64_t f2u(double f) {
    if (isnan(f) || f < 0) return f < 0 && f > -9.2233720368547758e18 ? (uint64_t)(int64_t)f : 0x8000000000000000ULL;
    if (f >= 1.8446744073709552e19) return 0x8000000000000000ULL;
    return (uint64_t)f;
}

static Str *rune_str(int64_t r) {
    Buf b;
    buf_init(&b);
    buf_put_rune(&b, (r < 0 || r > 0x10FFFF) ? 0xFFFD : (int32_t)r);
    return str_new(b.data, (int64_t)b.len);
}

static int utf8_decode(const unsigned char *s, int64_t n, int32_t *r) {
    unsigned c = s[0];
    if (c < 0x80) { *r = (int32_t)c; return 1; }
    int need;
    int32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; v = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; v = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; v = c & 0x07; min = 0x10000; }
    else { *r = 0xFFFD; return 1; }
    if (n < need + 1) { *r = 0xFFFD; return 1; }
    for (int i = 1; i <= need; i++) {
        if ((s[i] & 0xC0) != 0x80) { *r = 0xFFFD; return 1; }
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) { *r = 0xFFFD; return 1; }
    *r = v;
    return need + 1;
}

static Slice *str_to_bytes(Str *s) {
    int64_t n = str_len(s);
    Slice *sl = slice_make(type_uint8, n, n);
    const unsigned char *d = (const unsigned char *)str_data(s);
    for (int64_t i = 0; i < n; i++) sl->data[i].i = d[i];
    return sl;
}

static Str *bytes_to_str(Slice *b) {
    int64_t n = slice_len(b);
    if (!n) return NULL;
    char *buf = csp_alloc_atomic(n);
    for (int64_t i = 0; i < n; i++) buf[i] = (char)b->data[i].i;
    Str *s = csp_alloc(sizeof(Str));
    s->len = n;
    s->data = buf;
    return s;
}

static Slice *str_to_runes(Str *s) {
    int64_t n = str_len(s);
    const unsigned char *d = (const unsigned char *)str_data(s);
    int64_t cnt = 0;
    for (int64_t i = 0; i < n;) {
        int32_t r;
        i += utf8_decode(d + i, n - i, &r);
        cnt++;
    }
    Slice *sl = slice_make(type_int32, cnt, cnt);
    int64_t k = 0;
    for (int64_t i = 0; i < n;) {
        int32_t r;
        i += utf8_decode(d + i, n - i, &r);
        sl->data[k++].i = r;
    }
    return sl;
}

static Str *runes_to_str(Slice *rs) {
    Buf b;
    buf_init(&b);
    for (int64_t i = 0; i < slice_len(rs); i++) {
        int64_t r = rs->data[i].i;
        buf_put_rune(&b, (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) ? 0xFFFD : (int32_t)r);
    }
    return b.len ? str_new(b.data, (int64_t)b.len) : NULL;
}

/* Calls a native with its arguments at stack index base. A native that
 * calls back into csp code (fmt's String methods, sort's less) may grow -
 * and so move - the stack while it holds a pointer into the old one: its
 * results then sit in the old copy, and are moved over here. */
static int call_native(Proc *p, Func *fn, int base) {
    Slot *old = p->stack;
    int st = fn->native(p, old + base);
    if (csp_unlikely(p->stack != old) && st == VM_OK) {
        int n = fn->nresults > 0 ? fn->nresults : 0;
        if (n) memcpy(p->stack + base, old + base, sizeof(Slot) * n);
    }
    return st;
}

/* ---------- the loop ---------- */

#define BUDGET_CHECK()                                                            \
    do {                                                                          \
        if (csp_unlikely(--budget <= 0)) {                                        \
            SAVE();                                                               \
            return VM_YIELD;                                                      \
        }                                                                         \
    } while (0)

#define SAVE() (f->pc = pc)
/* Before a visible operation (runtime/ctl.h), in a controlled run: when
 * another process is to go first, yield; the instruction runs again when
 * this process is resumed. */
#define SWITCH_POINT()                                                            \
    do {                                                                          \
        if (csp_unlikely(ctl_mode) && ctl_switch(p)) {                            \
            f->pc = pc - 1;                                                       \
            return VM_YIELD;                                                      \
        }                                                                         \
    } while (0)
#define RELOAD()                                                                  \
    do {                                                                          \
        f = &p->frames[p->nframes - 1];                                           \
        fn = f->fn;                                                               \
        pc = f->pc;                                                               \
        R = p->stack + f->base;                                                   \
        K = fn->k;                                                                \
    } while (0)
/* RET's fast path: the frame below the current one is the caller's (it
 * is not looked up by index, as RELOAD does). */
#define POP_TO_CALLER()                                                           \
    do {                                                                          \
        p->nframes--;                                                             \
        f--;                                                                      \
        fn = f->fn;                                                               \
        pc = f->pc;                                                               \
        R = p->stack + f->base;                                                   \
        K = fn->k;                                                                \
    } while (0)
/* Raise a runtime panic from an instruction (pc already advanced). */
#define THROW(...)                                                                \
    do {                                                                          \
        SAVE();                                                                   \
        vm_panic_error(p, __VA_ARGS__);                                           \
        goto unwind;                                                              \
    } while (0)
#define CHECK(st)                                                                 \
    do {                                                                          \
        int st_ = (st);                                                           \
        if (csp_unlikely(st_ != VM_OK)) {                                         \
            if (st_ == VM_PANIC) goto unwind;                                     \
            if (st_ == VM_EXIT) return VM_EXIT;                                   \
            return st_;                                                           \
        }                                                                         \
    } while (0)

#define NILPTR() THROW("invalid memory address or nil pointer dereference")
/* A runtime.Error whose message has no "runtime error: " prefix. */
#define THROWP(...)                                                               \
    do {                                                                          \
        SAVE();                                                                   \
        vm_panic_plain(p, __VA_ARGS__);                                           \
        goto unwind;                                                              \
    } while (0)

/* The builtins min and max on floats, as Go's runtime fmin/fmax: a NaN
 * operand gives NaN, and min(-0, +0) is -0, max(-0, +0) is +0. */
static double vm_fmin(double x, double y) {
    if (y != y || y < x) return y;
    if (x != x || x < y || x != 0) return x;
    return signbit(x) ? x : y; /* both zero: -0 if either is */
}

static double vm_fmax(double x, double y) {
    if (y != y || y > x) return y;
    if (x != x || x > y || x != 0) return x;
    return signbit(x) ? y : x; /* both zero: +0 if either is */
}

int vm_run(Proc *p, int budget) {
#ifdef CSP_STRESS
    /* stress build: preempt at every call and backward jump; not in seeded
     * or scheduled runs, whose slices are part of what a seed or token
     * replays (tests check that a seed gives its schedule) */
    if (ctl_mode == CTL_OFF) budget = 1;
#endif
    Frame *f;
    Func *fn;
    Instr *pc;
    Slot *R;
    Slot *K;
    vm_current = p;
    if (p->on_resume && p->on_resume(p) == VM_PARK) return VM_PARK;
    if (csp_unlikely(p->wake_panic != NULL)) {
        const char *msg = p->wake_panic;
        p->wake_panic = NULL;
        vm_panic_plain(p, "%s", msg); /* "send on closed channel": a runtime.plainError */
        goto unwind_resume;
    }
    if (p->panic && p->panic->unwinding) goto unwind_resume;
    RELOAD();

#if defined(__GNUC__)
    static const void *labels[] = {
#define OPCODE(name, fmt, flags, doc) &&L_##name,
#include "opcodes.h"
#undef OPCODE
    };
#define DISPATCH() goto *labels[(in = *pc++).op]
#define CASE(name) L_##name:
    Instr in;
    DISPATCH();
#else
#error "csp needs GCC or clang (computed goto)"
#endif

    CASE(NOP) DISPATCH();
    CASE(MOVE) R[in.a] = R[in.b]; DISPATCH();
    CASE(LOADK) R[in.a] = K[in.bx]; DISPATCH();
    CASE(LOADI) R[in.a].i = in.sbx; DISPATCH();
    CASE(LOADF) R[in.a].f = (double)in.sbx; DISPATCH();
    CASE(LOADZ) memset(&R[in.a], 0, sizeof(Slot) * (in.b + 1)); DISPATCH();
    CASE(GETG) R[in.a] = vm_globals[in.bx]; DISPATCH();
    CASE(SETG) vm_globals[in.bx] = R[in.a]; DISPATCH();
    CASE(ADDRG) R[in.a].p = &vm_globals[in.bx]; DISPATCH();
    CASE(GETU) R[in.a] = *f->cl->up[in.b]; DISPATCH();
    CASE(SETU) *f->cl->up[in.b] = R[in.a]; DISPATCH();
    CASE(ADDRU) R[in.a].p = f->cl->up[in.b]; DISPATCH();
    CASE(NEWCELL) {
        Slot *cell = csp_alloc(sizeof(Slot));
        if (in.c) *cell = R[in.b];
        R[in.a].p = cell;
        DISPATCH();
    }
    CASE(LOAD) {
        Slot *ptr = R[in.b].p;
        if (csp_unlikely(!ptr)) NILPTR();
        R[in.a] = ptr[in.c];
        DISPATCH();
    }
    CASE(STORE) {
        Slot *ptr = R[in.a].p;
        if (csp_unlikely(!ptr)) NILPTR();
        ptr[in.b] = R[in.c];
        DISPATCH();
    }
    CASE(ADDR) {
        Slot *ptr = R[in.b].p;
        if (csp_unlikely(!ptr)) NILPTR();
        R[in.a].p = ptr + in.c;
        DISPATCH();
    }
    CASE(COPY) {
        Slot *d = R[in.a].p, *s = R[in.b].p;
        if (csp_unlikely(!d || !s)) NILPTR();
        memmove(d, s, sizeof(Slot) * in.c);
        DISPATCH();
    }
    CASE(NEWBLK) {
        SAVE(); /* a big array may run out of memory */
        R[in.a].p = block_new((Type *)K[in.bx].p);
        DISPATCH();
    }
    CASE(NEWBLKF) {
        Slot *blk = f->arena + in.c;
        memset(blk, 0, sizeof(Slot) * ((Type *)K[in.b].p)->slots);
        R[in.a].p = blk;
        DISPATCH();
    }
    CASE(CLONE) {
        Slot *s = R[in.b].p;
        if (csp_unlikely(!s)) NILPTR();
        R[in.a].p = block_clone((Type *)K[in.c].p, s);
        DISPATCH();
    }
    CASE(NILCHK) if (csp_unlikely(!R[in.a].p)) NILPTR(); DISPATCH();

    CASE(ADD) R[in.a].i = (int64_t)((uint64_t)R[in.b].i + (uint64_t)R[in.c].i); DISPATCH();
    CASE(SUB) R[in.a].i = (int64_t)((uint64_t)R[in.b].i - (uint64_t)R[in.c].i); DISPATCH();
    CASE(MUL) R[in.a].i = (int64_t)((uint64_t)R[in.b].i * (uint64_t)R[in.c].i); DISPATCH();
    CASE(DIV) {
        int64_t d = R[in.c].i;
        if (csp_unlikely(d == 0)) THROW("integer divide by zero");
        R[in.a].i = d == -1 ? (int64_t)(0 - (uint64_t)R[in.b].i) : R[in.b].i / d;
        DISPATCH();
    }
    CASE(REM) {
        int64_t d = R[in.c].i;
        if (csp_unlikely(d == 0)) THROW("integer divide by zero");
        R[in.a].i = d == -1 ? 0 : R[in.b].i % d;
        DISPATCH();
    }
    CASE(DIVU) {
        uint64_t d = R[in.c].u;
        if (csp_unlikely(d == 0)) THROW("integer divide by zero");
        R[in.a].u = R[in.b].u / d;
        DISPATCH();
    }
    CASE(REMU) {
        uint64_t d = R[in.c].u;
        if (csp_unlikely(d == 0)) THROW("integer divide by zero");
        R[in.a].u = R[in.b].u % d;
        DISPATCH();
    }
    CASE(ADDI) R[in.a].i = (int64_t)((uint64_t)R[in.b].i + (uint64_t)(int64_t)(int16_t)in.c); DISPATCH();
    CASE(BAND) R[in.a].u = R[in.b].u & R[in.c].u; DISPATCH();
    CASE(BOR) R[in.a].u = R[in.b].u | R[in.c].u; DISPATCH();
    CASE(BXOR) R[in.a].u = R[in.b].u ^ R[in.c].u; DISPATCH();
    CASE(BANDNOT) R[in.a].u = R[in.b].u & ~R[in.c].u; DISPATCH();
    CASE(SHL) {
        if (csp_unlikely(R[in.c].i < 0)) THROW("negative shift amount");
        R[in.a].i = shl(R[in.b].i, R[in.c].i);
        DISPATCH();
    }
    CASE(SHR) {
        if (csp_unlikely(R[in.c].i < 0)) THROW("negative shift amount");
        R[in.a].i = shr(R[in.b].i, R[in.c].i);
        DISPATCH();
    }
    CASE(SHRU) {
        if (csp_unlikely(R[in.c].i < 0)) THROW("negative shift amount");
        R[in.a].u = shru(R[in.b].u, R[in.c].i);
        DISPATCH();
    }
    CASE(NEG) R[in.a].i = (int64_t)(0 - (uint64_t)R[in.b].i); DISPATCH();
    CASE(BNOT) R[in.a].i = ~R[in.b].i; DISPATCH();
    CASE(NOT) R[in.a].i = !R[in.b].i; DISPATCH();
    CASE(SEXT) {
        int sh = 64 - in.c;
        R[in.a].i = (int64_t)((uint64_t)R[in.b].i << sh) >> sh;
        DISPATCH();
    }
    CASE(ZEXT) R[in.a].u = R[in.b].u & ((1ULL << in.c) - 1); DISPATCH();

    CASE(ADDF) R[in.a].f = R[in.b].f + R[in.c].f; DISPATCH();
    CASE(SUBF) R[in.a].f = R[in.b].f - R[in.c].f; DISPATCH();
    CASE(MULF) R[in.a].f = R[in.b].f * R[in.c].f; DISPATCH();
    CASE(DIVF) R[in.a].f = R[in.b].f / R[in.c].f; DISPATCH();
    CASE(NEGF) R[in.a].f = -R[in.b].f; DISPATCH();
    CASE(F32) R[in.a].f = (double)(float)R[in.b].f; DISPATCH();
    CASE(MINF) R[in.a].f = vm_fmin(R[in.b].f, R[in.c].f); DISPATCH();
    CASE(MAXF) R[in.a].f = vm_fmax(R[in.b].f, R[in.c].f); DISPATCH();

    CASE(EQ) R[in.a].i = R[in.b].i == R[in.c].i; DISPATCH();
    CASE(NE) R[in.a].i = R[in.b].i != R[in.c].i; DISPATCH();
    CASE(LT) R[in.a].i = R[in.b].i < R[in.c].i; DISPATCH();
    CASE(LE) R[in.a].i = R[in.b].i <= R[in.c].i; DISPATCH();
    CASE(LTU) R[in.a].i = R[in.b].u < R[in.c].u; DISPATCH();
    CASE(LEU) R[in.a].i = R[in.b].u <= R[in.c].u; DISPATCH();
    CASE(EQF) R[in.a].i = R[in.b].f == R[in.c].f; DISPATCH();
    CASE(NEF) R[in.a].i = R[in.b].f != R[in.c].f; DISPATCH();
    CASE(LTF) R[in.a].i = R[in.b].f < R[in.c].f; DISPATCH();
    CASE(LEF) R[in.a].i = R[in.b].f <= R[in.c].f; DISPATCH();
    CASE(EQS) R[in.a].i = str_eq(R[in.b].p, R[in.c].p); DISPATCH();
    CASE(NES) R[in.a].i = !str_eq(R[in.b].p, R[in.c].p); DISPATCH();
    CASE(LTS) R[in.a].i = str_cmp(R[in.b].p, R[in.c].p) < 0; DISPATCH();
    CASE(LES) R[in.a].i = str_cmp(R[in.b].p, R[in.c].p) <= 0; DISPATCH();
    CASE(EQV) {
        Instr x = *pc++;
        Type *t = K[x.b].p;
        Type *bad = NULL;
        bool eq = value_equal(t, R[in.b].p, R[in.c].p, &bad);
        if (csp_unlikely(bad)) THROW("comparing uncomparable type %s", type_str(bad));
        R[in.a].i = x.a ? !eq : eq;
        DISPATCH();
    }

    CASE(RACERD)
    CASE(RACEWR)
    CASE(RACEG)
    CASE(RACEU)
    CASE(RACEI)
    CASE(RACEX)
        /* an access to shared memory: a switch point in a controlled run;
         * the check runs out of line, all state saved, so the loop runs as
         * if it were not there */
        SWITCH_POINT();
        if (race_enabled || ctl_recording) {
            SAVE();
            race_instr(p);
        }
        DISPATCH();
    CASE(RACECH)
        if (race_enabled) {
            SAVE();
            race_instr(p);
        }
        DISPATCH();
    CASE(JMP) {
        pc += in.sbx;
        if (in.a) BUDGET_CHECK();
        DISPATCH();
    }
    /* a backward JT/JF closes a loop (a bool condition, a test against zero,
     * a range over an unsigned integer): a preemption point like any other
     * backward jump, or a process spinning in it would never yield */
    CASE(JT) {
        if (R[in.a].i) {
            pc += in.sbx;
            if (in.sbx < 0) BUDGET_CHECK();
        }
        DISPATCH();
    }
    CASE(JF) {
        if (!R[in.a].i) {
            pc += in.sbx;
            if (in.sbx < 0) BUDGET_CHECK();
        }
        DISPATCH();
    }
#define FUSED(name, cond)                                                         \
    CASE(name) {                                                                  \
        if (cond) {                                                               \
            int32_t off = pc->sbx;                                                \
            pc += 1 + off;                                                        \
            if (off < 0) BUDGET_CHECK();                                          \
        } else                                                                    \
            pc++;                                                                 \
        DISPATCH();                                                               \
    }
    FUSED(JLT, R[in.a].i < R[in.b].i)
    FUSED(JLE, R[in.a].i <= R[in.b].i)
    FUSED(JGE, R[in.a].i >= R[in.b].i)
    FUSED(JGT, R[in.a].i > R[in.b].i)
    FUSED(JEQ, R[in.a].i == R[in.b].i)
    FUSED(JNE, R[in.a].i != R[in.b].i)
    FUSED(JLTI, R[in.a].i < (int16_t)in.b)
    FUSED(JGEI, R[in.a].i >= (int16_t)in.b)

    /* Entering a counted loop is charged like the backward jump the unfused
     * layout took into its first iteration, so that preemption points, and
     * with them the schedules of --seed runs, stay where they were. */
    CASE(JGEIS) {
        if (R[in.a].i >= (int16_t)in.b) pc += (int16_t)in.c;
        else BUDGET_CHECK();
        DISPATCH();
    }
    CASE(JGES) {
        if (R[in.a].i >= R[in.b].i) pc += (int16_t)in.c;
        else BUDGET_CHECK();
        DISPATCH();
    }
    CASE(FORI) {
        int64_t i = (int64_t)((uint64_t)R[in.a].i + 1);
        R[in.a].i = i;
        if (i < (int16_t)in.b) {
            pc += (int16_t)in.c;
            BUDGET_CHECK();
        }
        DISPATCH();
    }
    CASE(FORR) {
        int64_t i = (int64_t)((uint64_t)R[in.a].i + 1);
        R[in.a].i = i;
        if (i < R[in.b].i) {
            pc += (int16_t)in.c;
            BUDGET_CHECK();
        }
        DISPATCH();
    }

    CASE(I2F) R[in.a].f = (double)R[in.b].i; DISPATCH();
    CASE(U2F) R[in.a].f = (double)R[in.b].u; DISPATCH();
    CASE(F2I) R[in.a].i = f2i(R[in.b].f); DISPATCH();
    CASE(F2U) R[in.a].u = f2u(R[in.b].f); DISPATCH();
    CASE(RUNE2S) R[in.a].p = rune_str(R[in.b].i); DISPATCH();
    CASE(S2BYTES) R[in.a].p = str_to_bytes(R[in.b].p); DISPATCH();
    CASE(BYTES2S) R[in.a].p = bytes_to_str(R[in.b].p); DISPATCH();
    CASE(S2RUNES) R[in.a].p = str_to_runes(R[in.b].p); DISPATCH();
    CASE(RUNES2S) R[in.a].p = runes_to_str(R[in.b].p); DISPATCH();

    CASE(CONCAT) R[in.a].p = str_concat(R[in.b].p, R[in.c].p); DISPATCH();
    CASE(LENS) R[in.a].i = str_len(R[in.b].p); DISPATCH();
    CASE(INDEXS) {
        Str *s = R[in.b].p;
        int64_t i = R[in.c].i, n = str_len(s);
        if (csp_unlikely((uint64_t)i >= (uint64_t)n)) THROW("index out of range [%lld] with length %lld", (long long)i, (long long)n);
        R[in.a].i = (unsigned char)s->data[i];
        DISPATCH();
    }
    CASE(SLICES) {
        Instr x = *pc++;
        Str *s = R[in.b].p;
        int64_t n = str_len(s);
        int64_t lo = (x.a & 1) ? R[in.c].i : 0, hi = (x.a & 2) ? R[in.c + 1].i : n;
        if (csp_unlikely((uint64_t)hi > (uint64_t)n)) THROW("slice bounds out of range [:%lld] with length %lld", (long long)hi, (long long)n);
        if (csp_unlikely((uint64_t)lo > (uint64_t)hi)) THROW("slice bounds out of range [%lld:%lld]", (long long)lo, (long long)hi);
        R[in.a].p = str_slice(s, lo, hi);
        DISPATCH();
    }
    CASE(RANGES) {
        Str *s = R[in.b].p;
        int64_t next = R[in.a + 1].i, n = str_len(s);
        if (next >= n) {
            pc += 1 + pc->sbx;
            DISPATCH();
        }
        pc++;
        int32_t r;
        int w = utf8_decode((const unsigned char *)s->data + next, n - next, &r);
        R[in.a].i = next;
        R[in.a + 1].i = next + w;
        R[in.a + 2].i = r;
        DISPATCH();
    }

    CASE(MKSLICE) {
        Instr x = *pc++;
        Type *st = K[x.b].p;
        int64_t len = R[in.b].i, cap = x.a ? R[in.c].i : len;
        int bad = slice_make_check(st->elem, len, cap);
        if (csp_unlikely(bad == SLICE_MAKE_BAD_LEN)) THROW("makeslice: len out of range");
        if (csp_unlikely(bad == SLICE_MAKE_BAD_CAP)) THROW("makeslice: cap out of range");
        SAVE(); /* running out of memory reports this line */
        R[in.a].p = slice_make(st->elem, len, cap);
        DISPATCH();
    }
    CASE(LEN) R[in.a].i = slice_len(R[in.b].p); DISPATCH();
    CASE(CAP) R[in.a].i = slice_cap(R[in.b].p); DISPATCH();
    CASE(GETI) {
        Slice *s = R[in.b].p;
        int64_t i = R[in.c].i, n = slice_len(s);
        if (csp_unlikely((uint64_t)i >= (uint64_t)n)) THROW("index out of range [%lld] with length %lld", (long long)i, (long long)n);
        R[in.a] = s->data[i];
        DISPATCH();
    }
    CASE(SETI) {
        Slice *s = R[in.a].p;
        int64_t i = R[in.b].i, n = slice_len(s);
        if (csp_unlikely((uint64_t)i >= (uint64_t)n)) THROW("index out of range [%lld] with length %lld", (long long)i, (long long)n);
        s->data[i] = R[in.c];
        DISPATCH();
    }
    CASE(ADDRI) {
        Instr x = *pc++;
        Slice *s = R[in.b].p;
        int64_t i = R[in.c].i, n = slice_len(s);
        if (csp_unlikely((uint64_t)i >= (uint64_t)n)) THROW("index out of range [%lld] with length %lld", (long long)i, (long long)n);
        R[in.a].p = s->data + i * x.a;
        DISPATCH();
    }
    CASE(ADDRA) {
        Instr x = *pc++;
        Slot *arr = R[in.b].p;
        int64_t i = R[in.c].i, n = (int64_t)x.b | ((int64_t)x.c << 16);
        if (csp_unlikely((uint64_t)i >= (uint64_t)n)) THROW("index out of range [%lld] with length %lld", (long long)i, (long long)n);
        if (csp_unlikely(!arr)) NILPTR();
        R[in.a].p = arr + i * x.a;
        DISPATCH();
    }
    CASE(SL2AP) {
        Slice *s = R[in.b].p;
        Type *at = K[in.c].p;
        if (csp_unlikely(slice_len(s) < at->len))
            THROW("cannot convert slice with length %lld to array or pointer to array with length %lld",
                  (long long)slice_len(s), (long long)at->len);
        R[in.a].p = s ? (s->data ? (void *)s->data : (void *)block_new(at)) : NULL;
        DISPATCH();
    }
    CASE(SL2A) {
        Slice *s = R[in.b].p;
        Type *at = K[in.c].p;
        if (csp_unlikely(slice_len(s) < at->len))
            THROW("cannot convert slice with length %lld to array or pointer to array with length %lld",
                  (long long)slice_len(s), (long long)at->len);
        SAVE();
        Slot *blk = block_new(at);
        if (at->slots) memcpy(blk, s->data, sizeof(Slot) * (size_t)at->slots);
        R[in.a].p = blk;
        DISPATCH();
    }
    CASE(SLICE) {
        Instr x = *pc++;
        Type *ot = K[x.b].p;
        Slot *data;
        int64_t len, cap;
        Type *elem;
        if (ot->kind == T_ARRAY) {
            data = R[in.b].p;
            if (csp_unlikely(!data)) NILPTR();
            len = cap = ot->len;
            elem = ot->elem;
        } else {
            Slice *s = R[in.b].p;
            data = s ? s->data : NULL;
            len = slice_len(s);
            cap = slice_cap(s);
            elem = ot->elem;
        }
        int64_t lo = (x.a & 1) ? R[in.c].i : 0;
        int64_t hi = (x.a & 2) ? R[in.c + 1].i : len;
        int64_t mx = (x.a & 4) ? R[in.c + 2].i : cap;
        if (csp_unlikely((uint64_t)mx > (uint64_t)cap)) THROW("slice bounds out of range [::%lld] with capacity %lld", (long long)mx, (long long)cap);
        if (csp_unlikely((uint64_t)hi > (uint64_t)mx)) {
            if (x.a & 4) THROW("slice bounds out of range [:%lld:%lld]", (long long)hi, (long long)mx);
            THROW("slice bounds out of range [:%lld] with capacity %lld", (long long)hi, (long long)cap);
        }
        if (csp_unlikely((uint64_t)lo > (uint64_t)hi)) THROW("slice bounds out of range [%lld:%lld]", (long long)lo, (long long)hi);
        Slice *r = csp_alloc(sizeof(Slice));
        r->data = data ? data + lo * elem->slots : NULL;
        r->len = hi - lo;
        r->cap = mx - lo;
        R[in.a].p = r;
        DISPATCH();
    }
    CASE(APPEND) {
        Instr x = *pc++;
        Type *st = K[x.b].p;
        Type *et = st->elem;
        Slice *s = R[in.b].p;
        if (et->is_block) {
            /* values are block pointers: gather their slots */
            Slot *tmp = csp_alloc(sizeof(Slot) * (size_t)et->slots * in.c + 8);
            for (int i = 0; i < in.c; i++) memcpy(tmp + i * et->slots, R[in.b + 1 + i].p, sizeof(Slot) * et->slots);
            R[in.a].p = slice_append(et, s, tmp, in.c);
        } else
            R[in.a].p = slice_append(et, s, &R[in.b + 1], in.c);
        DISPATCH();
    }
    CASE(APPENDS) {
        Instr x = *pc++;
        Type *st = K[x.b].p;
        if (x.a) {
            Str *src = R[in.c].p;
            int64_t n = str_len(src);
            Slot *tmp = csp_alloc_atomic(sizeof(Slot) * (n + 1));
            for (int64_t i = 0; i < n; i++) tmp[i].i = (unsigned char)src->data[i];
            R[in.a].p = slice_append(st->elem, R[in.b].p, tmp, n);
        } else {
            Slice *src = R[in.c].p;
            R[in.a].p = slice_append(st->elem, R[in.b].p, src ? src->data : NULL, slice_len(src));
        }
        DISPATCH();
    }
    CASE(COPYS) {
        Instr x = *pc++;
        Type *st = K[x.b].p;
        Slice *d = R[in.b].p;
        int64_t n;
        if (x.a) {
            Str *src = R[in.c].p;
            n = str_len(src) < slice_len(d) ? str_len(src) : slice_len(d);
            for (int64_t i = 0; i < n; i++) d->data[i].i = (unsigned char)src->data[i];
        } else {
            Slice *src = R[in.c].p;
            n = slice_len(src) < slice_len(d) ? slice_len(src) : slice_len(d);
            if (n) memmove(d->data, src->data, sizeof(Slot) * n * st->elem->slots);
        }
        R[in.a].i = n;
        DISPATCH();
    }

    CASE(MKMAP) {
        int64_t hint = R[in.c].i;
        R[in.a].p = map_new(K[in.b].p, hint < 0 ? 0 : hint);
        DISPATCH();
    }
    CASE(MGET) {
        Instr x = *pc++;
        Type *mt = K[x.b].p;
        Type *bad = NULL;
        Slot *v = map_get(R[in.b].p, R[in.c], &bad);
        if (csp_unlikely(bad)) THROW("hash of unhashable type %s", type_str(bad));
        if (v) {
            R[in.a] = *v;
            if (x.a) R[in.a + 1].i = 1;
        } else {
            if (mt->elem->is_block) R[in.a].p = block_new(mt->elem);
            else R[in.a].i = 0;
            if (x.a) R[in.a + 1].i = 0;
        }
        DISPATCH();
    }
    CASE(MSET) {
        Instr x = *pc++;
        CSP_UNUSED(x);
        Map *m = R[in.a].p;
        if (csp_unlikely(!m)) THROWP("assignment to entry in nil map");
        Type *bad = NULL;
        Slot *v = map_set(m, R[in.b], &bad);
        if (csp_unlikely(bad)) THROW("hash of unhashable type %s", type_str(bad));
        *v = R[in.c];
        DISPATCH();
    }
    CASE(MINCI) {
        Map *m = R[in.a].p;
        if (csp_unlikely(!m)) THROWP("assignment to entry in nil map");
        Type *bad = NULL;
        Slot *v = map_set(m, R[in.b], &bad);
        if (csp_unlikely(bad)) THROW("hash of unhashable type %s", type_str(bad));
        v->i = (int64_t)((uint64_t)v->i + (uint64_t)(int64_t)(int16_t)in.c);
        DISPATCH();
    }
    CASE(MDEL) {
        Type *bad = NULL;
        map_delete(R[in.a].p, R[in.b], &bad);
        if (csp_unlikely(bad)) THROW("hash of unhashable type %s", type_str(bad));
        DISPATCH();
    }
    CASE(MLEN) R[in.a].i = map_len(R[in.b].p); DISPATCH();
    CASE(MITER) {
        MapIter *it = csp_alloc(sizeof(MapIter));
        map_iter_init(it, R[in.b].p);
        R[in.a].p = it;
        DISPATCH();
    }
    CASE(MNEXT) {
        if (!map_iter_next(R[in.a].p, &R[in.b], &R[in.c])) pc += 1 + pc->sbx;
        else pc++;
        DISPATCH();
    }

    CASE(BOX) {
        Type *t = K[in.bx].p;
        R[in.a].p = iface_box(t, R[in.a]);
        DISPATCH();
    }
    CASE(ASSERT) {
        Instr x = *pc++;
        Type *t = K[in.c].p;
        Iface *v = R[in.b].p;
        bool ok;
        if (t->kind == T_INTERFACE) {
            const char *missing;
            bool wrong, ptr_only;
            ok = v && (t->nimethods == 0 || type_implements(v->type, t, &missing, &wrong, &ptr_only));
            if (ok) R[in.a].p = v;
            else if (!x.a) {
                Type *it = K[x.b].p;
                if (!v) THROWP("interface conversion: interface is nil, not %s", type_str(t));
                CSP_UNUSED(it);
                type_implements(v->type, t, &missing, &wrong, &ptr_only);
                THROWP("interface conversion: %s is not %s: missing method %s", type_str(v->type), type_str(t), missing);
            } else
                R[in.a].p = NULL;
        } else {
            ok = v && v->type == t;
            if (ok) R[in.a] = v->val;
            else if (!x.a) {
                Type *it = K[x.b].p;
                if (!v) THROWP("interface conversion: %s is nil, not %s", type_str(it), type_str(t));
                if (strcmp(type_str(v->type), type_str(t)) == 0)
                    THROWP("interface conversion: %s is %s, not %s (types from different scopes)", type_str(it),
                          type_str(v->type), type_str(t));
                THROWP("interface conversion: %s is %s, not %s", type_str(it), type_str(v->type), type_str(t));
            } else {
                if (t->is_block) R[in.a].p = block_new(t);
                else R[in.a].i = 0;
            }
        }
        if (x.a) R[in.a + 1].i = ok;
        DISPATCH();
    }
    CASE(TYPEIS) {
        Type *t = K[in.c].p;
        Iface *v = R[in.b].p;
        if (!t) R[in.a].i = v == NULL;
        else if (!v) R[in.a].i = 0;
        else if (t->kind == T_INTERFACE) {
            const char *missing;
            bool wrong, ptr_only;
            R[in.a].i = type_implements(v->type, t, &missing, &wrong, &ptr_only);
        } else
            R[in.a].i = v->type == t;
        DISPATCH();
    }
    CASE(IEQ) {
        Iface *x = R[in.b].p, *y = R[in.c].p;
        bool eq;
        if (!x || !y) eq = x == y;
        else if (x->type != y->type) eq = false;
        else {
            Type *bad = NULL;
            if (!type_is_comparable(x->type)) THROW("comparing uncomparable type %s", type_str(x->type));
            eq = value_equal(x->type, value_inline(x->type, &x->val), value_inline(y->type, &y->val), &bad);
            if (bad) THROW("comparing uncomparable type %s", type_str(bad));
        }
        R[in.a].i = eq;
        DISPATCH();
    }

    CASE(CALL) {
        Func *callee = K[in.b].p;
        if (csp_unlikely(callee->native)) {
            SAVE();
            CHECK(call_native(p, callee, f->base + in.a));
            RELOAD();
            DISPATCH();
        }
        SAVE();
        {
            /* fast path of proc_push_frame: room on the stack and in the frame array */
            int base = f->base + in.a;
            if (csp_likely(base + callee->nregs + 4 <= p->stack_cap && p->nframes < p->frames_cap)) {
                /* The callee's registers are not cleared: the compiler
                 * writes every register before reading it (locals get an
                 * explicit zero value), and stale values above the caller's
                 * frame only ever keep garbage alive a little longer. */
                Slot *r = p->stack + base;
                Frame *nf = &p->frames[p->nframes++];
                nf->fn = callee;
                nf->pc = callee->code;
                nf->base = base;
                nf->ret = base;
                nf->nret = callee->nresults;
                nf->race_stack = 0;
                nf->cl = NULL;
                nf->defers = NULL;
                nf->special = 0;
                if (callee->arena_slots) proc_arena_enter(p, nf, callee->arena_slots);
                f = nf;
                fn = callee;
                pc = callee->code;
                R = r;
                K = callee->k;
            } else {
                if (csp_unlikely(!proc_push_frame(p, callee, NULL, base, base))) goto unwind;
                RELOAD();
            }
        }
        if (csp_unlikely(--budget <= 0)) {
            SAVE();
            return VM_YIELD;
        }
        DISPATCH();
    }
    CASE(CALLC) {
        Closure *cl = R[in.a].p;
        if (csp_unlikely(!cl)) NILPTR();
        if (csp_unlikely(cl->fn->visible)) SWITCH_POINT();
        int base = f->base + in.a + 1;
        if (cl->bound) {
            R[in.a] = closure_recv(cl);
            base--;
        }
        if (cl->fn->native) {
            SAVE();
            int st = call_native(p, cl->fn, base);
            RELOAD();
            if (st == VM_OK && base != f->base + in.a)
                memmove(&R[in.a], &p->stack[base], sizeof(Slot) * (cl->fn->nresults ? cl->fn->nresults : 1));
            CHECK(st);
            DISPATCH();
        }
        SAVE();
        if (csp_unlikely(!proc_push_frame(p, cl->fn, cl, base, f->base + in.a))) goto unwind;
        RELOAD();
        if (csp_unlikely(--budget <= 0)) {
            SAVE();
            return VM_YIELD;
        }
        DISPATCH();
    }
    CASE(CALLN) {
        Func *callee = K[in.b].p;
        if (csp_unlikely(callee->visible)) SWITCH_POINT();
        SAVE();
        int st = call_native(p, callee, f->base + in.a);
        if (csp_unlikely(st != VM_OK)) {
            if (st == VM_PARK) {
                return VM_PARK;
            }
            CHECK(st);
        }
        RELOAD();
        DISPATCH();
    }
    CASE(CALLI) {
        Iface *v = R[in.a].p;
        if (csp_unlikely(!v)) NILPTR();
        const char *name = K[in.b].p;
        void **cache = &fn->icache[in.c * 2];
        Method *m;
        if (csp_likely(cache[0] == v->type)) m = cache[1];
        else {
            m = type_find_method(v->type, name);
            if (!m) THROW("method %s not found on %s", name, type_str(v->type));
            if (m->fn) {
                cache[0] = v->type;
                cache[1] = m;
            }
        }
        Func *callee;
        Slot recv;
        MethodStatus ms = vm_method_resolve(v->type, v->val, m, name, &callee, &recv);
        if (csp_unlikely(ms != MS_OK)) {
            if (ms == MS_NIL) NILPTR();
            THROW("method %s not found", name);
        }
        if (csp_unlikely(callee->visible)) SWITCH_POINT();
        R[in.a] = recv;
        if (callee->native) {
            SAVE();
            CHECK(call_native(p, callee, f->base + in.a));
            RELOAD();
            DISPATCH();
        }
        SAVE();
        if (csp_unlikely(!proc_push_frame(p, callee, NULL, f->base + in.a, f->base + in.a))) goto unwind;
        RELOAD();
        if (csp_unlikely(--budget <= 0)) {
            SAVE();
            return VM_YIELD;
        }
        DISPATCH();
    }
    CASE(RET) {
        if (csp_unlikely(f->defers != NULL)) {
            pc--;
            SAVE();
            int st = proc_run_defer(p);
            if (st == VM_PANIC) goto unwind_resume;
            if (st == VM_PARK || st == VM_YIELD) return st; /* this instruction runs again on resume */
            RELOAD();
            DISPATCH();
        }
        int nres = in.b;
        Slot *dst = p->stack + f->ret;
        if (nres == 1) dst[0] = R[in.a];
        else if (nres) memmove(dst, &R[in.a], sizeof(Slot) * nres);
        if (csp_likely(!f->special)) {
            /* the common return (no arena, no defers, not special): pop to
             * the caller, the frame below */
            POP_TO_CALLER();
            DISPATCH();
        }
        if (p->nframes == 1 && !f->boundary) SWITCH_POINT(); /* the process ends */
        int st = proc_pop_frame(p);
        if (csp_unlikely(st != VM_OK)) {
            if (st == VM_DONE) return VM_DONE;
            if (st == VM_PANIC) goto unwind_resume;
            return st; /* VM_OK from a nested vm_call boundary: handled by caller */
        }
        RELOAD();
        DISPATCH();
    }
    CASE(RET1) {
        /* special covers defers and arenas too: one test for the slow path */
        if (csp_unlikely(f->special)) goto L_RET; /* in.b is 1 */
        p->stack[f->ret] = R[in.a];
        POP_TO_CALLER();
        DISPATCH();
    }
    CASE(RUNDEFERS) {
        if (f->defers) {
            pc--;
            SAVE();
            int st = proc_run_defer(p);
            if (st == VM_PANIC) goto unwind_resume;
            if (st == VM_PARK || st == VM_YIELD) return st; /* this instruction runs again on resume */
            RELOAD();
        }
        DISPATCH();
    }
    CASE(CLOSURE) {
        Func *proto = K[in.bx].p;
        Closure *cl = csp_alloc(sizeof(Closure) + sizeof(Slot *) * proto->nupvals);
        cl->fn = proto;
        cl->nup = proto->nupvals;
        for (int i = 0; i < proto->nupvals; i++) {
            UpvalDesc d = proto->upvals[i];
            cl->up[i] = d.from_reg ? R[d.index].p : f->cl->up[d.index];
        }
        R[in.a].p = cl;
        DISPATCH();
    }
    CASE(BIND) {
        Closure *cl = csp_alloc(sizeof(Closure));
        cl->fn = K[in.b].p;
        cl->bound = true;
        cl->recv = R[in.c];
        R[in.a].p = cl;
        DISPATCH();
    }
    CASE(BINDI) {
        Iface *v = R[in.c].p;
        if (!v) NILPTR();
        const char *name = K[in.b].p;
        Method *m = type_find_method(v->type, name);
        if (!m) THROW("method %s not found", name);
        Closure *cl = csp_alloc(sizeof(Closure));
        MethodStatus ms = vm_method_resolve(v->type, v->val, m, name, &cl->fn, &cl->recv);
        if (ms != MS_OK) {
            if (ms == MS_NIL) NILPTR();
            THROW("method %s not found", name);
        }
        cl->bound = true;
        R[in.a].p = cl;
        DISPATCH();
    }
    CASE(GO) {
        SWITCH_POINT();
        Closure *cl = R[in.a].p;
        if (!cl) {
            SAVE();
            vm_fatal(p, "go of nil func value");
            goto unwind;
        }
        SAVE();
        Proc *np;
        if (csp_unlikely(cl->fn->native)) {
            Slot args[in.b + 1];
            args[0].p = cl;
            memcpy(args + 1, &R[in.a + 1], sizeof(Slot) * in.b);
            np = sched_spawn(p, proc_native_stub(cl, in.b, fn->file, vm_line_of(fn, pc - 1)), args, in.b + 1);
        } else
            np = sched_spawn(p, cl, &R[in.a + 1], in.b);
        np->start_file = fn->file;
        np->start_line = vm_line_of(fn, pc - 1);
        np->start_func = fn->name;
        DISPATCH();
    }
    CASE(DEFER) {
        Closure *cl = R[in.a].p;
        Defer *d = csp_alloc(sizeof(Defer) + sizeof(Slot) * in.b);
        d->fn = cl;
        d->nargs = in.b;
        memcpy(d->args, &R[in.a + 1], sizeof(Slot) * in.b);
        d->next = f->defers;
        f->defers = d;
        f->deferred = true; /* RET and RET1 take the slow path */
        DISPATCH();
    }
    CASE(PANIC) {
        SAVE();
        vm_panic_value(p, R[in.a].p);
        goto unwind;
    }
    CASE(RECOVER) {
        Panic *pn = p->panic;
        if (pn && !pn->recovered && f->panicking_defer && !pn->fatal && !pn->goexit) {
            pn->recovered = true;
            R[in.a].p = pn->value;
        } else
            R[in.a].p = NULL;
        DISPATCH();
    }

    CASE(MKCHAN) {
        int64_t size = R[in.c].i;
        Type *ct = K[in.b].p;
        if (csp_unlikely(!chan_make_check(ct->elem, size))) THROWP("makechan: size out of range");
        SAVE(); /* running out of memory reports this line */
        R[in.a].p = chan_make(ct, size);
        DISPATCH();
    }
    CASE(SEND) {
        SWITCH_POINT();
        SAVE();
        int st = chan_send(p, R[in.a].p, R[in.b]);
        CHECK(st);
        DISPATCH();
    }
    CASE(RECV) {
        SWITCH_POINT();
        SAVE();
        int st = chan_recv(p, R[in.b].p, &R[in.a], in.c ? &R[in.a + 1] : NULL);
        CHECK(st);
        DISPATCH();
    }
    CASE(CLOSE) {
        SWITCH_POINT();
        SAVE();
        CHECK(chan_close(p, R[in.a].p));
        DISPATCH();
    }
    CASE(SELECT) {
        SWITCH_POINT();
        SAVE();
        int st = select_run(p, &R[in.a], in.b, in.c);
        CHECK(st);
        DISPATCH();
    }
    CASE(CHLEN) {
        if (!in.c) {
            SWITCH_POINT();
            if (csp_unlikely(ctl_recording) && R[in.b].p) ctl_access(R[in.b].p, CTL_READ, 1);
        }
        R[in.a].i = in.c ? chan_cap(R[in.b].p) : chan_len(R[in.b].p);
        DISPATCH();
    }
    CASE(HALT) {
        SWITCH_POINT(); /* the process ends */
        SAVE();
        return VM_DONE;
    }

unwind:
    /* a panic was raised at f->pc: start or continue unwinding */
unwind_resume: {
        int st = proc_unwind(p);
        if (st == VM_OK) {
            RELOAD();
            DISPATCH();
        }
        return st;
    }
}
