/* disasm.c: `csp disasm`: the bytecode of every function of a program,
 * with operands, constants and source lines, using the names and formats of
 * vm/opcodes.h. */
#include <stdio.h>
#include <stdlib.h>

#include "../cli/cli.h"
#include "compiler.h"

static const char *op_names[] = {
#define OPCODE(name, fmt, flags, doc) #name,
#include "../vm/opcodes.h"
#undef OPCODE
};

typedef enum { F_ABC, F_ABx, F_AsBx } Fmt;
static const Fmt op_fmts[] = {
#define ABC F_ABC
#define ABx F_ABx
#define AsBx F_AsBx
#define OPCODE(name, fmt, flags, doc) fmt,
#include "../vm/opcodes.h"
#undef OPCODE
#undef ABC
#undef ABx
#undef AsBx
};

extern Func **func_registry(int *n);

static bool is_func(Func *f) {
    int n;
    Func **all = func_registry(&n);
    for (int i = 0; i < n; i++)
        if (all[i] == f) return true;
    return false;
}

static bool is_func_closure(void *p) {
    int n;
    Func **all = func_registry(&n);
    for (int i = 0; i < n; i++)
        if (all[i]->static_closure == p) return true;
    return false;
}

static void disasm_func(FILE *out, Func *fn, Func ***seen, int *nseen, int *cap);

static void visit(FILE *out, Func *fn, Func ***seen, int *nseen, int *cap) {
    for (int i = 0; i < *nseen; i++)
        if ((*seen)[i] == fn) return;
    if (*nseen == *cap) {
        *cap = *cap ? *cap * 2 : 32;
        Func **n = csp_alloc(sizeof(Func *) * *cap);
        if (*nseen) memcpy(n, *seen, sizeof(Func *) * *nseen);
        *seen = n;
    }
    (*seen)[(*nseen)++] = fn;
    disasm_func(out, fn, seen, nseen, cap);
}

static void disasm_func(FILE *out, Func *fn, Func ***seen, int *nseen, int *cap) {
    if (fn->native) return;
    bool user = getenv("CSP_DISASM_ALL") || (fn->file && fn->file[0] != '$');
    if (user) {
        fprintf(out, "func %s  (%s:%d)  params=%d results=%d regs=%d upvals=%d\n", fn->name, fn->file ? fn->file : "?",
                fn->line, fn->nparams, fn->nresults, fn->nregs, fn->nupvals);
        int line = -1;
        for (int pc = 0; pc < fn->ncode; pc++) {
            Instr in = fn->code[pc];
            int l = vm_line_of(fn, &fn->code[pc]);
            fprintf(out, "  %4d %5s  %-10s", pc, l != line ? csp_sprintf("[%d]", l) : "", op_names[in.op]);
            line = l;
            switch (op_fmts[in.op]) {
            case F_ABC: fprintf(out, " %d %d %d", in.a, in.b, in.c); break;
            case F_ABx: fprintf(out, " %d K%u", in.a, in.bx); break;
            case F_AsBx: fprintf(out, " %d %+d", in.a, in.sbx); break;
            }
            if ((in.op == BC_CALL || in.op == BC_CALLN) && in.b < fn->nk && is_func(fn->k[in.b].p))
                fprintf(out, "   ; %s", ((Func *)fn->k[in.b].p)->name);
            if (in.op == BC_CLOSURE && in.bx < (unsigned)fn->nk) fprintf(out, "   ; %s", ((Func *)fn->k[in.bx].p)->name);
            /* a REPL function's slot (compiler/repl_redef.c): the function it holds now */
            if (in.op == BC_GETG && in.bx < (unsigned)vm_nglobals && vm_globals[in.bx].p &&
                is_func_closure(vm_globals[in.bx].p))
                fprintf(out, "   ; %s", ((Closure *)vm_globals[in.bx].p)->fn->name);
            fputc('\n', out);
        }
        fputc('\n', out);
    }
    for (int i = 0; i < fn->nk; i++) {
        void *p = fn->k[i].p;
        if (p && is_func(p)) visit(out, p, seen, nseen, cap);
        else if (p && is_func_closure(p)) visit(out, ((Closure *)p)->fn, seen, nseen, cap);
    }
}

void disasm_program(FILE *out, Func *entry) {
    Func **seen = NULL;
    int n = 0, cap = 0;
    visit(out, entry, &seen, &n, &cap);
}
