/* access.c: selectors, indexing, slicing, dereference, address-of, and the
 * assignable places (lvalues) they denote.
 *
 * A struct or array value in a register is a pointer to its slots, and so is
 * a pointer to a struct, so a field is always "slots at base pointer +
 * offset": nested inline structs just add offsets, and only a pointer hop
 * (an embedded *T, an explicit pointer) needs a load.
 */
#include "compiler.h"

static void invalid(Operand *o) { o->mode = OM_INVALID; }

static void reg_result(Operand *o, int r, Type *t) {
    o->mode = OM_REG;
    o->reg = r;
    o->temp = true;
    o->type = t;
    o->fresh = false;
}

/* A place: the slots at R[base].p + off, of type t. */
typedef struct Place {
    int base, off;
    Type *type;
} Place;

static int dest_for(Compiler *c, Operand *x) {
    return x->temp && x->mode == OM_REG ? x->reg : reg_alloc(c, 1);
}

/* Loads the value at a place into register r (blocks: their address). */
static void place_load(Compiler *c, Place *p, int r) {
    if (p->type->is_block) emit(c, BC_ADDR, r, p->base, p->off);
    else emit(c, BC_LOAD, r, p->base, p->off);
}

/* Follows a field path from a struct value or pointer operand x. */
static bool field_place(Compiler *c, Operand *x, FieldPath *fp, Place *out) {
    int base = to_anyreg(c, x);
    int off = 0;
    Type *cur = x->type;
    for (int h = 0; h < fp->nhops; h++) {
        Field *f = fp->hops[h];
        if (type_under(cur)->kind == T_POINTER) {
            if (off) {
                int r = dest_for(c, x);
                emit(c, BC_LOAD, r, base, off);
                base = r;
                off = 0;
            }
            /* base already holds the pointer; field offsets apply to the pointee */
        }
        off += f->offset;
        cur = f->type;
        if (h + 1 < fp->nhops && type_under(cur)->kind == T_POINTER) {
            int r = (x->temp && x->mode == OM_REG && base == x->reg) ? base : reg_alloc(c, 1);
            emit(c, BC_LOAD, r, base, off);
            base = r;
            off = 0;
        }
    }
    out->base = base;
    out->off = off;
    out->type = cur;
    return true;
}

/* ---------- selectors ---------- */

static void package_member(Compiler *c, Node *n, Sym *ps, Operand *o) {
    Package *p = ps->package;
    Sym *s = scope_lookup_local(p->scope, n->name);
    if (!s || !(n->name[0] >= 'A' && n->name[0] <= 'Z')) {
        c_error(c, n, "undefined: %s.%s", ps->name, n->name);
        return invalid(o);
    }
    o->sym = s;
    resolve_sym(c, s);
    switch (s->kind) {
    case SYM_VAR: ident_var(c, s, o, n); break;
    case SYM_CONST: o->mode = OM_CONST; o->type = s->type; o->cv = s->cv; break;
    case SYM_TYPE: o->mode = OM_TYPE; o->type = s->type; break;
    case SYM_FUNC: o->mode = OM_FUNC; o->type = s->type; break;
    default: invalid(o); break;
    }
}

/* A method expression T.M / (*T).M / I.M: the method as a function taking
 * the receiver first. When the receiver needs adjusting (dereference,
 * promotion through embedded fields, dynamic dispatch) a small wrapper
 * function does it. */
