/* main.c: the `csp` command line (SPEC §9).
 *
 *   csp FILE [ARGS...]     run a program       csp -e CODE     run CODE
 *   csp - < FILE           run stdin           csp             the REPL
 *   csp check FILE         type-check only     csp disasm FILE print bytecode
 *   csp vet FILE           report suspicious constructs, as go vet does (vet/)
 *   csp explore FILE       run under many seeds, report the distinct outcomes (explore.c)
 *   csp explore --all FILE run under every schedule that matters (explore_all.c)
 *   csp version | help
 *   options: --workers N  --seed N  --schedule TOKEN  --trace FILE  --view procs|workers  --race
 *   (parsed and checked in options.c: --flag=value, -h/-V, did-you-mean)
 *
 * Compilation runs on a thread with a large stack, so deeply nested (but
 * valid) programs cannot overflow the C stack of the recursive compiler.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../compiler/compiler.h"
#include "../runtime/runtime.h"
#include "../runtime/trace.h"
#include "../race/race.h"
#include "cli.h"
#include "../runtime/ctl.h"
#include "../vet/vet.h"
#include "token.h"

static const char *usage_text =
    "csp: run Go-shaped concurrent programs (CSP: communicating sequential processes)\n"
    "\n"
    "usage:\n"
    "  csp FILE.csp [ARGS...]   run a program (os.Args[1:] = ARGS); .go files run too\n"
    "  csp -e 'CODE'            run CODE given on the command line\n"
    "  csp - < FILE             run a program read from standard input\n"
    "  csp                      start the interactive REPL\n"
    "  csp check FILE.csp       type-check only: report errors, run nothing\n"
    "  csp disasm FILE.csp      print the bytecode, function by function\n"
    "  csp vet FILE.csp         report suspicious constructs as go vet does (copied locks,\n"
    "                           Printf mistakes, lost cancel, unused results, wg.Add in\n"
    "                           the goroutine, empty critical sections, defer Lock);\n"
    "                           exit 1 if it reports anything\n"
    "  csp explore FILE.csp     run under many seeds (--runs N --seed S --jobs J --timeout SECS,\n"
    "                           before FILE) and report each distinct outcome with a seed\n"
    "                           that replays it; exit 3 if the outcomes differ\n"
    "  csp explore --all FILE   run under every schedule that can matter (partial-order\n"
    "                           reduction) and say whether the search was complete\n"
    "  csp version              print the version (also -V, --version)\n"
    "  csp help                 print this help (also -h, --help, anywhere before the file)\n"
    "\n"
    "options (before the file: what follows the file is the program's os.Args;\n"
    "         --flag value and --flag=value both work):\n"
    "  --workers N   run processes on N worker threads (default: $GOMAXPROCS, else the CPU count)\n"
    "  --seed N      reproducible run: one worker, seeded scheduling choices, virtual time\n"
    "                (with --workers N > 1 it says so on stderr and still uses one worker)\n"
    "  --schedule T  re-run the schedule that csp explore --all names by token T\n"
    "  --trace FILE  record the schedule: FILE.json (Chrome trace, for ui.perfetto.dev),\n"
    "                FILE.svg (a picture for any browser), FILE.html (a page that replays\n"
    "                the run step by step beside the source), any other name: json and svg;\n"
    "                checked before the run, and never a program: csp --trace prog.csp is an error\n"
    "  --view V      the picture --trace draws: procs (a lane per goroutine; the default\n"
    "                with one worker or --seed) or workers (a lane per worker thread)\n"
    "  --race        report data races as Go's -race does (exit status 66 after a race)\n"
    "\n"
    "exit status: 0 success, 1 compile or usage error (an unknown option, a missing value),\n"
    "             2 panic, fatal error or deadlock, n from os.Exit(n);\n"
    "             explore: 3 when runs gave different outcomes;\n"
    "             a piped REPL session: 1 if an entry failed to compile, 2 if one panicked\n"
    "\n"
    "the language, the REPL and the tools: docs/language.md\n"
    "\n"
    "example:\n"
    "  csp -e 'ch := make(chan int); go func() { ch <- 42 }(); fmt.Println(<-ch)'\n";

CliOptions cli_opts;

/* Reads all of f into malloc'd memory; NULL with errno set on a read error. */
static char *read_all(FILE *f, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        if (r == 0) break;
        n += r;
    }
    if (ferror(f)) {
        int e = errno;
        free(buf);
        errno = e;
        return NULL;
    }
    *len = n;
    return buf;
}

