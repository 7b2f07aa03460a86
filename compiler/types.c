/* types.c: construction, identity (hash-consing) and queries of types.
 *
 * Unnamed composite types are interned in one table keyed by their
 * structure, so identity is pointer equality everywhere (checker, type
 * switches, interface conversions, map keys of interface type). The table
 * is GC memory and guarded by a mutex: the REPL compiles while processes run.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "../util/buf.h"
#include "types.h"

Type *type_bool, *type_int, *type_int8, *type_int16, *type_int32, *type_int64;
Type *type_uint, *type_uint8, *type_uint16, *type_uint32, *type_uint64, *type_uintptr;
Type *type_float32, *type_float64, *type_string, *type_complex128;
Type *type_untyped_bool, *type_untyped_int, *type_untyped_rune, *type_untyped_float,
    *type_untyped_string, *type_untyped_nil;
Type *type_error, *type_any, *type_invalid;

static pthread_mutex_t types_lock = PTHREAD_MUTEX_INITIALIZER;
static uint32_t next_id = 1;

static Type *type_alloc(TypeKind k) {
    Type *t = CSP_NEW(Type);
    t->kind = k;
    t->slots = 1;
    t->comparable = -1;
    t->id = __atomic_fetch_add(&next_id, 1, __ATOMIC_RELAXED);
    t->complete = true;
    return t;
}

static Type *basic(TypeKind k, const char *name) {
    Type *t = type_alloc(k);
    t->name = name;
    t->str = name;
    t->has_pointers = (k == T_STRING);
    return t;
}

/* ---------- the intern table for unnamed types ---------- */

typedef struct Entry {
    uint64_t hash;
    Type *t;
} Entry;
static Entry *table;
static size_t table_cap, table_len;

static uint64_t mix(uint64_t h, uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdULL;
}

static uint64_t shape_hash(const Type *t) {
    uint64_t h = mix(0, t->kind);
    h = mix(h, t->elem ? t->elem->id : 0);
    h = mix(h, t->key ? t->key->id : 0);
    h = mix(h, (uint64_t)t->len);
    h = mix(h, t->dir);
    h = mix(h, t->variadic);
    for (int i = 0; i < t->nfields; i++) {
        h = mix(h, (uintptr_t)t->fields[i].name);
        h = mix(h, t->fields[i].type->id);
        h = mix(h, t->fields[i].embedded);
    }
    for (int i = 0; i < t->nparams; i++) h = mix(h, t->params[i]->id);
    h = mix(h, 77);
    for (int i = 0; i < t->nresults; i++) h = mix(h, t->results[i]->id);
    for (int i = 0; i < t->nimethods; i++) {
        h = mix(h, (uintptr_t)t->imethods[i].name);
        h = mix(h, t->imethods[i].sig->id);
    }
    return h;
}

static bool shape_equal(const Type *a, const Type *b) {
    if (a->kind != b->kind || a->elem != b->elem || a->key != b->key || a->len != b->len ||
        a->dir != b->dir || a->variadic != b->variadic || a->nfields != b->nfields ||
        a->nparams != b->nparams || a->nresults != b->nresults || a->nimethods != b->nimethods)
        return false;
    for (int i = 0; i < a->nfields; i++)
        if (a->fields[i].name != b->fields[i].name || a->fields[i].type != b->fields[i].type ||
            a->fields[i].embedded != b->fields[i].embedded)
            return false;
    for (int i = 0; i < a->nparams; i++)
        if (a->params[i] != b->params[i]) return false;
    for (int i = 0; i < a->nresults; i++)
        if (a->results[i] != b->results[i]) return false;
    for (int i = 0; i < a->nimethods; i++)
        if (a->imethods[i].name != b->imethods[i].name || a->imethods[i].sig != b->imethods[i].sig)
            return false;
    return true;
}

static void table_grow(void) {
    size_t ncap = table_cap ? table_cap * 2 : 1024;
    Entry *n = GC_MALLOC_UNCOLLECTABLE(sizeof(Entry) * ncap);
    memset(n, 0, sizeof(Entry) * ncap);
    for (size_t i = 0; i < table_cap; i++) {
        if (!table[i].t) continue;
        size_t j = table[i].hash & (ncap - 1);
        while (n[j].t) j = (j + 1) & (ncap - 1);
        n[j] = table[i];
    }
    if (table) GC_FREE(table);
    table = n;
    table_cap = ncap;
}

