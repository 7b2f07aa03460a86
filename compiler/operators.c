/* operators.c: unary and binary operators, comparisons and conditions.
 *
 * Go's operand rules (untyped constants adopt the other operand's type,
 * constant expressions fold exactly, shifts take the type of their context)
 * are applied here, then the typed instruction is chosen: ADD for integers,
 * ADDF for floats, CONCAT for strings, with SEXT/ZEXT after operations that
 * can overflow a sized integer type. Conditions compile to fused
 * compare-and-branch instructions where possible.
 */
#include <math.h>

#include "compiler.h"

static bool is_shift(Op op) { return op == OP_SHL || op == OP_SHR; }
static bool is_comparison(Op op) { return op >= OP_EQ && op <= OP_GE; }

/* Renormalises a sized integer after an operation that may overflow it. */
static void normalize_int(Compiler *c, Type *t, int r) {
    Type *u = type_under(t);
    int bits = type_int_bits(u);
    if (bits == 64 || !type_is_integer(u)) return;
    emit(c, type_is_unsigned(u) ? BC_ZEXT : BC_SEXT, r, r, bits);
}

static void normalize(Compiler *c, Type *t, int r) {
    if (type_under(t)->kind == T_FLOAT32) emit(c, BC_F32, r, r, 0);
    else normalize_int(c, t, r);
}

static bool op_defined(Op op, Type *t) {
    Type *u = type_under(t);
    switch (op) {
    case OP_ADD: return type_is_numeric(u) || type_is_string(u);
    case OP_SUB: case OP_MUL: case OP_DIV: return type_is_numeric(u);
    case OP_REM: case OP_AND: case OP_OR: case OP_XOR: case OP_ANDNOT: case OP_SHL: case OP_SHR:
        return type_is_integer(u);
    case OP_ANDAND: case OP_OROR: return type_is_boolean(u);
    default: return true;
    }
}

static void invalid(Operand *o) { o->mode = OM_INVALID; }

