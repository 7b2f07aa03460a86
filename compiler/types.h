/* types.h: csp's types, shared by the checker, the code generator and the
 * running program.
 *
 * One Type object serves at compile time (identity, assignability, method
 * sets) and at run time (the dynamic type inside an interface value, %T and
 * %v in fmt, map key hashing, type switches). Unnamed composite types are
 * hash-consed by types_* constructors, so two types are identical exactly
 * when their pointers are equal; a named type is a distinct object whose
 * structural fields (kind, elem, fields...) mirror its underlying type.
 *
 * Storage: every value occupies `slots` 8-byte slots when stored inline (in a
 * struct, array or slice backing). Scalars, strings, slices, maps, channels,
 * pointers, functions and interfaces take one slot; a struct the sum of its
 * fields; an array len * elem slots. See vm/value.h for what a slot holds.
 */
#ifndef CSP_TYPES_H
#define CSP_TYPES_H

#include "../util/common.h"

typedef struct Type Type;
typedef struct Func Func;

typedef enum TypeKind {
    T_INVALID,
    T_BOOL,
    T_INT, T_INT8, T_INT16, T_INT32, T_INT64,
    T_UINT, T_UINT8, T_UINT16, T_UINT32, T_UINT64, T_UINTPTR,
    T_FLOAT32, T_FLOAT64,
    T_COMPLEX128, /* only to reject complex literals */
    T_STRING,
    T_UNSAFEPTR,  /* unused: unsafe is not supported */
    /* untyped constant kinds */
    T_UNTYPED_BOOL, T_UNTYPED_INT, T_UNTYPED_RUNE, T_UNTYPED_FLOAT, T_UNTYPED_STRING, T_UNTYPED_NIL,
    /* composites */
    T_ARRAY, T_SLICE, T_STRUCT, T_POINTER, T_FUNC, T_INTERFACE, T_MAP, T_CHAN,
    T_TUPLE, /* results of a multi-value call (not a real Go type) */
    T_KIND_COUNT
} TypeKind;

typedef enum ChanDir { CHAN_BOTH = 3, CHAN_SEND = 1, CHAN_RECV = 2 } ChanDir;

typedef struct Field {
    const char *name;   /* interned; for an embedded field, the type's name */
    Type *type;
    int offset;         /* in slots from the start of the struct */
    bool embedded;
    bool exported;
} Field;

/* A method of a named type (or a promoted method of a struct). */
typedef struct Method {
    const char *name;   /* interned */
    Type *sig;          /* T_FUNC without the receiver */
    Func *fn;           /* compiled body; receiver is the first parameter */
    bool ptr_recv;      /* declared on *T */
    bool ptr_only;      /* in the method set of *T only (needs an addressable receiver) */
    int repl_slot;      /* REPL: 1 + the global holding the current closure (compiler/repl_redef.c) */
    /* promotion through embedded fields: path of field offsets to follow */
    int ndeps;          /* number of embedded hops (0 = declared on the type) */
    int *path_off;      /* slot offset of each hop's field */
    bool *path_ptr;     /* whether each hop's field is a pointer (dereference) */
} Method;

/* An interface's method: name and signature (sorted by name). */
typedef struct IMethod {
    const char *name;
    Type *sig;
} IMethod;

struct Type {
    TypeKind kind;
    int slots;              /* inline size in 8-byte slots */
    Type *elem;             /* array, slice, pointer, chan, map value */
    Type *key;              /* map key */
    int64_t len;            /* array length */
    ChanDir dir;            /* chan */
    Field *fields;          /* struct */
    int nfields;
    Type **params;          /* func parameter types (variadic: last is a slice) */
    int nparams;
    Type **results;         /* func results; tuple members */
    int nresults;
    bool variadic;
    IMethod *imethods;      /* interface method set, sorted by name */
    int nimethods;

    /* named types */
    const char *name;       /* NULL for unnamed types */
    const char *pkg;        /* "main", "time", ... ; NULL for predeclared */
    Type *underlying;       /* self for unnamed types */
    Method *methods;        /* declared methods (value and pointer receivers) */
    int nmethods, methods_cap;
    Type *ptr_to;           /* cached *T */
    bool complete;          /* underlying resolved (named types under construction are not) */