/* Returns the interned type equal to proto, creating it from proto if new. */
static Type *intern(Type *proto) {
    uint64_t h = shape_hash(proto);
    pthread_mutex_lock(&types_lock);
    if ((table_len + 1) * 2 > table_cap) table_grow();
    size_t j = h & (table_cap - 1);
    while (table[j].t) {
        if (table[j].hash == h && shape_equal(table[j].t, proto)) {
            Type *t = table[j].t;
            pthread_mutex_unlock(&types_lock);
            return t;
        }
        j = (j + 1) & (table_cap - 1);
    }
    Type *t = type_alloc(proto->kind);
    uint32_t id = t->id;
    *t = *proto;
    t->id = id;
    t->underlying = NULL;
    t->comparable = -1;
    /* a struct or array holding, inline, a named type still being defined
     * (`type T struct{ t T }`) has no size: its definition is an error */
    t->complete = true;
    if (t->kind == T_ARRAY) t->complete = t->elem->complete;
    for (int i = 0; t->kind == T_STRUCT && i < t->nfields; i++)
        if (!t->fields[i].type->complete) t->complete = false;
    table[j] = (Entry){h, t};
    table_len++;
    pthread_mutex_unlock(&types_lock);
    return t;
}

/* ---------- constructors ---------- */

Type *type_pointer(Type *elem) {
    if (elem->ptr_to) return elem->ptr_to;
    Type p = {.kind = T_POINTER, .elem = elem, .slots = 1, .has_pointers = true};
    Type *t = intern(&p);
    elem->ptr_to = t;
    return t;
}

Type *type_slice(Type *elem) {
    Type p = {.kind = T_SLICE, .elem = elem, .slots = 1, .has_pointers = true};
    return intern(&p);
}

Type *type_array(Type *elem, int64_t len) {
    Type p = {.kind = T_ARRAY, .elem = elem, .len = len, .is_block = true};
    int64_t s = elem->slots * len;
    p.slots = s > INT32_MAX ? INT32_MAX : (int)s;
    p.has_pointers = elem->has_pointers && len > 0;
    return intern(&p);
}

Type *type_map(Type *key, Type *val) {
    Type p = {.kind = T_MAP, .key = key, .elem = val, .slots = 1, .has_pointers = true};
    return intern(&p);
}

Type *type_chan(Type *elem, ChanDir dir) {
    Type p = {.kind = T_CHAN, .elem = elem, .dir = dir, .slots = 1, .has_pointers = true};
    return intern(&p);
}

Type *type_func(Type **params, int nparams, Type **results, int nresults, bool variadic) {
    Type p = {.kind = T_FUNC, .params = params, .nparams = nparams, .results = results,
              .nresults = nresults, .variadic = variadic, .slots = 1, .has_pointers = true};
    Type *t = intern(&p);
    if (t->params == params && nparams) { /* new: own copies */
        t->params = csp_alloc(sizeof(Type *) * nparams);
        memcpy(t->params, params, sizeof(Type *) * nparams);
    }
    if (t->results == results && nresults) {
        t->results = csp_alloc(sizeof(Type *) * nresults);
        memcpy(t->results, results, sizeof(Type *) * nresults);
    }
    return t;
}

Type *type_tuple(Type **members, int n) {
    Type p = {.kind = T_TUPLE, .results = members, .nresults = n, .slots = n};
    Type *t = intern(&p);
    if (t->results == members && n) {
        t->results = csp_alloc(sizeof(Type *) * n);
        memcpy(t->results, members, sizeof(Type *) * n);
    }
    return t;
}

Type *type_struct(Field *fields, int nfields) {
    Type p = {.kind = T_STRUCT, .fields = fields, .nfields = nfields, .is_block = true};
    int off = 0;
    for (int i = 0; i < nfields; i++) {
        fields[i].offset = off;
        off += fields[i].type->slots;
        if (fields[i].type->has_pointers) p.has_pointers = true;
    }
    p.slots = off;
    Type *t = intern(&p);
    if (t->fields == fields && nfields) {
        t->fields = csp_alloc(sizeof(Field) * nfields);
        memcpy(t->fields, fields, sizeof(Field) * nfields);
    }
    return t;
}

static int cmp_imethod(const void *a, const void *b) {
    return strcmp(((const IMethod *)a)->name, ((const IMethod *)b)->name);
}