/* Brings two operands to a common type for a binary operation. */
static bool unify(Compiler *c, Node *n, Operand *x, Operand *y) {
    bool xu = type_is_untyped(x->type) || x->mode == OM_NIL;
    bool yu = type_is_untyped(y->type) || y->mode == OM_NIL;
    if (xu && !yu) {
        if (x->mode == OM_NIL && type_under(y->type)->kind == T_INTERFACE) { x->type = y->type; return true; }
        if (x->mode == OM_CONST || x->mode == OM_NIL) {
            Diags *saved = c->diags;
            CSP_UNUSED(saved);
            ConstVal v;
            if (x->mode == OM_NIL) {
                Type *u = type_under(y->type);
                if (u->kind == T_POINTER || u->kind == T_SLICE || u->kind == T_MAP || u->kind == T_CHAN ||
                    u->kind == T_FUNC) { x->type = y->type; return true; }
                c_error(c, n, "invalid operation: %s (mismatched types untyped nil and %s)", node_str(n), type_str(y->type));
                return false;
            }
            if (type_under(y->type)->kind == T_INTERFACE) return assignable(c, x, y->type, "comparison");
            if (!cv_representable(x->cv, y->type, &v)) {
                bool kind_ok = (x->cv.kind == CV_INT || x->cv.kind == CV_FLOAT) ? type_is_numeric(type_under(y->type))
                             : x->cv.kind == CV_STRING ? type_is_string(type_under(y->type))
                             : type_is_boolean(type_under(y->type));
                if (kind_ok)
                    c_error(c, x->node, "%s (%s constant) overflows %s", node_str(x->node), type_str(x->type), type_str(y->type));
                else
                    c_error(c, n, "invalid operation: %s (mismatched types %s and %s)", node_str(n), type_str(x->type), type_str(y->type));
                return false;
            }
            x->cv = v;
            x->type = y->type;
            return true;
        }
        /* untyped non-constant (bool from comparison, shifted value) */
        if ((x->type->kind == T_UNTYPED_BOOL && type_is_boolean(type_under(y->type))) ||
            (type_is_integer(x->type) && type_is_integer(type_under(y->type)))) {
            x->type = y->type;
            return true;
        }
        c_error(c, n, "invalid operation: %s (mismatched types %s and %s)", node_str(n), type_str(x->type), type_str(y->type));
        return false;
    }
    if (yu && !xu) return unify(c, n, y, x);
    if (xu && yu) {
        if (x->mode == OM_NIL && y->mode == OM_NIL) {
            c_error(c, n, "invalid operation: %s (operator %s not defined on nil)", node_str(n), ast_op_str(n->op));
            return false;
        }
        if (x->mode == OM_NIL || y->mode == OM_NIL) {
            Operand *other = x->mode == OM_NIL ? y : x;
            c_error(c, n, "invalid operation: %s (mismatched types %s and untyped nil)", node_str(n), type_str(other->type));
            return false;
        }
        /* both untyped: numeric kinds rank int < rune < float */
        bool xn = type_is_numeric(x->type), yn = type_is_numeric(y->type);
        if (xn && yn) {
            Type *t = x->type->kind > y->type->kind ? x->type : y->type;
            x->type = y->type = t;
            if (t->kind == T_UNTYPED_FLOAT) {
                if (x->mode == OM_CONST) x->cv = cv_to_float(x->cv);
                if (y->mode == OM_CONST) y->cv = cv_to_float(y->cv);
            }
            return true;
        }
        if (x->type->kind != y->type->kind) {
            c_error(c, n, "invalid operation: %s (mismatched types %s and %s)", node_str(n), type_str(x->type), type_str(y->type));
            return false;
        }
        return true;
    }
    /* both typed */
    if (x->type == y->type) return true;
    Type *xu2 = type_under(x->type), *yu2 = type_under(y->type);
    if (is_comparison(n->op)) {
        if (xu2->kind == T_INTERFACE && !type_is_interface(yu2)) return assignable(c, y, x->type, "comparison");
        if (yu2->kind == T_INTERFACE && !type_is_interface(xu2)) return assignable(c, x, y->type, "comparison");
        if (xu2->kind == T_INTERFACE && yu2->kind == T_INTERFACE) return true;
        if (xu2 == yu2 && (!x->type->name || !y->type->name)) return true;
        if (xu2->kind == T_CHAN && yu2->kind == T_CHAN && xu2->elem == yu2->elem) return true;
    }
    c_error(c, n, "invalid operation: %s (mismatched types %s and %s)", node_str(n), type_str(x->type), type_str(y->type));
    return false;
}

/* Folds a binary operation on two constants of common type t. */
static void fold_binary(Compiler *c, Node *n, Operand *x, Operand *y, Operand *o) {
    Type *t = x->type;
    if (is_comparison(n->op)) {
        o->mode = OM_CONST;
        o->type = type_untyped_bool;
        o->cv = cv_bool(cv_compare(n->op, x->cv, y->cv));
        return;
    }
    bool intdiv = type_is_integer(type_under(t)) || (x->cv.kind == CV_INT && y->cv.kind == CV_INT && t->kind != T_UNTYPED_FLOAT);
    ConstVal r;
    const char *err = NULL;
    if (!cv_binary(n->op, x->cv, y->cv, intdiv, &r, &err)) {
        c_error(c, n, "%s", err);
        invalid(o);
        return;
    }
    if (!type_is_untyped(t)) {
        ConstVal v;
        if (!cv_representable(r, t, &v)) {
            c_error(c, n, "cannot use %s (untyped %s constant %s) as %s value in expression (overflows)", node_str(n),
                    r.kind == CV_FLOAT ? "float" : "int", cv_str(r), type_str(t));
            invalid(o);
            return;
        }
        r = v;
    }
    o->mode = OM_CONST;
    o->type = t;
    o->cv = r;
}

