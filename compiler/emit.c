/* emit.c: the code buffer of the function being compiled: instructions,
 * constants, line table, register allocation and jump patching.
 *
 * Registers are allocated as a stack (Lua's freereg discipline): locals take
 * the next register when declared and are released at the end of their
 * block; temporaries live above them and are released after each statement.
 */
#include <stdlib.h>

#include "compiler.h"

/* Grows an array to hold need elements. Code, line tables and jump lists
 * hold no pointers (atomic): the collector never scans the bytecode of the
 * program and the packages, which stays live for the whole run. */
static void grow_kind(void **p, int *cap, int need, size_t elem, bool atomic) {
    if (need <= *cap) return;
    int nc = *cap ? *cap * 2 : 64;
    while (nc < need) nc *= 2;
    void *n = atomic ? csp_alloc_atomic(elem * nc) : csp_alloc(elem * nc);
    if (*cap) memcpy(n, *p, elem * *cap);
    *p = n;
    *cap = nc;
}

static void grow(void **p, int *cap, int need, size_t elem) { grow_kind(p, cap, need, elem, false); }
static void grow_atomic(void **p, int *cap, int need, size_t elem) { grow_kind(p, cap, need, elem, true); }

static void add_line(FuncState *fs) {
    if (fs->nlines && fs->lines[fs->nlines - 1].line == fs->cur_line) return;
    if (fs->nlines && fs->lines[fs->nlines - 1].pc == fs->ncode) {
        fs->lines[fs->nlines - 1].line = fs->cur_line;
        return;
    }
    grow_atomic((void **)&fs->lines, &fs->lines_cap, fs->nlines + 1, sizeof(LineInfo));
    fs->lines[fs->nlines++] = (LineInfo){fs->ncode, fs->cur_line};
}

bool compile_race;
bool compile_visible;

static int put(Compiler *c, Instr in);

static void put_race(Compiler *c, int op, int a, int b, int cc) {
    put(c, (Instr){.op = (uint16_t)op, .a = (uint16_t)a, .b = (uint16_t)b, .c = (uint16_t)cc});
}

/* --race: the check before an access to memory other processes may reach
 * (race/race.h). Library code is checked too, as Go's is, except sync and
 * sync/atomic: their synchronisation is annotated in their natives instead,
 * as in Go's sync package and runtime. */
static bool race_instrumented(Compiler *c) {
    return c->pkg && strcmp(c->pkg->name, "sync") != 0 && strcmp(c->pkg->name, "atomic") != 0;
}

/* Register r is a live local's block that never escapes (stmt.c). */
static bool private_block(Compiler *c, int r) {
    FuncState *fs = c->fs;
    return r < fs->nactive && r < fs->private_cap && fs->private_block[r];
}

/* The checks are switch points of controlled runs too (compile_visible,
 * runtime/ctl.h): there every package has them, and the detector skips
 * those of sync and sync/atomic (Func.norace). */
static void race_check(Compiler *c, Instr in) {
    if (!race_instrumented(c) && !compile_visible) return;
    /* a struct or array local no other process can reach is not checked */
    switch (in.op) {
    case BC_LOAD: case BC_CLONE:
        if (private_block(c, in.b)) return;
        break;
    case BC_STORE:
        if (private_block(c, in.a)) return;
        break;
    case BC_COPY:
        if (private_block(c, in.b)) {
            if (!private_block(c, in.a)) put_race(c, BC_RACEWR, in.a, 0, in.c);
            return;
        }
        if (private_block(c, in.a)) {
            put_race(c, BC_RACERD, in.b, 0, in.c);
            return;
        }
        break;
    default: break;
    }
    switch (in.op) {
    case BC_GETG: case BC_SETG:
        put(c, (Instr){.op = BC_RACEG, .a = in.op == BC_SETG, .bx = in.bx});
        break;
    case BC_GETU: put_race(c, BC_RACEU, 0, in.b, 0); break;
    case BC_SETU: put_race(c, BC_RACEU, 1, in.b, 0); break;
    case BC_LOAD: put_race(c, BC_RACERD, in.b, in.c, 1); break;
    case BC_STORE: put_race(c, BC_RACEWR, in.a, in.b, 1); break;
    case BC_COPY:
        put_race(c, BC_RACERD, in.b, 0, in.c);
        put_race(c, BC_RACEWR, in.a, 0, in.c);
        break;
    case BC_CLONE: put_race(c, BC_RACERD, in.b, 0, ((Type *)c->fs->k[in.c].p)->slots); break;
    case BC_GETI: put_race(c, BC_RACEI, in.b, in.c, 1 << 1); break;
    case BC_SETI: put_race(c, BC_RACEI, in.a, in.b, 1 << 1 | 1); break;
    /* a map is one location: lookups, len and range read it, changes write it */
    case BC_MGET: case BC_MLEN: case BC_MITER: put_race(c, BC_RACERD, in.b, 0, 1); break;
    case BC_MSET: case BC_MDEL: put_race(c, BC_RACEWR, in.a, 0, 1); break;
    default: break;
    }
    /* what only the running instruction knows (lengths, key types in its
     * extension word): RACEX decodes the instruction that follows it */
    switch (in.op) {
    case BC_MGET: case BC_MSET: case BC_MDEL: case BC_APPEND: case BC_APPENDS: case BC_COPYS:
    case BC_BYTES2S: case BC_RUNES2S:
        put_race(c, BC_RACEX, 0, 0, 0);
        break;
    /* a channel: a send reads it (close writes it: runtime/chan.c; len
     * does not touch it, in Go), for the detector only */
    case BC_SEND:
        if (compile_race && race_instrumented(c)) put_race(c, BC_RACECH, in.a, 0, 0);
        break;
    default: break;
    }
}

