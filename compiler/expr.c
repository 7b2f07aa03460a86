/* expr.c: type-checking and emitting expressions.
 *
 * expr() checks an expression and leaves its value described by an Operand:
 * constants stay symbolic until needed (so constant folding and untyped
 * constant conversion happen here), variables living in registers are read
 * in place, everything else is computed into a temporary register. Callers
 * materialise operands with to_reg/to_anyreg/to_reg_at.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>

#include "compiler.h"

/* ---------- diagnostics helpers ---------- */

void c_error(Compiler *c, Node *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char buf[1024];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    int line = at ? at->line : (c->fs ? c->fs->cur_line : 1);
    int col = at ? at->col : 1;
    /* Go names the compiled package's own types unqualified: T, not main.T */
    char out[1024];
    size_t plen = c->pkg ? strlen(c->pkg->name) : 0, j = 0;
    for (size_t i = 0; buf[i] && j < sizeof out - 1;) {
        bool boundary = i == 0 || !(buf[i - 1] == '_' || buf[i - 1] == '.' || (buf[i - 1] >= '0' && buf[i - 1] <= '9') ||
                                    ((buf[i - 1] | 32) >= 'a' && (buf[i - 1] | 32) <= 'z'));
        if (plen && boundary && strncmp(buf + i, c->pkg->name, plen) == 0 && buf[i + plen] == '.' &&
            (((buf[i + plen + 1] | 32) >= 'a' && (buf[i + plen + 1] | 32) <= 'z') || buf[i + plen + 1] == '_')) {
            i += plen + 1;
            continue;
        }
        out[j++] = buf[i++];
    }
    out[j] = 0;
    diag_error(c->diags, line, col, "%s", out);
}

static void node_write(Buf *b, Node *n, int depth) {
    if (!n || depth > 6) { buf_puts(b, "..."); return; }
    switch (n->kind) {
    case N_IDENT: buf_puts(b, n->name); break;
    case N_INTLIT: case N_FLOATLIT: case N_IMAGLIT: buf_puts(b, n->name); break;
    case N_RUNELIT:
        if (n->ival >= 32 && n->ival < 127 && n->ival != '\'' && n->ival != '\\') buf_printf(b, "'%c'", (int)n->ival);
        else buf_printf(b, "%lld", (long long)n->ival);
        break;
    case N_STRLIT: {
        ConstVal cv = cv_string(str_new(n->str, (int64_t)n->str_len));
        buf_puts(b, cv_str(cv));
        break;
    }
    case N_PAREN: buf_putc(b, '('); node_write(b, n->a, depth + 1); buf_putc(b, ')'); break;
    case N_SELECTOR: node_write(b, n->a, depth + 1); buf_putc(b, '.'); buf_puts(b, n->name); break;
    case N_INDEX: node_write(b, n->a, depth + 1); buf_putc(b, '['); node_write(b, n->b, depth + 1); buf_putc(b, ']'); break;
    case N_SLICE:
        node_write(b, n->a, depth + 1);
        buf_putc(b, '[');
        if (n->b) node_write(b, n->b, depth + 1);
        buf_putc(b, ':');
        if (n->c) node_write(b, n->c, depth + 1);
        if (n->d) { buf_putc(b, ':'); node_write(b, n->d, depth + 1); }
        buf_putc(b, ']');
        break;
    case N_CALL:
        node_write(b, n->a, depth + 1);
        buf_putc(b, '(');
        for (int i = 0; i < n->list.len; i++) {
            if (i) buf_puts(b, ", ");
            node_write(b, n->list.items[i], depth + 1);
        }
        if (n->flags & NF_ELLIPSIS) buf_puts(b, "...");
        buf_putc(b, ')');
        break;
    case N_STAR: buf_putc(b, '*'); node_write(b, n->a, depth + 1); break;
    case N_UNARY: buf_puts(b, ast_op_str(n->op)); node_write(b, n->a, depth + 1); break;
    case N_BINARY:
        node_write(b, n->a, depth + 1);
        buf_printf(b, " %s ", ast_op_str(n->op));
        node_write(b, n->b, depth + 1);
        break;
    case N_TYPEASSERT:
        node_write(b, n->a, depth + 1);
        buf_puts(b, ".(");
        if (n->b) node_write(b, n->b, depth + 1); else buf_puts(b, "type");
        buf_putc(b, ')');
        break;
    case N_COMPOSITE:
        if (n->a) node_write(b, n->a, depth + 1);
        buf_puts(b, n->list.len ? "{…}" : "{}");
        break;
    case N_FUNCLIT: buf_puts(b, "func literal"); break;
    case N_ARRAYTYPE: buf_putc(b, '['); if (n->a && n->a->kind != N_ELLIPSISLEN) node_write(b, n->a, depth + 1); else buf_puts(b, "..."); buf_putc(b, ']'); node_write(b, n->b, depth + 1); break;
    case N_SLICETYPE: buf_puts(b, "[]"); node_write(b, n->b, depth + 1); break;
    case N_MAPTYPE: buf_puts(b, "map["); node_write(b, n->a, depth + 1); buf_putc(b, ']'); node_write(b, n->b, depth + 1); break;
    case N_CHANTYPE: buf_puts(b, "chan "); node_write(b, n->a, depth + 1); break;
    case N_FUNCTYPE: buf_puts(b, "func(...)"); break;
    case N_STRUCTTYPE: buf_puts(b, "struct{...}"); break;
    case N_INTERFACETYPE: buf_puts(b, "interface{...}"); break;
    case N_KEYVALUE: node_write(b, n->a, depth + 1); buf_puts(b, ": "); node_write(b, n->b, depth + 1); break;
    default: buf_puts(b, "expression"); break;
    }
}