static int arith_opcode(Op op, Type *t) {
    Type *u = type_under(t);
    bool f = type_is_float(u), uns = type_is_unsigned(u);
    switch (op) {
    case OP_ADD: return type_is_string(u) ? BC_CONCAT : f ? BC_ADDF : BC_ADD;
    case OP_SUB: return f ? BC_SUBF : BC_SUB;
    case OP_MUL: return f ? BC_MULF : BC_MUL;
    case OP_DIV: return f ? BC_DIVF : uns ? BC_DIVU : BC_DIV;
    case OP_REM: return uns ? BC_REMU : BC_REM;
    case OP_AND: return BC_BAND;
    case OP_OR: return BC_BOR;
    case OP_XOR: return BC_BXOR;
    case OP_ANDNOT: return BC_BANDNOT;
    case OP_SHL: return BC_SHL;
    case OP_SHR: return uns ? BC_SHRU : BC_SHR;
    default: return BC_NOP;
    }
}

/* Result register for a binary op: reuse a temporary operand. */
static int result_reg(Compiler *c, Operand *x, Operand *y) {
    int lo = x->temp && (x->mode == OM_REG) ? x->reg : -1;
    int hi = y->temp && (y->mode == OM_REG) ? y->reg : -1;
    int r = lo >= 0 && (hi < 0 || lo < hi) ? lo : hi;
    if (r >= 0) {
        reg_free_to(c, r + 1);
        return r;
    }
    return reg_alloc(c, 1);
}

static void emit_compare(Compiler *c, Node *n, Operand *x, Operand *y, Operand *o);

static void shift_expr(Compiler *c, Node *n, Operand *x, Operand *y, Operand *o, Type *hint) {
    /* right operand: integer, or untyped constant representable as uint */
    if (y->mode == OM_CONST) {
        ConstVal v;
        if (!cv_representable(y->cv, type_untyped_int, &v)) {
            c_error(c, y->node, "invalid shift count %s", op_describe(c, y));
            return invalid(o);
        }
        if (v.i < 0) {
            c_error(c, y->node, "invalid shift count %s (must be non-negative)", op_describe(c, y));
            return invalid(o);
        }
        y->cv = v;
        if (type_is_untyped(y->type)) y->type = type_untyped_int;
    } else if (!type_is_integer(type_under(y->type))) {
        c_error(c, y->node, "invalid operation: shift count %s must be integer", op_describe(c, y));
        return invalid(o);
    }
    if (x->mode == OM_CONST && y->mode == OM_CONST) {
        if (type_is_untyped(x->type)) {
            ConstVal v;
            if (!cv_representable(x->cv, type_untyped_int, &v)) {
                c_error(c, x->node, "invalid operation: shifted operand %s must be integer", op_describe(c, x));
                return invalid(o);
            }
            x->cv = v;
            if (x->type->kind == T_UNTYPED_FLOAT) x->type = type_untyped_int;
        } else if (!type_is_integer(type_under(x->type))) {
            c_error(c, n, "invalid operation: shifted operand %s must be integer", op_describe(c, x));
            return invalid(o);
        }
        ConstVal r;
        const char *err;
        if (!cv_binary(n->op, x->cv, y->cv, true, &r, &err)) {
            c_error(c, n, "%s", err);
            return invalid(o);
        }
        if (!type_is_untyped(x->type)) {
            ConstVal v;
            if (!cv_representable(r, x->type, &v)) {
                /* Go truncates typed constant shifts? no: it is an overflow error */
                c_error(c, n, "constant %s overflows %s", cv_str(r), type_str(x->type));
                return invalid(o);
            }
            r = v;
        }
        o->mode = OM_CONST;
        o->type = x->type;
        o->cv = r;
        return;
    }
    if (x->mode == OM_CONST && type_is_untyped(x->type)) {
        Type *t = hint && type_is_integer(type_under(hint)) ? hint : type_int;
        if (hint && !type_is_untyped(hint) && !type_is_integer(type_under(hint)) && type_under(hint)->kind != T_INTERFACE) {
            c_error(c, n, "invalid operation: shifted operand %s (type %s) must be integer", node_str(x->node), type_str(hint));
            return invalid(o);
        }
        ConstVal v;
        if (!cv_representable(x->cv, t, &v)) {
            c_error(c, x->node, "cannot use %s as %s value in shift", op_describe(c, x), type_str(t));
            return invalid(o);
        }
        x->cv = v;
        x->type = t;
    }
    if (!type_is_integer(type_under(x->type))) {
        c_error(c, n, "invalid operation: shifted operand %s must be integer", op_describe(c, x));
        return invalid(o);
    }
    int a = to_anyreg(c, x), b = to_anyreg(c, y);
    int r = result_reg(c, x, y);
    emit(c, arith_opcode(n->op, x->type), r, a, b);
    normalize_int(c, x->type, r);
    o->mode = OM_REG;
    o->reg = r;
    o->temp = true;
    o->type = x->type;
}

