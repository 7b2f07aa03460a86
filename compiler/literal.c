/* literal.c: literals (basic, composite, function) and the expression
 * dispatcher.
 *
 * A composite literal is built in a fresh block (struct, array) or backing
 * array (slice), filling elements with constant offsets; nested literals
 * with elided types take the element type, and `&T` for pointer elements.
 */
#include "compiler.h"

void expr_selector(Compiler *c, Node *n, Operand *o);
void expr_index(Compiler *c, Node *n, Operand *o);
void expr_slice(Compiler *c, Node *n, Operand *o);
void expr_star(Compiler *c, Node *n, Operand *o);
void expr_typeassert(Compiler *c, Node *n, Operand *o);
void expr_operator(Compiler *c, Node *n, Operand *o, Type *hint);
void expr_composite(Compiler *c, Node *n, Operand *o, Type *hint);

static void invalid(Operand *o) { o->mode = OM_INVALID; }

/* An element value of a composite literal (possibly with elided type). */
static void element(Compiler *c, Node *v, Type *et, Operand *o) {
    if (v->kind == N_COMPOSITE && !v->a) {
        Type *u = type_under(et);
        if (u->kind == T_POINTER) {
            expr_composite(c, v, o, u->elem);
            if (o->mode == OM_INVALID) return;
            Type *t = u->elem;
            int r = to_reg(c, o);
            if (!t->is_block) emit(c, BC_NEWCELL, r, r, 1);
            o->type = et;
            o->fresh = true;
            return;
        }
        expr_composite(c, v, o, et);
        return;
    }
    if (v->kind == N_UNARY && v->op == OP_ADDR && v->a->kind == N_COMPOSITE && !v->a->a &&
        type_under(et)->kind == T_POINTER) {
        element(c, v->a, et, o);
        return;
    }
    expr_rvalue(c, v, o, et);
}

/* Stores element operand o at slot offset off of the block in register r. */
static void store_at(Compiler *c, int r, int off, Type *et, Operand *o) {
    if (off > 65535) {
        c_error(c, o->node, "composite literal too large");
        return;
    }
    int v = to_anyreg(c, o);
    if (et->is_block) {
        if (et->slots == 0) return;
        int p = reg_alloc(c, 1);
        emit(c, BC_ADDR, p, r, off);
        emit(c, BC_COPY, p, v, et->slots);
    } else
        emit(c, BC_STORE, r, off, v);
}

static void struct_lit(Compiler *c, Node *n, Type *t, Operand *o) {
    Type *u = type_under(t);
    int r = reg_alloc(c, 1);
    emit_ax(c, BC_NEWBLK, r, kptr(c, t));
    bool keyed = n->list.len && n->list.items[0]->kind == N_KEYVALUE;
    if (!keyed && n->list.len && n->list.len < u->nfields) {
        c_error(c, n->list.items[n->list.len - 1], "too few values in struct literal of type %s", type_str(t));
        return invalid(o);
    }
    bool *seen = csp_alloc(sizeof(bool) * (u->nfields + 1));
    for (int i = 0; i < n->list.len; i++) {
        Node *e = n->list.items[i];
        Field *f;
        Node *val;
        if (keyed) {
            if (e->kind != N_KEYVALUE) {
                c_error(c, e, "mixture of field:value and value elements in struct literal");
                return invalid(o);
            }
            if (e->a->kind != N_IDENT) {
                c_error(c, e->a, "invalid field name %s in struct literal", node_str(e->a));
                return invalid(o);
            }
            f = NULL;
            for (int k = 0; k < u->nfields; k++)
                if (u->fields[k].name == e->a->name) f = &u->fields[k], seen[k] ? c_error(c, e->a, "duplicate field name %s in struct literal", e->a->name) : (void)0, seen[k] = true;
            if (!f) {
                c_error(c, e->a, "unknown field %s in struct literal of type %s", e->a->name, type_str(t));
                return invalid(o);
            }
            val = e->b;
        } else {
            if (e->kind == N_KEYVALUE) {
                c_error(c, e, "mixture of field:value and value elements in struct literal");
                return invalid(o);
            }
            if (i >= u->nfields) {
                c_error(c, e, "too many values in struct literal of type %s", type_str(t));
                return invalid(o);
            }
            f = &u->fields[i];
            val = e;
        }
        int save = c->fs->freereg;
        Operand v;
        element(c, val, f->type, &v);
        if (v.mode == OM_INVALID) return invalid(o);
        if (!assignable(c, &v, f->type, "struct literal")) return invalid(o);
        store_at(c, r, f->offset, f->type, &v);
        reg_free_to(c, save);
    }
    o->mode = OM_REG;
    o->reg = r;
    o->temp = true;
    o->type = t;
    o->fresh = true;
}