const char *node_str(Node *n) {
    Buf b;
    buf_init(&b);
    node_write(&b, n, 0);
    return buf_cstr(&b);
}

const char *op_describe(Compiler *c, Operand *o) {
    CSP_UNUSED(c);
    const char *text = o->node ? node_str(o->node) : "value";
    switch (o->mode) {
    case OM_CONST: {
        if (!o->type) return csp_sprintf("%s (constant)", text); /* its declaration failed */
        /* Go's operand.String: the value only where the text differs from it */
        const char *v = cv_str(o->cv);
        const char *val = strcmp(v, text) ? csp_sprintf(" %s", v) : "";
        if (type_is_untyped(o->type)) return csp_sprintf("%s (%s constant%s)", text, type_str(o->type), val);
        return csp_sprintf("%s (constant%s of type %s)", text, val, type_str(o->type));
    }
    case OM_NIL: return "nil";
    case OM_TYPE: return csp_sprintf("%s (type)", text);
    case OM_NONE: return csp_sprintf("%s (no value)", text);
    case OM_BUILTIN: return csp_sprintf("%s (built-in)", text);
    case OM_PKG: return csp_sprintf("package %s", text);
    default:
        if (!o->type) return csp_sprintf("%s (value)", text);
        if (o->node && o->node->kind == N_IDENT && o->sym && o->sym->kind == SYM_VAR)
            return csp_sprintf("%s (variable of type %s)", text, type_str(o->type));
        return csp_sprintf("%s (value of type %s)", text, type_str(o->type));
    }
}

/* ---------- identifiers ---------- */

/* Packages a script or a library prelude may use without importing them
 * (SPEC §1): found by name on first use, kept apart from the universe so
 * that a Go file, which must import them, never sees them. */
static Scope *implicit_packages;

static Sym *implicit_package(Compiler *c, const char *name) {
    if (c->gofile && c->pkg == c->gofile_pkg) return NULL;
    if (!implicit_packages) implicit_packages = scope_new(NULL);
    Sym *sym = scope_lookup_local(implicit_packages, name);
    if (sym) return sym;
    Package *p = lib_package(c, name);
    if (!p) return NULL;
    sym = sym_new(SYM_PKG, name, NULL);
    sym->package = p;
    sym->state = 2;
    scope_insert(implicit_packages, sym);
    return sym;
}

/* An exported name of a package imported with `import . "pkg"`. */
static Sym *dot_import_lookup(Compiler *c, const char *name) {
    if (!c->ndot_imports || c->pkg != c->gofile_pkg || !(name[0] >= 'A' && name[0] <= 'Z')) return NULL;
    for (int i = 0; i < c->ndot_imports; i++) {
        Sym *s = scope_lookup_local(c->dot_imports[i]->package->scope, name);
        if (s) {
            c->dot_imports[i]->used = true;
            return s;
        }
    }
    return NULL;
}