static void logical(Compiler *c, Node *n, Operand *o) {
    Operand x;
    expr_rvalue(c, n->a, &x, NULL);
    if (x.mode == OM_INVALID) return invalid(o);
    if (!type_is_boolean(type_under(x.type))) {
        c_error(c, n, "invalid operation: operator %s not defined on %s", ast_op_str(n->op), op_describe(c, &x));
        return invalid(o);
    }
    if (x.mode == OM_CONST) {
        Operand y;
        int save = here(c);
        CSP_UNUSED(save);
        expr_rvalue(c, n->b, &y, NULL);
        if (y.mode == OM_INVALID) return invalid(o);
        if (y.mode == OM_CONST) {
            Node tmp = *n;
            CSP_UNUSED(tmp);
            o->mode = OM_CONST;
            o->type = type_is_untyped(x.type) ? y.type : x.type;
            o->cv = cv_bool(n->op == OP_ANDAND ? (x.cv.b && y.cv.b) : (x.cv.b || y.cv.b));
            return;
        }
        /* constant left: result is the right operand or the constant */
        if ((n->op == OP_ANDAND && x.cv.b) || (n->op == OP_OROR && !x.cv.b)) {
            *o = y;
            return;
        }
        o->mode = OM_CONST;
        o->type = x.type;
        o->cv = x.cv;
        return;
    }
    int r = reg_alloc(c, 1);
    to_reg_at(c, &x, r);
    int j = emit_jump(c, n->op == OP_ANDAND ? BC_JF : BC_JT, r);
    Operand y;
    expr_rvalue(c, n->b, &y, NULL);
    if (y.mode == OM_INVALID) return invalid(o);
    if (!type_is_boolean(type_under(y.type))) {
        c_error(c, n, "invalid operation: operator %s not defined on %s", ast_op_str(n->op), op_describe(c, &y));
        return invalid(o);
    }
    to_reg_at(c, &y, r);
    reg_free_to(c, r + 1);
    patch_here(c, j);
    o->mode = OM_REG;
    o->reg = r;
    o->temp = true;
    o->type = type_is_untyped(x.type) ? (type_is_untyped(y.type) ? type_untyped_bool : y.type) : x.type;
}

static void binary_ops(Compiler *c, Node *n, Operand *xp, Operand *yp, Operand *o, Type *hint);

static void binary(Compiler *c, Node *n, Operand *o, Type *hint) {
    if (n->op == OP_ANDAND || n->op == OP_OROR) return logical(c, n, o);
    Operand x, y;
    Type *h = is_comparison(n->op) ? NULL : hint;
    expr_rvalue(c, n->a, &x, h);
    expr_rvalue(c, n->b, &y, is_shift(n->op) ? NULL : (x.mode != OM_INVALID && !type_is_untyped(x.type) ? x.type : h));
    if (x.mode == OM_INVALID || y.mode == OM_INVALID) return invalid(o);
    binary_ops(c, n, &x, &y, o, hint);
}

/* x op= y: the left operand is already loaded. */
void binary_with_left(Compiler *c, Node *n, Operand *x, Operand *o) {
    Operand y;
    memset(o, 0, sizeof *o);
    expr_rvalue(c, n->b, &y, is_shift(n->op) ? NULL : x->type);
    if (y.mode == OM_INVALID) return invalid(o);
    binary_ops(c, n, x, &y, o, x->type);
    if (o->mode == OM_REG && !o->temp) {
        int r = reg_alloc(c, 1);
        emit(c, BC_MOVE, r, o->reg, 0);
        o->reg = r;
        o->temp = true;
    }
}

