/* repl_redef.c: in the REPL, redefining a function reaches every caller.
 *
 * A program calls a package-level function directly (CALL K[fn]): nothing
 * can replace it. A REPL session can: define greet, then twice calling it,
 * then greet again, and twice must call the new greet, as in Python, Lua or
 * Erlang's shell. So each function the session declares gets a global slot
 * holding its current closure, and every use of it in session code (a call,
 * go, defer, a function value) loads the slot (GETG, then CALLC). A method
 * gets one too, which its direct calls (x.M()) go through; a method value
 * (x.M, also in go x.M() and defer x.M()) binds the method of the moment,
 * as a function value does, and interface calls find the method in its
 * type's table, where the redefinition replaced it.
 *
 * - A redefinition with the same signature keeps the slot; the entry that
 *   declares it stores the new closure there before anything else runs, so
 *   every caller compiled earlier calls the new body from then on (a call
 *   already running finishes in the old one, whose code is left alone).
 * - A redefinition with another signature (or by a variable, type or
 *   constant) gets a new slot: code compiled against the old signature
 *   keeps calling the old function, which is safe, but would surprise. So
 *   when a function or method of the session calls the old one, the
 *   redefinition is an error naming those callers, unless the same entry
 *   redefines them too (compiled against the new one). Code outside named
 *   functions (an entry's statements, a closure kept in a variable or a
 *   running process) keeps the function it was compiled with.
 *
 * The callers are known from the slots: each GETG of a function slot
 * records (outermost function being compiled, slot).
 */
#include "compiler.h"

extern int vm_alloc_global(void);

typedef struct SlotUse {
    Func *caller; /* the outermost function whose code loads the slot */
    int slot;
} SlotUse;

static SlotUse *uses;
static int nuses, ucap;

void repl_redef_reset(void) {
    uses = NULL;
    nuses = ucap = 0;
}

void repl_redef_assign(Sym *now, Sym *old) {
    if (old && old->kind == SYM_FUNC && old->repl_slot > 0 && old->type == now->type) now->repl_slot = old->repl_slot;
    else now->repl_slot = vm_alloc_global() + 1;
}

void repl_redef_store(Compiler *c, Sym *s) {
    int r = reg_alloc(c, 1);
    emit_ax(c, BC_LOADK, r, kptr(c, closure_of(s->fn)));
    emit_ax(c, BC_SETG, r, s->repl_slot - 1);
    reg_free_to(c, r);
}

void repl_redef_load(Compiler *c, Sym *s, int r) { repl_redef_load_slot(c, s->repl_slot, r); }

void repl_redef_load_slot(Compiler *c, int slot, int r) {
    emit_ax(c, BC_GETG, r, slot - 1);
    FuncState *fs = c->fs;
    while (fs && fs->parent) fs = fs->parent;
    if (!fs || fs->is_entry) return; /* an entry's code runs once, now */
    for (int i = nuses - 1; i >= 0; i--)
        if (uses[i].caller == fs->fn && uses[i].slot == slot) return;
    if (nuses == ucap) {
        ucap = ucap ? ucap * 2 : 64;
        SlotUse *n = csp_alloc(sizeof(SlotUse) * ucap);
        if (nuses) memcpy(n, uses, sizeof(SlotUse) * nuses);
        uses = n;
    }
    uses[nuses++] = (SlotUse){fs->fn, slot};
}

/* The name of the session's function or method whose code is fn, or NULL
 * when no name of the session leads to it any more. */
static const char *live_name(Scope *ps, Func *fn) {
    for (int i = 0; i < ps->len; i++) {
        Sym *s = ps->syms[i];
        if (s->kind == SYM_FUNC && s->fn == fn) return s->name;
        if (s->kind != SYM_TYPE || !s->type || !s->type->name) continue;
        for (int m = 0; m < s->type->nmethods; m++)
            if (s->type->methods[m].fn == fn)
                return csp_sprintf(s->type->methods[m].ptr_recv ? "(*%s).%s" : "%s.%s", s->name, s->type->methods[m].name);
    }
    return NULL;
}

static const char *kind_word(Sym *s) {
    switch (s->kind) {
    case SYM_VAR: return "a variable";
    case SYM_CONST: return "a constant";
    case SYM_TYPE: return "a type";
    default: return "something else";
    }
}

/* The error for a redefinition that leaves callers of old_slot behind;
 * nothing when no function or method of the session calls it. */
static void report_callers(Compiler *c, Node *at, int old_slot, const char *name, const char *as, const char *was) {
    const char *list[8];
    int n = 0, more = 0;
    for (int i = 0; i < nuses; i++) {
        if (uses[i].slot != old_slot) continue;
        const char *caller = live_name(c->pkg->scope, uses[i].caller);
        if (!caller) continue;
        if (n < 8) list[n++] = caller;
        else more++;
    }
    if (!n) return;
    Buf names; /* "a", "a and b", "a, b and c", "a, b, ... and 3 more" */
    buf_init(&names);
    for (int i = 0; i < n; i++)
        buf_printf(&names, "%s%s", i == 0 ? "" : i == n - 1 && !more ? " and " : ", ", list[i]);
    if (more) buf_printf(&names, " and %d more", more);
    buf_putc(&names, 0);
    c_error(c, at, "%s redefined as %s (was %s), but %s call%s the old %s: redefine %s in the same entry", name, as, was,
            names.data, n == 1 && !more ? "s" : "", name, names.data);
}

void repl_redef_check(Compiler *c, Sym *now, Sym *old) {
    if (old->kind != SYM_FUNC || old->repl_slot <= 0 || now->repl_slot == old->repl_slot) return;
    report_callers(c, now->decl, old->repl_slot, now->name, now->kind == SYM_FUNC ? type_str(now->type) : kind_word(now),
                   type_str(old->type));
}

/* ---------- methods ---------- */

static Method **pending; /* methods declared by the entry being compiled */
static int npending, pcap;

void repl_redef_begin(void) {
    pending = NULL;
    npending = pcap = 0;
}

void repl_redef_method(Method *now, const Method *old) {
    if (old && old->repl_slot > 0 && old->fn && old->fn->type == now->fn->type) now->repl_slot = old->repl_slot;
    else now->repl_slot = vm_alloc_global() + 1;
    if (npending == pcap) {
        pcap = pcap ? pcap * 2 : 8;
        Method **n = csp_alloc(sizeof(Method *) * pcap);
        if (npending) memcpy(n, pending, sizeof(Method *) * npending);
        pending = n;
    }
    /* the Method is copied into its type's table: remember its slot and body */
    Method *m = csp_alloc(sizeof(Method));
    *m = *now;
    pending[npending++] = m;
}

void repl_redef_store_methods(Compiler *c) {
    for (int i = 0; i < npending; i++) {
        int r = reg_alloc(c, 1);
        emit_ax(c, BC_LOADK, r, kptr(c, closure_of(pending[i]->fn)));
        emit_ax(c, BC_SETG, r, pending[i]->repl_slot - 1);
        reg_free_to(c, r);
    }
}

void repl_redef_check_method(Compiler *c, Type *base, const Method *now, const Method *old) {
    if (old->repl_slot <= 0 || now->repl_slot == old->repl_slot) return;
    Node *at = NULL;
    report_callers(c, at, old->repl_slot, csp_sprintf(old->ptr_recv ? "(*%s).%s" : "%s.%s", base->name, now->name),
                   type_str(now->fn->type),
                   type_str(old->fn->type));
}