Sym *lookup_name(Compiler *c, const char *name) {
    Scope *s = c->fs ? c->fs->scope : c->pkg->scope;
    Sym *sym = scope_lookup(s, name);
    if (!sym && c->file_scope && c->pkg == c->gofile_pkg) sym = scope_lookup_local(c->file_scope, name);
    if (!sym) sym = dot_import_lookup(c, name);
    if (!sym) sym = scope_lookup(c->universe, name);
    if (!sym) sym = implicit_package(c, name);
    if (sym && sym->kind == SYM_PKG) sym->used = true;
    return sym;
}

Sym *lookup_ident(Compiler *c, Node *n) {
    Sym *sym = lookup_name(c, n->name);
    if (!sym) {
        if (n->name[0] == '_' && n->name[1] == 0) c_error(c, n, "cannot use _ as value");
        else c_error(c, n, "undefined: %s", n->name);
        return NULL;
    }
    return sym;
}

/* Finds (creating as needed) the upvalue index of local s in the current
 * function, threading it through every enclosing function literal. */
static int upval_index(Compiler *c, FuncState *fs, Sym *s) {
    for (int i = 0; i < fs->nupvals; i++)
        if (fs->upvals[i].sym == s) return i;
    UpvalDesc d;
    if (fs->parent == s->owner) {
        d.from_reg = true;
        d.index = s->reg;
    } else {
        d.from_reg = false;
        d.index = upval_index(c, fs->parent, s);
    }
    if (fs->nupvals == fs->upvals_cap) {
        fs->upvals_cap = fs->upvals_cap ? fs->upvals_cap * 2 : 4;
        UpvalRef *n = csp_alloc(sizeof(UpvalRef) * fs->upvals_cap);
        if (fs->nupvals) memcpy(n, fs->upvals, sizeof(UpvalRef) * fs->nupvals);
        fs->upvals = n;
    }
    fs->upvals[fs->nupvals] = (UpvalRef){s, d};
    return fs->nupvals++;
}

/* A scalar variable whose address is needed moves to a heap cell; a block
 * variable (already shared by pointer) must leave the frame arena. */
static void mark_boxed(Compiler *c, Sym *s) {
    int flag = s->type && s->type->is_block ? AUX_ESCAPES : AUX_BOXED;
    if (s->decl && !(s->decl->aux & flag)) {
        s->decl->aux |= flag;
        c->recompile_marks++;
    }
}

/* &x.f, &a[i], a[:], x.PtrMethod(): the variable at the root of the place
 * escapes when it is a struct or array (its block is what is shared). */
void mark_root_escapes(Compiler *c, Node *n) {
    while (n->kind == N_PAREN || n->kind == N_SELECTOR || n->kind == N_INDEX) {
        if (n->kind == N_SELECTOR && n->a->kind == N_IDENT) {
            Scope *sc = c->fs ? c->fs->scope : c->pkg->scope;
            Sym *ps = scope_lookup(sc, n->a->name);
            if (!ps || ps->kind == SYM_PKG) return;
        }
        n = n->a;
    }
    if (n->kind != N_IDENT) return;
    Scope *sc = c->fs ? c->fs->scope : c->pkg->scope;
    Sym *s = scope_lookup(sc, n->name);
    if (s && s->kind == SYM_VAR && s->storage != VS_GLOBAL && s->type && s->type->is_block) mark_boxed(c, s);
}

/* Records that the address of variable s is needed (& or capture). */
void use_var_addr(Compiler *c, Sym *s, Node *at) {
    CSP_UNUSED(at);
    if (s->storage == VS_GLOBAL) return;
    mark_boxed(c, s);
}

/* The upvalue index of s, a variable of an enclosing function, in the
 * current one (which makes s live in a cell). */
int upvalue_of(Compiler *c, Sym *s) {
    mark_boxed(c, s);
    return upval_index(c, c->fs, s);
}