static void binary_ops(Compiler *c, Node *n, Operand *xp, Operand *yp, Operand *o, Type *hint) {
    Operand x = *xp, y = *yp;
    o->node = n;
    if (is_shift(n->op)) return shift_expr(c, n, &x, &y, o, hint);
    if (!unify(c, n, &x, &y)) return invalid(o);
    if (is_comparison(n->op)) return emit_compare(c, n, &x, &y, o);
    if (!op_defined(n->op, x.type)) {
        c_error(c, n, "invalid operation: operator %s not defined on %s", ast_op_str(n->op), op_describe(c, &x));
        return invalid(o);
    }
    if (x.mode == OM_CONST && y.mode == OM_CONST) return fold_binary(c, n, &x, &y, o);
    if ((n->op == OP_DIV || n->op == OP_REM) && y.mode == OM_CONST && type_is_integer(type_under(x.type))) {
        ConstVal v = y.cv;
        if ((v.kind == CV_INT && v.i == 0) || (v.kind == CV_FLOAT && v.f == 0)) {
            c_error(c, n, "invalid operation: division by zero");
            return invalid(o);
        }
    }
    Type *t = x.type;
    if (type_is_untyped(t)) t = type_default(t);
    x.type = y.type = t;
    /* const + i is i + const (integers only: "a" + s is no s + "a") */
    if (n->op == OP_ADD && x.mode == OM_CONST && y.mode != OM_CONST && x.cv.kind == CV_INT &&
        type_is_integer(type_under(t))) {
        Operand k = x;
        x = y;
        y = k;
    }
    /* i + const: ADDI */
    if ((n->op == OP_ADD || n->op == OP_SUB) && y.mode == OM_CONST && type_is_integer(type_under(t)) &&
        y.cv.kind == CV_INT) {
        __int128 k = n->op == OP_ADD ? y.cv.i : -y.cv.i;
        if (k >= -32768 && k <= 32767) {
            int a = to_anyreg(c, &x);
            int r = result_reg(c, &x, &y);
            emit(c, BC_ADDI, r, a, (uint16_t)(int16_t)k);
            normalize_int(c, t, r);
            o->mode = OM_REG;
            o->reg = r;
            o->temp = true;
            o->type = t;
            return;
        }
    }
    int a = to_anyreg(c, &x), b = to_anyreg(c, &y);
    int r = result_reg(c, &x, &y);
    emit(c, arith_opcode(n->op, t), r, a, b);
    /* & | ^ &^ % keep a normalised sized integer normalised */
    if (n->op == OP_ADD || n->op == OP_SUB || n->op == OP_MUL || n->op == OP_DIV) normalize(c, t, r);
    o->mode = OM_REG;
    o->reg = r;
    o->temp = true;
    o->type = t;
}

