/* builtins.c: Go's predeclared functions (len, append, make, new, panic...).
 *
 * Builtins are not values: each call is checked by its own rules (many are
 * generic over their argument types) and compiled to dedicated instructions
 * or, for the printing ones, to a native call.
 */
#include "compiler.h"

static void invalid(Operand *o) { o->mode = OM_INVALID; }

static void reg_result(Compiler *c, Operand *o, int r, Type *t) {
    CSP_UNUSED(c);
    o->mode = OM_REG;
    o->reg = r;
    o->temp = true;
    o->type = t;
    o->fresh = true;
}

static bool nargs_ok(Compiler *c, Node *n, const char *name, int min, int max) {
    int k = n->list.len;
    if (k < min) {
        c_error(c, n, "invalid operation: not enough arguments for %s (expected %d, found %d)", node_str(n), min, k);
        return false;
    }
    if (max >= 0 && k > max) {
        c_error(c, n->list.items[max], "invalid operation: too many arguments for %s (expected %d, found %d)", node_str(n), max, k);
        return false;
    }
    CSP_UNUSED(name);
    return true;
}

static void b_len_cap(Compiler *c, Node *n, Operand *o, bool is_cap) {
    const char *name = is_cap ? "cap" : "len";
    if (!nargs_ok(c, n, name, 1, 1)) return invalid(o);
    Operand x;
    expr_rvalue(c, n->list.items[0], &x, NULL);
    if (x.mode == OM_INVALID) return invalid(o);
    Type *u = type_under(x.type);
    if (u->kind == T_POINTER && type_under(u->elem)->kind == T_ARRAY) u = type_under(u->elem);
    if (u->kind == T_INVALID || (u->kind == T_POINTER && type_under(u->elem)->kind == T_INVALID))
        return invalid(o); /* already reported where the type went wrong */
    if (!is_cap && x.mode == OM_CONST && x.cv.kind == CV_STRING) {
        o->mode = OM_CONST;
        o->type = type_int;
        o->cv = cv_int(str_len(x.cv.s));
        return;
    }
    if (u->kind == T_ARRAY) {
        o->mode = OM_CONST;
        o->type = type_int;
        o->cv = cv_int(u->len);
        return;
    }
    int src = to_anyreg(c, &x);
    int r = x.temp ? src : reg_alloc(c, 1);
    if (type_is_string(u) && !is_cap) emit(c, BC_LENS, r, src, 0);
    else if (u->kind == T_SLICE) emit(c, is_cap ? BC_CAP : BC_LEN, r, src, 0);
    else if (u->kind == T_MAP && !is_cap) emit(c, BC_MLEN, r, src, 0);
    else if (u->kind == T_CHAN) emit(c, BC_CHLEN, r, src, is_cap);
    else {
        c_error(c, n->list.items[0], "invalid argument: %s for built-in %s", op_describe(c, &x), name);
        return invalid(o);
    }
    reg_result(c, o, r, type_int);
}

static void b_append(Compiler *c, Node *n, Operand *o, Type *hint) {
    if (n->list.len == 0) {
        c_error(c, n, "invalid operation: not enough arguments for append() (expected 1, found 0)");
        return invalid(o);
    }
    Operand s;
    expr_rvalue(c, n->list.items[0], &s, hint);
    if (s.mode == OM_INVALID) return invalid(o);
    if (s.mode == OM_NIL) {
        c_error(c, n->list.items[0], "first argument to append must be a typed slice; found untyped nil");
        return invalid(o);
    }
    Type *st = s.type, *u = type_under(st);
    if (u->kind != T_SLICE) {
        c_error(c, n->list.items[0], "invalid argument: %s is not a slice", op_describe(c, &s));
        return invalid(o);
    }
    Type *et = u->elem;
    int base = reg_alloc(c, 1);
    to_reg_at(c, &s, base);
    if (n->flags & NF_ELLIPSIS) {
        if (n->list.len != 2) {
            c_error(c, n, "can only use ... with final argument in list");
            return invalid(o);
        }
        Operand t;
        expr_rvalue(c, n->list.items[1], &t, st);
        if (t.mode == OM_INVALID) return invalid(o);
        bool is_str = type_is_string(type_under(t.type)) && type_under(et)->kind == T_UINT8;
        if (is_str) {
            if (type_is_untyped(t.type)) t.type = type_string;
        } else if (t.mode == OM_NIL) {
            t.type = st;
        } else if (!assignable(c, &t, type_slice(et), "append") ) {
            return invalid(o);
        }
        int tr = to_anyreg(c, &t);
        emit(c, BC_APPENDS, base, base, tr);
        emit_ext(c, is_str, kptr(c, u), 0);
        reg_free_to(c, base + 1);
        reg_result(c, o, base, st);
        return;
    }
    int k = n->list.len - 1;
    int vals = reg_alloc(c, k);
    for (int i = 0; i < k; i++) {
        Operand v;
        expr_rvalue(c, n->list.items[i + 1], &v, et);
        if (v.mode == OM_INVALID) return invalid(o);
        if (!assignable(c, &v, et, "argument to append")) return invalid(o);
        if (et->is_block) clone_if_needed(c, &v);
        to_reg_at(c, &v, vals + i);
        reg_free_to(c, vals + k);
    }
    if (k > 0) {
        /* APPEND wants the values right after the slice register */
        if (vals != base + 1) for (int i = 0; i < k; i++) emit(c, BC_MOVE, base + 1 + i, vals + i, 0);
        emit(c, BC_APPEND, base, base, k);
        emit_ext(c, 0, kptr(c, u), 0);
    }
    reg_free_to(c, base + 1);
    reg_result(c, o, base, st);
}

