/* stmt.c: statements: assignment, declarations, control flow, go/defer,
 * return.
 *
 * Register discipline: live locals occupy R[0..nactive); every statement
 * starts and ends with freereg == nactive. A := reserves the new variables'
 * registers before evaluating the right-hand side (whose names still refer
 * to the outer scope), so values land in place without moves.
 */
#include "compiler.h"

void commaok_enable(Compiler *c, Operand *o);
void stmt_select(Compiler *c, Node *n, const char *label);
void stmt_typeswitch(Compiler *c, Node *n, const char *label);
void stmt_range(Compiler *c, Node *n, const char *label);

static const char *blank;

/* ---------- scopes ---------- */

static void open_scope(Compiler *c) { c->fs->scope = scope_new(c->fs->scope); }

static void close_scope(Compiler *c, int nactive) {
    c->fs->scope = c->fs->scope->parent;
    c->fs->nactive = nactive;
    reg_free_to(c, nactive);
}

static bool is_blank(Node *n) { return n->kind == N_IDENT && n->name == blank; }

/* --race: whether register r now holds a block no other process sees. */
static void note_private_block(FuncState *fs, int r, bool private) {
    if (r >= fs->private_cap) {
        int cap = fs->private_cap ? fs->private_cap : 64;
        while (cap <= r) cap *= 2;
        uint8_t *n = csp_alloc_atomic((size_t)cap);
        memset(n, 0, (size_t)cap);
        if (fs->private_cap) memcpy(n, fs->private_block, (size_t)fs->private_cap);
        fs->private_block = n;
        fs->private_cap = cap;
    }
    fs->private_block[r] = private;
}

/* Declares a local variable named by ident with type t in the next
 * register; the caller initialises it (see init_local). */
Sym *declare_local(Compiler *c, Node *ident, Type *t) {
    FuncState *fs = c->fs;
    Sym *s = sym_new(SYM_VAR, ident->name, ident);
    s->type = t;
    s->owner = fs;
    s->state = 2;
    s->storage = (ident->aux & AUX_BOXED) && !t->is_block ? VS_CELL : VS_REG;
    s->arena_off = -1;
    /* a struct/array that never escapes lives in the frame's arena, like Go's stack */
    if (t->is_block && !(ident->aux & AUX_ESCAPES) && !fs->is_entry && t->slots > 0 &&
        fs->arena_slots + t->slots <= 65535) {
        s->arena_off = fs->arena_slots;
        fs->arena_slots += t->slots;
    }
    s->reg = fs->nactive;
    if (fs->freereg < fs->nactive + 1) reg_alloc(c, fs->nactive + 1 - fs->freereg);
    fs->nactive++;
    if (compile_race) note_private_block(fs, s->reg, t->is_block && !(ident->aux & AUX_ESCAPES));
    return s;
}

/* Declares s in the current block; a name already declared in the same
 * block (variable, constant or type) is an error. */
void note_local(Compiler *c, Sym *s) {
    if (!c->gofile || c->pkg != c->gofile_pkg || s->kind != SYM_VAR || s->name == blank || s->name[0] == '.') return;
    if (c->nlocals == c->locals_cap) {
        c->locals_cap = c->locals_cap ? c->locals_cap * 2 : 32;
        Sym **n = csp_alloc(sizeof(Sym *) * c->locals_cap);
        if (c->nlocals) memcpy(n, c->locals, sizeof(Sym *) * c->nlocals);
        c->locals = n;
    }
    c->locals[c->nlocals++] = s;
}

/* Go's "x declared and not used", for every local variable of the body
 * just compiled. A type switch's binding is one variable declared in each
 * clause (all with the same declaring node): used if any clause uses it. */
void check_unused_locals(Compiler *c) {
    for (int i = 0; i < c->nlocals; i++) {
        Sym *s = c->locals[i];
        if (!s) continue;
        bool used = false;
        for (int j = i; j < c->nlocals; j++)
            if (c->locals[j] && c->locals[j]->decl == s->decl) {
                used |= c->locals[j]->used;
                if (j > i) c->locals[j] = NULL;
            }
        if (!used && s->type != type_invalid) {
            c_error(c, s->decl, "%s declared and not used", s->name);
            c->unused_errors++;
        }
    }
    c->nlocals = 0;
}

void insert_local(Compiler *c, Sym *s) {
    if (s->name == blank) return;
    note_local(c, s);
    Sym *prev = scope_lookup_local(c->fs->scope, s->name);
    if (prev) {
        c_error(c, s->decl, "%s redeclared in this block\n\tother declaration of %s", s->name, s->name);
        return;
    }
    scope_insert(c->fs->scope, s);
}

/* Initialises local s (register s->reg) from operand o (already converted). */
static void init_local(Compiler *c, Sym *s, Operand *o) {
    if (o) {
        if (s->type->is_block) clone_if_needed(c, o);
        if (s->storage == VS_CELL) {
            int v = to_anyreg(c, o);
            emit(c, BC_NEWCELL, s->reg, v, 1);
        } else
            to_reg_at(c, o, s->reg);
    } else if (s->type->is_block && s->arena_off >= 0)
        emit(c, BC_NEWBLKF, s->reg, kptr(c, s->type), s->arena_off);
    else if (s->type->is_block)
        emit_ax(c, BC_NEWBLK, s->reg, kptr(c, s->type));
    else if (s->storage == VS_CELL)
        emit(c, BC_NEWCELL, s->reg, 0, 0);
    else
        emit(c, BC_LOADZ, s->reg, 0, 0);
}

void assign_to_new_local(Compiler *c, Sym *s, Operand *o) { init_local(c, s, o); }

/* ---------- assignment ---------- */

static Type *value_type(Operand *o) {
    if (o->mode == OM_NIL) return NULL;
    return type_is_untyped(o->type) ? type_default(o->type) : o->type;
}

/* Evaluates the right-hand sides of an assignment with nl targets. For a
 * single multi-value rhs, returns operands for each result. */
