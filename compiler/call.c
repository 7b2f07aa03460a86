/* call.c: calls, method calls, conversions, type assertions, receives,
 * and the go/defer forms of a call.
 *
 * Calling convention: arguments go to consecutive registers starting at a
 * fresh register A (above every live value); the callee's frame starts
 * there, and its results come back in R[A..]. A closure call keeps the
 * closure in R[A] and arguments from A+1. Variadic arguments are packed into
 * a slice here, at the call site, as Go does.
 */
#include "compiler.h"

static void invalid(Operand *o) { o->mode = OM_INVALID; }

static void result_operand(Compiler *c, Operand *o, Type *sig, int base) {
    /* the results occupy base..base+n-1, whatever argument evaluation freed */
    int n = sig->nresults;
    if (c->fs->freereg < base + n) reg_alloc(c, base + n - c->fs->freereg);
    o->temp = true;
    o->fresh = true;
    o->reg = base;
    if (sig->nresults == 0) {
        o->mode = OM_NONE;
        o->type = NULL;
        reg_free_to(c, base);
    } else if (sig->nresults == 1) {
        o->mode = OM_REG;
        o->type = sig->results[0];
        reg_free_to(c, base + 1);
    } else {
        o->mode = OM_MULTI;
        o->type = type_tuple(sig->results, sig->nresults);
        reg_free_to(c, base + sig->nresults);
    }
}

static const char *sig_have(Compiler *c, Operand *args, int n) {
    Buf b;
    buf_init(&b);
    buf_putc(&b, '(');
    for (int i = 0; i < n; i++) {
        if (i) buf_puts(&b, ", ");
        if (args[i].mode == OM_CONST && type_is_untyped(args[i].type)) buf_puts(&b, "number");
        else if (args[i].mode == OM_NIL) buf_puts(&b, "nil");
        else buf_puts(&b, args[i].type ? type_str(args[i].type) : "?");
    }
    buf_putc(&b, ')');
    CSP_UNUSED(c);
    return buf_cstr(&b);
}

static const char *sig_want(Type *sig) {
    Buf b;
    buf_init(&b);
    buf_putc(&b, '(');
    for (int i = 0; i < sig->nparams; i++) {
        if (i) buf_puts(&b, ", ");
        if (sig->variadic && i == sig->nparams - 1) {
            buf_puts(&b, "...");
            buf_puts(&b, type_str(sig->params[i]->elem));
        } else
            buf_puts(&b, type_str(sig->params[i]));
    }
    buf_putc(&b, ')');
    return buf_cstr(&b);
}

/* Packs values already in regs vals..vals+n-1 (vals-1 is free scratch) into a
 * slice of type st, stored in register dst. */
static void pack_variadic(Compiler *c, int dst, int tb, int n, Type *st) {
    if (n == 0) {
        emit(c, BC_LOADZ, dst, 0, 0);
        return;
    }
    emit(c, BC_LOADZ, tb, 0, 0);
    emit(c, BC_APPEND, dst, tb, n);
    emit_ext(c, 0, kptr(c, st), 0);
}

/* Converts one argument operand to parameter type pt into register r. */
static bool put_arg(Compiler *c, Operand *o, Type *pt, int r, const char *fname) {
    if (o->mode == OM_INVALID) return false;
    if (!assignable(c, o, pt, csp_sprintf("argument to %s", fname))) return false;
    if (pt->is_block) clone_if_needed(c, o);
    to_reg_at(c, o, r);
    return true;
}

static bool arity_error(Compiler *c, Node *n, Type *sig, const char *fname, Operand *have, int nhave, bool few) {
    c_error(c, n, "%s arguments in call to %s\n\thave %s\n\twant %s", few ? "not enough" : "too many", fname,
            sig_have(c, have, nhave), sig_want(sig));
    return false;
}