void emit_race_read(Compiler *c, int reg) {
    if (compile_race && race_instrumented(c)) put_race(c, BC_RACECH, reg, 0, 0);
}

static int put(Compiler *c, Instr in) {
    FuncState *fs = c->fs;
    if (compile_race || compile_visible) race_check(c, in);
    add_line(fs);
    grow_atomic((void **)&fs->code, &fs->code_cap, fs->ncode + 1, sizeof(Instr));
    fs->code[fs->ncode] = in;
    return fs->ncode++;
}

int emit(Compiler *c, int op, int a, int b, int cc) {
    /* Operands are 16 bits (negative ones are deliberate int16 constants):
     * a struct, element or copy of more slots, or a frame of more
     * registers, cannot be encoded, and is refused rather than truncated. */
    if (csp_unlikely(a > 0xffff || b > 0xffff || cc > 0xffff))
        c_error(c, NULL, "too large for csp: more than 65535 slots in one struct, element, copy or function frame");
    Instr in = {.op = (uint16_t)op, .a = (uint16_t)a};
    in.b = (uint16_t)b;
    in.c = (uint16_t)cc;
    return put(c, in);
}

int emit_ax(Compiler *c, int op, int a, int32_t sbx) {
    Instr in = {.op = (uint16_t)op, .a = (uint16_t)a};
    in.sbx = sbx;
    return put(c, in);
}

int emit_ext(Compiler *c, int a, int b, int cc) { return emit(c, BC_NOP, a, b, cc); }

int here(Compiler *c) { return c->fs->ncode; }

int emit_jump(Compiler *c, int op, int a) { return emit_ax(c, op, a, 0); }

/* Jumps are relative to the instruction after the jump word that holds the
 * offset: for fused compare-and-jump (JLT...), the extension word. */
void patch_jump(Compiler *c, int pc, int target) {
    c->fs->code[pc].sbx = target - (pc + 1);
    if (target > c->fs->last_label) c->fs->last_label = target;
}

void patch_here(Compiler *c, int pc) { patch_jump(c, pc, here(c)); }

void jl_add(JumpList *l, int pc) {
    grow_atomic((void **)&l->pcs, &l->cap, l->len + 1, sizeof(int));
    l->pcs[l->len++] = pc;
}

void jl_patch(Compiler *c, JumpList *l, int target) {
    for (int i = 0; i < l->len; i++) patch_jump(c, l->pcs[i], target);
    l->len = 0;
}

/* A counted loop as the statement compilers lay it out,
 *     entry:  JMP cond
 *     top:    body
 *     step:   ADDI i i 1
 *     cond:   JLTI i K | JLT i n   (+ extension word: back to top)
 * becomes, when it is the last code emitted and the offsets fit in 16 bits,
 *     entry:  JGEIS i K | JGES i n   (to the exit)
 *     top:    body
 *     step:   FORI i K | FORR i n     (back to top)
 * one dispatch per iteration instead of two, and no extension word. Nothing
 * else jumps to cond (continue goes to step), so it can go. */