static bool eval_rhs(Compiler *c, Node *n, NodeList *rhs, int nl, Operand *out, Type **hints, bool define) {
    if (rhs->len == 1 && nl > 1) {
        Node *r = rhs->items[0];
        Operand o;
        expr(c, r, &o, NULL);
        if (o.mode == OM_INVALID) return false;
        if (o.mode == OM_MULTI) {
            if (o.type->nresults != nl) {
                c_error(c, n, "assignment mismatch: %d variable%s but %s returns %d value%s", nl, nl > 1 ? "s" : "",
                        node_str(r), o.type->nresults, o.type->nresults > 1 ? "s" : "");
                return false;
            }
            for (int i = 0; i < nl; i++)
                out[i] = (Operand){.mode = OM_REG, .reg = o.reg + i, .type = o.type->results[i], .temp = true,
                                   .fresh = true, .node = r};
            return true;
        }
        if (o.mode == OM_COMMAOK && nl == 2) {
            commaok_enable(c, &o);
            out[0] = o;
            out[0].mode = OM_REG;
            out[1] = (Operand){.mode = OM_REG, .reg = o.reg + 1, .type = type_untyped_bool, .temp = true, .node = r};
            return true;
        }
        if (r->kind == N_CALL)
            c_error(c, n, "assignment mismatch: %d variables but %s returns 1 value", nl, node_str(r));
        else
            c_error(c, n, "assignment mismatch: %d variables but 1 value", nl);
        return false;
    }
    if (nl == 1 && rhs->len == 1 && rhs->items[0]->kind == N_CALL) {
        Node *r = rhs->items[0];
        expr(c, r, &out[0], hints ? hints[0] : NULL);
        if (out[0].mode == OM_INVALID) return false;
        if (out[0].mode == OM_MULTI) {
            c_error(c, n, "assignment mismatch: 1 variable but %s returns %d values", node_str(r), out[0].type->nresults);
            return false;
        }
        if (out[0].mode == OM_NONE) {
            c_error(c, n, "%s (no value) used as value", node_str(r));
            return false;
        }
        if (out[0].mode == OM_COMMAOK) out[0].mode = OM_REG;
        return true;
    }
    if (rhs->len != nl) {
        if (rhs->len == 1 && rhs->items[0]->kind == N_CALL) {
            Operand o;
            expr(c, rhs->items[0], &o, NULL);
            int got = o.mode == OM_MULTI ? o.type->nresults : o.mode == OM_NONE ? 0 : 1;
            c_error(c, n, "assignment mismatch: %d variable%s but %s returns %d value%s", nl, nl > 1 ? "s" : "",
                    node_str(rhs->items[0]), got, got == 1 ? "" : "s");
        } else
            c_error(c, n, "assignment mismatch: %d variable%s but %d value%s", nl, nl > 1 ? "s" : "", rhs->len,
                    rhs->len > 1 ? "s" : "");
        return false;
    }
    for (int i = 0; i < nl; i++) {
        expr_rvalue(c, rhs->items[i], &out[i], hints ? hints[i] : NULL);
        if (out[i].mode == OM_INVALID) return false;
        if (out[i].mode == OM_COMMAOK) out[i].mode = OM_REG;
        /* in a tuple assignment, later targets may overwrite variables read here */
        if (nl > 1 && out[i].mode == OM_REG && !out[i].temp) {
            int r = reg_alloc(c, 1);
            emit(c, BC_MOVE, r, out[i].reg, 0);
            out[i].reg = r;
            out[i].temp = true;
        }
        if (nl > 1 && out[i].type && out[i].type->is_block) clone_if_needed(c, &out[i]);
        CSP_UNUSED(define);
    }
    return true;
}

bool repl_top_level(Compiler *c);
Sym *repl_define_global(Compiler *c, Node *id, Type *t, bool *is_new);

/* The left side of a := must be distinct names (blank may repeat). */
static bool define_names_ok(Compiler *c, Node *n) {
    for (int i = 0; i < n->list.len; i++) {
        Node *id = n->list.items[i];
        if (id->kind != N_IDENT) {
            c_error(c, id, "non-name %s on left side of :=", node_str(id));
            return false;
        }
        for (int j = 0; j < i; j++)
            if (!is_blank(id) && n->list.items[j]->name == id->name) {
                c_error(c, id, "%s repeated on left side of :=", id->name);
                return false;
            }
    }
    return true;
}

/* The REPL's top-level `a, b := x, y`: every name (re)defines a
 * package-level variable, so it persists across entries. */
static void repl_define_stmt(Compiler *c, Node *n) {
    int nl = n->list.len;
    if (!define_names_ok(c, n)) return;
    Operand *vals = csp_alloc(sizeof(Operand) * nl);
    if (!eval_rhs(c, n, &n->list2, nl, vals, NULL, true)) return;
    for (int i = 0; i < nl; i++) {
        if (vals[i].mode == OM_NIL) {
            c_error(c, n->list2.len > i ? n->list2.items[i] : n, "use of untyped nil in assignment");
            return;
        }
        if (vals[i].mode == OM_NONE) {
            c_error(c, n, "%s (no value) used as value", node_str(vals[i].node));
            return;
        }
        if (!assignable(c, &vals[i], value_type(&vals[i]), "assignment")) return;
    }
    int stash = reg_alloc(c, nl);
    for (int i = 0; i < nl; i++) {
        if (is_blank(n->list.items[i])) continue;
        if (vals[i].type && vals[i].type->is_block) clone_if_needed(c, &vals[i]);
        to_reg_at(c, &vals[i], stash + i);
    }
    for (int i = 0; i < nl; i++) {
        Node *id = n->list.items[i];
        if (is_blank(id)) continue;
        bool is_new;
        Sym *s = repl_define_global(c, id, value_type(&vals[i]), &is_new);
        emit_ax(c, BC_SETG, stash + i, s->global);
    }
}

/* A script's top-level `a, b := x, y` (decl.c script_define_globals made
 * the package-level variables, spec n->sym): new names are initialised,
 * names declared before are assigned, as := does in a block. */