/* f(g()) where g returns several values: spread them over the parameters. */
static bool spread_multi(Compiler *c, Node *n, Operand *m, Type *sig, int base, const char *fname) {
    Type *tt = m->type;
    int np = sig->nparams, fixed = sig->variadic ? np - 1 : np;
    Operand *have = csp_alloc(sizeof(Operand) * (tt->nresults + 1));
    for (int i = 0; i < tt->nresults; i++)
        have[i] = (Operand){.mode = OM_REG, .reg = m->reg + i, .type = tt->results[i], .temp = true, .node = n->list.items[0], .fresh = true};
    if (tt->nresults < fixed || (!sig->variadic && tt->nresults > np))
        return arity_error(c, n, sig, fname, have, tt->nresults, tt->nresults < fixed);
    /* values sit at m->reg..; copy them out to a scratch area first (they may overlap base) */
    int tmp = reg_alloc(c, tt->nresults + 1);
    for (int i = 0; i < tt->nresults; i++) {
        if (!assignable(c, &have[i], i < fixed ? sig->params[i] : sig->params[np - 1]->elem, csp_sprintf("argument to %s", fname)))
            return false;
        to_reg_at(c, &have[i], tmp + 1 + i);
    }
    for (int i = 0; i < fixed; i++) emit(c, BC_MOVE, base + i, tmp + 1 + i, 0);
    if (sig->variadic) pack_variadic(c, base + np - 1, tmp + fixed, tt->nresults - fixed, sig->params[np - 1]);
    return true;
}

/* Evaluates the arguments of call n for signature sig into registers
 * base... Returns false on error. */
static bool call_args(Compiler *c, Node *n, Type *sig, int base, const char *fname) {
    int np = sig->nparams;
    NodeList *args = &n->list;
    bool spread = n->flags & NF_ELLIPSIS;
    int nargs = args->len;
    int fixed = sig->variadic && !spread ? np - 1 : np;
    if (c->fs->freereg < base + np) reg_alloc(c, base + np - c->fs->freereg);
    if (spread && !sig->variadic) {
        c_error(c, n, "have (...) used with non-variadic function %s", fname);
        return false;
    }
    Operand first;
    bool have_first = false;
    if (nargs == 1 && !spread && args->items[0]->kind == N_CALL) {
        expr(c, args->items[0], &first, np >= 1 ? (sig->variadic && np == 1 ? sig->params[0]->elem : sig->params[0]) : NULL);
        if (first.mode == OM_INVALID) return false;
        if (first.mode == OM_MULTI) return spread_multi(c, n, &first, sig, base, fname);
        if (first.mode == OM_NONE) {
            c_error(c, args->items[0], "%s (no value) used as value", node_str(args->items[0]));
            return false;
        }
        have_first = true;
    }
    if (nargs < fixed || (!sig->variadic && nargs > np) || (spread && nargs != np)) {
        Operand *have = csp_alloc(sizeof(Operand) * (nargs + 1));
        for (int i = 0; i < nargs; i++) {
            if (i == 0 && have_first) { have[0] = first; continue; }
            int save = c->fs->freereg;
            expr(c, args->items[i], &have[i], NULL);
            reg_free_to(c, save);
        }
        return arity_error(c, nargs < fixed ? n : args->items[np < nargs ? np : nargs - 1], sig, fname, have, nargs,
                           nargs < fixed);
    }
    for (int i = 0; i < fixed; i++) {
        Operand o;
        if (i == 0 && have_first) o = first;
        else expr_rvalue(c, args->items[i], &o, sig->params[i]);
        if (!put_arg(c, &o, sig->params[i], base + i, fname)) return false;
        reg_free_to(c, base + np);
    }
    if (sig->variadic && !spread) {
        int extra = nargs - fixed;
        Type *et = sig->params[np - 1]->elem;
        int tb = reg_alloc(c, extra + 1);
        for (int i = 0; i < extra; i++) {
            Operand o;
            if (fixed + i == 0 && have_first) o = first;
            else expr_rvalue(c, args->items[fixed + i], &o, et);
            if (!put_arg(c, &o, et, tb + 1 + i, fname)) return false;
            reg_free_to(c, tb + extra + 1);
        }
        pack_variadic(c, base + np - 1, tb, extra, sig->params[np - 1]);
        reg_free_to(c, base + np);
    }
    return true;
}

/* Reserves the call window: max(args, results) registers at the top. */
static int call_window(Compiler *c, Type *sig, int extra) {
    int n = sig->nparams > sig->nresults ? sig->nparams : sig->nresults;
    return reg_alloc(c, n + extra > 0 ? n + extra : 1);
}

static const char *callee_name(Node *fn) { return node_str(fn); }