void ident_var(Compiler *c, Sym *s, Operand *o, Node *at) {
    o->mode = OM_REG;
    o->type = s->type;
    o->sym = s;
    o->fresh = false;
    s->used = true;
    if (s->storage == VS_GLOBAL) {
        o->reg = reg_alloc(c, 1);
        o->temp = true;
        emit_ax(c, BC_GETG, o->reg, s->global);
        return;
    }
    if (s->owner != c->fs) {
        int u = upvalue_of(c, s);
        o->reg = reg_alloc(c, 1);
        o->temp = true;
        emit(c, s->type->is_block ? BC_ADDRU : BC_GETU, o->reg, u, 0);
        return;
    }
    if (s->storage == VS_CELL) {
        o->reg = reg_alloc(c, 1);
        o->temp = true;
        emit(c, BC_LOAD, o->reg, s->reg, 0);
        return;
    }
    CSP_UNUSED(at);
    o->reg = s->reg;
    o->temp = false;
}

void expr_ident(Compiler *c, Node *n, Operand *o) {
    if (n->name == ast_intern("_", 1)) {
        c_error(c, n, "cannot use _ as value");
        o->mode = OM_INVALID;
        return;
    }
    Sym *s = lookup_ident(c, n);
    if (!s) { o->mode = OM_INVALID; return; }
    o->sym = s;
    switch (s->kind) {
    case SYM_VAR:
        resolve_sym(c, s);
        if (!s->type || s->type == type_invalid) { o->mode = OM_INVALID; return; }
        ident_var(c, s, o, n);
        return;
    case SYM_CONST:
        resolve_sym(c, s);
        if (s->cv.kind == CV_NONE) { o->mode = OM_INVALID; return; }
        o->mode = OM_CONST;
        o->type = s->type;
        o->cv = s->cv;
        if (!s->decl && !s->spec && s->name == ast_intern("iota", 4)) {
            extern int compile_cur_iota;
            if (compile_cur_iota < 0) {
                c_error(c, n, "cannot use iota outside constant declaration");
                o->mode = OM_INVALID;
            } else
                o->cv = cv_int(compile_cur_iota);
        }
        return;
    case SYM_TYPE:
        resolve_sym(c, s);
        o->mode = OM_TYPE;
        o->type = s->type;
        return;
    case SYM_FUNC:
        resolve_sym(c, s);
        o->mode = OM_FUNC;
        o->type = s->type;
        return;
    case SYM_PKG: o->mode = OM_PKG; return;
    case SYM_BUILTIN: o->mode = OM_BUILTIN; return;
    case SYM_NIL: o->mode = OM_NIL; o->type = type_untyped_nil; return;
    }
}

/* ---------- materialising operands ---------- */

void load_const(Compiler *c, Type *t, ConstVal cv, int r) {
    Type *u = type_under(t);
    Slot v = {0};
    switch (cv.kind) {
    case CV_BOOL: v.i = cv.b; break;
    case CV_STRING: v.p = cv.s; break;
    case CV_INT:
        if (type_is_float(u)) v.f = (double)cv.i;
        else v.i = (int64_t)cv.i;
        break;
    case CV_FLOAT:
        if (type_is_integer(u)) v.i = (int64_t)cv.f;
        else v.f = u->kind == T_FLOAT32 ? (double)(float)cv.f : (double)cv.f;
        break;
    default: break;
    }
    if (u->kind == T_INTERFACE) {
        /* constant assigned to an interface: box with the default type */
        Type *dt = type_default(t == u ? (cv.kind == CV_INT ? type_untyped_int : cv.kind == CV_FLOAT ? type_untyped_float : cv.kind == CV_BOOL ? type_untyped_bool : type_untyped_string) : t);
        load_const(c, dt, cv, r);
        emit_ax(c, BC_BOX, r, kptr(c, dt));
        return;
    }
    if ((cv.kind == CV_INT || (cv.kind == CV_FLOAT && type_is_integer(u))) && v.i >= INT32_MIN && v.i <= INT32_MAX &&
        !type_is_float(u)) {
        emit_ax(c, BC_LOADI, r, (int32_t)v.i);
        return;
    }
    if (type_is_float(u) && v.f >= INT32_MIN && v.f <= INT32_MAX && v.f == (double)(int32_t)v.f &&
        !(v.f == 0 && signbit(v.f))) {
        emit_ax(c, BC_LOADF, r, (int32_t)v.f);
        return;
    }
    if (cv.kind == CV_BOOL) {
        emit_ax(c, BC_LOADI, r, (int32_t)v.i);
        return;
    }
    if (cv.kind == CV_STRING && v.p == NULL) {
        emit(c, BC_LOADZ, r, 0, 0);
        return;
    }
    emit_ax(c, BC_LOADK, r, kslot(c, v));
}