static void script_define_stmt(Compiler *c, Node *n) {
    int nl = n->list.len;
    if (!define_names_ok(c, n)) return;
    Sym **syms = csp_alloc(sizeof(Sym *) * nl);
    Type **hints = csp_alloc(sizeof(Type *) * nl);
    bool any_new = false;
    for (int i = 0; i < nl; i++) {
        Node *id = n->list.items[i];
        if (is_blank(id)) continue;
        Sym *s = scope_lookup_local(c->pkg->scope, id->name);
        if (!s) return; /* cannot happen: every name was declared */
        if (s->kind != SYM_VAR) {
            c_error(c, id, "%s redeclared in this block", id->name);
            return;
        }
        resolve_sym(c, s);
        any_new |= s->spec == n->sym;
        syms[i] = s;
        hints[i] = s->type;
    }
    if (!any_new) {
        c_error(c, n, "no new variables on left side of :=");
        return;
    }
    Operand *vals = csp_alloc(sizeof(Operand) * nl);
    if (!eval_rhs(c, n, &n->list2, nl, vals, hints, true)) return;
    for (int i = 0; i < nl; i++) {
        if (vals[i].mode == OM_NIL && (!syms[i] || syms[i]->spec == n->sym)) {
            c_error(c, n->list2.len > i ? n->list2.items[i] : n, "use of untyped nil in assignment");
            return;
        }
        if (vals[i].mode == OM_NONE) {
            c_error(c, n, "%s (no value) used as value", node_str(vals[i].node));
            return;
        }
        if (syms[i] && syms[i]->type != type_invalid && !assignable(c, &vals[i], syms[i]->type, "assignment")) return;
    }
    int stash = reg_alloc(c, nl);
    for (int i = 0; i < nl; i++) {
        if (!syms[i]) continue;
        if (vals[i].type && vals[i].type->is_block) clone_if_needed(c, &vals[i]);
        to_reg_at(c, &vals[i], stash + i);
    }
    for (int i = 0; i < nl; i++)
        if (syms[i]) emit_ax(c, BC_SETG, stash + i, syms[i]->global);
}

/* Compiling a script's outermost statements (not the REPL's). */
static bool script_top_level(Compiler *c) {
    FuncState *fs = c->fs;
    return !c->repl && !c->gofile && fs && fs->is_entry && !fs->parent && fs->scope->parent == c->pkg->scope &&
           c->pkg == c->gofile_pkg;
}

static void define_stmt(Compiler *c, Node *n) {
    int nl = n->list.len;
    FuncState *fs = c->fs;
    if (repl_top_level(c)) {
        repl_define_stmt(c, n);
        return;
    }
    if (n->sym && script_top_level(c)) {
        script_define_stmt(c, n);
        return;
    }
    bool any_new = false;
    Sym **syms = csp_alloc(sizeof(Sym *) * nl);
    bool *is_new = csp_alloc(sizeof(bool) * nl);
    if (!define_names_ok(c, n)) return;
    for (int i = 0; i < nl; i++) {
        Node *id = n->list.items[i];
        Sym *prev = is_blank(id) ? NULL : scope_lookup_local(fs->scope, id->name);
        if (prev && prev->kind == SYM_VAR) syms[i] = prev;
        else if (!is_blank(id)) any_new = true;
    }
    if (!any_new) {
        c_error(c, n, "no new variables on left side of :=");
        return;
    }
    Operand *vals = csp_alloc(sizeof(Operand) * nl);
    Type **hints = csp_alloc(sizeof(Type *) * nl);
    for (int i = 0; i < nl; i++) hints[i] = syms[i] ? syms[i]->type : NULL;
    if (!eval_rhs(c, n, &n->list2, nl, vals, hints, true)) {
        /* declare the new names anyway (as invalid), so later uses do not cascade */
        for (int i = 0; i < nl; i++) {
            Node *id = n->list.items[i];
            if (syms[i] || is_blank(id)) continue;
            Sym *s = declare_local(c, id, type_invalid);
            init_local(c, s, NULL);
            insert_local(c, s);
        }
        return;
    }
    /* new variables take the next registers; values are moved in after all rhs are evaluated */
    for (int i = 0; i < nl; i++) {
        Node *id = n->list.items[i];
        if (syms[i]) {
            if (!assignable(c, &vals[i], syms[i]->type, "assignment")) return;
            continue;
        }
        if (is_blank(id)) {
            if (vals[i].mode == OM_NIL) {
                c_error(c, n->list2.len > i ? n->list2.items[i] : n, "use of untyped nil in assignment");
                return;
            }
            continue;
        }
        if (vals[i].mode == OM_NIL) {
            c_error(c, n->list2.len > i ? n->list2.items[i] : n, "use of untyped nil in assignment");
            return;
        }
        if (vals[i].mode == OM_NONE) {
            c_error(c, n, "%s (no value) used as value", node_str(vals[i].node));
            return;
        }
        Type *t = value_type(&vals[i]);
        if (!assignable(c, &vals[i], t, "assignment")) return;
    }
    /* Values may live in temporaries above nactive; new locals must take
     * registers below them, so first stash values, then declare. */
    int stash = reg_alloc(c, nl);
    for (int i = 0; i < nl; i++) {
        if (is_blank(n->list.items[i])) continue;
        if (vals[i].type && vals[i].type->is_block && !syms[i]) clone_if_needed(c, &vals[i]);
        to_reg_at(c, &vals[i], stash + i);
    }
    /* declare new variables at nactive (below every temporary) */
    int first_new = fs->nactive;
    CSP_UNUSED(first_new);
    for (int i = 0; i < nl; i++) {
        Node *id = n->list.items[i];
        Operand v = {.mode = OM_REG, .reg = stash + i, .type = vals[i].type, .temp = true, .fresh = true, .node = id};
        if (is_blank(id)) continue;
        if (syms[i]) {
            LValue lv;
            c->assign_lhs = true; /* redeclared in a :=: assigned, not used */
            lvalue(c, id, &lv);
            c->assign_lhs = false;
            store_lvalue(c, &lv, &v);
            continue;
        }
        Type *t = value_type(&vals[i]);
        if (fs->nactive >= stash) {
            /* no room below the stash: cannot happen since stash was allocated above nactive */
        }
        Sym *s = declare_local(c, id, t);
        init_local(c, s, &v);
        syms[i] = s;
        is_new[i] = true;
    }
    for (int i = 0; i < nl; i++)
        if (is_new[i]) insert_local(c, syms[i]);
}