/* ---------- receivers ---------- */

/* Computes the receiver for method m from operand x into register r.
 * Follows promotion paths and adds & or * as Go's method calls do. */
static bool method_receiver(Compiler *c, Operand *x, Method *m, int r, Node *at) {
    Type *t = x->type;
    int cur = to_anyreg(c, x);
    Type *ct = t;
    /* walk embedded fields */
    for (int h = 0; h < m->ndeps; h++) {
        int tmp = reg_alloc(c, 1);
        emit(c, m->path_ptr[h] ? BC_LOAD : BC_ADDR, tmp, cur, m->path_off[h]);
        cur = tmp;
        ct = NULL;
    }
    bool have_ptr;
    Type *elem_t;
    if (m->ndeps == 0) {
        have_ptr = type_under(t)->kind == T_POINTER && !t->name;
        elem_t = have_ptr ? type_under(t)->elem : t;
    } else {
        have_ptr = true; /* the walk leaves a pointer to the embedded value */
        elem_t = NULL;
        if (!m->path_ptr[m->ndeps - 1]) have_ptr = true;
    }
    CSP_UNUSED(ct);
    if (m->ptr_recv) {
        if (have_ptr) {
            emit(c, BC_MOVE, r, cur, 0);
            return true;
        }
        /* need &x */
        if (t->is_block) {
            mark_root_escapes(c, at->a);
            emit(c, BC_MOVE, r, cur, 0);
            return true;
        }
        Node *recv = at->a;
        Operand addr;
        Node fake = *at;
        fake.kind = N_UNARY;
        fake.op = OP_ADDR;
        fake.a = recv;
        extern void address_of(Compiler *c, Node *n, Operand *o);
        address_of(c, &fake, &addr);
        if (addr.mode == OM_INVALID) {
            c_error(c, at, "cannot call pointer method %s on %s", m->name, type_str(t));
            return false;
        }
        to_reg_at(c, &addr, r);
        return true;
    }
    /* value receiver */
    if (have_ptr) {
        Type *vt = elem_t ? elem_t : NULL;
        if (m->ndeps) {
            /* cur points at the embedded value: pass a copy */
            Type *rt = m->fn->type->params[0];
            if (rt->is_block) emit(c, BC_CLONE, r, cur, kptr(c, rt));
            else emit(c, BC_LOAD, r, cur, 0);
            return true;
        }
        if (vt && vt->is_block) emit(c, BC_CLONE, r, cur, kptr(c, vt));
        else emit(c, BC_LOAD, r, cur, 0);
        return true;
    }
    if (t->is_block && !x->fresh) emit(c, BC_CLONE, r, cur, kptr(c, t));
    else emit(c, BC_MOVE, r, cur, 0);
    return true;
}

/* Loads the embedded interface value that method m of x was promoted
 * from (m->fn is NULL: the interface's dynamic type decides the body). */
static int embedded_iface(Compiler *c, Operand *x, Method *m) {
    int cur = to_anyreg(c, x);
    for (int h = 0; h < m->ndeps; h++) {
        int tmp = reg_alloc(c, 1);
        emit(c, (h == m->ndeps - 1 || m->path_ptr[h]) ? BC_LOAD : BC_ADDR, tmp, cur, m->path_off[h]);
        cur = tmp;
    }
    return cur;
}

/* Method value x.M: a closure binding the receiver. */
void method_value(Compiler *c, Operand *o) {
    Node *n = o->node;
    int r = reg_alloc(c, 1);
    if (!o->method) {
        int x = to_anyreg(c, o);
        emit(c, BC_BINDI, r, kptr(c, o->iface_method), x);
    } else if (!o->method->fn) {
        /* promoted from an embedded interface: bind that interface's method */
        Operand x = *o;
        x.mode = OM_REG;
        x.type = o->recv_type;
        emit(c, BC_BINDI, r, kptr(c, o->method->name), embedded_iface(c, &x, o->method));
    } else {
        int recv = reg_alloc(c, 1);
        Operand x = *o;
        x.mode = OM_REG;
        x.type = o->recv_type;
        if (!method_receiver(c, &x, o->method, recv, n)) return invalid(o);
        emit(c, BC_BIND, r, kptr(c, o->method->fn), recv);
    }
    o->mode = OM_REG;
    o->reg = r;
    o->temp = true;
    o->type = o->method ? o->method->sig : o->type;
    o->fresh = true;
    reg_free_to(c, r + 1);
}