static void method_expr(Compiler *c, Node *n, Type *t, Operand *o) {
    Type *u = type_under(t);
    Type *sig = NULL;
    Method *m = NULL;
    if (u->kind == T_INTERFACE) {
        for (int i = 0; i < u->nimethods; i++)
            if (u->imethods[i].name == n->name) sig = u->imethods[i].sig;
    } else {
        m = type_find_method(t, n->name);
        if (m) sig = m->sig;
    }
    if (!sig) {
        c_error(c, n, "%s undefined (type %s has no method %s)", node_str(n), type_str(t), n->name);
        return invalid(o);
    }
    bool is_ptr = u->kind == T_POINTER && !t->name;
    if (m && m->ptr_only && !is_ptr) {
        c_error(c, n, "invalid method expression %s (needs pointer receiver (*%s).%s)", node_str(n), type_str(t), n->name);
        return invalid(o);
    }
    Type **params = csp_alloc(sizeof(Type *) * (sig->nparams + 1));
    params[0] = t;
    for (int i = 0; i < sig->nparams; i++) params[i + 1] = sig->params[i];
    Type *ft = type_func(params, sig->nparams + 1, sig->results, sig->nresults, sig->variadic);
    Func *target = m ? m->fn : NULL;
    bool direct = m && m->fn && m->ndeps == 0 && (m->ptr_recv || !is_ptr);
    if (!direct) {
        Func *w = func_new(csp_sprintf("%s.%s-fm", type_str(t), n->name));
        w->file = c->file;
        w->line = n->line;
        w->type = ft;
        w->nparams = ft->nparams;
        w->nresults = ft->nresults;
        FuncState *saved = c->fs;
        fs_open(c, w, ft);
        int nr = ft->nparams > ft->nresults ? ft->nparams : ft->nresults;
        reg_alloc(c, nr + 1);
        if (!m) {
            emit(c, BC_CALLI, 0, kptr(c, n->name), c->fs->nicache++);
        } else {
            for (int h = 0; h < m->ndeps; h++)
                emit(c, (m->path_ptr[h] || (!m->fn && h == m->ndeps - 1)) ? BC_LOAD : BC_ADDR, 0, 0, m->path_off[h]);
            if (!m->fn) {
                emit(c, BC_CALLI, 0, kptr(c, n->name), c->fs->nicache++);
            } else {
                /* R0 is now a pointer to the receiver (or the receiver itself for ndeps == 0 and *T) */
                if (!m->ptr_recv) {
                    Type *rt = m->fn->type->params[0];
                    if (rt->is_block) emit(c, BC_CLONE, 0, 0, kptr(c, rt));
                    else emit(c, BC_LOAD, 0, 0, 0);
                }
                emit(c, m->fn->native ? BC_CALLN : BC_CALL, 0, kptr(c, m->fn), 0);
            }
        }
        emit(c, BC_RET, 0, ft->nresults, 0);
        fs_close(c);
        c->fs = saved;
        target = w;
    }
    int r = reg_alloc(c, 1);
    emit_ax(c, BC_LOADK, r, kptr(c, closure_of(target)));
    reg_result(o, r, ft);
    o->fresh = true;
}

void expr_selector(Compiler *c, Node *n, Operand *o) {
    if (n->a->kind == N_IDENT) {
        Sym *s = lookup_name(c, n->a->name);
        if (s && s->kind == SYM_PKG) return package_member(c, n, s, o);
    }
    Operand x;
    expr(c, n->a, &x, NULL);
    if (x.mode == OM_INVALID) return invalid(o);
    if (x.mode == OM_TYPE) return method_expr(c, n, x.type, o);
    if (x.mode == OM_CONST || x.mode == OM_NIL) {
        to_reg(c, &x);
        if (type_is_untyped(x.type)) x.type = type_default(x.type);
    }
    if (x.mode == OM_FUNC) to_reg(c, &x), x.mode = OM_REG;
    if (x.mode != OM_REG && x.mode != OM_COMMAOK) {
        expr_rvalue(c, n->a, &x, NULL);
        if (x.mode == OM_INVALID) return invalid(o);
    }
    Type *t = x.type;
    Type *u = type_under(t);
    if (u->kind == T_INTERFACE) {
        for (int i = 0; i < u->nimethods; i++)
            if (u->imethods[i].name == n->name) {
                *o = x;
                o->mode = OM_METHOD;
                o->iface_method = n->name;
                o->method = NULL;
                o->recv_type = t;
                o->type = u->imethods[i].sig;
                o->node = n;
                return;
            }
        c_error(c, n, "%s undefined (type %s has no field or method %s)", node_str(n), type_str(t), n->name);
        return invalid(o);
    }
    if (u->kind == T_POINTER && type_under(u->elem)->kind == T_POINTER) {
        c_error(c, n, "%s undefined (type %s has no field or method %s)", node_str(n), type_str(t), n->name);
        return invalid(o);
    }
    FieldPath fp;
    memset(&fp, 0, sizeof fp);
    Method *m = type_find_method(t, n->name);
    bool has_field = type_find_field(t, n->name, &fp);
    if (has_field && (!m || fp.nhops - 1 < m->ndeps)) {
        if (fp.ambiguous) {
            c_error(c, n, "ambiguous selector %s", node_str(n));
            return invalid(o);
        }
        Place p;
        field_place(c, &x, &fp, &p);
        int r = x.temp && x.mode == OM_REG && x.reg == p.base ? p.base : reg_alloc(c, 1);
        place_load(c, &p, r);
        reg_result(o, r, p.type);
        o->node = n;
        return;
    }
    if (m) {
        *o = x;
        o->mode = OM_METHOD;
        o->method = m;
        o->recv_type = t;
        o->type = m->sig;
        o->node = n;
        return;
    }
    c_error(c, n, "%s undefined (type %s has no field or method %s)", node_str(n), type_str(t), n->name);
    invalid(o);
}