/* Emits a comparison producing a bool in a register. */
static void emit_compare(Compiler *c, Node *n, Operand *x, Operand *y, Operand *o) {
    Op op = n->op;
    Type *t = x->type->kind == T_UNTYPED_NIL ? y->type : x->type;
    Type *u = type_under(t);
    bool ordered = op != OP_EQ && op != OP_NE;
    if (ordered && !type_is_ordered(u)) {
        c_error(c, n, "invalid operation: %s (operator %s not defined on %s)", node_str(n), ast_op_str(op), op_describe(c, x));
        return invalid(o);
    }
    if (!ordered) {
        bool xnil = x->mode == OM_NIL, ynil = y->mode == OM_NIL;
        if (!xnil && !ynil && !type_is_comparable(u) && u->kind != T_INTERFACE) {
            const char *what = u->kind == T_SLICE ? "slice" : u->kind == T_MAP ? "map" : u->kind == T_FUNC ? "func" : NULL;
            if (what)
                c_error(c, n, "invalid operation: %s (%s can only be compared to nil)", node_str(n), what);
            else
            {
                /* Go names what makes a struct or array uncomparable */
                Type *why = u;
                while (why->kind == T_STRUCT || why->kind == T_ARRAY) {
                    Type *next = NULL;
                    if (why->kind == T_ARRAY) next = type_under(why->elem);
                    else
                        for (int i = 0; i < why->nfields && !next; i++)
                            if (!type_is_comparable(why->fields[i].type)) next = type_under(why->fields[i].type);
                    if (!next || next == why) break;
                    if (next->kind != T_STRUCT && next->kind != T_ARRAY) {
                        c_error(c, n, "invalid operation: %s (%s containing %s cannot be compared)", node_str(n),
                                why->kind == T_STRUCT ? "struct" : "array", type_str(next));
                        return invalid(o);
                    }
                    why = next;
                }
                c_error(c, n, "invalid operation: %s (%s cannot be compared)", node_str(n), type_str(t));
            }
            return invalid(o);
        }
    }
    o->type = type_untyped_bool;
    if (x->mode == OM_CONST && y->mode == OM_CONST) {
        o->mode = OM_CONST;
        o->cv = cv_bool(cv_compare(op, x->cv, y->cv));
        return;
    }
    if (type_is_untyped(t)) t = type_default(t), u = type_under(t);
    if (x->mode == OM_CONST) x->type = t;
    if (y->mode == OM_CONST) y->type = t;
    bool swap = op == OP_GT || op == OP_GE;
    if (swap) {
        Operand tmp = *x;
        *x = *y;
        *y = tmp;
        op = op == OP_GT ? OP_LT : OP_LE;
    }
    int a = to_anyreg(c, x), b = to_anyreg(c, y);
    int r = result_reg(c, x, y);
    int code;
    if (u->kind == T_INTERFACE) {
        code = BC_IEQ;
    } else if (t->is_block) {
        emit(c, BC_EQV, r, a, b);
        emit_ext(c, op == OP_NE, kptr(c, t), 0);
        goto done;
    } else if (type_is_string(u)) {
        code = op == OP_EQ ? BC_EQS : op == OP_NE ? BC_NES : op == OP_LT ? BC_LTS : BC_LES;
    } else if (type_is_float(u)) {
        code = op == OP_EQ ? BC_EQF : op == OP_NE ? BC_NEF : op == OP_LT ? BC_LTF : BC_LEF;
    } else if (type_is_unsigned(u)) {
        code = op == OP_EQ ? BC_EQ : op == OP_NE ? BC_NE : op == OP_LT ? BC_LTU : BC_LEU;
    } else {
        code = op == OP_EQ ? BC_EQ : op == OP_NE ? BC_NE : op == OP_LT ? BC_LT : BC_LE;
    }
    emit(c, code, r, a, b);
    if (code == BC_IEQ && op == OP_NE) emit(c, BC_NOT, r, r, 0);
done:
    o->mode = OM_REG;
    o->reg = r;
    o->temp = true;
}

