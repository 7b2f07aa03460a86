/* compiler.h: internal interfaces of the checker + code generator.
 *
 * csp compiles in one typed pass per function, like Lua's lparser/lcode
 * pair: each expression is type-checked and emitted together, yielding an
 * Operand (a constant, a value in a register, a type, a package...) that the
 * caller turns into code. Package-level names are declared first and
 * resolved lazily on first use, so declaration order does not matter.
 *
 * Variables whose address is taken, or that a closure captures, need a heap
 * cell; single-pass compilation discovers that only after the variable's
 * declaration was emitted, so the declaring node is marked and the enclosing
 * top-level function is compiled again (the marks make it converge).
 */
#ifndef CSP_COMPILER_H
#define CSP_COMPILER_H

#include "../grammar/ast.h"
#include "../util/buf.h"
#include "../util/diag.h"
#include "../vm/vm.h"
#include "types.h"

/* ---------- constants (const.c) ---------- */
typedef enum CVKind { CV_NONE, CV_BOOL, CV_INT, CV_FLOAT, CV_STRING } CVKind;
typedef struct ConstVal {
    CVKind kind;
    bool b;
    __int128 i;
    long double f;   /* untyped float constants keep extra precision (0.1 + 0.2 == 0.3) */
    Str *s;
} ConstVal;

ConstVal cv_int(__int128 v);
ConstVal cv_float(long double v);
ConstVal cv_bool(bool b);
ConstVal cv_string(Str *s);
/* Binary operation on two constants; returns false with *err set on error
 * (division by zero, overflow). Both operands already of matching kind. */
bool cv_binary(Op op, ConstVal x, ConstVal y, bool integer_div, ConstVal *out, const char **err);
bool cv_compare(Op op, ConstVal x, ConstVal y);
bool cv_unary(Op op, ConstVal x, Type *t, ConstVal *out, const char **err);
ConstVal cv_to_float(ConstVal x);
/* Whether x is representable in type t (typed basic); *out gets the converted
 * value (rounded for floats, truncated for float32). */
bool cv_representable(ConstVal x, Type *t, ConstVal *out);
/* Go's spelling of the constant for messages ("300", "1.5", "\"s\""). */
const char *cv_str(ConstVal x);
/* Parses an integer/float literal's text. */
bool cv_parse_int(const char *text, ConstVal *out);
bool cv_parse_float(const char *text, ConstVal *out);

/* ---------- symbols and scopes (scope.c) ---------- */
typedef enum SymKind { SYM_VAR, SYM_CONST, SYM_TYPE, SYM_FUNC, SYM_PKG, SYM_BUILTIN, SYM_NIL } SymKind;

typedef enum Builtin {
    B_NONE, B_APPEND, B_CAP, B_CLEAR, B_CLOSE, B_COMPLEX, B_COPY, B_DELETE, B_IMAG, B_LEN, B_MAKE,
    B_MAX, B_MIN, B_NEW, B_PANIC, B_PRINT, B_PRINTLN, B_REAL, B_RECOVER,
} Builtin;

typedef struct Package Package;
typedef struct FuncState FuncState;

typedef enum VarStorage { VS_REG, VS_CELL, VS_GLOBAL } VarStorage;

typedef struct Sym {
    SymKind kind;
    const char *name;
    Type *type;
    Node *decl;          /* declaring node (ident, spec, funcdecl) */
    int line, col;
    Package *pkg;        /* owning package for package-level symbols */
    /* variables */
    VarStorage storage;
    int arena_off;       /* block-typed local in the frame arena at this slot offset, or -1 */
    int reg;             /* VS_REG / VS_CELL: register holding value / cell pointer */
    int global;          /* VS_GLOBAL: index into globals */
    FuncState *owner;    /* function declaring a local */
    bool used;
    /* constants */
    ConstVal cv;
    /* functions */
    Func *fn;
    int repl_slot;       /* REPL: 1 + the global holding the current closure (repl_redef.c); 0: called directly */
    /* builtins */
    Builtin builtin;
    /* packages */
    Package *package;
    /* lazy resolution of package-level symbols */
    int state;           /* 0 unresolved, 1 resolving, 2 done */
    Node *spec;          /* N_VALUESPEC / N_TYPESPEC / N_FUNCDECL */
    int spec_index;      /* position of the name within its spec */
} Sym;

typedef struct Scope Scope;
struct Scope {
    Scope *parent;
    Sym **syms;
    int len, cap;
    bool is_func;        /* outermost scope of a function body */
};