/* ---------- index ---------- */

static bool const_index(Compiler *c, Node *idx, Operand *io, int64_t length) {
    if (io->mode != OM_CONST) {
        if (!type_is_integer(type_under(io->type))) {
            c_error(c, idx, "invalid argument: index %s must be integer", op_describe(c, io));
            return false;
        }
        return true;
    }
    ConstVal v;
    if (!cv_representable(io->cv, type_int, &v)) {
        if (io->cv.kind == CV_FLOAT || io->cv.kind == CV_INT)
            c_error(c, idx, "invalid argument: index %s must be integer", op_describe(c, io));
        else
            c_error(c, idx, "invalid argument: index %s must be integer", op_describe(c, io));
        return false;
    }
    if (v.i < 0) {
        c_error(c, idx, "invalid argument: index %s must not be negative", op_describe(c, io));
        return false;
    }
    if (length >= 0 && v.i >= length) {
        c_error(c, idx, "invalid argument: index %s out of bounds [0:%lld]", node_str(idx), (long long)length);
        return false;
    }
    io->cv = v;
    io->type = type_int;
    return true;
}

void expr_index(Compiler *c, Node *n, Operand *o) {
    Operand x;
    expr(c, n->a, &x, NULL);
    if (x.mode == OM_INVALID) return invalid(o);
    if (x.mode == OM_TYPE) {
        c_error(c, n, "%s is not a generic type", type_str(x.type));
        return invalid(o);
    }
    if (x.mode == OM_CONST && type_is_string(x.type)) to_reg(c, &x), x.type = type_string;
    else if (x.mode != OM_REG && x.mode != OM_COMMAOK) {
        expr_rvalue(c, n->a, &x, NULL);
        if (x.mode == OM_INVALID) return invalid(o);
    }
    Type *u = type_under(x.type);
    if (u->kind == T_MAP) {
        Operand k;
        expr_rvalue(c, n->b, &k, u->key);
        if (k.mode == OM_INVALID || !assignable(c, &k, u->key, "map index")) return invalid(o);
        if (u->key->is_block) clone_if_needed(c, &k);
        int mr = to_anyreg(c, &x), kr = to_anyreg(c, &k);
        int r = reg_alloc(c, 2);
        emit(c, BC_MGET, r, mr, kr);
        emit_ext(c, 0, kptr(c, u), 0);
        o->mode = OM_COMMAOK;
        o->commaok_kind = 1;
        o->reg = r;
        o->temp = true;
        o->type = u->elem;
        o->fresh = false;
        o->aux_reg = here(c) - 2; /* pc of MGET, to turn on comma-ok */
        o->node = n;
        return;
    }
    Operand io;
    expr_rvalue(c, n->b, &io, type_int);
    if (io.mode == OM_INVALID) return invalid(o);
    if (type_is_string(u)) {
        if (!const_index(c, n->b, &io, -1)) return invalid(o);
        if (io.mode == OM_CONST && x.mode == OM_CONST) {
            /* constant string and index: still a (non-constant) byte */
        }
        int sr = to_anyreg(c, &x), ir = to_anyreg(c, &io);
        int r = reg_alloc(c, 1);
        emit(c, BC_INDEXS, r, sr, ir);
        reg_result(o, r, type_uint8);
        o->node = n;
        return;
    }
    Type *arr = NULL;
    if (u->kind == T_ARRAY) arr = u;
    else if (u->kind == T_POINTER && type_under(u->elem)->kind == T_ARRAY) arr = type_under(u->elem);
    if (arr) {
        if (!const_index(c, n->b, &io, arr->len)) return invalid(o);
        int ar = to_anyreg(c, &x), ir = to_anyreg(c, &io);
        int r = reg_alloc(c, 1);
        emit(c, BC_ADDRA, r, ar, ir);
        emit_ext(c, arr->elem->slots, (uint16_t)(arr->len & 0xffff), (uint16_t)((arr->len >> 16) & 0xffff));
        if (!arr->elem->is_block) emit(c, BC_LOAD, r, r, 0);
        reg_result(o, r, arr->elem);
        o->node = n;
        return;
    }
    if (u->kind == T_SLICE) {
        if (!const_index(c, n->b, &io, -1)) return invalid(o);
        int sr = to_anyreg(c, &x), ir = to_anyreg(c, &io);
        int r = reg_alloc(c, 1);
        if (u->elem->is_block) {
            emit(c, BC_ADDRI, r, sr, ir);
            emit_ext(c, u->elem->slots, 0, 0);
        } else
            emit(c, BC_GETI, r, sr, ir);
        reg_result(o, r, u->elem);
        o->node = n;
        return;
    }
    c_error(c, n, "invalid operation: cannot index %s", op_describe(c, &x));
    invalid(o);
}