/* Constant index of a keyed array/slice element. */
static bool elem_index(Compiler *c, Node *key, int64_t *idx) {
    Operand k;
    expr_rvalue(c, key, &k, type_int);
    if (k.mode == OM_INVALID) return false;
    ConstVal v;
    if (k.mode != OM_CONST || !cv_representable(k.cv, type_int, &v)) {
        c_error(c, key, "index %s must be integer constant", node_str(key));
        return false;
    }
    if (v.i < 0) {
        c_error(c, key, "index %s must be non-negative integer constant", node_str(key));
        return false;
    }
    *idx = (int64_t)v.i;
    return true;
}

/* Length of an array/slice literal: max index + 1. */
static int64_t lit_length(Compiler *c, Node *n) {
    int64_t i = 0, max = 0;
    for (int k = 0; k < n->list.len; k++) {
        Node *e = n->list.items[k];
        if (e->kind == N_KEYVALUE) {
            int save = c->fs->freereg;
            if (!elem_index(c, e->a, &i)) return -1;
            reg_free_to(c, save);
        }
        i++;
        if (i > max) max = i;
    }
    return max;
}

static void array_fill(Compiler *c, Node *n, Type *et, int r, int64_t len) {
    int64_t i = 0;
    bool *seen = len < 100000 ? csp_alloc(len + 1) : NULL;
    for (int k = 0; k < n->list.len; k++) {
        Node *e = n->list.items[k];
        Node *val = e;
        if (e->kind == N_KEYVALUE) {
            int save = c->fs->freereg;
            if (!elem_index(c, e->a, &i)) return;
            reg_free_to(c, save);
            val = e->b;
        }
        if (len >= 0 && i >= len) {
            c_error(c, val, "index %lld out of bounds [0:%lld]", (long long)i, (long long)len);
            return;
        }
        if (seen) {
            if (seen[i]) {
                c_error(c, e, "duplicate index %lld in array or slice literal", (long long)i);
                return;
            }
            seen[i] = true;
        }
        int save = c->fs->freereg;
        Operand v;
        element(c, val, et, &v);
        if (v.mode == OM_INVALID) return;
        if (!assignable(c, &v, et, "array or slice literal")) return;
        store_at(c, r, (int)(i * et->slots), et, &v);
        reg_free_to(c, save);
        i++;
    }
}

static void map_lit(Compiler *c, Node *n, Type *t, Operand *o) {
    Type *u = type_under(t);
    int r = reg_alloc(c, 2);
    emit_ax(c, BC_LOADI, r + 1, n->list.len);
    emit(c, BC_MKMAP, r, kptr(c, u), r + 1);
    reg_free_to(c, r + 1);
    for (int i = 0; i < n->list.len; i++) {
        Node *e = n->list.items[i];
        if (e->kind != N_KEYVALUE) {
            c_error(c, e, "missing key in map literal");
            return invalid(o);
        }
        int save = c->fs->freereg;
        Operand k, v;
        element(c, e->a, u->key, &k);
        if (k.mode == OM_INVALID || !assignable(c, &k, u->key, "map literal")) return invalid(o);
        if (u->key->is_block) clone_if_needed(c, &k);
        int kr = to_reg(c, &k);
        element(c, e->b, u->elem, &v);
        if (v.mode == OM_INVALID || !assignable(c, &v, u->elem, "map literal")) return invalid(o);
        if (u->elem->is_block) clone_if_needed(c, &v);
        emit(c, BC_MSET, r, kr, to_anyreg(c, &v));
        emit_ext(c, 0, kptr(c, u), 0);
        reg_free_to(c, save);
    }
    o->mode = OM_REG;
    o->reg = r;
    o->temp = true;
    o->type = t;
    o->fresh = true;
}

void expr_composite(Compiler *c, Node *n, Operand *o, Type *hint) {
    Type *t;
    o->node = n;
    if (n->a) {
        if (n->a->kind == N_ARRAYTYPE && n->a->a && n->a->a->kind == N_ELLIPSISLEN) {
            Type *et = resolve_type(c, n->a->b);
            if (et == type_invalid) return invalid(o);
            int64_t len = lit_length(c, n);
            if (len < 0) return invalid(o);
            t = type_array(et, len);
        } else
            t = resolve_type(c, n->a);
    } else if (hint)
        t = hint;
    else {
        c_error(c, n, "invalid composite literal type: missing type");
        return invalid(o);
    }
    if (t == type_invalid) return invalid(o);
    Type *u = type_under(t);
    switch (u->kind) {
    case T_STRUCT: return struct_lit(c, n, t, o);
    case T_ARRAY: {
        int r = reg_alloc(c, 1);
        emit_ax(c, BC_NEWBLK, r, kptr(c, t));
        array_fill(c, n, u->elem, r, u->len);
        o->mode = OM_REG;
        o->reg = r;
        o->temp = true;
        o->type = t;
        o->fresh = true;
        return;
    }
    case T_SLICE: {
        int64_t len = lit_length(c, n);
        if (len < 0) return invalid(o);
        Type *at = type_array(u->elem, len);
        int r = reg_alloc(c, 4);
        emit_ax(c, BC_NEWBLK, r, kptr(c, at));
        array_fill(c, n, u->elem, r, len);
        emit(c, BC_SLICE, r, r, r + 1);
        emit_ext(c, 0, kptr(c, at), 0);
        reg_free_to(c, r + 1);
        o->mode = OM_REG;
        o->reg = r;
        o->temp = true;
        o->type = t;
        o->fresh = true;
        return;
    }
    case T_MAP: return map_lit(c, n, t, o);
    case T_POINTER:
        if (!n->a) {
            element(c, n, t, o);
            return;
        }
        /* fallthrough */
    default:
        c_error(c, n, "invalid composite literal type %s", type_str(t));
        return invalid(o);
    }
}