static void assign_stmt(Compiler *c, Node *n) {
    int nl = n->list.len;
    if (n->op != OP_ASSIGN) {
        /* x op= y */
        if (nl != 1 || n->list2.len != 1) {
            c_error(c, n, "assignment operation %s= requires single-valued expressions", ast_op_str(n->op));
            return;
        }
        LValue lv;
        lvalue(c, n->list.items[0], &lv);
        if (lv.kind == LV_BLANK) {
            if (lv.offset == 1) c_error(c, n->list.items[0], "cannot use _ as value");
            return;
        }
        if (lv.type == type_invalid) return; /* reported where it was declared */
        Operand cur;
        load_lvalue(c, &lv, &cur);
        cur.node = n->list.items[0];
        Node bin = {.kind = N_BINARY, .line = n->line, .col = n->col, .op = n->op, .a = n->list.items[0], .b = n->list2.items[0]};
        /* evaluate via a synthetic binary node whose left operand is already loaded */
        extern void binary_with_left(Compiler *c, Node *n, Operand *x, Operand *o);
        Operand res;
        binary_with_left(c, &bin, &cur, &res);
        if (res.mode == OM_INVALID) return;
        if (!assignable(c, &res, lv.type, "assignment")) return;
        store_lvalue(c, &lv, &res);
        return;
    }
    LValue *lvs = csp_alloc(sizeof(LValue) * nl);
    Type **hints = csp_alloc(sizeof(Type *) * nl);
    bool saved_snap = c->snapshot_lvalues;
    c->snapshot_lvalues = nl > 1;
    for (int i = 0; i < nl; i++) {
        c->assign_lhs = n->list.items[i]->kind == N_IDENT;
        lvalue(c, n->list.items[i], &lvs[i]);
        c->assign_lhs = false;
        if (lvs[i].kind == LV_BLANK && lvs[i].type == NULL && !is_blank(n->list.items[i])) return;
        hints[i] = lvs[i].type;
    }
    c->snapshot_lvalues = saved_snap;
    Operand *vals = csp_alloc(sizeof(Operand) * nl);
    if (!eval_rhs(c, n, &n->list2, nl, vals, hints, false)) return;
    for (int i = 0; i < nl; i++) {
        if (lvs[i].kind == LV_BLANK) {
            if (vals[i].mode == OM_NIL) {
                c_error(c, n->list2.len > i ? n->list2.items[i] : n, "use of untyped nil in assignment");
                return;
            }
            if (vals[i].mode == OM_NONE) {
                c_error(c, n, "%s (no value) used as value", node_str(vals[i].node));
                return;
            }
            /* an untyped constant takes its default type, and must fit it */
            if (vals[i].mode == OM_CONST && vals[i].type && type_is_untyped(vals[i].type) &&
                !assignable(c, &vals[i], type_default(vals[i].type), "assignment to _ identifier"))
                return;
            continue;
        }
        if (!assignable(c, &vals[i], lvs[i].type, "assignment")) return;
    }
    for (int i = 0; i < nl; i++) store_lvalue(c, &lvs[i], &vals[i]);
}

static void incdec_stmt(Compiler *c, Node *n) {
    LValue lv;
    lvalue(c, n->a, &lv);
    if (lv.kind == LV_BLANK) {
        if (lv.offset == 1) c_error(c, n->a, "cannot use _ as value");
        return;
    }
    Type *u = type_under(lv.type);
    if (lv.kind == LV_MAP && !compile_race && !compile_visible &&
        (u->kind == T_INT || u->kind == T_INT64 || u->kind == T_UINT || u->kind == T_UINT64 || u->kind == T_UINTPTR)) {
        /* m[k]++: one look-up instead of MGET and MSET (a 64-bit value
         * wraps by itself; the race and controlled builds keep the pair
         * their checks are written for) */
        emit(c, BC_MINCI, lv.reg, lv.reg2, (uint16_t)(int16_t)(n->op == OP_INC ? 1 : -1));
        return;
    }
    Operand cur;
    load_lvalue(c, &lv, &cur);
    cur.node = n->a;
    if (!type_is_numeric(type_under(lv.type))) {
        c_error(c, n, "invalid operation: %s%s (non-numeric type %s)", node_str(n->a), n->op == OP_INC ? "++" : "--",
                type_str(lv.type));
        return;
    }
    Node one = {.kind = N_INTLIT, .line = n->line, .col = n->col, .name = "1"};
    Node bin = {.kind = N_BINARY, .line = n->line, .col = n->col, .op = n->op == OP_INC ? OP_ADD : OP_SUB, .a = n->a, .b = &one};
    extern void binary_with_left(Compiler *c, Node *n, Operand *x, Operand *o);
    Operand res;
    binary_with_left(c, &bin, &cur, &res);
    if (res.mode == OM_INVALID) return;
    store_lvalue(c, &lv, &res);
}

/* ---------- declarations inside functions ---------- */

static void local_var_spec(Compiler *c, Node *spec) {
    int nl = spec->list.len;
    Type *t = spec->a ? resolve_type(c, spec->a) : NULL;
    Operand *vals = NULL;
    if (spec->a && t == type_invalid) {
        /* declare the names anyway, so later uses do not cascade */
        for (int i = 0; i < nl; i++) {
            Sym *s = declare_local(c, spec->list.items[i], type_invalid);
            init_local(c, s, NULL);
            insert_local(c, s);
        }
        return;
    }
    if (spec->list2.len) {
        vals = csp_alloc(sizeof(Operand) * nl);
        Type **hints = csp_alloc(sizeof(Type *) * nl);
        for (int i = 0; i < nl; i++) hints[i] = t;
        if (!eval_rhs(c, spec, &spec->list2, nl, vals, hints, true)) {
            /* still declare the variables, so later uses do not cascade */
            vals = NULL;
            if (!t) t = type_invalid;
        }
        for (int i = 0; vals && i < nl; i++) {
            Type *vt = t ? t : value_type(&vals[i]);
            if (!t && vals[i].mode == OM_NIL) {
                c_error(c, spec->list2.items[i < spec->list2.len ? i : 0], "use of untyped nil in variable declaration");
                return;
            }
            if (vals[i].mode == OM_NONE) {
                c_error(c, spec, "%s (no value) used as value", node_str(vals[i].node));
                return;
            }
            c->alias_name = spec->a && spec->a->kind == N_IDENT ? spec->a->name : NULL;
            bool ok = assignable(c, &vals[i], vt, "variable declaration");
            c->alias_name = NULL;
            if (!ok) {
                /* still declare the variables, so later uses do not cascade */
                vals = NULL;
                if (!t) t = type_invalid;
                break;
            }
            if (vt->is_block) clone_if_needed(c, &vals[i]);
        }
    }
    int stash = vals ? reg_alloc(c, nl) : 0;
    if (vals)
        for (int i = 0; i < nl; i++) to_reg_at(c, &vals[i], stash + i);
    Sym **syms = csp_alloc(sizeof(Sym *) * nl);
    for (int i = 0; i < nl; i++) {
        Type *vt = t ? t : value_type(&vals[i]);
        syms[i] = declare_local(c, spec->list.items[i], vt);
        if (vals) {
            Operand v = {.mode = OM_REG, .reg = stash + i, .type = vt, .temp = true, .fresh = true};
            init_local(c, syms[i], &v);
        } else
            init_local(c, syms[i], NULL);
    }
    for (int i = 0; i < nl; i++) insert_local(c, syms[i]);
}

