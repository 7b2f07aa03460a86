/* control.c: range loops, type switches and select.
 *
 * Range loops keep their iteration state (the evaluated operand, length,
 * index, map iterator) in hidden locals; the declared key/value variables
 * are declared anew at the top of the body on every iteration, which gives
 * Go 1.22's per-iteration semantics for free (a captured variable is a new
 * cell each time).
 */
#include "compiler.h"

void commaok_enable(Compiler *c, Operand *o);

static Sym *hidden_local(Compiler *c, Node *at, Type *t, const char *name) {
    Node *id = ast_new(N_IDENT, at->line, at->col);
    id->name = ast_intern(name, strlen(name));
    Sym *s = declare_local(c, id, t);
    s->storage = VS_REG;
    return s;
}

static BreakTarget *push_loop(Compiler *c, const char *label, bool is_loop) {
    BreakTarget *t = CSP_NEW(BreakTarget);
    t->outer = c->fs->breaks;
    t->label = label;
    t->is_loop = is_loop;
    t->continue_pc = -1;
    c->fs->breaks = t;
    return t;
}

static void pop_loop(Compiler *c, BreakTarget *t) {
    jl_patch(c, &t->breaks, here(c));
    c->fs->breaks = t->outer;
}

static bool is_blank_node(Node *n) { return !n || (n->kind == N_IDENT && n->name[0] == '_' && n->name[1] == 0); }

/* Binds the range variables: declares them (:=) or assigns them (=), the
 * latter evaluating both places before storing, as Go's assignment does. */
static void bind_range_vars(Compiler *c, Node *n, Node *kn, int kreg, Type *kt, Node *vn, int vreg, Type *vt) {
    Node *targets[2] = {kn, vn};
    int regs[2] = {kreg, vreg};
    Type *types[2] = {kt, vt};
    if (n->op == OP_DEFINE) {
        /* the new variables take registers nactive...; move temporaries out of the way */
        int nnew = !is_blank_node(kn) + !is_blank_node(vn);
        int top = c->fs->nactive + nnew;
        if (c->fs->freereg < top) reg_alloc(c, top - c->fs->freereg);
        int mine = c->fs->nactive; /* the register variable i is about to get */
        for (int i = 0; i < 2; i++) {
            if (is_blank_node(targets[i])) continue;
            /* already in its own register: no earlier variable writes there */
            if (regs[i] == mine++) continue;
            if (regs[i] < c->fs->nactive || regs[i] >= top) continue;
            int t = reg_alloc(c, 1);
            emit(c, BC_MOVE, t, regs[i], 0);
            regs[i] = t;
        }
        for (int i = 0; i < 2; i++) {
            Node *t = targets[i];
            if (is_blank_node(t)) continue;
            if (t->kind != N_IDENT) {
                c_error(c, t, "non-name %s on left side of :=", node_str(t));
                return;
            }
            Operand v = {.mode = OM_REG, .reg = regs[i], .type = types[i], .temp = false, .fresh = false, .node = t};
            Sym *s = declare_local(c, t, types[i]);
            assign_to_new_local(c, s, &v);
            if (scope_lookup_local(c->fs->scope, s->name)) c_error(c, t, "%s repeated on left side of :=", s->name);
            else scope_insert(c->fs->scope, s), note_local(c, s);
        }
        return;
    }
    LValue lv[2];
    bool have[2] = {false, false};
    bool saved_snap = c->snapshot_lvalues;
    c->snapshot_lvalues = true;
    for (int i = 0; i < 2; i++) {
        if (is_blank_node(targets[i])) continue;
        lvalue(c, targets[i], &lv[i]);
        have[i] = !(lv[i].kind == LV_BLANK && !lv[i].type);
    }
    c->snapshot_lvalues = saved_snap;
    for (int i = 0; i < 2; i++) {
        if (!have[i]) continue;
        Operand v = {.mode = OM_REG, .reg = regs[i], .type = types[i], .temp = false, .fresh = false, .node = targets[i]};
        if (!assignable(c, &v, lv[i].type, "range")) return;
        if (types[i]->is_block) clone_if_needed(c, &v);
        store_lvalue(c, &lv[i], &v);
    }
}

