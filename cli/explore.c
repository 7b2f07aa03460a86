/* explore.c: `csp explore FILE` runs a program under many seeds (or, with
 * --all, under every schedule that can matter: cli/explore_all.c) and
 * groups what happened into distinct outcomes (cli/explore_report.c).
 *
 *   csp explore [--runs N] [--seed S] [--jobs J] [--timeout SECS] [--json] FILE [ARGS...]
 *   csp explore --all [--max-schedules N] [--max-steps N] [--max-time SECS]
 *               [--preemptions K] [--timeout SECS] [--json] FILE [ARGS...]
 *
 * `csp --seed K FILE` is a reproducible run: one worker, every scheduling
 * choice (at every visible operation: runtime/ctl.h), select's pick and
 * math/rand drawn from a generator seeded with K, virtual time. Exploring
 * seeds S, S+1, ..., S+N-1 therefore samples N schedules, and each sampled
 * schedule can be replayed by its seed. A program whose result does not
 * depend on the schedule gives one outcome; a racy one gives several, and
 * the report names, for each, the lowest seed that produced it. Sampling
 * can miss an outcome, and can never say there is no other: --all can.
 *
 * Design:
 * - The program is compiled once in-process first (like `csp check`), so a
 *   compile error is reported once, with exit status 1, and nothing runs.
 * - Each run is a child process: this same binary (/proc/self/exe, else
 *   argv[0]) as `csp --seed K -- FILE ARGS...`, stdin /dev/null, stdout and
 *   stderr on two pipes. Up to J children run at once; one poll() loop reads
 *   every pipe (non-blocking read ends, so no child can stall another), kills
 *   with SIGKILL a child past its wall-clock deadline, and reaps a child once
 *   both its pipes reached EOF. posix_spawn, not fork: the parent has worker
 *   and GC threads, and nothing but exec should run in the child.
 * - A run killed at its deadline is a timeout: reported as such, and not
 *   counted as a different outcome (it says nothing about the schedule).
 *
 * Exit status: 0 when every run gave the same outcome, 3 when they differ,
 * 1 for usage and compile errors.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../compiler/compiler.h"
#include "cli.h"
#include "explore.h"
#include "../runtime/ctl.h"

extern char **environ;

static const char *explore_usage =
    "usage: csp explore [--runs N] [--seed S] [--jobs J] [--timeout SECS] [--race] [--json] FILE [ARGS...]\n"
    "       csp explore --all [--max-schedules N] [--max-steps N] [--max-time SECS] [--preemptions K]\n"
    "                   [--timeout SECS] [--race] [--json] FILE [ARGS...]\n"
    "\n"
    "Runs FILE under N seeds (S, S+1, ..., S+N-1), each as `csp --seed K FILE ARGS...`,\n"
    "J at a time, and reports the distinct outcomes (stdout, exit status, panic or\n"
    "deadlock), how many runs gave each and the first seed that did, to replay it.\n"
    "With --all, runs FILE under every schedule that can matter instead (stateless\n"
    "model checking with partial-order reduction: schedules that differ only in the\n"
    "order of independent operations run once), each outcome with a token that\n"
    "replays it (csp --schedule TOKEN FILE), and says whether the search was complete.\n"
    "\n"
    "  --runs N          number of runs (default 1000)\n"
    "  --seed S          first seed (default 1)\n"
    "  --jobs J          runs at a time (default: the number of CPUs)\n"
    "  --timeout SECS    wall-clock limit per run; a run past it is killed (default 10)\n"
    "  --race            run each schedule with the data-race detector and report how\n"
    "                    many raced and one that replays a race\n"
    "  --json            the report as JSON: {\"complete\", \"schedules\", \"outcomes\": [...]}\n"
    "  --all             every schedule that can matter (one run at a time)\n"
    "  --max-schedules N --all: stop after N schedules (default 100000)\n"
    "  --max-steps N     --all: stop a run after N events (default 20000)\n"
    "  --max-time SECS   --all: stop the search after SECS seconds (default: none)\n"
    "  --preemptions K   --all: only schedules with at most K preemptions, trying\n"
    "                    K = 0, 1, ..., K in turn (most bugs need 2 or fewer)\n"
    "  --no-reduction    --all: every interleaving of visible operations, without\n"
    "                    partial-order reduction (to see what the reduction saves)\n"
    "\n"
    "Options after FILE belong to the program. Exit status: 0 if every run gave the\n"
    "same outcome (and, with --race, none raced), 3 if they differ or a run raced,\n"
    "1 for a usage or compile error.\n";

typedef struct Run {
    pid_t pid; /* 0: free slot */
    uint64_t seed;
    int fd[2]; /* stdout, stderr read ends; -1 once at EOF */
    double deadline;
    bool killed;
    Capture out;
    ErrScan err;
} Run;