/* ---------- slicing ---------- */

void expr_slice(Compiler *c, Node *n, Operand *o) {
    Operand x;
    expr(c, n->a, &x, NULL);
    if (x.mode == OM_INVALID) return invalid(o);
    if (x.mode == OM_CONST && type_is_string(x.type)) {
        to_reg(c, &x);
        if (type_is_untyped(x.type)) x.type = type_string;
    } else if (x.mode != OM_REG && x.mode != OM_COMMAOK) {
        expr_rvalue(c, n->a, &x, NULL);
        if (x.mode == OM_INVALID) return invalid(o);
    }
    Type *u = type_under(x.type);
    Type *result;
    int64_t length = -1;
    bool is_string = type_is_string(u);
    if (is_string) {
        result = x.type->kind == T_UNTYPED_STRING ? type_string : x.type;
        if (n->flags & NF_SLICE3) {
            c_error(c, n, "invalid operation: 3-index slice of string");
            return invalid(o);
        }
    } else if (u->kind == T_SLICE) {
        result = x.type;
    } else if (u->kind == T_ARRAY) {
        result = type_slice(u->elem);
        length = u->len;
        mark_root_escapes(c, n->a);
        if (x.sym == NULL && x.temp && !(n->a->kind == N_INDEX || n->a->kind == N_SELECTOR || n->a->kind == N_STAR)) {
            c_error(c, n, "invalid operation: %s (slice of unaddressable value)", node_str(n));
            return invalid(o);
        }
    } else if (u->kind == T_POINTER && type_under(u->elem)->kind == T_ARRAY) {
        result = type_slice(type_under(u->elem)->elem);
        length = type_under(u->elem)->len;
    } else {
        c_error(c, n, "cannot slice %s", op_describe(c, &x));
        return invalid(o);
    }
    if ((n->flags & NF_SLICE3) && (!n->c || !n->d)) {
        c_error(c, n, "middle index required in 3-index slice");
        return invalid(o);
    }
    int xr = to_anyreg(c, &x);
    int base = reg_alloc(c, 3);
    Node *idx[3] = {n->b, n->c, n->d};
    int mask = 0;
    __int128 consts[3];
    bool isconst[3] = {false, false, false};
    for (int i = 0; i < 3; i++) {
        if (!idx[i]) continue;
        mask |= 1 << i;
        Operand io;
        expr_rvalue(c, idx[i], &io, type_int);
        if (io.mode == OM_INVALID) return invalid(o);
        if (!const_index(c, idx[i], &io, length >= 0 ? length + 1 : -1)) return invalid(o);
        if (io.mode == OM_CONST) {
            isconst[i] = true;
            consts[i] = io.cv.i;
        }
        to_reg_at(c, &io, base + i);
    }
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (isconst[i] && isconst[j] && consts[i] > consts[j]) {
                c_error(c, n, "invalid slice indices: %lld < %lld", (long long)consts[j], (long long)consts[i]);
                return invalid(o);
            }
    int r = base;
    if (is_string) {
        emit(c, BC_SLICES, r, xr, base);
        emit_ext(c, mask, 0, 0);
    } else {
        emit(c, BC_SLICE, r, xr, base);
        emit_ext(c, mask, kptr(c, u->kind == T_POINTER ? type_under(u->elem) : u), 0);
    }
    reg_free_to(c, base + 1);
    reg_result(o, r, result);
    o->node = n;
}