static void unary(Compiler *c, Node *n, Operand *o, Type *hint) {
    if (n->op == OP_ADDR) {
        extern void address_of(Compiler *c, Node *n, Operand *o);
        return address_of(c, n, o);
    }
    if (n->op == OP_RECV) {
        extern void recv_expr(Compiler *c, Node *n, Operand *o);
        return recv_expr(c, n, o);
    }
    Operand x;
    expr_rvalue(c, n->a, &x, hint);
    if (x.mode == OM_INVALID) return invalid(o);
    Type *u = type_under(x.type);
    bool ok = n->op == OP_NOT ? type_is_boolean(u) : n->op == OP_XOR ? type_is_integer(u) : type_is_numeric(u);
    if (!ok) {
        c_error(c, n, "invalid operation: operator %s not defined on %s", ast_op_str(n->op), op_describe(c, &x));
        return invalid(o);
    }
    if (x.mode == OM_CONST) {
        ConstVal r;
        const char *err;
        if (!cv_unary(n->op, x.cv, type_is_untyped(x.type) ? NULL : x.type, &r, &err)) {
            c_error(c, n, "%s", err);
            return invalid(o);
        }
        if (!type_is_untyped(x.type)) {
            ConstVal v;
            if (!cv_representable(r, x.type, &v)) {
                c_error(c, n, "constant %s overflows %s", cv_str(r), type_str(x.type));
                return invalid(o);
            }
            r = v;
        }
        o->mode = OM_CONST;
        o->type = x.type;
        o->cv = r;
        o->node = n;
        return;
    }
    if (n->op == OP_ADD) { *o = x; return; }
    int a = to_anyreg(c, &x);
    int r = x.temp ? a : reg_alloc(c, 1);
    int code = n->op == OP_NOT ? BC_NOT : n->op == OP_XOR ? BC_BNOT : type_is_float(u) ? BC_NEGF : BC_NEG;
    emit(c, code, r, a, 0);
    if (n->op != OP_NOT) normalize(c, x.type, r);
    o->mode = OM_REG;
    o->reg = r;
    o->temp = true;
    o->type = x.type;
    o->node = n;
}

void expr_operator(Compiler *c, Node *n, Operand *o, Type *hint) {
    if (n->kind == N_BINARY) binary(c, n, o, hint);
    else unary(c, n, o, hint);
    if (o->mode != OM_INVALID) o->node = n;
}

/* ---------- conditions ---------- */

static Node *unparen(Node *n) {
    while (n->kind == N_PAREN) n = n->a;
    return n;
}

static void cond_value(Compiler *c, Node *n, bool jump_if, JumpList *jl) {
    Operand o;
    expr_rvalue(c, n, &o, NULL);
    if (o.mode == OM_INVALID) return;
    if (!type_is_boolean(type_under(o.type))) {
        c_error(c, n, "non-boolean condition in %s", "if statement");
        return;
    }
    if (o.mode == OM_CONST) {
        if (o.cv.b == jump_if) jl_add(jl, emit_jump(c, BC_JMP, 0));
        return;
    }
    int r = to_anyreg(c, &o);
    jl_add(jl, emit_jump(c, jump_if ? BC_JT : BC_JF, r));
}