char *cli_read_source(const char *path, size_t *len, const char **why) {
    FILE *f = path ? fopen(path, "rb") : stdin;
    if (!f) {
        *why = strerror(errno);
        return NULL;
    }
    struct stat st;
    char *s = NULL;
    /* a directory opens, and reads as an error (or as nothing) */
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) errno = EISDIR;
    else s = read_all(f, len);
    if (!s) *why = strerror(errno);
    if (path) fclose(f);
    return s;
}

static char *read_file(const char *path, size_t *len) {
    const char *why;
    char *s = cli_read_source(path, len, &why);
    if (!s) {
        fprintf(stderr, "csp: cannot open %s: %s%s\n", path ? path : "standard input", why, path ? cli_command_hint(path) : "");
        exit(1);
    }
    return s;
}

/* As Go 1.22's runtime (checkfds), a standard descriptor that was closed
 * is opened on /dev/null before anything else can take its number: a
 * closed stdin reads as empty, output to a closed stdout vanishes, and a
 * file csp opens can never become a program's fd 1. */
static void check_std_fds(void) {
    for (int fd = 0; fd < 3; fd++) {
        if (fcntl(fd, F_GETFD) >= 0 || errno != EBADF) continue;
        int n = open("/dev/null", O_RDWR);
        if (n != fd) {
            if (n >= 0) close(n);
            _exit(2);
        }
    }
}

static int default_workers(void) {
    const char *g = getenv("GOMAXPROCS");
    if (g && atoi(g) > 0) return atoi(g);
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

static void usage_error(const char *msg) { cli_usage_error(msg); }

typedef struct Job {
    const char *name;
    const char *src;
    size_t len;
    int mode; /* 0 run, 1 check, 2 disasm, 3 vet */
} Job;

bool cli_compile(const char *name, const char *src, size_t len, Program *prog) {
    Diags d;
    diag_init(&d, name);
    if (compile_file(name, src, len, prog, &d)) return true;
    diag_print(&d, stderr);
    if (!diag_count(&d)) fprintf(stderr, "%s: compilation failed\n", name);
    return false;
}

/* csp vet: compile errors as csp check reports them, else the findings;
 * exit 1 when there is any. */
static void vet_job(Job *j) {
    Diags d;
    diag_init(&d, j->name);
    Program prog;
    Node *ast = NULL;
    if (!compile_file_ast(j->name, j->src, j->len, &prog, &d, &ast)) {
        diag_print(&d, stderr);
        if (!diag_count(&d)) fprintf(stderr, "%s: compilation failed\n", j->name);
        exit(1);
    }
    exit(vet_file(j->name, ast, stderr) ? 1 : 0);
}

static void *job_main(void *arg) {
    Job *j = arg;
    if (j->mode == 3) vet_job(j);
    Program prog;
    if (!cli_compile(j->name, j->src, j->len, &prog)) exit(1);
    if (j->mode == 1) exit(0);
    if (j->mode == 2) {
        disasm_program(stdout, prog.entry);
        exit(0);
    }
    Proc *mainp = proc_new(closure_of(prog.entry), NULL, 0);
    if (cli_opts.trace)
        trace_start(cli_opts.trace, j->name, sched_workers(), cli_opts.seeded, cli_opts.seed, cli_opts.view);
    if (cli_opts.trace) trace_source(j->src, j->len); /* FILE.html shows it */
    exit(sched_run_main(mainp));
    return NULL;
}

/* --schedule TOKEN: a scheduled run taking the token's decisions. */
static uint32_t token_hash;

static void schedule_start(const char *tok) {
    int32_t *ords, *choice;
    int n;
    const char *err = token_decode(tok, &token_hash, &ords, &choice, &n);
    if (err) usage_error(csp_sprintf("--schedule: %s", err));
    sched_set_scheduled();
    ctl_replay(ords, choice, n);
}

static void run_job(Job *j) {
    if (cli_opts.schedule && j->mode == 0 && token_program_hash(j->src, j->len) != token_hash) {
        fprintf(stderr, "csp: --schedule: this token was made for another program (or another version of %s)\n",
                j->name);
        exit(1);
    }
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 512u << 20);
    pthread_t t;
    if (pthread_create(&t, &attr, job_main, j) != 0) job_main(j);
    pthread_join(t, NULL);
}

/* Does command cmd run a program (rather than check, print or explore one)? */
static bool runs_program(const char *cmd) {
    static const char *const others[] = {"help", "-h", "version", "--version", "check", "disasm", "vet", "explore", NULL};
    for (int k = 0; others[k]; k++)
        if (strcmp(cmd, others[k]) == 0) return false;
    return true;
}