/* ---------- dereference and address-of ---------- */

void expr_star(Compiler *c, Node *n, Operand *o) {
    Operand x;
    expr(c, n->a, &x, NULL);
    if (x.mode == OM_INVALID) return invalid(o);
    if (x.mode == OM_TYPE) {
        o->mode = OM_TYPE;
        o->type = type_pointer(x.type);
        return;
    }
    if (x.mode == OM_NIL) {
        c_error(c, n, "invalid operation: cannot indirect nil");
        return invalid(o);
    }
    if (x.mode != OM_REG && x.mode != OM_COMMAOK) {
        expr_rvalue(c, n->a, &x, NULL);
        if (x.mode == OM_INVALID) return invalid(o);
    }
    Type *u = type_under(x.type);
    if (u->kind != T_POINTER) {
        c_error(c, n, "invalid operation: cannot indirect %s", op_describe(c, &x));
        return invalid(o);
    }
    int pr = to_anyreg(c, &x);
    int r = dest_for(c, &x);
    if (u->elem->is_block) emit(c, BC_NILCHK, pr, 0, 0), r != pr ? (void)emit(c, BC_MOVE, r, pr, 0) : (void)0;
    else emit(c, BC_LOAD, r, pr, 0);
    reg_result(o, r, u->elem);
    o->node = n;
}

static void composite_address(Compiler *c, Node *lit, Operand *o) {
    extern void expr_composite(Compiler *c, Node *n, Operand *o, Type *hint);
    Operand x;
    expr_composite(c, lit, &x, NULL);
    if (x.mode == OM_INVALID) return invalid(o);
    Type *t = x.type;
    int r = to_reg(c, &x);
    if (!t->is_block) emit(c, BC_NEWCELL, r, r, 1);
    reg_result(o, r, type_pointer(t));
    o->fresh = true;
}

void address_of(Compiler *c, Node *n, Operand *o) {
    Node *a = n->a;
    while (a->kind == N_PAREN) a = a->a;
    o->node = n;
    if (a->kind == N_COMPOSITE) return composite_address(c, a, o);
    if (a->kind == N_INTLIT || a->kind == N_FLOATLIT || a->kind == N_STRLIT || a->kind == N_RUNELIT ||
        a->kind == N_CALL || a->kind == N_BINARY || (a->kind == N_UNARY && a->op != OP_RECV)) {
        Operand x;
        expr(c, a, &x, NULL);
        if (x.mode != OM_INVALID)
            c_error(c, n, "invalid operation: cannot take address of %s", op_describe(c, &x));
        return invalid(o);
    }
    if (a->kind == N_IDENT) {
        /* &x: x must live in a heap cell (marking it recompiles the function) */
        Scope *sc = c->fs ? c->fs->scope : c->pkg->scope;
        Sym *s = scope_lookup(sc, a->name);
        if (s && s->kind == SYM_VAR) use_var_addr(c, s, a);
    }
    mark_root_escapes(c, a);
    LValue lv;
    lvalue(c, a, &lv);
    if (lv.kind == LV_BLANK && lv.type == NULL) return invalid(o);
    Type *t = lv.type;
    int r = reg_alloc(c, 1);
    switch (lv.kind) {
    case LV_REG:
        if (t->is_block) emit(c, BC_MOVE, r, lv.reg, 0);
        else {
            /* not boxed yet: the variable was marked, the function will be recompiled */
            emit(c, BC_MOVE, r, lv.reg, 0);
        }
        break;
    case LV_CELL: emit(c, BC_MOVE, r, lv.reg, 0); break;
    case LV_GLOBAL:
        emit_ax(c, BC_ADDRG, r, lv.offset);
        if (t->is_block) emit(c, BC_LOAD, r, r, 0);
        break;
    case LV_UPVAL: emit(c, BC_ADDRU, r, lv.offset, 0); break;
    case LV_PTR: emit(c, BC_ADDR, r, lv.reg, lv.offset); break;
    case LV_SLICE:
        emit(c, BC_ADDRI, r, lv.reg, lv.reg2);
        emit_ext(c, t->slots, 0, 0);
        break;
    case LV_ARRAY:
        emit(c, BC_ADDRA, r, lv.reg, lv.reg2);
        emit_ext(c, t->slots, (uint16_t)(lv.container->len & 0xffff), (uint16_t)((lv.container->len >> 16) & 0xffff));
        break;
    case LV_MAP:
        c_error(c, n, "invalid operation: cannot take address of %s (map index expression of type %s)", node_str(a), type_str(t));
        return invalid(o);
    default:
        c_error(c, n, "invalid operation: cannot take address of %s", node_str(a));
        return invalid(o);
    }
    reg_result(o, r, type_pointer(t));
}