Type *type_interface(IMethod *methods, int n) {
    IMethod *copy = csp_alloc(sizeof(IMethod) * (n ? n : 1));
    if (n) memcpy(copy, methods, sizeof(IMethod) * n); /* methods may be NULL when n == 0 */
    qsort(copy, n, sizeof(IMethod), cmp_imethod);
    Type p = {.kind = T_INTERFACE, .imethods = copy, .nimethods = n, .slots = 1, .has_pointers = true};
    return intern(&p);
}

Type *type_named(const char *pkg, const char *name) {
    Type *t = type_alloc(T_INVALID);
    t->pkg = pkg;
    t->name = name;
    t->complete = false;
    return t;
}

void type_set_underlying(Type *named, Type *u) {
    u = type_under(u);
    Type *keep_ptr = named->ptr_to;
    Method *m = named->methods;
    int nm = named->nmethods, mc = named->methods_cap;
    const char *name = named->name, *pkg = named->pkg;
    uint32_t id = named->id;
    *named = *u;
    named->name = name;
    named->pkg = pkg;
    named->id = id;
    named->underlying = u;
    named->methods = m;
    named->nmethods = nm;
    named->methods_cap = mc;
    named->ptr_to = keep_ptr;
    named->str = NULL;
    named->comparable = -1;
    named->complete = true;
}

/* ---------- queries ---------- */

bool type_is_untyped(const Type *t) { return t->kind >= T_UNTYPED_BOOL && t->kind <= T_UNTYPED_NIL; }

bool type_is_integer(const Type *t) {
    return (t->kind >= T_INT && t->kind <= T_UINTPTR) || t->kind == T_UNTYPED_INT ||
           t->kind == T_UNTYPED_RUNE;
}

bool type_is_unsigned(const Type *t) { return t->kind >= T_UINT && t->kind <= T_UINTPTR; }

bool type_is_float(const Type *t) {
    return t->kind == T_FLOAT32 || t->kind == T_FLOAT64 || t->kind == T_UNTYPED_FLOAT;
}

bool type_is_numeric(const Type *t) { return type_is_integer(t) || type_is_float(t); }
bool type_is_string(const Type *t) { return t->kind == T_STRING || t->kind == T_UNTYPED_STRING; }
/* ---- Go's sizes ---- */

/* Nesting deeper than this is a recursive type (`type T struct{ t T }`,
 * already an error): it counts as empty instead of recursing forever. */
#define GO_SIZE_MAX_DEPTH 1000

static int64_t go_size_align(Type *t, int64_t *align, int depth);

/* a * b, or TYPE_SIZE_HUGE when it would pass it */
static int64_t mul_sat(int64_t a, int64_t b) {
    if (a == 0 || b == 0) return 0;
    return a > TYPE_SIZE_HUGE / b ? TYPE_SIZE_HUGE : a * b;
}

static int64_t go_struct_size(Type *t, int64_t *align, int depth) {
    int64_t off = 0, maxa = 1;
    for (int i = 0; i < t->nfields; i++) {
        int64_t a, sz = go_size_align(t->fields[i].type, &a, depth + 1);
        off = (off + a - 1) / a * a + sz;
        if (off > TYPE_SIZE_HUGE) off = TYPE_SIZE_HUGE;
        if (a > maxa) maxa = a;
    }
    *align = maxa;
    return (off + maxa - 1) / maxa * maxa;
}

static int64_t go_size_align(Type *t, int64_t *align, int depth) {
    int64_t a = 8, sz = 8;
    if (depth > GO_SIZE_MAX_DEPTH) {
        *align = 1;
        return 0;
    }
    switch (t->kind) {
    case T_BOOL: case T_INT8: case T_UINT8: a = sz = 1; break;
    case T_INT16: case T_UINT16: a = sz = 2; break;
    case T_INT32: case T_UINT32: case T_FLOAT32: a = sz = 4; break;
    case T_STRING: case T_INTERFACE: sz = 16; break;
    case T_SLICE: sz = 24; break;
    case T_ARRAY: sz = mul_sat(t->len, go_size_align(t->elem, &a, depth + 1)); break;
    case T_STRUCT: sz = go_struct_size(t, &a, depth); break;
    default: break;
    }
    *align = a;
    return sz;
}

int64_t type_go_size(Type *t) {
    int64_t a;
    return go_size_align(t, &a, 0);
}

bool type_is_boolean(const Type *t) { return t->kind == T_BOOL || t->kind == T_UNTYPED_BOOL; }
bool type_is_interface(const Type *t) { return t->kind == T_INTERFACE; }
bool type_is_ordered(const Type *t) { return type_is_numeric(t) || type_is_string(t); }