static void b_make(Compiler *c, Node *n, Operand *o) {
    if (n->list.len == 0) {
        c_error(c, n, "invalid operation: not enough arguments for make() (expected 1, found 0)");
        return invalid(o);
    }
    Type *t = resolve_type(c, n->list.items[0]);
    if (t == type_invalid) return invalid(o);
    Type *u = type_under(t);
    int maxargs = u->kind == T_SLICE ? 3 : 2;
    if (u->kind != T_SLICE && u->kind != T_MAP && u->kind != T_CHAN) {
        c_error(c, n->list.items[0], "invalid argument: cannot make %s; type must be slice, map, or channel", node_str(n->list.items[0]));
        return invalid(o);
    }
    if (n->list.len > maxargs) {
        c_error(c, n, "invalid operation: %s expects %d or %d arguments; found %d", node_str(n), maxargs - 1, maxargs, n->list.len);
        return invalid(o);
    }
    if (u->kind == T_SLICE && n->list.len < 2) {
        c_error(c, n, "invalid operation: %s expects 2 or 3 arguments; found 1", node_str(n));
        return invalid(o);
    }
    int r = reg_alloc(c, 3);
    __int128 consts[2];
    bool isc[2] = {false, false};
    for (int i = 1; i < n->list.len; i++) {
        Operand a;
        expr_rvalue(c, n->list.items[i], &a, type_int);
        if (a.mode == OM_INVALID) return invalid(o);
        if (a.mode == OM_CONST) {
            ConstVal v;
            if (!cv_representable(a.cv, type_int, &v)) {
                c_error(c, n->list.items[i], "%s (%s) truncated to int", node_str(n->list.items[i]), type_str(a.type));
                return invalid(o);
            }
            if (v.i < 0) {
                c_error(c, n->list.items[i], "invalid argument: index %s must not be negative", op_describe(c, &a));
                return invalid(o);
            }
            a.cv = v;
            a.type = type_int;
            isc[i - 1] = true;
            consts[i - 1] = v.i;
        } else if (!type_is_integer(type_under(a.type))) {
            c_error(c, n->list.items[i], "cannot convert %s to type int", op_describe(c, &a));
            return invalid(o);
        }
        to_reg_at(c, &a, r + i);
    }
    if (isc[0] && isc[1] && consts[0] > consts[1]) {
        c_error(c, n, "invalid argument: length and capacity swapped");
        return invalid(o);
    }
    if (u->kind == T_SLICE) {
        emit(c, BC_MKSLICE, r, r + 1, r + 2);
        emit_ext(c, n->list.len == 3, kptr(c, u), 0);
    } else if (u->kind == T_MAP) {
        if (n->list.len < 2) emit(c, BC_LOADZ, r + 1, 0, 0);
        emit(c, BC_MKMAP, r, kptr(c, u), r + 1);
    } else {
        if (n->list.len < 2) emit(c, BC_LOADZ, r + 1, 0, 0);
        emit(c, BC_MKCHAN, r, kptr(c, u), r + 1);
    }
    reg_free_to(c, r + 1);
    reg_result(c, o, r, t);
}