/* ---------- conversions ---------- */

static bool convertible(Type *from, Type *to) {
    Type *fu = type_under(from), *tu = type_under(to);
    if (fu == tu) return true;
    if (fu->kind == T_POINTER && tu->kind == T_POINTER && type_under(fu->elem) == type_under(tu->elem)) return true;
    if (type_is_numeric(fu) && type_is_numeric(tu)) return true;
    if (type_is_string(tu)) {
        if (type_is_integer(fu)) return true;
        if (fu->kind == T_SLICE && (type_under(fu->elem)->kind == T_UINT8 || type_under(fu->elem)->kind == T_INT32)) return true;
    }
    if (type_is_string(fu) && tu->kind == T_SLICE &&
        (type_under(tu->elem)->kind == T_UINT8 || type_under(tu->elem)->kind == T_INT32))
        return true;
    if (fu->kind == T_CHAN && tu->kind == T_CHAN && fu->elem == tu->elem) return true;
    /* Go 1.20+: a slice converts to an array or a pointer to an array */
    if (fu->kind == T_SLICE && tu->kind == T_ARRAY && fu->elem == tu->elem) return true;
    if (fu->kind == T_SLICE && tu->kind == T_POINTER && type_under(tu->elem)->kind == T_ARRAY &&
        type_under(tu->elem)->elem == fu->elem)
        return true;
    return false;
}