/* ---- options ----------------------------------------------------------- */

static uint64_t parse_count(const char *opt, const char *v, uint64_t min, uint64_t max) {
    char *end;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 10);
    if (!*v || *end || errno || v[0] == '-' || n < min || n > max)
        explore_usage_error(csp_sprintf("%s needs a whole number from %llu to %llu, not '%s'", opt,
                                        (unsigned long long)min, (unsigned long long)max, v));
    return n;
}

static double parse_seconds(const char *opt, const char *v) {
    char *end;
    errno = 0;
    double d = strtod(v, &end);
    if (!*v || *end || errno || !(d > 0) || d > 1e6)
        explore_usage_error(csp_sprintf("%s needs a positive number of seconds, not '%s'", opt, v));
    return d;
}

/* Parses the options before FILE; returns the index of FILE in argv. */
static int parse_options(Explore *ex, int argc, char **argv) {
    int i = 0;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(explore_usage, stdout);
            exit(0);
        }
        if (a[0] != '-' || a[1] == 0) break; /* FILE ("-" is refused later) */
        const char *names[] = {"--runs", "--seed", "--jobs", "--timeout", "--max-schedules", "--max-steps",
                               "--max-time", "--preemptions"};
        const char *v = NULL;
        int which = -1;
        for (int k = 0; k < 8 && which < 0; k++) {
            size_t n = strlen(names[k]);
            if (strcmp(a, names[k]) == 0) {
                if (i + 1 >= argc) explore_usage_error(csp_sprintf("%s needs a value", a));
                v = argv[++i];
                which = k;
            } else if (strncmp(a, names[k], n) == 0 && a[n] == '=') {
                v = a + n + 1;
                which = k;
            }
        }
        switch (which) {
        case 0: ex->runs = parse_count("--runs", v, 1, 1000000000); break;
        case 1:
            ex->seed = parse_count("--seed", v, 0, UINT64_MAX);
            ex->seed_given = true;
            break;
        case 2: ex->jobs = (int)parse_count("--jobs", v, 1, 1024); break;
        case 3: ex->timeout = parse_seconds("--timeout", v); break;
        case 4: ex->max_schedules = parse_count("--max-schedules", v, 1, UINT64_MAX); break;
        case 5: ex->max_steps = (int64_t)parse_count("--max-steps", v, 1, 10000000); break;
        case 6: ex->max_time = parse_seconds("--max-time", v); break;
        case 7: ex->preemptions = (int)parse_count("--preemptions", v, 0, 1000); break;
        default:
            if (strcmp(a, "--race") == 0) {
                ex->race = true;
                continue;
            }
            if (strcmp(a, "--json") == 0) {
                ex->json = true;
                continue;
            }
            if (strcmp(a, "--all") == 0) {
                ex->all = true;
                continue;
            }
            if (strcmp(a, "--no-reduction") == 0) {
                ex->exhaustive = true;
                continue;
            }
            if (strcmp(a, "--plain-dependence") == 0) { /* to check the finer kinds of runtime/ctl.h */
                ctl_plain_kinds = true;
                continue;
            }
            if (strcmp(a, "--workers") == 0 || strcmp(a, "--trace") == 0)
                explore_usage_error(csp_sprintf("%s: explore always runs with --seed (one worker)", a));
            static const char *const known[] = {"--runs", "--seed", "--jobs", "--timeout", "--max-schedules",
                                                "--max-steps", "--max-time", "--preemptions", "--race", "--json",
                                                "--all", "--no-reduction", "--help", NULL};
            explore_usage_error(cli_unknown_option_msg(a, known));
        }
    }
    if (!ex->all && (ex->max_schedules || ex->max_steps || ex->max_time > 0 || ex->preemptions >= 0 || ex->exhaustive))
        explore_usage_error("--max-schedules, --max-steps, --max-time, --preemptions and --no-reduction go with --all");
    if (ex->all && (ex->runs || ex->seed_given))
        explore_usage_error("--runs and --seed choose random schedules: --all runs every one that matters");
    return i;
}