static void b_new(Compiler *c, Node *n, Operand *o) {
    if (!nargs_ok(c, n, "new", 1, 1)) return invalid(o);
    Type *t = resolve_type(c, n->list.items[0]);
    if (t == type_invalid) return invalid(o);
    int r = reg_alloc(c, 1);
    if (t->is_block) emit_ax(c, BC_NEWBLK, r, kptr(c, t));
    else emit(c, BC_NEWCELL, r, 0, 0);
    reg_result(c, o, r, type_pointer(t));
}

/* The operand of panic(v), converted to any. */
static bool panic_arg(Compiler *c, Node *n, Operand *v) {
    if (!nargs_ok(c, n, "panic", 1, 1)) return false;
    expr_rvalue(c, n->list.items[0], v, type_any);
    return v->mode != OM_INVALID && assignable(c, v, type_any, "argument to panic");
}

static void b_panic(Compiler *c, Node *n, Operand *o) {
    Operand v;
    if (!panic_arg(c, n, &v)) return invalid(o);
    int r = to_anyreg(c, &v);
    set_line(c, n);
    emit(c, BC_PANIC, r, 0, 0);
    o->mode = OM_NONE;
    o->type = NULL;
}

/* print/println's arguments, as a []any in register dst. */
static bool print_args(Compiler *c, Node *n, bool ln, int dst) {
    int k = n->list.len;
    int tb = reg_alloc(c, k + 1);
    for (int i = 0; i < k; i++) {
        Operand v;
        expr_rvalue(c, n->list.items[i], &v, NULL);
        if (v.mode == OM_INVALID) return false;
        if (v.mode == OM_NIL) {
            c_error(c, n->list.items[i], "use of untyped nil in argument to built-in %s", ln ? "println" : "print");
            return false;
        }
        Type *u = v.type ? type_under(v.type) : NULL;
        if (u && (u->kind == T_STRUCT || u->kind == T_ARRAY)) {
            c_error(c, n->list.items[i], "illegal types for operand: print\n\t%s", type_str(v.type));
            return false;
        }
        if (u && u->kind == T_INTERFACE) {
            /* Go prints an interface as (type,data): box it whole */
            to_reg_at(c, &v, tb + 1 + i);
            emit_ax(c, BC_BOX, tb + 1 + i, kptr(c, v.type));
        } else {
            if (!assignable(c, &v, type_any, "argument")) return false;
            to_reg_at(c, &v, tb + 1 + i);
        }
        reg_free_to(c, tb + k + 1);
    }
    emit(c, BC_LOADZ, tb, 0, 0);
    if (k) {
        emit(c, BC_APPEND, dst, tb, k);
        emit_ext(c, 0, kptr(c, type_slice(type_any)), 0);
    } else
        emit(c, BC_LOADZ, dst, 0, 0);
    reg_free_to(c, dst + 1);
    return true;
}

/* A native behind a builtin (stdlib/builtin.c) taking nparams slots. */
static Func *builtin_native(const char *name, const char *native, int nparams) {
    Func *f = func_new(name);
    lib_bind_native(f, native);
    f->nparams = nparams;
    return f;
}

static void b_print(Compiler *c, Node *n, Operand *o, bool ln) {
    int base = reg_alloc(c, 1);
    if (!print_args(c, n, ln, base)) return invalid(o);
    Func *f = builtin_native(ln ? "println" : "print", ln ? "builtin.println" : "builtin.print", 1);
    emit(c, BC_CALLN, base, kptr(c, f), 0);
    reg_free_to(c, base);
    o->mode = OM_NONE;
    o->type = NULL;
}

