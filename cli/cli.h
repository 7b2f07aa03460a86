/* cli.h: shared between the command line, the REPL, the disassembler and explore. */
#ifndef CSP_CLI_H
#define CSP_CLI_H

#include <stdio.h>

#include "../vm/vm.h"

typedef struct CliOptions {
    bool seeded;
    uint64_t seed;
    const char *trace;
    bool race;
} CliOptions;
extern CliOptions cli_opts;

int repl_main(int workers);
int repl_run_piped(int workers);
void disasm_program(FILE *out, Func *entry);
int explore_main(const char *argv0, int argc, char **argv);
void stdlib_set_args(int argc, char **argv);
void vm_install_hooks(void);

#endif