/* ---- compile once, as `csp check` does ---------------------------------- */

typedef struct CompileJob {
    const char *name;
    char *src;
    size_t len;
    bool ok;
} CompileJob;

static void *compile_main(void *arg) {
    CompileJob *j = arg;
    Program prog;
    j->ok = cli_compile(j->name, j->src, j->len, &prog);
    return NULL;
}

static bool compiles(const char *file) {
    CompileJob j = {.name = file};
    const char *why;
    j.src = cli_read_source(file, &j.len, &why);
    if (!j.src) {
        fprintf(stderr, "csp: cannot open %s: %s\n", file, why);
        return false;
    }
    /* The compiler recurses: give it the large stack `csp check` gets. */
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 512u << 20);
    pthread_t t;
    if (pthread_create(&t, &attr, compile_main, &j) == 0)
        pthread_join(t, NULL);
    else
        compile_main(&j);
    pthread_attr_destroy(&attr);
    free(j.src);
    return j.ok;
}

/* Files a finished run under its outcome and frees its buffers. */
static void file_run(Explore *ex, Run *r, int status) {
    EndKind kind;
    int code;
    const char *ending;
    explore_classify(status, r->killed && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, &r->err, &kind, &code,
                     &ending);
    explore_file(ex, kind, code, ending, &r->out, &r->err, r->seed, NULL, 0);
}

/* ---- running the children ------------------------------------------------ */

static void close_fd(Run *r, int k) {
    if (r->fd[k] >= 0) close(r->fd[k]);
    r->fd[k] = -1;
}

/* Starts the run for seed; returns false with errno set when it could not. */
static bool spawn_run(Explore *ex, Run *r, uint64_t seed) {
    int po[2], pe[2];
    if (pipe2(po, O_CLOEXEC) != 0) return false;
    if (pipe2(pe, O_CLOEXEC) != 0) {
        int e = errno;
        close(po[0]);
        close(po[1]);
        errno = e;
        return false;
    }
    char seedbuf[32];
    snprintf(seedbuf, sizeof seedbuf, "%llu", (unsigned long long)seed);
    char **argv = explore_xmalloc((size_t)(ex->nargs + 7) * sizeof *argv);
    int n = 0;
    argv[n++] = (char *)ex->argv0;
    if (ex->race) argv[n++] = "--race";
    argv[n++] = "--seed";
    argv[n++] = seedbuf;
    argv[n++] = "--";
    argv[n++] = (char *)ex->run_file;
    for (int i = 0; i < ex->nargs; i++) argv[n++] = ex->args[i];
    argv[n] = NULL;

    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, po[1], 1);
    posix_spawn_file_actions_adddup2(&fa, pe[1], 2);
    posix_spawnattr_t at;
    posix_spawnattr_init(&at);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&at, &none);
    posix_spawnattr_setsigdefault(&at, &all);
    posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    pid_t pid;
    int rc = ex->use_path ? posix_spawnp(&pid, ex->exe, &fa, &at, argv, environ)
                          : posix_spawn(&pid, ex->exe, &fa, &at, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&at);
    free(argv);
    close(po[1]);
    close(pe[1]);
    if (rc != 0) {
        close(po[0]);
        close(pe[0]);
        errno = rc;
        return false;
    }
    fcntl(po[0], F_SETFL, fcntl(po[0], F_GETFL) | O_NONBLOCK);
    fcntl(pe[0], F_SETFL, fcntl(pe[0], F_GETFL) | O_NONBLOCK);
    r->pid = pid;
    r->seed = seed;
    r->fd[0] = po[0];
    r->fd[1] = pe[0];
    r->killed = false;
    r->deadline = explore_now() + ex->timeout;
    capture_init(&r->out);
    memset(&r->err, 0, sizeof r->err);
    return true;
}