bool type_is_comparable(Type *t) {
    if (t->comparable >= 0) return t->comparable;
    bool c;
    switch (t->kind) {
    case T_SLICE: case T_MAP: case T_FUNC: c = false; break;
    case T_ARRAY: c = type_is_comparable(t->elem); break;
    case T_STRUCT:
        c = true;
        for (int i = 0; i < t->nfields; i++)
            if (!type_is_comparable(t->fields[i].type)) c = false;
        break;
    case T_TUPLE: case T_INVALID: c = false; break;
    default: c = true;
    }
    t->comparable = c;
    return c;
}

int type_int_bits(const Type *t) {
    switch (t->kind) {
    case T_INT8: case T_UINT8: return 8;
    case T_INT16: case T_UINT16: return 16;
    case T_INT32: case T_UINT32: case T_UNTYPED_RUNE: return 32;
    default: return 64;
    }
}

Type *type_default(Type *t) {
    switch (t->kind) {
    case T_UNTYPED_BOOL: return type_bool;
    case T_UNTYPED_INT: return type_int;
    case T_UNTYPED_RUNE: return type_int32;
    case T_UNTYPED_FLOAT: return type_float64;
    case T_UNTYPED_STRING: return type_string;
    default: return t;
    }
}

static void write_type(Buf *b, Type *t);

static void write_sig(Buf *b, Type *t) {
    buf_putc(b, '(');
    for (int i = 0; i < t->nparams; i++) {
        if (i) buf_puts(b, ", ");
        if (t->variadic && i == t->nparams - 1) {
            buf_puts(b, "...");
            write_type(b, t->params[i]->elem);
        } else
            write_type(b, t->params[i]);
    }
    buf_putc(b, ')');
    if (t->nresults == 1) {
        buf_putc(b, ' ');
        write_type(b, t->results[0]);
    } else if (t->nresults > 1) {
        buf_puts(b, " (");
        for (int i = 0; i < t->nresults; i++) {
            if (i) buf_puts(b, ", ");
            write_type(b, t->results[i]);
        }
        buf_putc(b, ')');
    }
}

static void write_type(Buf *b, Type *t) {
    if (t->name) {
        if (t->pkg) {
            buf_puts(b, t->pkg);
            buf_putc(b, '.');
        }
        buf_puts(b, t->name);
        return;
    }
    switch (t->kind) {
    case T_POINTER: buf_putc(b, '*'); write_type(b, t->elem); break;
    case T_SLICE: buf_puts(b, "[]"); write_type(b, t->elem); break;
    case T_ARRAY: buf_printf(b, "[%lld]", (long long)t->len); write_type(b, t->elem); break;
    case T_MAP:
        buf_puts(b, "map[");
        write_type(b, t->key);
        buf_putc(b, ']');
        write_type(b, t->elem);
        break;
    case T_CHAN:
        if (t->dir == CHAN_RECV) buf_puts(b, "<-");
        buf_puts(b, "chan");
        if (t->dir == CHAN_SEND) buf_puts(b, "<-");
        buf_putc(b, ' ');
        if (t->dir != CHAN_SEND && t->elem->kind == T_CHAN && t->elem->dir == CHAN_RECV && !t->elem->name) {
            buf_putc(b, '(');
            write_type(b, t->elem);
            buf_putc(b, ')');
        } else
            write_type(b, t->elem);
        break;
    case T_FUNC: buf_puts(b, "func"); write_sig(b, t); break;
    case T_STRUCT:
        buf_puts(b, "struct {");
        for (int i = 0; i < t->nfields; i++) {
            buf_puts(b, i ? "; " : " ");
            if (!t->fields[i].embedded) {
                buf_puts(b, t->fields[i].name);
                buf_putc(b, ' ');
            }
            write_type(b, t->fields[i].type);
        }
        buf_puts(b, t->nfields ? " }" : "}");
        break;
    case T_INTERFACE:
        if (t->nimethods == 0) { buf_puts(b, "interface {}"); break; }
        buf_puts(b, "interface {");
        for (int i = 0; i < t->nimethods; i++) {
            buf_puts(b, i ? "; " : " ");
            buf_puts(b, t->imethods[i].name);
            write_sig(b, t->imethods[i].sig);
        }
        buf_puts(b, " }");
        break;
    case T_TUPLE:
        buf_putc(b, '(');
        for (int i = 0; i < t->nresults; i++) {
            if (i) buf_puts(b, ", ");
            write_type(b, t->results[i]);
        }
        buf_putc(b, ')');
        break;
    case T_UNTYPED_BOOL: buf_puts(b, "untyped bool"); break;
    case T_UNTYPED_INT: buf_puts(b, "untyped int"); break;
    case T_UNTYPED_RUNE: buf_puts(b, "untyped rune"); break;
    case T_UNTYPED_FLOAT: buf_puts(b, "untyped float"); break;
    case T_UNTYPED_STRING: buf_puts(b, "untyped string"); break;
    case T_UNTYPED_NIL: buf_puts(b, "untyped nil"); break;
    default: buf_puts(b, "invalid type"); break;
    }
}