Scope *scope_new(Scope *parent);
Sym *scope_lookup_local(Scope *s, const char *name);
Sym *scope_lookup(Scope *s, const char *name);
void scope_insert(Scope *s, Sym *sym);
Sym *sym_new(SymKind kind, const char *name, Node *decl);

struct Package {
    const char *name;     /* "main", "fmt" */
    const char *path;     /* "fmt", "math/rand" */
    Scope *scope;
    bool loaded;
    bool loading;
};

/* ---------- operands ---------- */
typedef enum OpMode {
    OM_NONE,     /* no value (call of a function without results) */
    OM_CONST,    /* constant: cv */
    OM_REG,      /* value in register reg */
    OM_MULTI,    /* several values (call results) in regs reg.. (type is a tuple) */
    OM_TYPE,     /* a type expression */
    OM_BUILTIN,  /* a builtin function: sym */
    OM_PKG,      /* a package name: sym */
    OM_FUNC,     /* a package-level function: sym (not yet materialised) */
    OM_NIL,      /* untyped nil */
    OM_COMMAOK,  /* a map index, type assertion or receive that may yield ok: value in reg, ok in reg+1 if asked */
    OM_METHOD,   /* a method call target: receiver in reg, method in method (set by selector) */
    OM_INVALID,  /* an error was reported */
} OpMode;

typedef struct Operand {
    OpMode mode;
    Type *type;
    ConstVal cv;
    int reg;
    bool temp;        /* reg is a temporary that may be reused */
    bool fresh;       /* a block value nobody else references */
    Sym *sym;
    Node *node;
    /* methods */
    Method *method;   /* OM_METHOD: static method; NULL with iface_method for interface calls */
    const char *iface_method;
    Type *recv_type;
    /* OM_COMMAOK: which kind */
    int commaok_kind;  /* 1 map index, 2 type assertion, 3 receive */
    int aux_reg, aux_reg2;
    Type *aux_type;
} Operand;

/* Assignable places. */
typedef enum LvKind {
    LV_BLANK, LV_REG, LV_CELL, LV_GLOBAL, LV_UPVAL, LV_PTR, LV_SLICE, LV_ARRAY, LV_MAP
} LvKind;

typedef struct LValue {
    LvKind kind;
    Type *type;
    int reg;        /* LV_REG: the variable; LV_CELL: cell pointer; LV_PTR: base pointer;
                       LV_SLICE/LV_ARRAY: slice or array block; LV_MAP: map */
    int reg2;       /* LV_SLICE/LV_ARRAY: index; LV_MAP: key */
    int offset;     /* LV_PTR: slot offset; LV_GLOBAL/LV_UPVAL: index */
    Type *container; /* LV_MAP: map type; LV_ARRAY: array type */
    Node *node;
} LValue;

/* ---------- per-function state ---------- */
typedef struct Label Label;

typedef struct JumpList {
    int *pcs;
    int len, cap;
} JumpList;

typedef struct BreakTarget {
    struct BreakTarget *outer;
    const char *label;
    bool is_loop;        /* continue allowed */
    bool is_select;
    JumpList breaks, continues;
    int continue_pc;     /* -1 until known */
    int nregs_at_entry;
} BreakTarget;

typedef struct UpvalRef {
    Sym *sym;
    UpvalDesc desc;
} UpvalRef;

struct FuncState {
    FuncState *parent;
    Func *fn;
    Type *sig;
    Instr *code;
    int ncode, code_cap;
    Slot *k;
    int nk, k_cap;
    LineInfo *lines;
    int nlines, lines_cap;
    SiteName *sites;     /* names of what blocking instructions wait on (vm.h) */
    int nsites, sites_cap;
    int freereg, maxreg;
    Scope *scope;
    UpvalRef *upvals;
    int nupvals, upvals_cap;
    BreakTarget *breaks;
    Sym **results;        /* named result variables (NULL entries when unnamed) */
    int nresults;
    int result_reg;       /* first register of the result area for named results */
    bool has_defer;
    int cur_line;
    int nicache;
    int funclit_count;    /* for naming nested literals: main.f.func1 */
    int nactive;          /* registers held by live local variables */
    int arena_slots;      /* frame arena: blocks of non-escaping struct/array locals */
    int last_label;       /* highest pc some jump targets (blocks peephole retargeting) */
    bool is_entry;        /* the script body / var-init function */
    Node *body;           /* the function's body (labels are looked up in it), NULL for the entry */
    /* --race: private[r] when local register r holds the block of a struct
     * or array variable that never escapes (no other process can see it) */
    uint8_t *private_block;
    int private_cap;
};