void emit_fuse_loop(Compiler *c, int entry, int step, int top) {
    FuncState *fs = c->fs;
    Instr *code = fs->code;
    int cond = step + 1;
    if (entry < 0 || fs->ncode != cond + 2) return;
    Instr add = code[step], cmp = code[cond];
    if (add.op != BC_ADDI || add.a != add.b || add.c != 1) return;
    if ((cmp.op != BC_JLTI && cmp.op != BC_JLT) || cmp.a != add.a) return;
    if (code[entry].op != BC_JMP || entry + 1 + code[entry].sbx != cond) return;
    if (cond + 2 + code[cond + 1].sbx != top) return;
    int back = top - (step + 1), out = (step + 1) - (entry + 1);
    if (back < -32768 || out > 32767) return;
    bool imm = cmp.op == BC_JLTI;
    code[entry] = (Instr){.op = imm ? BC_JGEIS : BC_JGES, .a = cmp.a};
    code[entry].b = cmp.b;
    code[entry].c = (uint16_t)(int16_t)out;
    code[step] = (Instr){.op = imm ? BC_FORI : BC_FORR, .a = cmp.a};
    code[step].b = cmp.b;
    code[step].c = (uint16_t)(int16_t)back;
    fs->ncode = step + 1;
    while (fs->nlines && fs->lines[fs->nlines - 1].pc >= fs->ncode) fs->nlines--;
    if (fs->last_label < fs->ncode) fs->last_label = fs->ncode; /* the exit is a jump target */
}

void emit_backjump(Compiler *c, int target) {
    int pc = emit_ax(c, BC_JMP, 1, 0);
    patch_jump(c, pc, target);
}

int kslot(Compiler *c, Slot v) {
    FuncState *fs = c->fs;
    for (int i = 0; i < fs->nk; i++)
        if (fs->k[i].u == v.u) return i;
    grow((void **)&fs->k, &fs->k_cap, fs->nk + 1, sizeof(Slot));
    fs->k[fs->nk] = v;
    return fs->nk++;
}

int kptr(Compiler *c, const void *p) { return kslot(c, (Slot){.p = (void *)p}); }

int reg_alloc(Compiler *c, int n) {
    FuncState *fs = c->fs;
    int r = fs->freereg;
    fs->freereg += n;
    if (fs->freereg > fs->maxreg) fs->maxreg = fs->freereg;
    if (fs->freereg > 65000) {
        c_error(c, NULL, "function too large: more than 65000 registers");
        fs->freereg = 1;
    }
    return r;
}

void reg_free_to(Compiler *c, int r) {
    if (r < c->fs->freereg) c->fs->freereg = r;
}

void set_line(Compiler *c, Node *n) {
    if (n && n->line && c->fs) c->fs->cur_line = n->line;
}

/* Site names are few (channel operations, sync calls): the table starts
 * small, unlike the code buffer. */
void site_name_text(Compiler *c, const char *text) {
    FuncState *fs = c->fs;
    if (!fs || !text) return;
    if (fs->nsites == fs->sites_cap) {
        int nc = fs->sites_cap ? fs->sites_cap * 2 : 4;
        SiteName *n = csp_alloc(sizeof(SiteName) * nc);
        if (fs->nsites) memcpy(n, fs->sites, sizeof(SiteName) * fs->nsites);
        fs->sites = n;
        fs->sites_cap = nc;
    }
    fs->sites[fs->nsites++] = (SiteName){fs->ncode, text};
}

void site_name(Compiler *c, Node *n) {
    if (n) site_name_text(c, node_str(n));
}

FuncState *fs_open(Compiler *c, Func *fn, Type *sig) {
    FuncState *fs = CSP_NEW(FuncState);
    fs->parent = c->fs;
    fs->fn = fn;
    fs->sig = sig;
    fs->scope = scope_new(c->fs ? c->fs->scope : c->pkg->scope);
    fs->scope->is_func = true;
    fs->cur_line = fn->line;
    c->fs = fs;
    return fs;
}

void fs_close(Compiler *c) {
    FuncState *fs = c->fs;
    Func *fn = fs->fn;
    fn->code = fs->code;
    fn->ncode = fs->ncode;
    fn->k = fs->k;
    fn->nk = fs->nk;
    fn->lines = fs->lines;
    fn->nlines = fs->nlines;
    fn->sites = fs->sites;
    fn->nsites = fs->nsites;
    fn->nregs = fs->maxreg + 1;
    fn->nupvals = fs->nupvals;
    fn->upvals = csp_alloc(sizeof(UpvalDesc) * (fs->nupvals + 1));
    for (int i = 0; i < fs->nupvals; i++) fn->upvals[i] = fs->upvals[i].desc;
    fn->has_defer = fs->has_defer;
    fn->norace = !race_instrumented(c);
    fn->arena_slots = fs->arena_slots;
    fn->nicache = fs->nicache;
    fn->icache = csp_alloc(sizeof(void *) * 2 * (fs->nicache + 1));
    c->fs = fs->parent;
}