static void funclit(Compiler *c, Node *n, Operand *o) {
    FuncState *fs = c->fs;
    fs->funclit_count++;
    const char *name = csp_sprintf("%s.func%d", fs->fn->name, fs->funclit_count);
    Func *fn = compile_funclit(c, n, name);
    if (!fn) return invalid(o);
    int r = reg_alloc(c, 1);
    emit_ax(c, BC_CLOSURE, r, kptr(c, fn));
    o->mode = OM_REG;
    o->reg = r;
    o->temp = true;
    o->type = fn->type;
    o->fresh = true;
    o->node = n;
}

static void basic_lit(Compiler *c, Node *n, Operand *o) {
    o->mode = OM_CONST;
    switch (n->kind) {
    case N_INTLIT:
        o->type = type_untyped_int;
        if (!cv_parse_int(n->name, &o->cv)) {
            c_error(c, n, "integer constant overflow: %s", n->name);
            invalid(o);
        }
        break;
    case N_FLOATLIT:
        o->type = type_untyped_float;
        if (!cv_parse_float(n->name, &o->cv)) {
            c_error(c, n, "floating-point constant overflow: %s", n->name);
            invalid(o);
        }
        break;
    case N_RUNELIT:
        o->type = type_untyped_rune;
        o->cv = cv_int(n->ival);
        break;
    case N_STRLIT:
        o->type = type_untyped_string;
        o->cv = cv_string(n->str_len ? str_new(n->str, (int64_t)n->str_len) : NULL);
        break;
    default:
        c_error(c, n, "complex numbers are not supported by csp");
        invalid(o);
        break;
    }
}

void expr(Compiler *c, Node *n, Operand *o, Type *hint) {
    memset(o, 0, sizeof *o);
    o->node = n;
    switch (n->kind) {
    case N_IDENT: {
        /* a variable's load carries its own line (a read on a later line of
         * a long call or condition is reported there, as Go does) */
        extern void expr_ident(Compiler *c, Node *n, Operand *o);
        int saved = c->fs ? c->fs->cur_line : 0;
        set_line(c, n);
        expr_ident(c, n, o);
        if (c->fs) c->fs->cur_line = saved;
        break;
    }
    case N_INTLIT: case N_FLOATLIT: case N_IMAGLIT: case N_RUNELIT: case N_STRLIT: basic_lit(c, n, o); break;
    case N_PAREN:
        expr(c, n->a, o, hint);
        break;
    case N_BINARY: case N_UNARY: expr_operator(c, n, o, hint); break;
    case N_CALL: expr_call(c, n, o, hint); break;
    case N_SELECTOR: expr_selector(c, n, o); break;
    case N_INDEX: expr_index(c, n, o); break;
    case N_SLICE: expr_slice(c, n, o); break;
    case N_STAR: expr_star(c, n, o); break;
    case N_TYPEASSERT: expr_typeassert(c, n, o); break;
    case N_COMPOSITE: expr_composite(c, n, o, hint); break;
    case N_FUNCLIT: funclit(c, n, o); break;
    case N_ARRAYTYPE: case N_SLICETYPE: case N_MAPTYPE: case N_CHANTYPE: case N_FUNCTYPE: case N_STRUCTTYPE:
    case N_INTERFACETYPE:
        o->mode = OM_TYPE;
        o->type = resolve_type(c, n);
        if (o->type == type_invalid) invalid(o);
        break;
    case N_KEYVALUE:
        c_error(c, n, "unexpected key:value expression");
        invalid(o);
        break;
    default:
        c_error(c, n, "unexpected %s in expression", ast_kind_name(n->kind));
        invalid(o);
        break;
    }
    if (o->mode != OM_INVALID && o->node == NULL) o->node = n;
    if (n->kind == N_PAREN && o->mode != OM_INVALID) o->node = n;
    /* what the check found, kept on the tree for csp vet (vet/) */
    n->opmode = o->mode + 1;
    n->type = o->type;
    if (o->sym && (n->kind == N_IDENT || n->kind == N_SELECTOR)) n->sym = o->sym;
}