static void conversion(Compiler *c, Node *n, Type *t, Operand *o) {
    if (n->list.len != 1) {
        c_error(c, n, n->list.len ? "too many arguments in conversion to %s" : "missing argument in conversion to %s", type_str(t));
        return invalid(o);
    }
    Operand x;
    expr_rvalue(c, n->list.items[0], &x, t);
    if (x.mode == OM_INVALID) return invalid(o);
    Type *tu = type_under(t);
    o->node = n;
    if (x.mode == OM_NIL) {
        if (tu->kind == T_POINTER || tu->kind == T_SLICE || tu->kind == T_MAP || tu->kind == T_CHAN ||
            tu->kind == T_FUNC || tu->kind == T_INTERFACE) {
            *o = x;
            o->type = t;
            o->mode = OM_NIL;
            int r = reg_alloc(c, 1);
            emit(c, BC_LOADZ, r, 0, 0);
            o->mode = OM_REG;
            o->reg = r;
            o->temp = true;
            return;
        }
        c_error(c, n, "cannot convert nil to type %s", type_str(t));
        return invalid(o);
    }
    if (x.mode == OM_CONST && tu->kind != T_INTERFACE) {
        /* constant conversions */
        if (type_is_string(tu) && type_is_integer(x.type) && !type_is_string(x.type)) {
            ConstVal v;
            __int128 r = x.cv.kind == CV_INT ? x.cv.i : -1;
            Buf b;
            buf_init(&b);
            buf_put_rune(&b, (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) ? 0xFFFD : (int32_t)r);
            v = cv_string(str_new(b.data, (int64_t)b.len));
            o->mode = OM_CONST;
            o->type = t;
            o->cv = v;
            return;
        }
        if (type_is_numeric(tu) && (x.cv.kind == CV_INT || x.cv.kind == CV_FLOAT)) {
            ConstVal v, cv = x.cv;
            if (type_is_float(tu) && cv.kind == CV_INT) cv = cv_to_float(cv);
            if (!cv_representable(cv, t, &v)) {
                bool trunc = type_is_integer(tu) && cv.kind == CV_FLOAT;
                c_error(c, n, "cannot convert %s to type %s%s", op_describe(c, &x), type_str(t),
                        trunc ? " (truncated)" : "");
                return invalid(o);
            }
            o->mode = OM_CONST;
            o->type = t;
            o->cv = v;
            return;
        }
        if ((type_is_string(tu) && x.cv.kind == CV_STRING) || (type_is_boolean(tu) && x.cv.kind == CV_BOOL)) {
            o->mode = OM_CONST;
            o->type = t;
            o->cv = x.cv;
            return;
        }
        if (type_is_untyped(x.type)) x.type = type_default(x.type);
    }
    if (tu->kind == T_INTERFACE) {
        if (!assignable(c, &x, t, "conversion")) return invalid(o);
        *o = x;
        o->type = t;
        o->node = n;
        return;
    }
    if (type_is_untyped(x.type)) {
        if (!assignable(c, &x, type_default(x.type), "conversion")) return invalid(o);
        x.type = type_default(x.type);
    }
    Type *from = x.type, *fu = type_under(from);
    if (!convertible(from, t)) {
        c_error(c, n, "cannot convert %s to type %s", op_describe(c, &x), type_str(t));
        return invalid(o);
    }
    int src = to_anyreg(c, &x);
    int r = x.temp ? src : reg_alloc(c, 1);
    bool same_repr = fu == tu || (fu->kind == T_POINTER && tu->kind == T_POINTER) || (fu->kind == T_CHAN && tu->kind == T_CHAN);
    if (same_repr) {
        if (r != src) {
            if (t->is_block && !x.fresh) emit(c, BC_CLONE, r, src, kptr(c, t));
            else emit(c, BC_MOVE, r, src, 0);
        }
    } else if (type_is_integer(fu) && type_is_integer(tu)) {
        int bits = type_int_bits(tu);
        if (bits < 64) emit(c, type_is_unsigned(tu) ? BC_ZEXT : BC_SEXT, r, src, bits);
        else if (r != src) emit(c, BC_MOVE, r, src, 0);
    } else if (type_is_integer(fu) && type_is_float(tu)) {
        emit(c, type_is_unsigned(fu) ? BC_U2F : BC_I2F, r, src, 0);
        if (tu->kind == T_FLOAT32) emit(c, BC_F32, r, r, 0);
    } else if (type_is_float(fu) && type_is_integer(tu)) {
        emit(c, type_is_unsigned(tu) ? BC_F2U : BC_F2I, r, src, 0);
        int bits = type_int_bits(tu);
        if (bits < 64) emit(c, type_is_unsigned(tu) ? BC_ZEXT : BC_SEXT, r, r, bits);
    } else if (type_is_float(fu) && type_is_float(tu)) {
        if (tu->kind == T_FLOAT32) emit(c, BC_F32, r, src, 0);
        else if (r != src) emit(c, BC_MOVE, r, src, 0);
    } else if (type_is_string(tu) && type_is_integer(fu)) {
        emit(c, BC_RUNE2S, r, src, 0);
    } else if (type_is_string(tu) && fu->kind == T_SLICE) {
        emit(c, type_under(fu->elem)->kind == T_UINT8 ? BC_BYTES2S : BC_RUNES2S, r, src, 0);
    } else if (type_is_string(fu) && tu->kind == T_SLICE) {
        emit(c, type_under(tu->elem)->kind == T_UINT8 ? BC_S2BYTES : BC_S2RUNES, r, src, 0);
    } else if (fu->kind == T_SLICE && tu->kind == T_ARRAY) {
        emit(c, BC_SL2A, r, src, kptr(c, tu));
    } else if (fu->kind == T_SLICE && tu->kind == T_POINTER) {
        emit(c, BC_SL2AP, r, src, kptr(c, type_under(tu->elem)));
    } else if (r != src)
        emit(c, BC_MOVE, r, src, 0);
    o->mode = OM_REG;
    o->reg = r;
    o->temp = true;
    o->type = t;
    o->fresh = true;
}

/* ---------- calls ---------- */


static Func *static_func_of(Operand *f) {
    /* a REPL function is called through its slot, so a redefinition reaches the call */
    if (f->mode == OM_FUNC && f->sym && f->sym->fn && !f->sym->repl_slot) return f->sym->fn;
    return NULL;
}

void expr_call(Compiler *c, Node *n, Operand *o, Type *hint) {
    Operand f;
    memset(&f, 0, sizeof f);
    expr(c, n->a, &f, NULL);
    o->node = n;
    if (f.mode == OM_INVALID) {
        /* still check the arguments for errors */
        return invalid(o);
    }
    if (f.mode == OM_TYPE) return conversion(c, n, f.type, o);
    if (f.mode == OM_BUILTIN) return builtin_call(c, n, f.sym, o, hint);
    emit_call_operand(c, &f, n, o, false, false);
}