/* ---------- the compiler ---------- */
typedef struct Compiler {
    Diags *diags;
    const char *file;
    Package *pkg;          /* package being compiled */
    Scope *universe;
    FuncState *fs;         /* current function */
    int recompile_marks;   /* bumped when a variable is newly marked as boxed */
    int type_indirect;     /* resolving a type behind a pointer, slice, map, chan or func */
    bool repl;             /* compiling a REPL entry: top-level := become globals */
    bool snapshot_lvalues; /* tuple assignment: copy index/base registers of places */
    Operand last_case;     /* right operand of the last switch-case comparison */
    const char *alias_name; /* how the target type was spelled (byte, rune) for messages */
    /* A Go file (one with a package clause, SPEC §1): packages must be
     * imported, and unused imports and variables are errors. */
    bool gofile;
    Package *gofile_pkg;   /* the package those rules apply to */
    Sym **locals;          /* Go file: the body's local variables, for "declared and not used" */
    int nlocals, locals_cap;
    int unused_errors;     /* how many of the errors are "declared and not used" */
    Scope *file_scope;     /* the package names this file's imports bind (Go's file block) */
    Sym **dot_imports;     /* import . "pkg": a SYM_PKG each (used when a name is found through it) */
    int ndot_imports, dot_imports_cap;
    bool assign_lhs;       /* lvalue() of a plain assignment's target: a bare name there is not a use */
    Func *entry;           /* var inits + script statements */
    Func *main_fn;
    Func **inits;
    int ninits, inits_cap;
} Compiler;

/* Node aux flags on declaring identifiers */
/* AUX_ESCAPES: a struct/array variable whose block may outlive its frame
 * (address taken, sliced, captured): it cannot live in the frame's arena. */
enum { AUX_BOXED = 1, AUX_USED = 2, AUX_ESCAPES = 4 };