/* One iteration's body: a scope with the range variables, then the block. */
static void range_iteration(Compiler *c, Node *n, Node *kn, int kreg, Type *kt, Node *vn, int vreg, Type *vt) {
    int na = c->fs->nactive;
    c->fs->scope = scope_new(c->fs->scope);
    bind_range_vars(c, n, kn, kreg, kt, vn, vreg, vt);
    reg_free_to(c, c->fs->nactive);
    block(c, n->d, true);
    c->fs->scope = c->fs->scope->parent;
    c->fs->nactive = na;
    reg_free_to(c, na);
}

/* Closes a loop whose next iteration starts by re-testing at `top`. */
static void range_loop_back(Compiler *c, BreakTarget *t, int top) {
    t->continue_pc = top;
    jl_patch(c, &t->continues, top);
    emit_backjump(c, top);
    pop_loop(c, t);
}

void stmt_range(Compiler *c, Node *n, const char *label) {
    int nact = c->fs->nactive;
    c->fs->scope = scope_new(c->fs->scope);
    Node *kn = n->list.len > 0 ? n->list.items[0] : NULL;
    Node *vn = n->list.len > 1 ? n->list.items[1] : NULL;
    if (n->list.len > 2) {
        c_error(c, n->list.items[2], "range clause permits at most two iteration variables");
        goto out;
    }
    Operand x;
    expr_rvalue(c, n->a, &x, NULL);
    if (x.mode == OM_INVALID) goto out;
    Type *u = type_under(x.type);
    if (x.mode == OM_CONST && type_is_untyped(x.type)) {
        if (x.cv.kind == CV_STRING) u = type_string;
        else {
            ConstVal v;
            Type *it = kn && n->op == OP_ASSIGN ? NULL : type_int;
            if (!cv_representable(x.cv, type_int, &v)) {
                c_error(c, n->a, "cannot range over %s", op_describe(c, &x));
                goto out;
            }
            CSP_UNUSED(it);
            x.cv = v;
            x.type = type_int;
            u = type_int;
        }
    }
    BreakTarget *t;
    if (type_is_integer(u)) {
        if (vn) {
            c_error(c, vn, "range over %s permits only one iteration variable", op_describe(c, &x));
            goto out;
        }
        Type *it = x.type;
        Sym *lim = hidden_local(c, n, it, ".n");
        assign_to_new_local(c, lim, &x);
        Sym *i = hidden_local(c, n, it, ".i");
        emit(c, BC_LOADZ, i->reg, 0, 0);
        t = push_loop(c, label, true);
        int jc = emit_jump(c, BC_JMP, 0);
        int top = here(c);
        range_iteration(c, n, kn, i->reg, it, NULL, 0, it);
        t->continue_pc = here(c);
        jl_patch(c, &t->continues, here(c));
        int step = here(c);
        emit(c, BC_ADDI, i->reg, i->reg, 1);
        patch_here(c, jc);
        if (type_is_unsigned(type_under(it))) {
            int tmp = reg_alloc(c, 1);
            emit(c, BC_LTU, tmp, i->reg, lim->reg);
            int j = emit_jump(c, BC_JT, tmp);
            patch_jump(c, j, top);
            reg_free_to(c, tmp);
        } else {
            emit(c, BC_JLT, i->reg, lim->reg, 0);
            patch_jump(c, emit_ext(c, 0, 0, 0), top);
            emit_fuse_loop(c, jc, step, top);
        }
        pop_loop(c, t);
        goto out;
    }
    if (u->kind == T_SLICE || u->kind == T_ARRAY || (u->kind == T_POINTER && type_under(u->elem)->kind == T_ARRAY)) {
        Type *arr = u->kind == T_SLICE ? NULL : (u->kind == T_ARRAY ? u : type_under(u->elem));
        Type *et = arr ? arr->elem : u->elem;
        Sym *sv = hidden_local(c, n, x.type, ".s");
        bool copy_array = arr && u->kind == T_ARRAY && vn && !is_blank_node(vn);
        if (copy_array) clone_if_needed(c, &x);
        to_reg_at(c, &x, sv->reg);
        Sym *len = hidden_local(c, n, type_int, ".len");
        if (arr) emit_ax(c, BC_LOADI, len->reg, (int32_t)arr->len);
        else emit(c, BC_LEN, len->reg, sv->reg, 0);
        Sym *i = hidden_local(c, n, type_int, ".i");
        emit(c, BC_LOADZ, i->reg, 0, 0);
        t = push_loop(c, label, true);
        int jc = emit_jump(c, BC_JMP, 0);
        int top = here(c);
        int na = c->fs->nactive;
        c->fs->scope = scope_new(c->fs->scope);
        int vr = -1;
        if (vn && !is_blank_node(vn)) {
            int r = reg_alloc(c, 1);
            vr = r;
            if (arr) {
                emit(c, BC_ADDRA, r, sv->reg, i->reg);
                emit_ext(c, et->slots, (uint16_t)(arr->len & 0xffff), (uint16_t)((arr->len >> 16) & 0xffff));
                if (!et->is_block) emit(c, BC_LOAD, r, r, 0);
            } else if (et->is_block) {
                emit(c, BC_ADDRI, r, sv->reg, i->reg);
                emit_ext(c, et->slots, 0, 0);
            } else
                emit(c, BC_GETI, r, sv->reg, i->reg);
        }
        bind_range_vars(c, n, kn, i->reg, type_int, vr >= 0 ? vn : NULL, vr, et);
        reg_free_to(c, c->fs->nactive);
        block(c, n->d, true);
        c->fs->scope = c->fs->scope->parent;
        c->fs->nactive = na;
        reg_free_to(c, na);
        t->continue_pc = here(c);
        jl_patch(c, &t->continues, here(c));
        int step = here(c);
        emit(c, BC_ADDI, i->reg, i->reg, 1);
        patch_here(c, jc);
        emit(c, BC_JLT, i->reg, len->reg, 0);
        patch_jump(c, emit_ext(c, 0, 0, 0), top);
        emit_fuse_loop(c, jc, step, top);
        pop_loop(c, t);
        goto out;
    }
    if (type_is_string(u)) {
        if (type_is_untyped(x.type)) x.type = type_string;
        Sym *sv = hidden_local(c, n, x.type, ".s");
        to_reg_at(c, &x, sv->reg);
        /* state: .i (key), .next, .r (rune) consecutive */
        Sym *i = hidden_local(c, n, type_int, ".i");
        Sym *next = hidden_local(c, n, type_int, ".next");
        Sym *r = hidden_local(c, n, type_int32, ".r");
        CSP_UNUSED(r);
        emit(c, BC_LOADZ, next->reg, 0, 0);
        t = push_loop(c, label, true);
        int top = here(c);
        emit(c, BC_RANGES, i->reg, sv->reg, 0);
        jl_add(&t->breaks, emit_ext(c, 0, 0, 0));
        range_iteration(c, n, kn, i->reg, type_int, vn, i->reg + 2, type_int32);
        range_loop_back(c, t, top);
        goto out;
    }
    if (u->kind == T_MAP) {
        Sym *it = hidden_local(c, n, type_int, ".it");
        int mr = to_anyreg(c, &x);
        emit(c, BC_MITER, it->reg, mr, 0);
        Sym *k = hidden_local(c, n, u->key, ".k");
        Sym *v = hidden_local(c, n, u->elem, ".v");
        t = push_loop(c, label, true);
        int top = here(c);
        emit(c, BC_MNEXT, it->reg, k->reg, v->reg);
        jl_add(&t->breaks, emit_ext(c, 0, 0, 0));
        range_iteration(c, n, kn, k->reg, u->key, vn, v->reg, u->elem);
        range_loop_back(c, t, top);
        goto out;
    }
    if (u->kind == T_CHAN) {
        if (u->dir == CHAN_SEND) {
            c_error(c, n->a, "invalid operation: range %s receive from send-only channel %s", node_str(n->a), op_describe(c, &x));
            goto out;
        }
        if (vn) {
            c_error(c, vn, "range over %s permits only one iteration variable", op_describe(c, &x));
            goto out;
        }
        Sym *ch = hidden_local(c, n, x.type, ".ch");
        to_reg_at(c, &x, ch->reg);
        Sym *v = hidden_local(c, n, u->elem, ".v");
        Sym *ok = hidden_local(c, n, type_bool, ".ok");
        CSP_UNUSED(ok);
        t = push_loop(c, label, true);
        int top = here(c);
        set_line(c, n);
        site_name(c, n->a);
        emit(c, BC_RECV, v->reg, ch->reg, 1);
        jl_add(&t->breaks, emit_jump(c, BC_JF, v->reg + 1));
        range_iteration(c, n, kn, v->reg, u->elem, NULL, 0, u->elem);
        range_loop_back(c, t, top);
        goto out;
    }
    if (u->kind == T_FUNC) {
        c_error(c, n->a, "cannot range over %s: iterator functions are not supported by csp", op_describe(c, &x));
        goto out;
    }
    c_error(c, n->a, "cannot range over %s", op_describe(c, &x));
out:
    c->fs->scope = c->fs->scope->parent;
    c->fs->nactive = nact;
    reg_free_to(c, nact);
}