static void retarget_or_move(Compiler *c, int dst, int src);

void to_reg_at(Compiler *c, Operand *o, int r) {
    switch (o->mode) {
    case OM_CONST: {
        Type *t = type_is_untyped(o->type) ? type_default(o->type) : o->type;
        load_const(c, t, o->cv, r);
        break;
    }
    case OM_NIL: emit(c, BC_LOADZ, r, 0, 0); break;
    case OM_REG: case OM_COMMAOK: case OM_MULTI: case OM_METHOD:
        if (o->reg != r) {
            if (o->temp) retarget_or_move(c, r, o->reg);
            else emit(c, BC_MOVE, r, o->reg, 0);
        }
        break;
    case OM_FUNC: {
        Func *fn = o->sym->fn;
        if (o->sym->repl_slot > 0) repl_redef_load(c, o->sym, r);
        else emit_ax(c, BC_LOADK, r, kptr(c, closure_of(fn)));
        break;
    }
    default:
        break;
    }
    o->mode = OM_REG;
    o->reg = r;
}

int to_reg(Compiler *c, Operand *o) {
    if ((o->mode == OM_REG || o->mode == OM_COMMAOK) && o->temp) return o->reg;
    int r = reg_alloc(c, 1);
    to_reg_at(c, o, r);
    o->temp = true;
    return r;
}

int to_anyreg(Compiler *c, Operand *o) {
    if (o->mode == OM_REG || o->mode == OM_COMMAOK || o->mode == OM_METHOD) return o->reg;
    return to_reg(c, o);
}

/* Instructions whose only effect is writing R[A] from other registers. */
static bool writes_only_a(int op) {
    switch (op) {
    case BC_MOVE: case BC_LOADK: case BC_LOADI: case BC_LOADF: case BC_GETG: case BC_GETU:
    case BC_ADD: case BC_SUB: case BC_MUL: case BC_ADDI: case BC_BAND: case BC_BOR: case BC_BXOR:
    case BC_BANDNOT: case BC_NEG: case BC_BNOT: case BC_NOT: case BC_SEXT: case BC_ZEXT:
    case BC_ADDF: case BC_SUBF: case BC_MULF: case BC_DIVF: case BC_NEGF: case BC_F32:
    case BC_EQ: case BC_NE: case BC_LT: case BC_LE: case BC_LTU: case BC_LEU: case BC_EQF: case BC_NEF:
    case BC_LTF: case BC_LEF: case BC_EQS: case BC_NES: case BC_LTS: case BC_LES:
    case BC_I2F: case BC_U2F: case BC_F2I: case BC_F2U: case BC_CONCAT: case BC_LENS: case BC_LEN:
    case BC_CAP: case BC_MLEN: case BC_LOAD: case BC_INDEXS: case BC_GETI:
        return true;
    default: return false;
    }
}

/* Moves src into dst; when src is a temporary just written by the previous
 * instruction and no jump lands between, that instruction writes dst directly. */
static void retarget_or_move(Compiler *c, int dst, int src) {
    FuncState *fs = c->fs;
    if (fs->ncode > 0 && src >= fs->freereg - 1 && fs->last_label != fs->ncode) {
        Instr *last = &fs->code[fs->ncode - 1];
        if (last->a == src && writes_only_a(last->op)) {
            last->a = (uint16_t)dst;
            return;
        }
    }
    emit(c, BC_MOVE, dst, src, 0);
}

void clone_if_needed(Compiler *c, Operand *o) {
    if (!o->type || !o->type->is_block || o->fresh) return;
    if (o->mode != OM_REG && o->mode != OM_COMMAOK) return;
    int src = to_anyreg(c, o);
    int r = o->temp ? src : reg_alloc(c, 1);
    emit(c, BC_CLONE, r, src, kptr(c, o->type));
    o->reg = r;
    o->temp = true;
    o->fresh = true;
}

/* ---------- assignability and conversions ---------- */