void local_const_spec(Compiler *c, Node *spec);
void local_type_spec(Compiler *c, Node *spec);

static void decl_stmt(Compiler *c, Node *d) {
    for (int i = 0; i < d->list.len; i++) {
        Node *spec = d->list.items[i];
        switch (d->op) {
        case OP_VAR: local_var_spec(c, spec); break;
        case OP_CONST: local_const_spec(c, spec); break;
        case OP_TYPE: local_type_spec(c, spec); break;
        default: c_error(c, spec, "import declaration inside a function"); break;
        }
        reg_free_to(c, c->fs->nactive);
    }
}

/* ---------- return ---------- */

static void emit_return_values(Compiler *c, int base, int n) { emit(c, n == 1 ? BC_RET1 : BC_RET, base, n, 0); }

/* Loads the named result variables into consecutive registers and returns. */
static void return_named(Compiler *c) {
    FuncState *fs = c->fs;
    int base = reg_alloc(c, fs->nresults);
    emit(c, BC_RUNDEFERS, 0, 0, 0);
    for (int i = 0; i < fs->nresults; i++) {
        Operand o;
        ident_var(c, fs->results[i], &o, NULL);
        to_reg_at(c, &o, base + i);
        reg_free_to(c, base + fs->nresults);
    }
    emit_return_values(c, base, fs->nresults);
}

/* Whether return value i is the named result i itself (`return a, 10`
 * in a function with results (a, b int)): then nothing is stored. */
static bool returns_itself(Compiler *c, Node *e, int i) {
    FuncState *fs = c->fs;
    while (e->kind == N_PAREN) e = e->a;
    if (!fs->results || !fs->results[i] || e->kind != N_IDENT) return false;
    return scope_lookup(fs->scope, e->name) == fs->results[i];
}

static void return_stmt(Compiler *c, Node *n) {
    FuncState *fs = c->fs;
    Type *sig = fs->sig;
    int want = sig ? sig->nresults : 0;
    if (fs->is_entry && n->list.len == 0) {
        emit(c, BC_HALT, 0, 0, 0);
        return;
    }
    if (n->list.len == 0) {
        if (want && !fs->results[0]) {
            c_error(c, n, "not enough return values\n\thave ()\n\twant %s", type_str(type_tuple(sig->results, sig->nresults)));
            return;
        }
        if (want) return_named(c);
        else emit_return_values(c, 0, 0);
        return;
    }
    Operand *vals = csp_alloc(sizeof(Operand) * (want + n->list.len + 1));
    if (n->list.len == 1 && want > 1) {
        Operand o;
        expr(c, n->list.items[0], &o, NULL);
        if (o.mode == OM_INVALID) return;
        if (o.mode != OM_MULTI || o.type->nresults != want) {
            int got = o.mode == OM_MULTI ? o.type->nresults : 1;
            c_error(c, n->list.items[0], "%s return values\n\thave (%s)\n\twant %s", got < want ? "not enough" : "too many",
                    o.type ? type_str(o.type) : "", type_str(type_tuple(sig->results, sig->nresults)));
            return;
        }
        for (int i = 0; i < want; i++)
            vals[i] = (Operand){.mode = OM_REG, .reg = o.reg + i, .type = o.type->results[i], .temp = true, .fresh = true, .node = n->list.items[0]};
    } else {
        if (n->list.len != want) {
            if (want == 0)
                c_error(c, n->list.items[0], "too many return values\n\thave (%s)\n\twant ()", "...");
            else
                c_error(c, n->list.len > want ? n->list.items[want] : n, "%s return values\n\thave (...)\n\twant %s",
                        n->list.len < want ? "not enough" : "too many", type_str(type_tuple(sig->results, sig->nresults)));
            return;
        }
        for (int i = 0; i < want; i++) {
            if (returns_itself(c, n->list.items[i], i)) continue;
            expr_rvalue(c, n->list.items[i], &vals[i], sig->results[i]);
            if (vals[i].mode == OM_INVALID) return;
            if (vals[i].mode == OM_COMMAOK) vals[i].mode = OM_REG;
            /* keep each value safe from the evaluation of later ones */
            if (want > 1 && vals[i].mode == OM_REG && !vals[i].temp) {
                int r = reg_alloc(c, 1);
                emit(c, BC_MOVE, r, vals[i].reg, 0);
                vals[i].reg = r;
                vals[i].temp = true;
            }
        }
    }
    for (int i = 0; i < want; i++) {
        if (vals[i].mode == OM_NONE) continue; /* `return a` of result a itself */
        if (!assignable(c, &vals[i], sig->results[i], "return statement")) return;
        if (sig->results[i]->is_block) clone_if_needed(c, &vals[i]);
    }
    if (fs->results && fs->results[0]) {
        /* named results: assign, then return them (deferred calls may change
         * them); a result returned as itself is left alone, as Go does */
        for (int i = 0; i < want; i++) {
            if (vals[i].mode == OM_NONE) continue;
            int r = reg_alloc(c, 1);
            to_reg_at(c, &vals[i], r);
            vals[i] = (Operand){.mode = OM_REG, .reg = r, .type = fs->results[i]->type, .temp = true, .fresh = true};
        }
        for (int i = 0; i < want; i++) {
            if (vals[i].mode == OM_NONE) continue;
            Sym *s = fs->results[i];
            LValue lv;
            memset(&lv, 0, sizeof lv);
            lv.type = s->type;
            lv.kind = s->storage == VS_CELL && !s->type->is_block ? LV_CELL : LV_REG;
            lv.reg = s->reg;
            store_lvalue(c, &lv, &vals[i]);
        }
        return_named(c);
        return;
    }
    if (want == 1 && (vals[0].mode == OM_REG || vals[0].mode == OM_COMMAOK)) {
        emit_return_values(c, vals[0].reg, 1); /* return the value where it is */
        return;
    }
    int base = reg_alloc(c, want);
    for (int i = 0; i < want; i++) {
        to_reg_at(c, &vals[i], base + i);
        reg_free_to(c, base + want);
    }
    emit_return_values(c, base, want);
}