/* ---------- type switch ---------- */

/* Whether type t already has a case (types are hash-consed: identity is
 * pointer equality). */
static bool type_switch_seen(Type **seen, int n, Type *t) {
    for (int i = 0; i < n; i++)
        if (seen[i] == t) return true;
    return false;
}

void stmt_typeswitch(Compiler *c, Node *n, const char *label) {
    int nact = c->fs->nactive;
    c->fs->scope = scope_new(c->fs->scope);
    if (n->a) stmt(c, n->a);
    Node *guard = n->b;
    Node *bind = NULL;
    Node *ta;
    if (guard->kind == N_ASSIGN) {
        bind = guard->list.items[0];
        ta = guard->list2.items[0];
    } else
        ta = guard->a;
    Operand x;
    expr_rvalue(c, ta->a, &x, NULL);
    if (x.mode == OM_INVALID) goto out;
    if (type_under(x.type)->kind != T_INTERFACE) {
        c_error(c, ta->a, "%s is not an interface", op_describe(c, &x));
        goto out;
    }
    {
        Sym *xv = hidden_local(c, n, x.type, ".x");
        to_reg_at(c, &x, xv->reg);
        int ncl = n->list.len;
        JumpList *bodies = csp_alloc(sizeof(JumpList) * (ncl + 1));
        Type **single = csp_alloc(sizeof(Type *) * (ncl + 1));
        int deflt = -1;
        int nseen = 0, ntypes = 0;
        for (int i = 0; i < ncl; i++) ntypes += n->list.items[i]->list.len;
        Type **seen = csp_alloc(sizeof(Type *) * (size_t)(ntypes + 1));
        Node *seen_nil = NULL;
        for (int i = 0; i < ncl; i++) {
            Node *cl = n->list.items[i];
            if (cl->flags & NF_DEFAULT || cl->list.len == 0) {
                if (deflt >= 0) c_error(c, cl, "multiple defaults in switch");
                deflt = i;
                continue;
            }
            for (int k = 0; k < cl->list.len; k++) {
                Node *te = cl->list.items[k];
                Type *tt = NULL;
                bool is_nil = te->kind == N_IDENT && strcmp(te->name, "nil") == 0 &&
                              scope_lookup(c->fs->scope, te->name) == NULL;
                if (is_nil) {
                    if (seen_nil) c_error(c, te, "multiple nil cases in type switch (first at %s:%d:%d)", c->file, seen_nil->line, seen_nil->col);
                    else seen_nil = te;
                } else {
                    tt = resolve_type(c, te);
                    if (tt == type_invalid) continue;
                    if (type_switch_seen(seen, nseen, tt)) {
                        c_error(c, te, "duplicate case %s in type switch", type_str(tt));
                        continue;
                    }
                    seen[nseen++] = tt;
                    if (type_under(tt)->kind != T_INTERFACE) {
                        const char *missing;
                        bool wrong, ptr_only;
                        if (!type_implements(tt, x.type, &missing, &wrong, &ptr_only))
                            c_error(c, te, "impossible type switch case: %s (type %s) cannot have dynamic type %s (missing method %s)",
                                    node_str(ta->a), type_str(x.type), type_str(tt), missing);
                    }
                }
                if (cl->list.len == 1) single[i] = tt;
                int r = reg_alloc(c, 1);
                emit(c, BC_TYPEIS, r, xv->reg, kptr(c, tt));
                jl_add(&bodies[i], emit_jump(c, BC_JT, r));
                reg_free_to(c, r);
            }
        }
        int jdef = emit_jump(c, BC_JMP, 0);
        BreakTarget *t = push_loop(c, label, false);
        for (int i = 0; i < ncl; i++) {
            Node *cl = n->list.items[i];
            jl_patch(c, &bodies[i], here(c));
            if (i == deflt) patch_here(c, jdef);
            int na = c->fs->nactive;
            c->fs->scope = scope_new(c->fs->scope);
            if (bind && !is_blank_node(bind)) {
                Type *vt = single[i] ? single[i] : x.type;
                int r = reg_alloc(c, 2);
                if (single[i] && type_under(single[i])->kind != T_INTERFACE) {
                    emit(c, BC_ASSERT, r, xv->reg, kptr(c, vt));
                    emit_ext(c, 0, kptr(c, x.type), 0);
                } else if (single[i]) {
                    emit(c, BC_ASSERT, r, xv->reg, kptr(c, vt));
                    emit_ext(c, 1, kptr(c, x.type), 0);
                } else
                    emit(c, BC_MOVE, r, xv->reg, 0);
                Operand v = {.mode = OM_REG, .reg = r, .type = vt, .temp = true, .fresh = false, .node = bind};
                Node *id = ast_new(N_IDENT, bind->line, bind->col);
                id->name = bind->name;
                id->aux = bind->aux;
                Sym *s = declare_local(c, bind, vt);
                CSP_UNUSED(id);
                assign_to_new_local(c, s, &v);
                scope_insert(c->fs->scope, s);
                note_local(c, s);
            }
            for (int k = 0; k < cl->list2.len; k++) {
                Node *s = cl->list2.items[k];
                if (s->kind == N_BRANCH && s->op == OP_FALLTHROUGH) {
                    c_error(c, s, "cannot fallthrough in type switch");
                    continue;
                }
                stmt(c, s);
            }
            c->fs->scope = c->fs->scope->parent;
            c->fs->nactive = na;
            reg_free_to(c, na);
            jl_add(&t->breaks, emit_jump(c, BC_JMP, 0));
        }
        if (deflt < 0) jl_add(&t->breaks, jdef);
        pop_loop(c, t);
    }
out:
    c->fs->scope = c->fs->scope->parent;
    c->fs->nactive = nact;
    reg_free_to(c, nact);
}