static void gc_quiet(char *msg, GC_word arg) {
    CSP_UNUSED(msg);
    CSP_UNUSED(arg);
}

int main(int argc, char **argv) {
    check_std_fds(); /* first: the collector opens files too */
    GC_set_handle_fork(-1); /* csp explore --all forks, and tells the collector itself */
    GC_INIT();
    GC_set_warn_proc(gc_quiet);
    oom_init();
    GC_allow_register_threads();
    types_init();
    vm_install_hooks();
    CliParsed opt;
    cli_parse_options(argc, argv, &opt);
    if (opt.action == CLI_HELP) {
        fputs(usage_text, stdout);
        return 0;
    }
    if (opt.action == CLI_VERSION) {
        printf("csp %s\n", CSP_VERSION);
        return 0;
    }
    int workers = opt.workers;
    int i = opt.first;
    if ((cli_opts.seeded || cli_opts.schedule) && workers > 1)
        fprintf(stderr, "csp: %s runs on one worker: --workers %d is ignored\n", cli_opts.seeded ? "--seed" : "--schedule",
                workers);
    if (!workers) workers = default_workers();
    if (i >= argc && (cli_opts.seeded || cli_opts.trace || cli_opts.schedule)) {
        fprintf(stderr, "csp: --seed, --schedule and --trace apply to programs; the REPL ignores them\n");
        cli_opts.seeded = false;
        cli_opts.trace = NULL;
        cli_opts.schedule = NULL;
        cli_opts.view = 0;
    }
    if (cli_opts.seeded && cli_opts.schedule) usage_error("--seed and --schedule choose the schedule both: give one");
    /* explore runs programs its own way (cli/explore.c) */
    if (i < argc && strcmp(argv[i], "explore") == 0) {
        if (cli_opts.schedule) usage_error("--schedule applies to one run, not to explore");
        return explore_main(argv[0], argc - i - 1, argv + i + 1);
    }
    if (cli_opts.trace && i < argc && runs_program(argv[i])) cli_check_trace(cli_opts.trace);
    if (cli_opts.view && !cli_opts.trace) usage_error("--view chooses the picture --trace draws: give --trace FILE.svg too");
    /* a program dies of a signal only after its output and trace are out
     * (runtime/signals.c): before any thread starts, so all inherit the mask */
    if (i < argc && runs_program(argv[i])) sig_start();
    if (cli_opts.seeded) {
        workers = 1;
        sched_set_deterministic(cli_opts.seed);
        compile_visible = true;
    }
    if (cli_opts.schedule) {
        workers = 1;
        schedule_start(cli_opts.schedule);
        compile_visible = true;
    }
    if (cli_opts.race) race_start();
    sched_init(workers);
    Job job = {0};
    if (i >= argc) {
        stdlib_set_args(1, argv);
        if (isatty(0) && isatty(1)) return repl_main(workers);
        return repl_run_piped(workers);
    }
    const char *cmd = argv[i];
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0) {
        fputs(usage_text, stdout);
        return 0;
    }
    if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
        printf("csp %s\n", CSP_VERSION);
        return 0;
    }
    if (strcmp(cmd, "check") == 0 || strcmp(cmd, "disasm") == 0 || strcmp(cmd, "vet") == 0) {
        if (cli_asks_help(argc, argv, i + 1)) {
            fputs(usage_text, stdout);
            return 0;
        }
        if (i + 1 >= argc) usage_error(csp_sprintf("%s needs a file", cmd));
        job.mode = cmd[0] == 'c' ? 1 : cmd[0] == 'd' ? 2 : 3;
        job.name = argv[i + 1];
        job.src = read_file(job.name, &job.len);
        stdlib_set_args(argc - i - 1, argv + i + 1);
        run_job(&job);
        return 0;
    }
    if (strcmp(cmd, "-e") == 0) {
        if (i + 1 >= argc) usage_error("-e needs code");
        job.name = "<cmdline>";
        job.src = argv[i + 1];
        job.len = strlen(job.src);
        stdlib_set_args(argc - i - 1, argv + i + 1);
        run_job(&job);
        return 0;
    }
    if (strcmp(cmd, "-") == 0) {
        job.name = "<stdin>";
        job.src = read_file(NULL, &job.len);
        stdlib_set_args(argc - i, argv + i);
        run_job(&job);
        return 0;
    }
    job.name = cmd;
    job.src = read_file(cmd, &job.len);
    stdlib_set_args(argc - i, argv + i);
    run_job(&job);
    return 0;
}