/* ---------- go, defer, expression statements ---------- */

static void go_defer(Compiler *c, Node *n, bool is_go) {
    Node *call = n->a;
    while (call->kind == N_PAREN) call = call->a;
    if (call->kind != N_CALL) {
        c_error(c, n, "expression in %s must be function call", is_go ? "go" : "defer");
        return;
    }
    Operand f;
    expr(c, call->a, &f, NULL);
    if (f.mode == OM_INVALID) return;
    if (f.mode == OM_TYPE) {
        c_error(c, n, "%s requires function call, not conversion", is_go ? "go" : "defer");
        return;
    }
    if (f.mode == OM_BUILTIN) {
        builtin_go_defer(c, call, f.sym, is_go);
        return;
    }
    Operand o;
    emit_call_operand(c, &f, call, &o, is_go, !is_go);
}

static void expr_stmt(Compiler *c, Node *n) {
    Node *e = n->a;
    while (e->kind == N_PAREN) e = e->a;
    Operand o;
    expr(c, e, &o, NULL);
    if (o.mode == OM_INVALID) return;
    if (e->kind == N_CALL) {
        if (o.mode == OM_TYPE) return;
        Node *f = e->a;
        while (f->kind == N_PAREN) f = f->a;
        /* conversions and some builtins are not statements */
        if (f->kind == N_IDENT) {
            Sym *s = scope_lookup(c->fs->scope, f->name);
            if (!s) s = scope_lookup(c->universe, f->name);
            if (s && s->kind == SYM_BUILTIN && (s->builtin == B_LEN || s->builtin == B_CAP || s->builtin == B_APPEND ||
                                                s->builtin == B_MAKE || s->builtin == B_NEW || s->builtin == B_MIN ||
                                                s->builtin == B_MAX)) {
                c_error(c, n, "%s (value of type %s) is not used", node_str(e), o.type ? type_str(o.type) : "?");
                return;
            }
            if (s && s->kind == SYM_TYPE) {
                c_error(c, n, "%s (value of type %s) is not used", node_str(e), type_str(s->type));
                return;
            }
        }
        return;
    }
    if (e->kind == N_UNARY && e->op == OP_RECV) return;
    if (o.mode == OM_PKG) {
        c_error(c, n, "use of package %s without selector", node_str(e));
        return;
    }
    c_error(c, n, "%s is not used", op_describe(c, &o));
}

static void send_stmt(Compiler *c, Node *n) {
    Operand ch, v;
    expr_rvalue(c, n->a, &ch, NULL);
    if (ch.mode == OM_INVALID) return;
    Type *u = type_under(ch.type);
    if (u->kind != T_CHAN) {
        c_error(c, n, "invalid operation: cannot send to non-channel %s", op_describe(c, &ch));
        return;
    }
    if (u->dir == CHAN_RECV) {
        c_error(c, n, "invalid operation: cannot send to receive-only channel %s", op_describe(c, &ch));
        return;
    }
    expr_rvalue(c, n->b, &v, u->elem);
    if (v.mode == OM_INVALID || !assignable(c, &v, u->elem, "send")) return;
    if (u->elem->is_block) clone_if_needed(c, &v);
    int cr = to_anyreg(c, &ch), vr = to_anyreg(c, &v);
    set_line(c, n);
    site_name(c, n->a);
    emit(c, BC_SEND, cr, vr, 0);
}

/* ---------- if / for / switch ---------- */

static BreakTarget *push_target(Compiler *c, const char *label, bool is_loop) {
    BreakTarget *t = CSP_NEW(BreakTarget);
    t->outer = c->fs->breaks;
    t->label = label;
    t->is_loop = is_loop;
    t->continue_pc = -1;
    t->nregs_at_entry = c->fs->nactive;
    c->fs->breaks = t;
    return t;
}

static void pop_target(Compiler *c, BreakTarget *t) {
    jl_patch(c, &t->breaks, here(c));
    c->fs->breaks = t->outer;
}

static void cond_check(Compiler *c, Node *cond, const char *what, JumpList *jl, bool jump_if) {
    /* type check the condition as bool */
    Node *e = cond;
    while (e->kind == N_PAREN) e = e->a;
    int before = diag_count(c->diags);
    cond_jump(c, cond, jump_if, jl);
    if (diag_count(c->diags) > before) {
        /* refine "non-boolean condition" message for the statement kind */
        DiagItem *last = &c->diags->items[c->diags->len - 1];
        if (strncmp(last->msg, "non-boolean condition", 21) == 0) last->msg = csp_sprintf("non-boolean condition in %s", what);
    }
}

static void if_stmt(Compiler *c, Node *n) {
    int nact = c->fs->nactive;
    open_scope(c);
    if (n->a) stmt(c, n->a);
    JumpList skip = {0};
    cond_check(c, n->b, "if statement", &skip, false);
    reg_free_to(c, c->fs->nactive);
    block(c, n->c, true);
    if (n->d) {
        int j = emit_jump(c, BC_JMP, 0);
        jl_patch(c, &skip, here(c));
        if (n->d->kind == N_IF) if_stmt(c, n->d);
        else block(c, n->d, true);
        patch_here(c, j);
    } else
        jl_patch(c, &skip, here(c));
    close_scope(c, nact);
}

/* Go 1.22: a loop variable captured by a closure gets a fresh cell per
 * iteration, initialised from the previous one. */
static void fresh_loop_cells(Compiler *c, Scope *loop_scope) {
    for (int i = 0; i < loop_scope->len; i++) {
        Sym *s = loop_scope->syms[i];
        if (s->kind != SYM_VAR || s->storage != VS_CELL) continue;
        int t = reg_alloc(c, 1);
        emit(c, BC_LOAD, t, s->reg, 0);
        emit(c, BC_NEWCELL, s->reg, t, 1);
        reg_free_to(c, t);
    }
}