/* Emits the call of function operand f with the arguments of `call`.
 * For go/defer, evaluates the function and arguments and emits GO/DEFER. */
void emit_call_operand(Compiler *c, Operand *f, Node *call, Operand *o, bool is_go, bool is_defer) {
    const char *fname = callee_name(call->a);
    if (f->mode == OM_PKG) {
        c_error(c, call->a, "use of package %s without selector", node_str(call->a));
        return invalid(o);
    }
    Type *sig = f->type;
    if (f->mode == OM_METHOD) sig = f->type;
    if (!sig || type_under(sig)->kind != T_FUNC) {
        c_error(c, call, "invalid operation: cannot call non-function %s", op_describe(c, f));
        return invalid(o);
    }
    sig = type_under(sig);
    set_line(c, call);
    bool deferred = is_go || is_defer;
    if (f->mode == OM_METHOD && !deferred) {
        if (!f->method) {
            /* interface method call: R[A] = iface, args from A+1 */
            int iface = to_anyreg(c, f);
            int base = reg_alloc(c, 1 + (sig->nparams > sig->nresults ? sig->nparams : sig->nresults));
            emit(c, BC_MOVE, base, iface, 0);
            if (!call_args(c, call, sig, base + 1, fname)) return invalid(o);
            set_line(c, call);
            /* a Locker's Lock names its receiver for deadlock reports, as sync's methods do */
            if ((!strcmp(f->iface_method, "Lock") || !strcmp(f->iface_method, "RLock")) && call->a->kind == N_SELECTOR)
                site_name(c, call->a->a);
            emit(c, BC_CALLI, base, kptr(c, f->iface_method), c->fs->nicache++);
            result_operand(c, o, sig, base);
            return;
        }
        Method *m = f->method;
        if (!m->fn) {
            /* promoted from an embedded interface: call through that interface value */
            int cur = embedded_iface(c, f, m);
            int base = reg_alloc(c, 1 + (sig->nparams > sig->nresults ? sig->nparams : sig->nresults));
            emit(c, BC_MOVE, base, cur, 0);
            if (!call_args(c, call, sig, base + 1, fname)) return invalid(o);
            set_line(c, call);
            emit(c, BC_CALLI, base, kptr(c, m->name), c->fs->nicache++);
            result_operand(c, o, sig, base);
            return;
        }
        /* a REPL method is called through its slot: closure, then receiver and arguments */
        int slot = m->fn ? m->repl_slot : 0;
        int cb = slot > 0 ? reg_alloc(c, 1) : -1;
        int base = reg_alloc(c, 1 + (sig->nparams > sig->nresults - 1 ? sig->nparams : sig->nresults));
        Operand x = *f;
        x.mode = OM_REG;
        x.type = f->recv_type;
        if (!method_receiver(c, &x, m, base, call->a)) return invalid(o);
        reg_free_to(c, base + 1 + sig->nparams);
        if (c->fs->freereg < base + 1 + sig->nparams) reg_alloc(c, base + 1 + sig->nparams - c->fs->freereg);
        if (!call_args(c, call, sig, base + 1, fname)) return invalid(o);
        set_line(c, call);
        if (!m->fn) {
            c_error(c, call, "method %s has no body", m->name);
            return invalid(o);
        }
        /* a sync method names its receiver for deadlock reports (mu in mu.Lock()) */
        if (!strncmp(m->fn->name, "sync.", 5) && call->a->kind == N_SELECTOR) site_name(c, call->a->a);
        if (slot > 0) {
            repl_redef_load_slot(c, slot, cb);
            emit(c, BC_CALLC, cb, 0, 0);
            result_operand(c, o, sig, cb);
            return;
        }
        emit(c, m->fn->native ? BC_CALLN : BC_CALL, base, kptr(c, m->fn), 0);
        result_operand(c, o, sig, base);
        return;
    }
    Func *sf = static_func_of(f);
    if (sf && !deferred) {
        int base = call_window(c, sig, 0);
        if (!call_args(c, call, sig, base, fname)) return invalid(o);
        set_line(c, call);
        emit(c, sf->native ? BC_CALLN : BC_CALL, base, kptr(c, sf), 0);
        result_operand(c, o, sig, base);
        return;
    }
    /* closure call (also go/defer of anything) */
    int base = reg_alloc(c, 1 + (sig->nparams > sig->nresults ? sig->nparams : sig->nresults));
    if (f->mode == OM_METHOD) {
        method_value(c, f);
    }
    to_reg_at(c, f, base);
    reg_free_to(c, base + 1 + sig->nparams);
    if (c->fs->freereg < base + 1 + sig->nparams) reg_alloc(c, base + 1 + sig->nparams - c->fs->freereg);
    if (!call_args(c, call, sig, base + 1, fname)) return invalid(o);
    set_line(c, call);
    if (is_go) {
        emit(c, BC_GO, base, sig->nparams, 0);
        o->mode = OM_NONE;
        reg_free_to(c, base);
        return;
    }
    if (is_defer) {
        c->fs->has_defer = true;
        emit(c, BC_DEFER, base, sig->nparams, 0);
        o->mode = OM_NONE;
        reg_free_to(c, base);
        return;
    }
    emit(c, BC_CALLC, base, 0, 0);
    result_operand(c, o, sig, base);
}