/* ---------- lvalues ---------- */

static void lv_of_var(Compiler *c, Sym *s, Node *n, LValue *lv) {
    lv->type = s->type;
    if (!c->assign_lhs) s->used = true; /* x = v is no use of x; x++, x += v are */
    if (s->storage == VS_GLOBAL) {
        lv->kind = LV_GLOBAL;
        lv->offset = s->global;
        return;
    }
    if (s->owner != c->fs) {
        int u = upvalue_of(c, s);
        if (s->type->is_block) {
            int r = reg_alloc(c, 1);
            emit(c, BC_ADDRU, r, u, 0);
            lv->kind = LV_PTR;
            lv->reg = r;
            lv->offset = 0;
            return;
        }
        lv->kind = LV_UPVAL;
        lv->offset = u;
        return;
    }
    if (s->type->is_block) {
        lv->kind = LV_REG;
        lv->reg = s->reg;
        return;
    }
    lv->kind = s->storage == VS_CELL ? LV_CELL : LV_REG;
    lv->reg = s->reg;
}

static void lvalue_inner(Compiler *c, Node *n, LValue *lv);

/* A register a place depends on, copied when later stores could change it. */
static int snap(Compiler *c, int r) {
    if (r >= c->fs->nactive) return r;
    int t = reg_alloc(c, 1);
    emit(c, BC_MOVE, t, r, 0);
    return t;
}

void lvalue(Compiler *c, Node *n, LValue *lv) {
    lvalue_inner(c, n, lv);
    if (!c->snapshot_lvalues) return;
    switch (lv->kind) {
    case LV_SLICE: case LV_ARRAY: case LV_MAP:
        lv->reg = snap(c, lv->reg);
        lv->reg2 = snap(c, lv->reg2);
        break;
    case LV_PTR:
        lv->reg = snap(c, lv->reg);
        break;
    default: break;
    }
}