/* copy(dst, src)'s operands; *is_str when src is a string. */
static bool copy_args(Compiler *c, Node *n, Operand *d, Operand *s, bool *is_str) {
    if (!nargs_ok(c, n, "copy", 2, 2)) return false;
    expr_rvalue(c, n->list.items[0], d, NULL);
    expr_rvalue(c, n->list.items[1], s, NULL);
    if (d->mode == OM_INVALID || s->mode == OM_INVALID) return false;
    Type *du = type_under(d->type);
    if (du->kind != T_SLICE) {
        c_error(c, n, "invalid argument: copy expects slice arguments; found %s and %s", op_describe(c, d), op_describe(c, s));
        return false;
    }
    *is_str = type_is_string(type_under(s->type)) && type_under(du->elem)->kind == T_UINT8;
    if (!*is_str && (type_under(s->type)->kind != T_SLICE || type_under(s->type)->elem != du->elem)) {
        Type *se = type_is_string(type_under(s->type)) ? type_uint8 : type_under(s->type)->kind == T_SLICE ? type_under(s->type)->elem : NULL;
        if (!se) {
            c_error(c, n, "invalid argument: copy expects slice arguments; found %s and %s", op_describe(c, d), op_describe(c, s));
            return false;
        }
        c_error(c, n, "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                op_describe(c, d), op_describe(c, s), type_str(du->elem), type_str(se));
        return false;
    }
    if (*is_str && type_is_untyped(s->type)) s->type = type_string;
    return true;
}

static void b_copy(Compiler *c, Node *n, Operand *o) {
    Operand d, s;
    bool is_str;
    if (!copy_args(c, n, &d, &s, &is_str)) return invalid(o);
    int dr = to_anyreg(c, &d), sr = to_anyreg(c, &s);
    int r = reg_alloc(c, 1);
    emit(c, BC_COPYS, r, dr, sr);
    emit_ext(c, is_str, kptr(c, type_under(d.type)), 0);
    reg_result(c, o, r, type_int);
}

/* delete(m, k)'s operands, the key converted to the map's key type. */
static bool delete_args(Compiler *c, Node *n, Operand *m, Operand *k) {
    if (!nargs_ok(c, n, "delete", 2, 2)) return false;
    expr_rvalue(c, n->list.items[0], m, NULL);
    if (m->mode == OM_INVALID) return false;
    Type *u = type_under(m->type);
    if (u->kind != T_MAP) {
        c_error(c, n->list.items[0], "invalid argument: %s is not a map", op_describe(c, m));
        return false;
    }
    expr_rvalue(c, n->list.items[1], k, u->key);
    return k->mode != OM_INVALID && assignable(c, k, u->key, "argument to delete");
}

static void b_delete(Compiler *c, Node *n, Operand *o) {
    Operand m, k;
    if (!delete_args(c, n, &m, &k)) return invalid(o);
    int mr = to_anyreg(c, &m), kr = to_anyreg(c, &k);
    emit(c, BC_MDEL, mr, kr, kptr(c, type_under(m.type)));
    o->mode = OM_NONE;
    o->type = NULL;
}

/* close(ch)'s operand: a channel that may be sent on. */
static bool close_arg(Compiler *c, Node *n, Operand *ch) {
    if (!nargs_ok(c, n, "close", 1, 1)) return false;
    expr_rvalue(c, n->list.items[0], ch, NULL);
    if (ch->mode == OM_INVALID) return false;
    Type *u = type_under(ch->type);
    if (ch->mode == OM_NIL || u->kind != T_CHAN) {
        c_error(c, n->list.items[0], "invalid operation: cannot close non-channel %s", op_describe(c, ch));
        return false;
    }
    if (u->dir == CHAN_RECV) {
        c_error(c, n->list.items[0], "invalid operation: cannot close receive-only channel %s", op_describe(c, ch));
        return false;
    }
    return true;
}

static void b_close(Compiler *c, Node *n, Operand *o) {
    Operand ch;
    if (!close_arg(c, n, &ch)) return invalid(o);
    set_line(c, n);
    emit(c, BC_CLOSE, to_anyreg(c, &ch), 0, 0);
    o->mode = OM_NONE;
    o->type = NULL;
}

static void b_minmax(Compiler *c, Node *n, Operand *o, bool is_min, Type *hint) {
    if (n->list.len == 0) {
        c_error(c, n, "invalid operation: not enough arguments for %s() (expected 1, found 0)", is_min ? "min" : "max");
        return invalid(o);
    }
    int k = n->list.len;
    Operand *ops = csp_alloc(sizeof(Operand) * k);
    Type *t = NULL;
    bool all_const = true;
    for (int i = 0; i < k; i++) {
        expr_rvalue(c, n->list.items[i], &ops[i], hint);
        if (ops[i].mode == OM_INVALID) return invalid(o);
        if (!type_is_ordered(type_under(ops[i].type))) {
            c_error(c, n->list.items[i], "invalid argument: %s cannot be ordered", op_describe(c, &ops[i]));
            return invalid(o);
        }
        if (ops[i].mode != OM_CONST) all_const = false;
        if (!type_is_untyped(ops[i].type)) {
            if (t && t != ops[i].type) {
                c_error(c, n->list.items[i], "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                        type_str(t), type_str(ops[i].type), node_str(n->list.items[i]));
                return invalid(o);
            }
            t = ops[i].type;
        }
    }
    if (all_const) {
        ConstVal best = ops[0].cv;
        Type *bt = ops[0].type;
        for (int i = 1; i < k; i++) {
            bool less = cv_compare(OP_LT, ops[i].cv, best);
            if (less == is_min && !cv_compare(OP_EQ, ops[i].cv, best)) best = ops[i].cv;
            if (bt->kind < ops[i].type->kind && type_is_untyped(bt)) bt = ops[i].type;
        }
        o->mode = OM_CONST;
        o->cv = best;
        o->type = t ? t : bt;
        if (t) {
            ConstVal v;
            if (cv_representable(best, t, &v)) o->cv = v;
        }
        return;
    }
    if (!t) t = type_default(ops[0].type);
    int r = reg_alloc(c, 1);
    for (int i = 0; i < k; i++)
        if (!assignable(c, &ops[i], t, "argument")) return invalid(o);
    to_reg_at(c, &ops[0], r);
    Type *u = type_under(t);
    for (int i = 1; i < k && type_is_float(u); i++) {
        emit(c, is_min ? BC_MINF : BC_MAXF, r, r, to_anyreg(c, &ops[i]));
        if (u->kind == T_FLOAT32) emit(c, BC_F32, r, r, 0);
        reg_free_to(c, r + 1);
    }
    for (int i = 1; i < k && !type_is_float(u); i++) {
        int b = to_anyreg(c, &ops[i]);
        int cmp = reg_alloc(c, 1);
        int code = type_is_string(u) ? BC_LTS : type_is_float(u) ? BC_LTF : type_is_unsigned(u) ? BC_LTU : BC_LT;
        if (is_min) emit(c, code, cmp, b, r);
        else emit(c, code, cmp, r, b);
        int j = emit_jump(c, BC_JF, cmp);
        emit(c, BC_MOVE, r, b, 0);
        patch_here(c, j);
        reg_free_to(c, r + 1);
    }
    reg_result(c, o, r, t);
}

/* clear(x)'s operand: a map or a slice. */
static bool clear_arg(Compiler *c, Node *n, Operand *x) {
    if (!nargs_ok(c, n, "clear", 1, 1)) return false;
    expr_rvalue(c, n->list.items[0], x, NULL);
    if (x->mode == OM_INVALID) return false;
    Type *u = type_under(x->type);
    if (u->kind != T_MAP && u->kind != T_SLICE) {
        c_error(c, n->list.items[0], "invalid argument: cannot clear %s: argument must be (or constrained by) map or slice", op_describe(c, x));
        return false;
    }
    return true;
}

/* The second argument of the clear and copy natives: element slots, or -1
 * for a map or a string source. */
static void emit_elem_slots(Compiler *c, int r, Type *t, bool none) {
    emit_ax(c, BC_LOADI, r, none ? -1 : type_under(t)->elem->slots);
}

static void b_clear(Compiler *c, Node *n, Operand *o) {
    Operand x;
    if (!clear_arg(c, n, &x)) return invalid(o);
    int base = reg_alloc(c, 2);
    to_reg_at(c, &x, base);
    emit_elem_slots(c, base + 1, x.type, type_under(x.type)->kind == T_MAP);
    emit(c, BC_CALLN, base, kptr(c, builtin_native("clear", "builtin.clear", 2)), 0);
    reg_free_to(c, base);
    o->mode = OM_NONE;
    o->type = NULL;
}

/* `go B(args)` / `defer B(args)` of a builtin: the arguments are checked
 * and evaluated now, by the same code as a plain call, into the argument
 * slots of the native behind B; GO or DEFER then takes that native. Go
 * allows exactly the builtins that may stand as statements. */
void builtin_go_defer(Compiler *c, Node *call, Sym *b, bool is_go) {
    const char *what = is_go ? "go" : "defer";
    set_line(c, call);
    if (call->flags & NF_ELLIPSIS && b->builtin != B_APPEND) {
        c_error(c, call, "invalid operation: invalid use of ... with built-in %s", b->name);
        return;
    }
    int base = reg_alloc(c, 1);
    int a = reg_alloc(c, 3);
    int nargs = 0;
    const char *native = NULL;
    Operand x, y;
    bool is_str;
    switch (b->builtin) {
    case B_CLOSE:
        if (!close_arg(c, call, &x)) return;
        to_reg_at(c, &x, a);
        native = "builtin.close", nargs = 1;
        break;
    case B_PANIC:
        if (!panic_arg(c, call, &x)) return;
        to_reg_at(c, &x, a);
        native = "builtin.panic", nargs = 1;
        break;
    case B_PRINT: case B_PRINTLN: {
        bool ln = b->builtin == B_PRINTLN;
        if (!print_args(c, call, ln, a)) return;
        native = ln ? "builtin.println" : "builtin.print", nargs = 1;
        break;
    }
    case B_DELETE:
        if (!delete_args(c, call, &x, &y)) return;
        if (y.type->is_block) clone_if_needed(c, &y); /* the key as it is now */
        to_reg_at(c, &x, a);
        to_reg_at(c, &y, a + 1);
        native = "builtin.delete", nargs = 2;
        break;
    case B_COPY:
        if (!copy_args(c, call, &x, &y, &is_str)) return;
        to_reg_at(c, &x, a);
        to_reg_at(c, &y, a + 1);
        emit_elem_slots(c, a + 2, x.type, is_str);
        native = "builtin.copy", nargs = 3;
        break;
    case B_CLEAR:
        if (!clear_arg(c, call, &x)) return;
        to_reg_at(c, &x, a);
        emit_elem_slots(c, a + 1, x.type, type_under(x.type)->kind == T_MAP);
        native = "builtin.clear", nargs = 2;
        break;
    case B_RECOVER:
        /* the runtime calls it, not a deferred function: it recovers nothing */
        if (!nargs_ok(c, call, "recover", 0, 0)) return;
        native = "builtin.recover", nargs = 0;
        break;
    default: {
        Operand o;
        builtin_call(c, call, b, &o, NULL);
        if (o.mode != OM_INVALID)
            c_error(c, call, "%s discards result of %s", what, op_describe(c, &o));
        return;
    }
    }
    emit_ax(c, BC_LOADK, base, kptr(c, closure_of(builtin_native(b->name, native, nargs))));
    if (is_go) emit(c, BC_GO, base, nargs, 0);
    else {
        c->fs->has_defer = true;
        emit(c, BC_DEFER, base, nargs, 0);
    }
    reg_free_to(c, base);
}

void builtin_call(Compiler *c, Node *n, Sym *b, Operand *o, Type *hint) {
    o->node = n;
    set_line(c, n);
    if (n->flags & NF_ELLIPSIS && b->builtin != B_APPEND) {
        c_error(c, n, "invalid operation: invalid use of ... with built-in %s", b->name);
        return invalid(o);
    }
    switch (b->builtin) {
    case B_LEN: return b_len_cap(c, n, o, false);
    case B_CAP: return b_len_cap(c, n, o, true);
    case B_APPEND: return b_append(c, n, o, hint);
    case B_MAKE: return b_make(c, n, o);
    case B_NEW: return b_new(c, n, o);
    case B_PANIC: return b_panic(c, n, o);
    case B_PRINT: return b_print(c, n, o, false);
    case B_PRINTLN: return b_print(c, n, o, true);
    case B_COPY: return b_copy(c, n, o);
    case B_DELETE: return b_delete(c, n, o);
    case B_CLOSE: return b_close(c, n, o);
    case B_MIN: return b_minmax(c, n, o, true, hint);
    case B_MAX: return b_minmax(c, n, o, false, hint);
    case B_CLEAR: return b_clear(c, n, o);
    case B_RECOVER: {
        if (!nargs_ok(c, n, "recover", 0, 0)) return invalid(o);
        int r = reg_alloc(c, 1);
        emit(c, BC_RECOVER, r, 0, 0);
        reg_result(c, o, r, type_any);
        return;
    }
    case B_COMPLEX: case B_REAL: case B_IMAG:
        c_error(c, n, "complex numbers are not supported by csp");
        return invalid(o);
    default:
        c_error(c, n, "unknown builtin %s", b->name);
        return invalid(o);
    }
}