/* diagnostics */
void c_error(Compiler *c, Node *at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* ---------- the REPL's function slots (repl_redef.c) ---------- */
void repl_redef_reset(void);
/* Gives function now its slot: old's when now replaces old with its signature. */
void repl_redef_assign(Sym *now, Sym *old);
/* Emits the store of s's closure into its slot (first thing in the entry). */
void repl_redef_store(Compiler *c, Sym *s);
/* Emits R[r] = s's current closure, noting which function uses the slot. */
void repl_redef_load(Compiler *c, Sym *s, int r);
void repl_redef_load_slot(Compiler *c, int slot, int r);
/* Methods: declare_method gives each a slot (old's when it replaces old
 * with the same signature) and queues the store of its closure, which
 * the entry emits first thing (repl_redef_store_methods). */
void repl_redef_begin(void);
void repl_redef_method(Method *now, const Method *old);
void repl_redef_store_methods(Compiler *c);
void repl_redef_check_method(Compiler *c, Type *base, const Method *now, const Method *old);
/* Reports an error when now replaces function old with another signature
 * while functions or methods of the session still call old. */
void repl_redef_check(Compiler *c, Sym *now, Sym *old);
const char *op_describe(Compiler *c, Operand *o);   /* "x (variable of type int)" */
const char *node_str(Node *n);                      /* source-like text of an expression */

/* emit.c */
extern bool compile_visible;          /* controlled runs: emit RACE* switch points before shared accesses */
extern bool compile_race;             /* --race: emit RACE* checks before shared accesses */
int emit(Compiler *c, int op, int a, int b, int cc);
int emit_ax(Compiler *c, int op, int a, int32_t sbx);
int emit_ext(Compiler *c, int a, int b, int cc);   /* extension word */
void emit_race_read(Compiler *c, int reg);          /* --race: a read of the object at R[reg] */
int emit_jump(Compiler *c, int op, int a);         /* returns pc to patch */
void patch_jump(Compiler *c, int pc, int target);
void patch_here(Compiler *c, int pc);
void jl_add(JumpList *l, int pc);
void jl_patch(Compiler *c, JumpList *l, int target);
int here(Compiler *c);
int kslot(Compiler *c, Slot v);
int kptr(Compiler *c, const void *p);
int reg_alloc(Compiler *c, int n);
void reg_free_to(Compiler *c, int r);
void set_line(Compiler *c, Node *n);
/* Names what the next instruction emitted waits on, for deadlock reports:
 * the source text of expression n (a channel, a lock's receiver). */
void site_name(Compiler *c, Node *n);
/* The same with a text already made (a select's cases). */
void site_name_text(Compiler *c, const char *text);
FuncState *fs_open(Compiler *c, Func *fn, Type *sig);
void fs_close(Compiler *c);
void emit_backjump(Compiler *c, int target);
/* Fuses a counted loop just emitted (entry jump, step, condition) into
 * JGEIS/JGES ... FORI/FORR when it has the exact shape (compiler/emit.c). */
void emit_fuse_loop(Compiler *c, int entry, int step, int top);

/* types from syntax (typexpr.c) */
Type *resolve_type(Compiler *c, Node *n);
Type *func_sig(Compiler *c, Node *ftype, Node *recv, Sym ***param_syms_out);
bool is_type_expr(Compiler *c, Node *n);

/* expressions (expr.c) */
void expr(Compiler *c, Node *n, Operand *o, Type *hint);
void expr_rvalue(Compiler *c, Node *n, Operand *o, Type *hint); /* single value, not a type */
int to_reg(Compiler *c, Operand *o);                 /* value into some register */
void to_reg_at(Compiler *c, Operand *o, int r);       /* value into register r */
int to_anyreg(Compiler *c, Operand *o);               /* register, maybe a variable's own */
void load_const(Compiler *c, Type *t, ConstVal cv, int r);
bool assignable(Compiler *c, Operand *o, Type *t, const char *context);
void convert_operand(Compiler *c, Operand *o, Type *t);   /* implicit conversion for assignment */
void clone_if_needed(Compiler *c, Operand *o);
void lvalue(Compiler *c, Node *n, LValue *lv);
void store_lvalue(Compiler *c, LValue *lv, Operand *o);
void load_lvalue(Compiler *c, LValue *lv, Operand *o);
void cond_jump(Compiler *c, Node *n, bool jump_if, JumpList *jl);
void box_to_iface(Compiler *c, Operand *o, Type *iface);
Sym *lookup_ident(Compiler *c, Node *n);
/* A name as lookup_ident finds it, without reporting it undefined (NULL). */
Sym *lookup_name(Compiler *c, const char *name);
void ident_var(Compiler *c, Sym *s, Operand *o, Node *at);
int upvalue_of(Compiler *c, Sym *s);
void use_var_addr(Compiler *c, Sym *s, Node *at);
void mark_root_escapes(Compiler *c, Node *n);

/* calls and builtins (call.c) */
void expr_call(Compiler *c, Node *n, Operand *o, Type *hint);
void emit_call_operand(Compiler *c, Operand *fn, Node *call, Operand *o, bool is_go, bool is_defer);

/* builtins (builtins.c) */
void builtin_call(Compiler *c, Node *n, Sym *b, Operand *o, Type *hint);
void builtin_go_defer(Compiler *c, Node *call, Sym *b, bool is_go);

/* statements (stmt.c) */
void stmt(Compiler *c, Node *n);
void block(Compiler *c, Node *n, bool new_scope);
void stmt_list(Compiler *c, NodeList *l);
Sym *declare_local(Compiler *c, Node *ident, Type *t);
void insert_local(Compiler *c, Sym *s);
void assign_to_new_local(Compiler *c, Sym *s, Operand *o);
/* Go file: remembers a local variable for the "declared and not used" check. */
void note_local(Compiler *c, Sym *s);
void check_unused_locals(Compiler *c);
bool terminates(Node *n);

/* declarations (decl.c) */
void resolve_sym(Compiler *c, Sym *s);
FuncState *scratch_fs(Compiler *c);
Type *type_declare_named(Compiler *c, Sym *s);
Func *compile_funclit(Compiler *c, Node *n, const char *name);
void compile_func_body(Compiler *c, Func *fn, Node *ftype, Node *recv, Node *body, Type *sig);

/* the packages of the standard library (lib.c) */
Package *lib_package(Compiler *c, const char *name);
/* Whether csp has the package of this import path. */
bool lib_has_path(const char *path);
/* The error for an import of a package csp lacks: names what it has. */
const char *lib_unknown_package(const char *path);
NativeFn lib_native(const char *qualified_name);
/* Makes fn the native of that name (and a switch point if it is visible);
 * false when there is none. */
bool lib_bind_native(Func *fn, const char *qualified_name);
void universe_init(Compiler *c);

/* entry points (compile.c) */
typedef struct Program {
    Func *entry;          /* runs var inits, script statements, init()s, main() */
    int nglobals;
} Program;
bool compile_file(const char *file, const char *src, size_t len, Program *out, Diags *diags);
/* The same, handing back the checked tree: each expression node carries its
 * type, mode and symbol (Node.type, .opmode, .sym), for csp vet. */
bool compile_file_ast(const char *file, const char *src, size_t len, Program *out, Diags *diags, Node **ast_out);

#endif
