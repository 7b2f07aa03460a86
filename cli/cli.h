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
    const char *schedule; /* --schedule TOKEN */
    int view;             /* --view: a TraceView (runtime/trace.h), 0 = auto */
} CliOptions;
extern CliOptions cli_opts;

/* The options before the program (cli/options.c): --flag value and
 * --flag=value; a usage error exits 1 at once. */
enum { CLI_RUN, CLI_HELP, CLI_VERSION };
typedef struct CliParsed {
    int action;    /* CLI_RUN, or -h/--help, -V/--version seen */
    int first;     /* argv index of the command or program */
    int workers;   /* --workers N, 0 if not given */
    bool dashdash; /* options ended with `--` */
} CliParsed;
void cli_parse_options(int argc, char **argv, CliParsed *out);
/* " (did you mean csp check?)" when a program name that cannot be opened
 * looks like a misspelt command, else "". */
const char *cli_command_hint(const char *name);
/* Is -h or --help among argv[from..] (before any `--`)? */
bool cli_asks_help(int argc, char **argv, int from);
/* Exits 1 with `csp: cannot write trace FILE: why` unless --trace FILE
 * can be written (before the program runs). */
void cli_check_trace(const char *path);
_Noreturn void cli_usage_error(const char *msg);
/* The closest of names (NULL-terminated) to word, if close enough. */
const char *cli_closest(const char *word, const char *const *names);
/* "unknown option X" with "(did you mean Y?)" when one is close. */
const char *cli_unknown_option_msg(const char *arg, const char *const *names);

/* Compiles a whole program, printing its errors as `FILE:LINE:COL: message`
 * lines to stderr (cli/main.c; needs a big C stack: run it on a thread as
 * main.c does). */
struct Program;
bool cli_compile(const char *name, const char *src, size_t len, struct Program *prog);

/* Reads the whole source file at path (stdin when NULL) into malloc'd
 * memory; NULL when it cannot, with *why saying why ("Is a directory"). */
char *cli_read_source(const char *path, size_t *len, const char **why);

int repl_main(int workers);
int repl_run_piped(int workers);
void disasm_program(FILE *out, Func *entry);
int explore_main(const char *argv0, int argc, char **argv);
void stdlib_set_args(int argc, char **argv);
void vm_install_hooks(void);

#endif