static void lvalue_inner(Compiler *c, Node *n, LValue *lv) {
    memset(lv, 0, sizeof *lv);
    lv->node = n;
    while (n->kind == N_PAREN) n = n->a;
    switch (n->kind) {
    case N_IDENT: {
        if (n->name == ast_intern("_", 1)) { lv->kind = LV_BLANK; lv->type = NULL; lv->offset = 1; return; }
        Sym *s = lookup_ident(c, n);
        if (!s) { lv->kind = LV_BLANK; return; }
        if (s->kind != SYM_VAR) {
            Operand tmp;
            memset(&tmp, 0, sizeof tmp);
            tmp.node = n;
            if (s->kind == SYM_CONST) {
                resolve_sym(c, s);
                if (!s->type || s->type == type_invalid) { /* reported where it was declared */
                    lv->kind = LV_BLANK;
                    return;
                }
                tmp.mode = OM_CONST;
                tmp.type = s->type;
                tmp.cv = s->cv;
                c_error(c, n, "cannot assign to %s (neither addressable nor a map index expression)", op_describe(c, &tmp));
            } else
                c_error(c, n, "cannot assign to %s (neither addressable nor a map index expression)", n->name);
            lv->kind = LV_BLANK;
            return;
        }
        resolve_sym(c, s);
        lv_of_var(c, s, n, lv);
        return;
    }
    case N_SELECTOR: {
        if (n->a->kind == N_IDENT) {
            Sym *s = lookup_ident(c, n->a);
            if (s && s->kind == SYM_PKG) {
                Sym *m = scope_lookup_local(s->package->scope, n->name);
                if (m && m->kind == SYM_VAR) {
                    resolve_sym(c, m);
                    lv_of_var(c, m, n, lv);
                    return;
                }
                c_error(c, n, "cannot assign to %s", node_str(n));
                lv->kind = LV_BLANK;
                return;
            }
        }
        Operand x;
        expr_rvalue(c, n->a, &x, NULL);
        if (x.mode == OM_INVALID) { lv->kind = LV_BLANK; return; }
        FieldPath fp;
        memset(&fp, 0, sizeof fp);
        if (!type_find_field(x.type, n->name, &fp) || type_under(x.type)->kind == T_INTERFACE) {
            c_error(c, n, "%s undefined (type %s has no field or method %s)", node_str(n), type_str(x.type), n->name);
            lv->kind = LV_BLANK;
            return;
        }
        if (x.commaok_kind == 1 && x.mode == OM_COMMAOK && type_under(x.type)->kind != T_POINTER) {
            c_error(c, n, "cannot assign to struct field %s in map", node_str(n));
            lv->kind = LV_BLANK;
            return;
        }
        Place p;
        field_place(c, &x, &fp, &p);
        lv->kind = LV_PTR;
        lv->reg = p.base;
        lv->offset = p.off;
        lv->type = p.type;
        return;
    }
    case N_INDEX: {
        Operand x;
        expr_rvalue(c, n->a, &x, NULL);
        if (x.mode == OM_INVALID) { lv->kind = LV_BLANK; return; }
        Type *u = type_under(x.type);
        if (u->kind == T_MAP) {
            Operand k;
            expr_rvalue(c, n->b, &k, u->key);
            if (k.mode == OM_INVALID || !assignable(c, &k, u->key, "map index")) { lv->kind = LV_BLANK; return; }
            if (u->key->is_block) clone_if_needed(c, &k);
            lv->kind = LV_MAP;
            lv->reg = to_anyreg(c, &x);
            lv->reg2 = to_anyreg(c, &k);
            lv->type = u->elem;
            lv->container = u;
            return;
        }
        Operand io;
        expr_rvalue(c, n->b, &io, type_int);
        if (io.mode == OM_INVALID) { lv->kind = LV_BLANK; return; }
        Type *arr = u->kind == T_ARRAY ? u : (u->kind == T_POINTER && type_under(u->elem)->kind == T_ARRAY) ? type_under(u->elem) : NULL;
        if (arr) {
            if (!const_index(c, n->b, &io, arr->len)) { lv->kind = LV_BLANK; return; }
            lv->reg = to_anyreg(c, &x);
            lv->reg2 = to_anyreg(c, &io);
            lv->type = arr->elem;
            lv->container = arr;
            lv->kind = LV_ARRAY;
            return;
        }
        if (u->kind == T_SLICE) {
            if (!const_index(c, n->b, &io, -1)) { lv->kind = LV_BLANK; return; }
            lv->reg = to_anyreg(c, &x);
            lv->reg2 = to_anyreg(c, &io);
            lv->type = u->elem;
            lv->kind = LV_SLICE;
            return;
        }
        if (type_is_string(u)) {
            c_error(c, n, "cannot assign to %s (neither addressable nor a map index expression)", node_str(n));
            lv->kind = LV_BLANK;
            return;
        }
        c_error(c, n, "invalid operation: cannot index %s", op_describe(c, &x));
        lv->kind = LV_BLANK;
        return;
    }
    case N_STAR: {
        Operand x;
        expr_rvalue(c, n->a, &x, NULL);
        if (x.mode == OM_INVALID) { lv->kind = LV_BLANK; return; }
        if (type_under(x.type)->kind != T_POINTER) {
            c_error(c, n, "invalid operation: cannot indirect %s", op_describe(c, &x));
            lv->kind = LV_BLANK;
            return;
        }
        lv->kind = LV_PTR;
        lv->reg = to_anyreg(c, &x);
        lv->offset = 0;
        lv->type = type_under(x.type)->elem;
        return;
    }
    default: {
        Operand x;
        expr(c, n, &x, NULL);
        if (x.mode != OM_INVALID)
            c_error(c, n, "cannot assign to %s (neither addressable nor a map index expression)", op_describe(c, &x));
        lv->kind = LV_BLANK;
        return;
    }
    }
}