/* ---------- select ---------- */

/* The channel a receive case reads (`ch` in `v := <-ch`), or NULL when the
 * case is not a receive. */
static Node *select_recv_chan(Node *comm) {
    Node *rx = comm->kind == N_EXPRSTMT ? comm->a : comm->list2.len ? comm->list2.items[0] : NULL;
    while (rx && rx->kind == N_PAREN) rx = rx->a;
    return rx && rx->kind == N_UNARY && rx->op == OP_RECV ? rx->a : NULL;
}

/* Case layout for SELECT A B C: case i uses R[A+3i] (channel), R[A+3i+1]
 * (value to send / value received), R[A+3i+2] (kind: 1 send, 2 receive; after
 * a receive: ok). After the select, R[A] holds the chosen case index or -1
 * for default. */
void stmt_select(Compiler *c, Node *n, const char *label) {
    int nact = c->fs->nactive;
    int ncl = n->list.len, ncases = 0, deflt = -1;
    for (int i = 0; i < ncl; i++) {
        Node *cl = n->list.items[i];
        if (!cl->a) {
            if (deflt >= 0) c_error(c, cl, "multiple defaults in select");
            deflt = i;
        } else
            ncases++;
    }
    Node *hid = ast_new(N_IDENT, n->line, n->col);
    hid->name = ast_intern(".sel", 4);
    int base = c->fs->nactive;
    for (int i = 0; i < ncases * 3 + 1; i++) {
        Sym *s = declare_local(c, hid, type_int);
        CSP_UNUSED(s);
    }
    int *caseof = csp_alloc(sizeof(int) * (ncl + 1));
    Buf names; /* each case's channel, one a line, for deadlock reports */
    buf_init(&names);
    Type **elem = csp_alloc(sizeof(Type *) * (ncl + 1));
    int k = 0;
    for (int i = 0; i < ncl; i++) {
        Node *cl = n->list.items[i];
        caseof[i] = -1;
        if (!cl->a) continue;
        Node *comm = cl->a;
        int slot = base + 3 * k;
        caseof[i] = k++;
        Node *chx = comm->kind == N_SEND ? comm->a : select_recv_chan(comm);
        buf_printf(&names, "%s%s", k > 1 ? "\n" : "", chx ? node_str(chx) : "?");
        if (comm->kind == N_SEND) {
            Operand ch, v;
            expr_rvalue(c, comm->a, &ch, NULL);
            if (ch.mode == OM_INVALID) continue;
            Type *u = type_under(ch.type);
            if (u->kind != T_CHAN) { c_error(c, comm, "invalid operation: cannot send to non-channel %s", op_describe(c, &ch)); continue; }
            if (u->dir == CHAN_RECV) { c_error(c, comm, "invalid operation: cannot send to receive-only channel %s", op_describe(c, &ch)); continue; }
            to_reg_at(c, &ch, slot);
            /* --race: a send case reads its channel, at the case's line (as Go's selectgo) */
            set_line(c, comm);
            emit_race_read(c, slot);
            expr_rvalue(c, comm->b, &v, u->elem);
            if (v.mode == OM_INVALID || !assignable(c, &v, u->elem, "send")) continue;
            if (u->elem->is_block) clone_if_needed(c, &v);
            to_reg_at(c, &v, slot + 1);
            emit_ax(c, BC_LOADI, slot + 2, 1);
            elem[i] = u->elem;
        } else {
            Node *rx = comm->kind == N_EXPRSTMT ? comm->a : comm->list2.len ? comm->list2.items[0] : NULL;
            while (rx && rx->kind == N_PAREN) rx = rx->a;
            if (!rx || rx->kind != N_UNARY || rx->op != OP_RECV) {
                c_error(c, comm, "select case must be receive, send or assign recv");
                continue;
            }
            Operand ch;
            expr_rvalue(c, rx->a, &ch, NULL);
            if (ch.mode == OM_INVALID) continue;
            Type *u = type_under(ch.type);
            if (u->kind != T_CHAN) { c_error(c, rx, "invalid operation: cannot receive from non-channel %s", op_describe(c, &ch)); continue; }
            if (u->dir == CHAN_SEND) { c_error(c, rx, "invalid operation: cannot receive from send-only channel %s", op_describe(c, &ch)); continue; }
            to_reg_at(c, &ch, slot);
            emit_ax(c, BC_LOADI, slot + 2, 2);
            elem[i] = u->elem;
        }
        reg_free_to(c, c->fs->nactive);
    }
    set_line(c, n);
    site_name_text(c, buf_cstr(&names));
    emit(c, BC_SELECT, base, ncases, deflt >= 0);
    BreakTarget *t = push_loop(c, label, false);
    t->is_select = true;
    /* dispatch on the chosen index */
    JumpList *bodies = csp_alloc(sizeof(JumpList) * (ncl + 1));
    int tmp = reg_alloc(c, 1);
    for (int i = 0; i < ncl; i++) {
        int idx = caseof[i] >= 0 ? caseof[i] : -1;
        emit_ax(c, BC_LOADI, tmp, idx);
        emit(c, BC_JEQ, base, tmp, 0);
        jl_add(&bodies[i], emit_ext(c, 0, 0, 0));
    }
    reg_free_to(c, tmp);
    jl_add(&t->breaks, emit_jump(c, BC_JMP, 0));
    for (int i = 0; i < ncl; i++) {
        Node *cl = n->list.items[i];
        jl_patch(c, &bodies[i], here(c));
        int na = c->fs->nactive;
        c->fs->scope = scope_new(c->fs->scope);
        Node *comm = cl->a;
        if (comm && comm->kind == N_ASSIGN && elem[i]) {
            int slot = base + 3 * caseof[i];
            set_line(c, comm); /* the case's assignment happens at the case */
            Type *types[2] = {elem[i], type_bool};
            for (int j = 0; j < comm->list.len && j < 2; j++) {
                Node *target = comm->list.items[j];
                if (is_blank_node(target)) continue;
                Operand v = {.mode = OM_REG, .reg = slot + 1 + j, .type = types[j], .temp = false, .fresh = true, .node = target};
                if (j == 1) v.type = type_untyped_bool;
                if (comm->op == OP_DEFINE) {
                    if (target->kind != N_IDENT) { c_error(c, target, "non-name %s on left side of :=", node_str(target)); continue; }
                    Sym *s = declare_local(c, target, types[j]);
                    assign_to_new_local(c, s, &v);
                    scope_insert(c->fs->scope, s);
                    note_local(c, s);
                } else {
                    LValue lv;
                    lvalue(c, target, &lv);
                    if (lv.kind == LV_BLANK && !lv.type) continue;
                    if (!assignable(c, &v, lv.type, "assignment")) continue;
                    store_lvalue(c, &lv, &v);
                }
            }
        }
        for (int j = 0; j < cl->list2.len; j++) stmt(c, cl->list2.items[j]);
        c->fs->scope = c->fs->scope->parent;
        c->fs->nactive = na;
        reg_free_to(c, na);
        jl_add(&t->breaks, emit_jump(c, BC_JMP, 0));
    }
    pop_loop(c, t);
    c->fs->nactive = nact;
    reg_free_to(c, nact);
}