static void for_stmt(Compiler *c, Node *n, const char *label) {
    int nact = c->fs->nactive;
    open_scope(c);
    Scope *loop_scope = c->fs->scope;
    if (n->a) stmt(c, n->a);
    BreakTarget *t = push_target(c, label, true);
    int jcond = n->b ? emit_jump(c, BC_JMP, 0) : -1;
    int top = here(c);
    block(c, n->d, true);
    t->continue_pc = here(c);
    jl_patch(c, &t->continues, here(c));
    fresh_loop_cells(c, loop_scope);
    int step = here(c);
    if (n->c) stmt(c, n->c);
    if (n->b) {
        patch_here(c, jcond);
        JumpList back = {0};
        cond_check(c, n->b, "for statement", &back, true);
        jl_patch(c, &back, top);
        emit_fuse_loop(c, jcond, step, top);
        reg_free_to(c, c->fs->nactive);
    } else
        emit_backjump(c, top);
    pop_target(c, t);
    close_scope(c, nact);
}

static void switch_stmt(Compiler *c, Node *n, const char *label) {
    int nact = c->fs->nactive;
    open_scope(c);
    if (n->a) stmt(c, n->a);
    Operand tag;
    int tagreg = -1;
    Type *tagtype = type_bool;
    if (n->b) {
        expr_rvalue(c, n->b, &tag, NULL);
        if (tag.mode == OM_INVALID) { close_scope(c, nact); return; }
        if (tag.mode == OM_NIL) {
            c_error(c, n->b, "use of untyped nil in switch expression");
            close_scope(c, nact);
            return;
        }
        if (type_is_untyped(tag.type)) {
            Type *dt = type_default(tag.type);
            assignable(c, &tag, dt, "switch expression");
        }
        tagtype = tag.type;
        Node *hidden = ast_new(N_IDENT, n->line, n->col);
        hidden->name = ast_intern(".tag", 4);
        Sym *s = declare_local(c, hidden, tagtype);
        init_local(c, s, &tag);
        tagreg = s->reg;
        scope_insert(c->fs->scope, s);
        s->used = true;
    }
    int nclauses = n->list.len;
    JumpList *bodies = csp_alloc(sizeof(JumpList) * (nclauses + 1));
    int deflt = -1;
    ConstVal *seen = csp_alloc(sizeof(ConstVal) * 256);
    int nseen = 0;
    for (int i = 0; i < nclauses; i++) {
        Node *cl = n->list.items[i];
        if (cl->flags & NF_DEFAULT || cl->list.len == 0) {
            if (deflt >= 0) c_error(c, cl, "multiple defaults in switch");
            deflt = i;
            continue;
        }
        for (int k = 0; k < cl->list.len; k++) {
            Node *e = cl->list.items[k];
            int save = c->fs->freereg;
            if (tagreg < 0) {
                cond_check(c, e, "case", &bodies[i], true);
            } else {
                Node cmp = {.kind = N_BINARY, .line = e->line, .col = e->col, .op = OP_EQ, .a = n->b, .b = e};
                Operand x = {.mode = OM_REG, .reg = tagreg, .type = tagtype, .temp = false, .node = n->b};
                extern void compare_with_left(Compiler *c, Node *n, Operand *x, bool jump_if, JumpList *jl);
                c->last_case.mode = OM_INVALID;
                compare_with_left(c, &cmp, &x, true, &bodies[i]);
                if (c->last_case.mode == OM_CONST) {
                    for (int q = 0; q < nseen; q++)
                        if (seen[q].kind == c->last_case.cv.kind && cv_compare(OP_EQ, seen[q], c->last_case.cv)) {
                            c_error(c, e, "duplicate case %s in expression switch", node_str(e));
                            break;
                        }
                    if (nseen < 256) seen[nseen++] = c->last_case.cv;
                }
            }
            reg_free_to(c, save);
        }
    }
    int jend_or_default = emit_jump(c, BC_JMP, 0);
    BreakTarget *t = push_target(c, label, false);
    int *starts = csp_alloc(sizeof(int) * (nclauses + 1));
    JumpList fallthroughs = {0};
    for (int i = 0; i < nclauses; i++) {
        Node *cl = n->list.items[i];
        starts[i] = here(c);
        jl_patch(c, &fallthroughs, here(c));
        jl_patch(c, &bodies[i], here(c));
        if (i == deflt) patch_here(c, jend_or_default);
        int na = c->fs->nactive;
        open_scope(c);
        bool falls = false;
        for (int k = 0; k < cl->list2.len; k++) {
            Node *s = cl->list2.items[k];
            if (s->kind == N_BRANCH && s->op == OP_FALLTHROUGH) {
                if (k != cl->list2.len - 1) c_error(c, s, "fallthrough statement out of place");
                else if (i == nclauses - 1) c_error(c, s, "cannot fallthrough final case in switch");
                falls = true;
                continue;
            }
            stmt(c, s);
        }
        close_scope(c, na);
        if (falls) jl_add(&fallthroughs, emit_jump(c, BC_JMP, 0));
        else jl_add(&t->breaks, emit_jump(c, BC_JMP, 0));
    }
    if (deflt < 0) jl_add(&t->breaks, jend_or_default);
    pop_target(c, t);
    close_scope(c, nact);
}

static void branch_stmt(Compiler *c, Node *n) {
    BreakTarget *t = c->fs->breaks;
    if (n->op == OP_GOTO) {
        c_error(c, n, "goto is not supported by csp");
        return;
    }
    if (n->op == OP_FALLTHROUGH) {
        c_error(c, n, "fallthrough statement out of place");
        return;
    }
    bool is_break = n->op == OP_BREAK;
    if (n->name) {
        while (t && t->label != n->name) t = t->outer;
        if (!t) {
            c_error(c, n, "invalid %s label %s", is_break ? "break" : "continue", n->name);
            return;
        }
        if (!is_break && !t->is_loop) {
            c_error(c, n, "invalid continue label %s", n->name);
            return;
        }
    } else {
        if (!is_break)
            while (t && !t->is_loop) t = t->outer;
        if (!t) {
            c_error(c, n, is_break ? "break is not in a loop, switch, or select" : "continue is not in a loop");
            return;
        }
    }
    if (is_break) jl_add(&t->breaks, emit_jump(c, BC_JMP, 0));
    else if (t->continue_pc >= 0) emit_backjump(c, t->continue_pc);
    else jl_add(&t->continues, emit_jump(c, BC_JMP, 0));
}

/* Whether a break or continue in n (outside function literals) names label. */
static bool label_referenced(Node *n, const char *label) {
    if (!n || n->kind == N_FUNCLIT) return false;
    if (n->kind == N_BRANCH && n->name == label) return true;
    if (label_referenced(n->a, label) || label_referenced(n->b, label) || label_referenced(n->c, label) ||
        label_referenced(n->d, label))
        return true;
    for (int i = 0; i < n->list.len; i++)
        if (label_referenced(n->list.items[i], label)) return true;
    for (int i = 0; i < n->list2.len; i++)
        if (label_referenced(n->list2.items[i], label)) return true;
    return false;
}