const char *type_str(Type *t) {
    if (t->str) return t->str;
    Buf b;
    buf_init(&b);
    write_type(&b, t);
    const char *s = buf_cstr(&b);
    if (t->complete) t->str = s;
    return s;
}

void type_add_method(Type *named, Method m) {
    if (named->nmethods == named->methods_cap) {
        int nc = named->methods_cap ? named->methods_cap * 2 : 4;
        Method *n = csp_alloc(sizeof(Method) * nc);
        if (named->nmethods) memcpy(n, named->methods, sizeof(Method) * named->nmethods);
        named->methods = n;
        named->methods_cap = nc;
    }
    named->methods[named->nmethods++] = m;
}

/* ---------- fields and methods through embedding ---------- */

/* Breadth-first search of embedded fields, as Go's selector rules require:
 * the shallowest depth wins; two at the same depth are ambiguous. */
typedef struct Cand {
    Type *t;            /* struct (or named struct) at this level */
    int nhops;
    Field *hops[16];
} Cand;

static Type *deref_named_struct(Type *t) {
    if (t->kind == T_POINTER) t = t->elem;
    return t->kind == T_STRUCT ? t : NULL;
}

bool type_find_field(Type *t, const char *name, FieldPath *out) {
    Cand level[64], next[64];
    int nl = 0, nn;
    Type *s = deref_named_struct(t);
    if (!s) return false;
    level[nl].t = s;
    level[nl].nhops = 0;
    nl++;
    for (int depth = 0; depth < 16 && nl; depth++) {
        int found = 0;
        nn = 0;
        for (int i = 0; i < nl; i++) {
            Type *st = level[i].t;
            for (int f = 0; f < st->nfields; f++) {
                Field *fd = &st->fields[f];
                if (fd->name == name) {
                    if (found++ == 0) {
                        out->nhops = level[i].nhops + 1;
                        memcpy(out->hops, level[i].hops, sizeof(Field *) * level[i].nhops);
                        out->hops[level[i].nhops] = fd;
                    }
                } else if (fd->embedded && nn < 64 && level[i].nhops < 15) {
                    Type *inner = deref_named_struct(fd->type);
                    if (!inner) continue;
                    next[nn] = level[i];
                    next[nn].t = inner;
                    next[nn].hops[next[nn].nhops++] = fd;
                    nn++;
                }
            }
        }
        if (found) {
            out->ambiguous = found > 1;
            return true;
        }
        memcpy(level, next, sizeof(Cand) * nn);
        nl = nn;
    }
    return false;
}

static Method *own_method(Type *t, const char *name) {
    for (int i = 0; i < t->nmethods; i++)
        if (t->methods[i].name == name) return &t->methods[i];
    return NULL;
}

/* Finds method `name` on t (a named type, a pointer to one, or a struct with
 * embedded fields). Promoted methods are returned as a fresh Method whose
 * path says how to reach the embedded receiver. */