void compare_with_left(Compiler *c, Node *n, Operand *xp, bool jump_if, JumpList *jl) {
    {
        int save = c->fs->freereg;
        Operand x = *xp, y;
        expr_rvalue(c, n->b, &y, !type_is_untyped(x.type) ? x.type : NULL);
        if (y.mode == OM_INVALID) return;
        c->last_case = y; /* switch statements look for duplicate constant cases */
        if (!unify(c, n, &x, &y)) return;
        Type *t = x.mode == OM_NIL ? y.type : x.type;
        if (type_is_untyped(t)) t = type_default(t);
        Type *u = type_under(t);
        /* p == nil, n != 0...: one JF/JT on the other operand, whose nil or
         * zero is an all-zero slot (not an interface, string, float or block) */
        bool xz = x.mode == OM_NIL || (x.mode == OM_CONST && x.cv.kind == CV_INT && x.cv.i == 0);
        bool yz = y.mode == OM_NIL || (y.mode == OM_CONST && y.cv.kind == CV_INT && y.cv.i == 0);
        if ((n->op == OP_EQ || n->op == OP_NE) && xz != yz && u->kind != T_INTERFACE && !t->is_block &&
            !type_is_string(u) && !type_is_float(u) && (x.mode == OM_NIL || y.mode == OM_NIL || type_is_integer(u))) {
            Operand *v = xz ? &y : &x;
            int a = to_anyreg(c, v);
            bool jump_if_zero = (n->op == OP_EQ) == jump_if;
            jl_add(jl, emit_jump(c, jump_if_zero ? BC_JF : BC_JT, a));
            reg_free_to(c, save);
            return;
        }
        bool fusable = x.mode != OM_NIL && y.mode != OM_NIL && !(x.mode == OM_CONST && y.mode == OM_CONST) &&
                       ((type_is_integer(u) && !type_is_unsigned(u)) ||
                        ((n->op == OP_EQ || n->op == OP_NE) && (type_is_integer(u) || u->kind == T_BOOL || u->kind == T_POINTER || u->kind == T_CHAN)));
        if (fusable) {
            Op op = n->op;
            if (!jump_if) {
                switch (op) {
                case OP_EQ: op = OP_NE; break;
                case OP_NE: op = OP_EQ; break;
                case OP_LT: op = OP_GE; break;
                case OP_LE: op = OP_GT; break;
                case OP_GT: op = OP_LE; break;
                case OP_GE: op = OP_LT; break;
                default: break;
                }
            }
            if (x.mode == OM_CONST) x.type = t;
            if (y.mode == OM_CONST) y.type = t;
            /* immediate forms: x <= K is x < K+1, x > K is x >= K+1 */
            if (y.mode == OM_CONST && y.cv.kind == CV_INT && (op == OP_LE || op == OP_GT) &&
                y.cv.i >= -32769 && y.cv.i <= 32766) {
                y.cv.i++;
                op = op == OP_LE ? OP_LT : OP_GE;
            }
            if (y.mode == OM_CONST && y.cv.kind == CV_INT && y.cv.i >= -32768 && y.cv.i <= 32767 &&
                (op == OP_LT || op == OP_GE)) {
                int a = to_anyreg(c, &x);
                emit(c, op == OP_LT ? BC_JLTI : BC_JGEI, a, (uint16_t)(int16_t)y.cv.i, 0);
                jl_add(jl, emit_ext(c, 0, 0, 0));
                reg_free_to(c, save);
                return;
            }
            int a = to_anyreg(c, &x), b = to_anyreg(c, &y);
            int code;
            switch (op) {
            case OP_EQ: code = BC_JEQ; break;
            case OP_NE: code = BC_JNE; break;
            case OP_LT: code = BC_JLT; break;
            case OP_LE: code = BC_JLE; break;
            case OP_GT: code = BC_JGT; break;
            default: code = BC_JGE; break;
            }
            emit(c, code, a, b, 0);
            jl_add(jl, emit_ext(c, 0, 0, 0));
            reg_free_to(c, save);
            return;
        }
        Operand o;
        o.node = n;
        emit_compare(c, n, &x, &y, &o);
        if (o.mode == OM_INVALID) return;
        if (o.mode == OM_CONST) {
            if (o.cv.b == jump_if) jl_add(jl, emit_jump(c, BC_JMP, 0));
            return;
        }
        jl_add(jl, emit_jump(c, jump_if ? BC_JT : BC_JF, o.reg));
        reg_free_to(c, save);
        return;
    }
}

/* Jumps to jl when condition n evaluates to jump_if; falls through otherwise. */
void cond_jump(Compiler *c, Node *n, bool jump_if, JumpList *jl) {
    n = unparen(n);
    int save = c->fs->freereg;
    if (n->kind == N_UNARY && n->op == OP_NOT) {
        cond_jump(c, n->a, !jump_if, jl);
        return;
    }
    if (n->kind == N_BINARY && (n->op == OP_ANDAND || n->op == OP_OROR)) {
        bool is_and = n->op == OP_ANDAND;
        if (is_and != jump_if) {
            /* (a && b) jump if false: either false jumps */
            cond_jump(c, n->a, jump_if, jl);
            cond_jump(c, n->b, jump_if, jl);
        } else {
            /* (a && b) jump if true: a false skips; (a || b) jump if false: a true skips */
            JumpList skip = {0};
            cond_jump(c, n->a, !jump_if, &skip);
            cond_jump(c, n->b, jump_if, jl);
            jl_patch(c, &skip, here(c));
        }
        return;
    }
    if (n->kind == N_BINARY && is_comparison(n->op)) {
        Operand x;
        expr_rvalue(c, n->a, &x, NULL);
        if (x.mode == OM_INVALID) return;
        compare_with_left(c, n, &x, jump_if, jl);
        reg_free_to(c, save);
        return;
    }
    cond_value(c, n, jump_if, jl);
    reg_free_to(c, save);
}