static bool identical_ignoring_dir(Type *a, Type *b) { return a == b; }

/* Converts an untyped constant operand to type t in place; reports errors. */
static bool convert_untyped(Compiler *c, Operand *o, Type *t, const char *context) {
    if (o->mode == OM_NIL) {
        Type *u = type_under(t);
        switch (u->kind) {
        case T_POINTER: case T_SLICE: case T_MAP: case T_CHAN: case T_FUNC: case T_INTERFACE: case T_UNSAFEPTR:
            o->type = t;
            return true;
        default:
            c_error(c, o->node, "cannot use nil as %s value in %s", type_str(t), context);
            return false;
        }
    }
    if (o->mode != OM_CONST) {
        /* untyped bool from a comparison, or an untyped shift result */
        Type *u = type_under(t);
        if (o->type->kind == T_UNTYPED_BOOL && (u->kind == T_BOOL || u->kind == T_INTERFACE)) {
            if (u->kind == T_INTERFACE) { o->type = type_bool; box_to_iface(c, o, t); return true; }
            o->type = t;
            return true;
        }
        if (o->type->kind == T_UNTYPED_INT || o->type->kind == T_UNTYPED_RUNE) {
            o->type = u->kind == T_INTERFACE ? type_default(o->type) : t;
            if (u->kind == T_INTERFACE) box_to_iface(c, o, t);
            return true;
        }
        c_error(c, o->node, "cannot use %s as %s value in %s", op_describe(c, o), type_str(t), context);
        return false;
    }
    Type *u = type_under(t);
    if (u->kind == T_INTERFACE) {
        Type *dt = type_default(o->type);
        if (u->nimethods) {
            c_error(c, o->node, "cannot use %s as %s value in %s: %s does not implement %s (missing method %s)",
                    op_describe(c, o), type_str(t), context, type_str(dt), type_str(t), u->imethods[0].name);
            return false;
        }
        ConstVal v;
        if (!cv_representable(o->cv, dt, &v)) {
            c_error(c, o->node, "cannot use %s as %s value in %s (overflows)", op_describe(c, o), type_str(dt), context);
            return false;
        }
        o->cv = v;
        o->type = dt;
        int r = reg_alloc(c, 1);
        load_const(c, dt, v, r);
        o->mode = OM_REG;
        o->reg = r;
        o->temp = true;
        emit_ax(c, BC_BOX, r, kptr(c, dt));
        o->type = t;
        return true;
    }
    ConstVal v;
    if (!cv_representable(o->cv, t, &v)) {
        const char *why = "";
        bool kind_ok = (o->cv.kind == CV_INT || o->cv.kind == CV_FLOAT) ? type_is_numeric(u)
                     : o->cv.kind == CV_STRING ? type_is_string(u) : type_is_boolean(u);
        if (kind_ok && o->cv.kind == CV_FLOAT && type_is_integer(u) && o->cv.f != floorl(o->cv.f))
            why = " (truncated)";
        else if (kind_ok)
            why = " (overflows)";
        const char *tname = type_str(t);
        if (c->alias_name && (t == type_uint8 || t == type_int32) &&
            (strcmp(c->alias_name, "byte") == 0 || strcmp(c->alias_name, "rune") == 0))
            tname = c->alias_name;
        if (kind_ok)
            c_error(c, o->node, "cannot use %s as %s value in %s%s", op_describe(c, o), tname, context, why);
        else
            c_error(c, o->node, "cannot use %s as %s value in %s", op_describe(c, o), type_str(t), context);
        return false;
    }
    o->cv = v;
    o->type = t;
    return true;
}

/* Checks that o can be assigned to type t and converts it (untyped constants,
 * boxing into interfaces). context: "assignment", "argument", ... */