Method *type_find_method(Type *t, const char *name) {
    Type *base = t->kind == T_POINTER && !t->name ? t->elem : t;
    Method *m = own_method(base, name);
    if (m) return m;
    Type *s = deref_named_struct(t);
    if (!s) return NULL;
    /* breadth-first over embedded fields */
    Cand level[64], next[64];
    int nl = 1, nn;
    level[0].t = s;
    level[0].nhops = 0;
    for (int depth = 0; depth < 15 && nl; depth++) {
        nn = 0;
        Method *found = NULL;
        Cand *where = NULL;
        int nfound = 0;
        for (int i = 0; i < nl; i++) {
            Type *st = level[i].t;
            for (int f = 0; f < st->nfields; f++) {
                Field *fd = &st->fields[f];
                if (!fd->embedded) continue;
                Type *ft = fd->type;
                Type *named = ft->kind == T_POINTER ? ft->elem : ft;
                Method *cm = own_method(named, name);
                if (!cm && ft->kind == T_INTERFACE) {
                    for (int k = 0; k < ft->nimethods; k++)
                        if (ft->imethods[k].name == name) {
                            cm = csp_alloc(sizeof(Method));
                            cm->name = name;
                            cm->sig = ft->imethods[k].sig;
                        }
                }
                if (cm) {
                    if (nfound++ == 0) {
                        found = cm;
                        next[63] = level[i];
                        next[63].hops[next[63].nhops++] = fd;
                        where = &next[63];
                    }
                    continue;
                }
                Type *inner = deref_named_struct(ft);
                if (inner && nn < 63) {
                    next[nn] = level[i];
                    next[nn].t = inner;
                    next[nn].hops[next[nn].nhops++] = fd;
                    nn++;
                }
            }
        }
        if (nfound == 1) {
            Method *pm = csp_alloc(sizeof(Method));
            *pm = *found;
            pm->ndeps = where->nhops;
            pm->path_off = csp_alloc(sizeof(int) * where->nhops);
            pm->path_ptr = csp_alloc(sizeof(bool) * where->nhops);
            for (int h = 0; h < where->nhops; h++) {
                pm->path_off[h] = where->hops[h]->offset;
                pm->path_ptr[h] = where->hops[h]->type->kind == T_POINTER;
            }
            /* promoted through a pointer field: in the value's method set too */
            bool through_ptr = false;
            for (int h = 0; h < where->nhops; h++)
                if (where->hops[h]->type->kind == T_POINTER) through_ptr = true;
            pm->ptr_only = found->ptr_recv && !through_ptr;
            return pm;
        }
        if (nfound > 1) return NULL;
        memcpy(level, next, sizeof(Cand) * nn);
        nl = nn;
    }
    return NULL;
}

bool type_implements(Type *t, Type *iface, const char **missing, bool *wrong_type, bool *ptr_only) {
    *wrong_type = false;
    *ptr_only = false;
    Type *it = type_under(iface);
    for (int i = 0; i < it->nimethods; i++) {
        IMethod *im = &it->imethods[i];
        if (t->kind == T_INTERFACE) {
            Type *tu = type_under(t);
            bool ok = false;
            for (int k = 0; k < tu->nimethods; k++)
                if (tu->imethods[k].name == im->name) {
                    ok = tu->imethods[k].sig == im->sig;
                    if (!ok) *wrong_type = true;
                }
            if (!ok) { *missing = im->name; return false; }
            continue;
        }
        Method *m = type_find_method(t, im->name);
        if (!m) { *missing = im->name; return false; }
        if (m->sig != im->sig) { *missing = im->name; *wrong_type = true; return false; }
        bool is_ptr = t->kind == T_POINTER;
        if (m->ptr_only && !is_ptr) { *missing = im->name; *ptr_only = true; return false; }
    }
    return true;
}

/* ---------- predeclared ---------- */

void types_init(void) {
    if (type_int) return;
    type_invalid = basic(T_INVALID, "invalid type");
    type_bool = basic(T_BOOL, "bool");
    type_int = basic(T_INT, "int");
    type_int8 = basic(T_INT8, "int8");
    type_int16 = basic(T_INT16, "int16");
    type_int32 = basic(T_INT32, "int32");
    type_int64 = basic(T_INT64, "int64");
    type_uint = basic(T_UINT, "uint");
    type_uint8 = basic(T_UINT8, "uint8");
    type_uint16 = basic(T_UINT16, "uint16");
    type_uint32 = basic(T_UINT32, "uint32");
    type_uint64 = basic(T_UINT64, "uint64");
    type_uintptr = basic(T_UINTPTR, "uintptr");
    type_float32 = basic(T_FLOAT32, "float32");
    type_float64 = basic(T_FLOAT64, "float64");
    type_complex128 = basic(T_COMPLEX128, "complex128");
    type_string = basic(T_STRING, "string");
    type_untyped_bool = basic(T_UNTYPED_BOOL, "untyped bool");
    type_untyped_int = basic(T_UNTYPED_INT, "untyped int");
    type_untyped_rune = basic(T_UNTYPED_RUNE, "untyped rune");
    type_untyped_float = basic(T_UNTYPED_FLOAT, "untyped float");
    type_untyped_string = basic(T_UNTYPED_STRING, "untyped string");
    type_untyped_nil = basic(T_UNTYPED_NIL, "untyped nil");
    type_any = type_interface(NULL, 0);
}