/* Reads what one pipe has; closes it at EOF or on an error. */
static void drain(Run *r, int k) {
    char chunk[1 << 16]; /* on the stack: static data is scanned by every collection */
    for (;;) {
        ssize_t n = read(r->fd[k], chunk, sizeof chunk);
        if (n > 0) {
            if (k == 0)
                capture_add(&r->out, chunk, (size_t)n);
            else
                errscan_add(&r->err, chunk, (size_t)n);
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
        if (k == 1) errscan_end(&r->err);
        close_fd(r, k);
        return;
    }
}

static void progress(Explore *ex, bool final) {
    if (final) {
        fputs("\r\033[K", stderr);
    } else {
        fprintf(stderr, "\rcsp explore: %llu/%llu runs, %zu outcome%s",
                (unsigned long long)ex->done, (unsigned long long)ex->runs, ex->noutcomes,
                ex->noutcomes == 1 ? "" : "s");
    }
    fflush(stderr);
}

/* SIGINT, SIGTERM or SIGHUP while runs are going: kill them, then die of it. */
static volatile sig_atomic_t stop_signal;

static void on_stop(int sig) { stop_signal = sig; }

static void run_all(Explore *ex) {
    struct sigaction sa = {.sa_handler = on_stop};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    int jobs = ex->jobs;
    if ((uint64_t)jobs > ex->runs) jobs = (int)ex->runs;
    Run *slots = explore_xmalloc((size_t)jobs * sizeof *slots);
    memset(slots, 0, (size_t)jobs * sizeof *slots);
    struct pollfd *pfd = explore_xmalloc((size_t)jobs * 2 * sizeof *pfd);
    int *owner = explore_xmalloc((size_t)jobs * 2 * sizeof *owner);
    bool tty = isatty(2);
    double next_progress = 0;
    uint64_t started = 0;
    int active = 0;
    while (ex->done < ex->runs) {
        for (int s = 0; s < jobs && started < ex->runs; s++) {
            if (slots[s].pid) continue;
            if (!spawn_run(ex, &slots[s], ex->seed + started)) {
                if (active > 0 && (errno == EAGAIN || errno == EMFILE || errno == ENFILE)) break;
                fprintf(stderr, "csp explore: cannot run %s: %s\n", ex->exe, strerror(errno));
                for (int k = 0; k < jobs; k++)
                    if (slots[k].pid) kill(slots[k].pid, SIGKILL);
                exit(1);
            }
            started++;
            active++;
        }
        double now = explore_now();
        double wait = 1e9;
        int npfd = 0;
        bool lingering = false; /* pipes closed, process not reaped yet */
        for (int s = 0; s < jobs; s++) {
            Run *r = &slots[s];
            if (!r->pid) continue;
            for (int k = 0; k < 2; k++)
                if (r->fd[k] >= 0) {
                    pfd[npfd] = (struct pollfd){.fd = r->fd[k], .events = POLLIN};
                    owner[npfd++] = s * 2 + k;
                }
            if (r->fd[0] < 0 && r->fd[1] < 0) lingering = true;
            if (!r->killed && r->deadline - now < wait) wait = r->deadline - now;
        }
        if (wait > 1) wait = 1;
        if (lingering && wait > 0.005) wait = 0.005;
        if (tty && wait > 0.1) wait = 0.1;
        if (wait < 0) wait = 0;
        int ms = (int)(wait * 1000) + (wait > 0 ? 1 : 0);
        int n = poll(pfd, (nfds_t)npfd, ms);
        if (stop_signal || (n < 0 && errno != EINTR)) {
            if (!stop_signal) perror("csp explore: poll");
            /* Leave no child behind: a hanging one would outlive us. */
            for (int s = 0; s < jobs; s++)
                if (slots[s].pid) {
                    kill(slots[s].pid, SIGKILL);
                    while (waitpid(slots[s].pid, NULL, 0) < 0 && errno == EINTR) {
                    }
                }
            if (tty) progress(ex, true);
            if (stop_signal) {
                signal(stop_signal, SIG_DFL);
                raise(stop_signal);
            }
            exit(1);
        }
        for (int i = 0; n > 0 && i < npfd; i++)
            if (pfd[i].revents) drain(&slots[owner[i] / 2], owner[i] % 2);
        now = explore_now();
        for (int s = 0; s < jobs; s++) {
            Run *r = &slots[s];
            if (!r->pid) continue;
            if (!r->killed && now >= r->deadline) {
                kill(r->pid, SIGKILL);
                r->killed = true;
            }
            if (r->fd[0] >= 0 || r->fd[1] >= 0) continue;
            int status;
            pid_t p;
            do p = waitpid(r->pid, &status, WNOHANG);
            while (p < 0 && errno == EINTR);
            if (p == 0) continue;
            if (p < 0) status = 0x7f << 8; /* lost (cannot happen): count it as exit 127 */
            file_run(ex, r, status);
            r->pid = 0;
            active--;
        }
        if (tty && now >= next_progress) {
            progress(ex, false);
            next_progress = now + 0.1;
        }
    }
    if (tty) progress(ex, true);
    free(slots);
    free(pfd);
    free(owner);
}

/* ---- entry --------------------------------------------------------------- */

int explore_main(const char *argv0, int argc, char **argv) {
    /* Global options before `explore`: --workers is moot (every run is seeded,
     * so one worker); --seed belongs after `explore`; --trace and --race do
     * not apply to many runs. */
    if (cli_opts.seeded) explore_usage_error("put --seed after explore: csp explore --seed S FILE");
    if (cli_opts.trace) explore_usage_error("--trace does not apply to explore");
    Explore ex = {.seed = 1, .timeout = 10, .race = cli_opts.race, .preemptions = -1};
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    ex.jobs = cpus > 0 ? (int)cpus : 1;
    int i = parse_options(&ex, argc, argv);
    if (!ex.runs) ex.runs = 1000;
    if (i >= argc) explore_usage_error("no file to explore");
    ex.file = argv[i];
    ex.nargs = argc - i - 1;
    ex.args = argv + i + 1;
    if (strcmp(ex.file, "-") == 0)
        explore_usage_error("cannot explore standard input: every run needs to read the program");
    if (!ex.all && !compiles(ex.file)) return 1;
    /* A FILE named like a subcommand (or like an option) must not be taken
     * for one by `csp --seed K FILE`, nor in the replay command we print. */
    const char *f = ex.file;
    ex.run_file = f;
    if (!strchr(f, '/') && (f[0] == '-' || strcmp(f, "check") == 0 || strcmp(f, "disasm") == 0 ||
                            strcmp(f, "help") == 0 || strcmp(f, "version") == 0 ||
                            strcmp(f, "explore") == 0))
        ex.run_file = csp_sprintf("./%s", f);

    /* /proc/self/exe, exec'd from the spawned child, is this very binary even
     * if ./csp is rebuilt while the runs go on; else argv[0] (via $PATH when
     * it has no slash). */
    ex.argv0 = argv0;
    if (access("/proc/self/exe", X_OK) == 0)
        ex.exe = "/proc/self/exe";
    else {
        ex.exe = argv0;
        ex.use_path = strchr(argv0, '/') == NULL;
    }
    fflush(stdout);
    if (ex.all) return explore_all(&ex);
    double t0 = explore_now();
    run_all(&ex);
    ex.seconds = explore_now() - t0;
    int rc = explore_report(&ex);
    fflush(stdout);
    return rc;
}