/* ---------- type assertion and receive ---------- */

void expr_typeassert(Compiler *c, Node *n, Operand *o) {
    Operand x;
    expr_rvalue(c, n->a, &x, NULL);
    if (x.mode == OM_INVALID) return invalid(o);
    if (!n->b) {
        c_error(c, n, "invalid syntax tree: use of .(type) outside type switch");
        return invalid(o);
    }
    if (type_under(x.type)->kind != T_INTERFACE) {
        c_error(c, n->a, "invalid operation: %s is not an interface", op_describe(c, &x));
        return invalid(o);
    }
    Type *t = resolve_type(c, n->b);
    if (t == type_invalid) return invalid(o);
    if (type_under(t)->kind != T_INTERFACE) {
        const char *missing;
        bool wrong, ptr_only;
        if (!type_implements(t, x.type, &missing, &wrong, &ptr_only)) {
            c_error(c, n->b, "impossible type assertion: %s\n\t%s does not implement %s (missing method %s)",
                    node_str(n), type_str(t), type_str(x.type), missing);
            return invalid(o);
        }
    }
    int src = to_anyreg(c, &x);
    int r = reg_alloc(c, 2);
    emit(c, BC_ASSERT, r, src, kptr(c, t));
    emit_ext(c, 0, kptr(c, x.type), 0);
    o->mode = OM_COMMAOK;
    o->commaok_kind = 2;
    o->reg = r;
    o->temp = true;
    o->type = t;
    o->fresh = false;
    o->aux_reg = here(c) - 2;
    o->node = n;
    reg_free_to(c, r + 1);
}

void recv_expr(Compiler *c, Node *n, Operand *o) {
    Operand x;
    expr_rvalue(c, n->a, &x, NULL);
    if (x.mode == OM_INVALID) return invalid(o);
    Type *u = type_under(x.type);
    if (u->kind != T_CHAN) {
        c_error(c, n, "invalid operation: cannot receive from non-channel %s", op_describe(c, &x));
        return invalid(o);
    }
    if (u->dir == CHAN_SEND) {
        c_error(c, n, "invalid operation: cannot receive from send-only channel %s", op_describe(c, &x));
        return invalid(o);
    }
    int ch = to_anyreg(c, &x);
    int r = reg_alloc(c, 2);
    set_line(c, n);
    site_name(c, n->a);
    emit(c, BC_RECV, r, ch, 0);
    o->mode = OM_COMMAOK;
    o->commaok_kind = 3;
    o->reg = r;
    o->temp = true;
    o->type = u->elem;
    o->fresh = true;
    o->aux_reg = here(c) - 1;
    o->node = n;
    reg_free_to(c, r + 1);
}

/* Turns a comma-ok operand into its two-value form: value in reg, ok in reg+1. */
void commaok_enable(Compiler *c, Operand *o) {
    Instr *in = &c->fs->code[o->aux_reg];
    if (o->commaok_kind == 3) in->c = 1;
    else c->fs->code[o->aux_reg + 1].a = 1;
    if (c->fs->freereg < o->reg + 2) reg_alloc(c, o->reg + 2 - c->fs->freereg);
}