bool assignable(Compiler *c, Operand *o, Type *t, const char *context) {
    if (o->mode == OM_INVALID || t == type_invalid || !o->type) return false;
    if (o->mode == OM_TYPE) {
        c_error(c, o->node, "%s (type) is not an expression", node_str(o->node));
        return false;
    }
    if (o->mode == OM_NONE) {
        c_error(c, o->node, "%s (no value) used as value", node_str(o->node));
        return false;
    }
    if (o->mode == OM_BUILTIN) {
        c_error(c, o->node, "%s (built-in function) must be called", node_str(o->node));
        return false;
    }
    if (o->mode == OM_PKG) {
        c_error(c, o->node, "use of package %s without selector", node_str(o->node));
        return false;
    }
    if (o->mode == OM_MULTI) {
        c_error(c, o->node, "multiple-value %s (value of type %s) in single-value context", node_str(o->node), type_str(o->type));
        return false;
    }
    if (type_is_untyped(o->type) || o->mode == OM_NIL) return convert_untyped(c, o, t, context);
    Type *v = o->type;
    if (identical_ignoring_dir(v, t)) return true;
    Type *vu = type_under(v), *tu = type_under(t);
    /* identical underlying types and at least one is not named */
    if (vu == tu && (!v->name || !t->name) && vu->kind != T_INTERFACE) return true;
    if (vu == tu && vu->kind == T_INTERFACE && (!v->name || !t->name)) return true;
    /* channel direction */
    if (vu->kind == T_CHAN && tu->kind == T_CHAN && vu->dir == CHAN_BOTH && vu->elem == tu->elem &&
        (!v->name || !t->name))
        return true;
    if (tu->kind == T_INTERFACE) {
        const char *missing = NULL;
        bool wrong = false, ptr_only = false;
        if (type_implements(v, t, &missing, &wrong, &ptr_only)) {
            box_to_iface(c, o, t);
            return true;
        }
        if (ptr_only)
            c_error(c, o->node, "cannot use %s as %s value in %s: %s does not implement %s (method %s has pointer receiver)",
                    op_describe(c, o), type_str(t), context, type_str(v), type_str(t), missing);
        else if (wrong)
            c_error(c, o->node, "cannot use %s as %s value in %s: %s does not implement %s (wrong type for method %s)",
                    op_describe(c, o), type_str(t), context, type_str(v), type_str(t), missing);
        else
            c_error(c, o->node, "cannot use %s as %s value in %s: %s does not implement %s (missing method %s)",
                    op_describe(c, o), type_str(t), context, type_str(v), type_str(t), missing);
        return false;
    }
    c_error(c, o->node, "cannot use %s as %s value in %s", op_describe(c, o), type_str(t), context);
    return false;
}

void convert_operand(Compiler *c, Operand *o, Type *t) { assignable(c, o, t, "assignment"); }

/* Wraps a non-interface value into an interface value (or retypes one
 * interface as another). */
void box_to_iface(Compiler *c, Operand *o, Type *iface) {
    if (o->type && type_under(o->type)->kind == T_INTERFACE) {
        o->type = iface;
        return;
    }
    Type *dt = o->type;
    if (dt->is_block) clone_if_needed(c, o);
    int src = to_anyreg(c, o);
    int r = o->temp ? src : reg_alloc(c, 1);
    if (r != src) emit(c, BC_MOVE, r, src, 0);
    emit_ax(c, BC_BOX, r, kptr(c, dt));
    o->mode = OM_REG;
    o->reg = r;
    o->temp = true;
    o->type = iface;
    o->fresh = true;
}

/* ---------- rvalues ---------- */

void expr_rvalue(Compiler *c, Node *n, Operand *o, Type *hint) {
    expr(c, n, o, hint);
    switch (o->mode) {
    case OM_TYPE:
        c_error(c, n, "%s (type) is not an expression", node_str(n));
        o->mode = OM_INVALID;
        break;
    case OM_NONE:
        c_error(c, n, "%s (no value) used as value", node_str(n));
        o->mode = OM_INVALID;
        break;
    case OM_BUILTIN:
        c_error(c, n, "%s (built-in function) must be called", node_str(n));
        o->mode = OM_INVALID;
        break;
    case OM_PKG:
        c_error(c, n, "use of package %s without selector", node_str(n));
        o->mode = OM_INVALID;
        break;
    case OM_MULTI:
        c_error(c, n, "multiple-value %s (value of type %s) in single-value context", node_str(n), type_str(o->type));
        o->mode = OM_INVALID;
        break;
    case OM_METHOD: {
        /* method value x.M: bind the receiver */
        extern void method_value(Compiler *c, Operand *o);
        method_value(c, o);
        break;
    }
    default: break;
    }
}