static void labeled_stmt(Compiler *c, Node *n) {
    Node *s = n->a;
    /* a break or continue in the statement, or a goto anywhere in the function */
    if (!label_referenced(c->fs->body ? c->fs->body : s, n->name))
        c_error(c, n, "label %s defined and not used", n->name);
    switch (s->kind) {
    case N_FOR: for_stmt(c, s, n->name); return;
    case N_RANGE: stmt_range(c, s, n->name); return;
    case N_SWITCH: switch_stmt(c, s, n->name); return;
    case N_TYPESWITCH: stmt_typeswitch(c, s, n->name); return;
    case N_SELECT: stmt_select(c, s, n->name); return;
    default: {
        BreakTarget *t = push_target(c, n->name, false);
        stmt(c, s);
        pop_target(c, t);
    }
    }
}

/* ---------- dispatch ---------- */

void stmt(Compiler *c, Node *n) {
    if (!blank) blank = ast_intern("_", 1);
    set_line(c, n);
    switch (n->kind) {
    case N_EMPTY: break;
    case N_BLOCK: block(c, n, true); break;
    case N_EXPRSTMT: expr_stmt(c, n); break;
    case N_SEND: send_stmt(c, n); break;
    case N_INCDEC: incdec_stmt(c, n); break;
    case N_ASSIGN:
        if (n->op == OP_DEFINE) define_stmt(c, n);
        else assign_stmt(c, n);
        break;
    case N_GO: go_defer(c, n, true); break;
    case N_DEFER: go_defer(c, n, false); break;
    case N_RETURN: return_stmt(c, n); break;
    case N_BRANCH: branch_stmt(c, n); break;
    case N_LABELED: labeled_stmt(c, n); break;
    case N_IF: if_stmt(c, n); break;
    case N_SWITCH: switch_stmt(c, n, NULL); break;
    case N_TYPESWITCH: stmt_typeswitch(c, n, NULL); break;
    case N_SELECT: stmt_select(c, n, NULL); break;
    case N_FOR: for_stmt(c, n, NULL); break;
    case N_RANGE: stmt_range(c, n, NULL); break;
    case N_DECLSTMT: decl_stmt(c, n->a); break;
    case N_GENDECL: decl_stmt(c, n); break;
    case N_FUNCDECL: c_error(c, n, "function declaration inside a function"); break;
    default: c_error(c, n, "unexpected %s", ast_kind_name(n->kind)); break;
    }
    reg_free_to(c, c->fs->nactive);
}

void stmt_list(Compiler *c, NodeList *l) {
    for (int i = 0; i < l->len; i++) stmt(c, l->items[i]);
}

void block(Compiler *c, Node *n, bool new_scope) {
    int nact = c->fs->nactive;
    if (new_scope) open_scope(c);
    stmt_list(c, &n->list);
    if (new_scope) close_scope(c, nact);
}

/* Go's terminating statements (for "missing return"). */
static bool list_terminates(NodeList *l) {
    for (int i = l->len - 1; i >= 0; i--) {
        Node *s = l->items[i];
        if (s->kind == N_EMPTY) continue;
        return terminates(s);
    }
    return false;
}

static bool has_break(Node *n, const char *label, bool top) {
    if (!n) return false;
    switch (n->kind) {
    case N_BRANCH:
        return n->op == OP_BREAK && ((!n->name && top) || (n->name && n->name == label));
    case N_BLOCK:
        for (int i = 0; i < n->list.len; i++)
            if (has_break(n->list.items[i], label, top)) return true;
        return false;
    case N_IF: return has_break(n->c, label, top) || has_break(n->d, label, top);
    case N_LABELED: return has_break(n->a, label, top);
    case N_CASECLAUSE: case N_COMMCLAUSE:
        for (int i = 0; i < n->list2.len; i++)
            if (has_break(n->list2.items[i], label, top)) return true;
        return false;
    case N_FOR: case N_RANGE: return has_break(n->d, label, false);
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        for (int i = 0; i < n->list.len; i++)
            if (has_break(n->list.items[i], label, false)) return true;
        return false;
    default: return false;
    }
}

bool terminates(Node *n) {
    switch (n->kind) {
    case N_RETURN: return true;
    case N_BRANCH: return n->op == OP_GOTO;
    case N_EXPRSTMT: {
        Node *e = n->a;
        if (e->kind == N_CALL && e->a->kind == N_IDENT && strcmp(e->a->name, "panic") == 0) return true;
        if (e->kind == N_CALL && e->a->kind == N_SELECTOR && e->a->a->kind == N_IDENT &&
            strcmp(e->a->a->name, "os") == 0 && strcmp(e->a->name, "Exit") == 0)
            return false;
        return false;
    }
    case N_BLOCK: return list_terminates(&n->list);
    case N_IF: return n->d && terminates(n->c) && terminates(n->d);
    case N_LABELED: {
        Node *s = n->a;
        if (s->kind == N_FOR) return !s->b && !has_break(s->d, n->name, true);
        if (s->kind == N_SWITCH || s->kind == N_TYPESWITCH || s->kind == N_SELECT) {
            if (!terminates(s)) return false;
            for (int i = 0; i < s->list.len; i++)
                if (has_break(s->list.items[i], n->name, true)) return false;
            return true;
        }
        return terminates(s);
    }
    case N_FOR: return !n->b && !has_break(n->d, NULL, true);
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT: {
        bool deflt = n->kind == N_SELECT;
        for (int i = 0; i < n->list.len; i++) {
            Node *cl = n->list.items[i];
            if (cl->flags & NF_DEFAULT || (n->kind != N_SELECT && cl->list.len == 0)) deflt = true;
            if (has_break(cl, NULL, true)) return false;
            int k = cl->list2.len;
            while (k > 0 && cl->list2.items[k - 1]->kind == N_EMPTY) k--;
            if (k == 0) return false;
            Node *last = cl->list2.items[k - 1];
            if (last->kind == N_BRANCH && last->op == OP_FALLTHROUGH) continue;
            if (!terminates(last)) return false;
        }
        return deflt;
    }
    default: return false;
    }
}