/* Stores operand o (already converted to lv->type) into the place. */
void store_lvalue(Compiler *c, LValue *lv, Operand *o) {
    Type *t = lv->type;
    if (lv->kind == LV_BLANK) {
        if (o->mode != OM_CONST && o->mode != OM_NIL) to_anyreg(c, o);
        return;
    }
    if (t->is_block && lv->kind != LV_MAP) {
        int src = to_anyreg(c, o);
        int dst;
        switch (lv->kind) {
        case LV_REG: dst = lv->reg; break;
        case LV_CELL: dst = reg_alloc(c, 1); emit(c, BC_LOAD, dst, lv->reg, 0); break;
        case LV_GLOBAL: dst = reg_alloc(c, 1); emit_ax(c, BC_GETG, dst, lv->offset); break;
        case LV_PTR:
            if (lv->offset) { dst = reg_alloc(c, 1); emit(c, BC_ADDR, dst, lv->reg, lv->offset); }
            else dst = lv->reg;
            break;
        case LV_SLICE: dst = reg_alloc(c, 1); emit(c, BC_ADDRI, dst, lv->reg, lv->reg2); emit_ext(c, t->slots, 0, 0); break;
        case LV_ARRAY:
            dst = reg_alloc(c, 1);
            emit(c, BC_ADDRA, dst, lv->reg, lv->reg2);
            emit_ext(c, t->slots, (uint16_t)(lv->container->len & 0xffff), (uint16_t)((lv->container->len >> 16) & 0xffff));
            break;
        default: dst = lv->reg; break;
        }
        if (t->slots > 0) emit(c, BC_COPY, dst, src, t->slots);
        return;
    }
    switch (lv->kind) {
    case LV_REG: to_reg_at(c, o, lv->reg); break;
    case LV_CELL: emit(c, BC_STORE, lv->reg, 0, to_anyreg(c, o)); break;
    case LV_GLOBAL: emit_ax(c, BC_SETG, to_anyreg(c, o), lv->offset); break;
    case LV_UPVAL: emit(c, BC_SETU, to_anyreg(c, o), lv->offset, 0); break;
    case LV_PTR: emit(c, BC_STORE, lv->reg, lv->offset, to_anyreg(c, o)); break;
    case LV_SLICE: emit(c, BC_SETI, lv->reg, lv->reg2, to_anyreg(c, o)); break;
    case LV_ARRAY: {
        int v = to_anyreg(c, o);
        int p = reg_alloc(c, 1);
        emit(c, BC_ADDRA, p, lv->reg, lv->reg2);
        emit_ext(c, t->slots, (uint16_t)(lv->container->len & 0xffff), (uint16_t)((lv->container->len >> 16) & 0xffff));
        emit(c, BC_STORE, p, 0, v);
        break;
    }
    case LV_MAP: {
        if (t->is_block) clone_if_needed(c, o);
        emit(c, BC_MSET, lv->reg, lv->reg2, to_anyreg(c, o));
        emit_ext(c, 0, kptr(c, lv->container), 0);
        break;
    }
    default: break;
    }
}

/* Reads the current value of a place (for op-assignment and ++). */
void load_lvalue(Compiler *c, LValue *lv, Operand *o) {
    memset(o, 0, sizeof *o);
    o->node = lv->node;
    Type *t = lv->type;
    int r = reg_alloc(c, 1);
    switch (lv->kind) {
    case LV_REG:
        reg_free_to(c, r);
        reg_result(o, lv->reg, t);
        o->temp = false;
        return;
    case LV_CELL: emit(c, BC_LOAD, r, lv->reg, 0); break;
    case LV_GLOBAL: emit_ax(c, BC_GETG, r, lv->offset); break;
    case LV_UPVAL: emit(c, BC_GETU, r, lv->offset, 0); break;
    case LV_PTR: emit(c, t->is_block ? BC_ADDR : BC_LOAD, r, lv->reg, lv->offset); break;
    case LV_SLICE: emit(c, BC_GETI, r, lv->reg, lv->reg2); break;
    case LV_ARRAY:
        emit(c, BC_ADDRA, r, lv->reg, lv->reg2);
        emit_ext(c, t->slots, (uint16_t)(lv->container->len & 0xffff), (uint16_t)((lv->container->len >> 16) & 0xffff));
        if (!t->is_block) emit(c, BC_LOAD, r, r, 0);
        break;
    case LV_MAP:
        emit(c, BC_MGET, r, lv->reg, lv->reg2);
        emit_ext(c, 0, kptr(c, lv->container), 0);
        break;
    default: break;
    }
    reg_result(o, r, t);
}