    /* cached facts */
    const char *str;        /* Go's spelling, as %T prints it */
    uint32_t id;            /* unique, for hashing */
    int8_t comparable;      /* -1 unknown, 0 no, 1 yes */
    bool has_pointers;      /* inline representation holds GC pointers */
    bool is_block;          /* struct or array: a register holds a pointer to its slots */
};

/* Predeclared types (types.c). */
extern Type *type_bool, *type_int, *type_int8, *type_int16, *type_int32, *type_int64;
extern Type *type_uint, *type_uint8, *type_uint16, *type_uint32, *type_uint64, *type_uintptr;
extern Type *type_float32, *type_float64, *type_string, *type_complex128;
extern Type *type_untyped_bool, *type_untyped_int, *type_untyped_rune, *type_untyped_float,
    *type_untyped_string, *type_untyped_nil;
extern Type *type_error;   /* interface{ Error() string } */
extern Type *type_any;     /* interface{} */
extern Type *type_invalid;

void types_init(void);

/* Constructors of unnamed types: hash-consed, so identical types are equal pointers. */
Type *type_pointer(Type *elem);
Type *type_slice(Type *elem);
Type *type_array(Type *elem, int64_t len);
Type *type_map(Type *key, Type *val);
Type *type_chan(Type *elem, ChanDir dir);
Type *type_func(Type **params, int nparams, Type **results, int nresults, bool variadic);
Type *type_tuple(Type **members, int n);
/* fields: copied; offsets computed. */
Type *type_struct(Field *fields, int nfields);
/* methods: copied and sorted; embedded interfaces must be flattened by the caller. */
Type *type_interface(IMethod *methods, int n);
/* A new named type; set its underlying with type_set_underlying once known. */
Type *type_named(const char *pkg, const char *name);
void type_set_underlying(Type *named, Type *underlying);

/* Queries. */
static inline Type *type_under(Type *t) { return t->underlying ? t->underlying : t; }
bool type_is_untyped(const Type *t);
bool type_is_integer(const Type *t);   /* typed or untyped int/rune */
bool type_is_unsigned(const Type *t);
bool type_is_float(const Type *t);
bool type_is_numeric(const Type *t);
bool type_is_string(const Type *t);
bool type_is_boolean(const Type *t);
bool type_is_interface(const Type *t);
bool type_is_comparable(Type *t);
bool type_is_ordered(const Type *t);
/* bit size of a sized integer kind (8..64), 64 for int/uint/uintptr. */
int type_int_bits(const Type *t);
/* Go's unsafe.Sizeof(T) on amd64 (csp's own layout is slots), saturating
 * at TYPE_SIZE_HUGE: what Go's limits on types, variables and make are
 * measured in. */
#define TYPE_SIZE_HUGE (INT64_C(1) << 62)
int64_t type_go_size(Type *t);
/* Go's limit on the size of any type (cmd/compile's MaxWidth on amd64):
 * an array at least this big is "larger than address space". */
#define TYPE_GO_MAX_WIDTH (INT64_C(1) << 50)
/* The default type of an untyped constant kind (int, rune=int32, float64, string, bool). */
Type *type_default(Type *t);
/* Go's spelling of a type ("[]int", "map[string]*main.T", "main.Point"). */
const char *type_str(Type *t);

/* Method sets. Looks up a method or promoted method of t (or *t when
 * t is a pointer to a named type). Sets *via_ptr when found on the pointer's
 * method set only. Returns NULL if absent. */
Method *type_find_method(Type *t, const char *name);
void type_add_method(Type *named, Method m);
/* Finds a struct field (or promoted field) by name: offset (slots) and path. */
typedef struct FieldPath {
    int nhops;            /* 1 for a direct field */
    Field *hops[16];      /* fields traversed, outermost first */
    bool ambiguous;
} FieldPath;
bool type_find_field(Type *t, const char *name, FieldPath *out);

/* Does dynamic type t implement interface iface? On failure *missing names a
 * method that is absent (or has the wrong type, *wrong_type set), and
 * *ptr_only is set when the method exists only on *t. */
bool type_implements(Type *t, Type *iface, const char **missing, bool *wrong_type, bool *ptr_only);

#endif
