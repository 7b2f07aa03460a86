/* explore.c: `csp explore FILE` runs a program under many seeds and groups
 * what happened into distinct outcomes.
 *
 *   csp explore [--runs N] [--seed S] [--jobs J] [--timeout SECS] FILE [ARGS...]
 *
 * `csp --seed K FILE` is a reproducible run: one worker, every scheduling
 * choice, select's pick and math/rand drawn from a generator seeded with K,
 * virtual time. Exploring seeds S, S+1, ..., S+N-1 therefore samples N
 * schedules, and each sampled schedule can be replayed by its seed. A program
 * whose result does not depend on the schedule gives one outcome; a racy one
 * gives several, and the report names, for each, the lowest seed that
 * produced it.
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
 * - An outcome is: the kind of ending (normal exit, panic, deadlock, other
 *   fatal error, timeout, killed by a signal), the exit status or signal, the
 *   panic / fatal error line (the first stderr line starting "panic: " or
 *   "fatal error: "), and the stdout bytes. A timeout's stdout is not part of
 *   its outcome: how much a killed run managed to write is a matter of wall
 *   time, not of the schedule. The rest of stderr is not part of the outcome
 *   either (it carries traces and process numbers); it is shown, not compared.
 * - Memory is bounded: a run keeps at most EXPLORE_KEEP bytes of stdout and
 *   hashes all of it (two 64-bit hashes and the length); outcomes compare
 *   kept bytes in full plus the hashes and lengths. A run's buffers are
 *   grouped and freed as soon as it ends, so only one copy per distinct
 *   outcome stays, and once EXPLORE_BUDGET bytes are kept new outcomes keep
 *   only their first EXPLORE_SHOW bytes (enough to show them).
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

extern char **environ;

#define EXPLORE_KEEP (1u << 20)     /* stdout bytes kept per run */
#define EXPLORE_BUDGET (256u << 20) /* stdout bytes kept over all outcomes */
#define EXPLORE_SHOW 1024           /* kept per outcome once over budget */
#define LINE_KEEP 240               /* bytes kept of a stderr line */
#define TAIL_KEEP 512               /* last stdout bytes kept per run */
#define MAX_SHOWN 20                /* outcomes shown in full */
#define SHOW_LINES 6                /* output lines shown per outcome */
#define SHOW_WIDTH 120              /* bytes shown per output line */

static const char *explore_usage =
    "usage: csp explore [--runs N] [--seed S] [--jobs J] [--timeout SECS] [--race] FILE [ARGS...]\n"
    "\n"
    "Runs FILE under N seeds (S, S+1, ..., S+N-1), each as `csp --seed K FILE ARGS...`,\n"
    "J at a time, and reports the distinct outcomes (stdout, exit status, panic or\n"
    "deadlock), how many runs gave each and the first seed that did, to replay it.\n"
    "\n"
    "  --runs N       number of runs (default 1000)\n"
    "  --seed S       first seed (default 1)\n"
    "  --jobs J       runs at a time (default: the number of CPUs)\n"
    "  --timeout SECS wall-clock limit per run; a run past it is killed (default 10)\n"
    "  --race         run each schedule with the data-race detector and report how\n"
    "                 many raced and the first seed that replays a race\n"
    "\n"
    "Options after FILE belong to the program. Exit status: 0 if every run gave the\n"
    "same outcome (and, with --race, none raced), 3 if they differ or a run raced,\n"
    "1 for a usage or compile error.\n";

typedef enum {
    END_EXIT,     /* the program ended by itself: main returned or os.Exit */
    END_PANIC,    /* exit 2 after "panic: ..." */
    END_DEADLOCK, /* exit 2 after "fatal error: all goroutines are asleep" */
    END_FATAL,    /* exit 2 after another "fatal error: ..." */
    END_SIGNAL,   /* killed by a signal we did not send */
    END_TIMEOUT,  /* killed by us past its deadline */
} EndKind;

/* Captured stdout: the first EXPLORE_KEEP bytes, the last TAIL_KEEP bytes
 * (to show the last line), the length, line count and hashes of all. */
typedef struct Capture {
    char *buf;
    size_t len, cap;
    uint64_t total, newlines, h1, h2;
    char tail[TAIL_KEEP];
    size_t tail_len;
} Capture;

/* A line-by-line scan of stderr, keeping the first line and the ending line. */
typedef struct ErrScan {
    char first[LINE_KEEP], ending[LINE_KEEP], cur[LINE_KEEP];
    size_t curlen;
    bool have_first, have_ending, in_line;
    bool raced; /* --race: the run reported a data race */
} ErrScan;

typedef struct Run {
    pid_t pid; /* 0: free slot */
    uint64_t seed;
    int fd[2]; /* stdout, stderr read ends; -1 once at EOF */
    double deadline;
    bool killed;
    Capture out;
    ErrScan err;
} Run;

typedef struct Outcome {
    struct Outcome *next; /* hash chain */
    uint64_t hash;
    EndKind kind;
    int code; /* exit status or signal number */
    char ending[LINE_KEEP];
    Capture out; /* out.len may be less than kept by the run: see EXPLORE_BUDGET */
    char errline[LINE_KEEP];
    uint64_t count, first_seed;
} Outcome;

typedef struct Explore {
    const char *file;
    const char *run_file; /* file as given to `csp --seed K`: see explore_main */
    int nargs;
    char **args;
    uint64_t runs, seed;
    int jobs;
    double timeout;
    const char *exe, *argv0;
    bool use_path; /* exe is argv[0] without a slash: search $PATH */
    Outcome **table;
    size_t nbuckets;
    Outcome **list;
    size_t noutcomes, kept;
    uint64_t done;
    bool race;                    /* --race */
    uint64_t raced, first_raced;  /* runs that reported a race, the lowest seed */
} Explore;

static double now_sec(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void *xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "csp explore: out of memory\n");
        exit(1);
    }
    return p;
}

static _Noreturn void explore_usage_error(const char *msg) {
    fprintf(stderr, "csp explore: %s\nrun 'csp explore --help' for usage\n", msg);
    exit(1);
}

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
        const char *names[] = {"--runs", "--seed", "--jobs", "--timeout"};
        const char *v = NULL;
        int which = -1;
        for (int k = 0; k < 4 && which < 0; k++) {
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
        case 1: ex->seed = parse_count("--seed", v, 0, UINT64_MAX); break;
        case 2: ex->jobs = (int)parse_count("--jobs", v, 1, 1024); break;
        case 3: ex->timeout = parse_seconds("--timeout", v); break;
        default:
            if (strcmp(a, "--race") == 0) {
                ex->race = true;
                continue;
            }
            if (strcmp(a, "--workers") == 0 || strcmp(a, "--trace") == 0)
                explore_usage_error(csp_sprintf("%s: explore always runs with --seed (one worker)", a));
            explore_usage_error(csp_sprintf("unknown option %s", a));
        }
    }
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

/* ---- capturing a run's output -------------------------------------------- */

static void capture_add(Capture *c, const char *p, size_t n) {
    uint64_t h1 = c->h1, h2 = c->h2;
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)p[i];
        h1 = (h1 ^ b) * 0x100000001b3ULL;                  /* FNV-1a */
        h2 = (h2 + b + 1) * 0x9E3779B97F4A7C15ULL ^ (h2 >> 29); /* a second, unrelated mix */
        c->newlines += b == '\n';
    }
    if (n >= TAIL_KEEP) {
        memcpy(c->tail, p + n - TAIL_KEEP, TAIL_KEEP);
        c->tail_len = TAIL_KEEP;
    } else {
        size_t keep = c->tail_len + n <= TAIL_KEEP ? c->tail_len : TAIL_KEEP - n;
        memmove(c->tail, c->tail + c->tail_len - keep, keep);
        memcpy(c->tail + keep, p, n);
        c->tail_len = keep + n;
    }
    c->h1 = h1;
    c->h2 = h2;
    c->total += n;
    if (c->len < EXPLORE_KEEP) {
        size_t take = n < EXPLORE_KEEP - c->len ? n : EXPLORE_KEEP - c->len;
        if (c->len + take > c->cap) {
            size_t cap = c->cap ? c->cap : 4096;
            while (cap < c->len + take) cap *= 2;
            if (cap > EXPLORE_KEEP) cap = EXPLORE_KEEP;
            char *nb = realloc(c->buf, cap);
            if (!nb) {
                fprintf(stderr, "csp explore: out of memory\n");
                exit(1);
            }
            c->buf = nb;
            c->cap = cap;
        }
        memcpy(c->buf + c->len, p, take);
        c->len += take;
    }
}

static void capture_init(Capture *c) {
    memset(c, 0, sizeof *c);
    c->h1 = 0xcbf29ce484222325ULL;
    c->h2 = 0x6a09e667f3bcc908ULL;
}

static void errscan_line(ErrScan *e) {
    e->cur[e->curlen] = 0;
    if (!e->have_first && strcmp(e->cur, "==================") != 0) {
        memcpy(e->first, e->cur, e->curlen + 1);
        e->have_first = true;
    }
    if (strcmp(e->cur, "WARNING: DATA RACE") == 0) e->raced = true;
    if (!e->have_ending &&
        (strncmp(e->cur, "panic: ", 7) == 0 || strncmp(e->cur, "fatal error: ", 13) == 0)) {
        memcpy(e->ending, e->cur, e->curlen + 1);
        e->have_ending = true;
    }
    e->curlen = 0;
    e->in_line = false;
}

static void errscan_add(ErrScan *e, const char *p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\n') {
            errscan_line(e);
            continue;
        }
        e->in_line = true;
        if (e->curlen < LINE_KEEP - 1) e->cur[e->curlen++] = p[i];
    }
}

/* ---- outcomes ------------------------------------------------------------ */

static uint64_t outcome_hash(EndKind kind, int code, const char *ending, const Capture *c) {
    uint64_t h = 0xcbf29ce484222325ULL ^ ((uint64_t)kind << 32 | (uint32_t)code);
    for (const char *s = ending; *s; s++) h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
    return h ^ c->h1 ^ (c->h2 * 31) ^ c->total;
}

static bool same_outcome(const Outcome *o, EndKind kind, int code, const char *ending,
                         const Capture *c) {
    if (o->kind != kind || o->code != code || strcmp(o->ending, ending) != 0) return false;
    if (kind == END_TIMEOUT) return true;
    if (o->out.total != c->total || o->out.h1 != c->h1 || o->out.h2 != c->h2) return false;
    size_t n = o->out.len < c->len ? o->out.len : c->len;
    return n == 0 || memcmp(o->out.buf, c->buf, n) == 0; /* no output: buf may be NULL */
}

/* Keeps c as the outcome's captured output, trimmed once over the budget. */
static void outcome_take(Explore *ex, Outcome *o, Capture *c) {
    if (o->out.buf) ex->kept -= o->out.len;
    free(o->out.buf);
    o->out = *c;
    if (ex->kept + o->out.len > EXPLORE_BUDGET && o->out.len > EXPLORE_SHOW) {
        o->out.len = EXPLORE_SHOW;
        char *nb = realloc(o->out.buf, EXPLORE_SHOW);
        if (nb) o->out.buf = nb;
    }
    ex->kept += o->out.len;
    capture_init(c);
}

static void grow_table(Explore *ex) {
    size_t n = ex->nbuckets ? ex->nbuckets * 4 : 1024;
    Outcome **t = xmalloc(n * sizeof *t);
    memset(t, 0, n * sizeof *t);
    for (size_t i = 0; i < ex->noutcomes; i++) {
        Outcome *o = ex->list[i];
        o->next = t[o->hash & (n - 1)];
        t[o->hash & (n - 1)] = o;
    }
    free(ex->table);
    ex->table = t;
    ex->nbuckets = n;
    ex->list = realloc(ex->list, n * sizeof *ex->list);
    if (!ex->list) {
        fprintf(stderr, "csp explore: out of memory\n");
        exit(1);
    }
}

/* Files a finished run under its outcome and frees its buffers. */
static void record(Explore *ex, Run *r, int status) {
    EndKind kind = END_EXIT;
    int code = 0;
    const char *ending = "";
    if (WIFSIGNALED(status)) {
        code = WTERMSIG(status);
        kind = r->killed && code == SIGKILL ? END_TIMEOUT : END_SIGNAL;
        if (kind == END_TIMEOUT) code = 0;
    } else {
        code = WEXITSTATUS(status);
        /* a race is counted apart: the program itself would have exited 0 */
        if (r->err.raced && code == 66) code = 0;
        if (code == 2 && r->err.have_ending) {
            ending = r->err.ending;
            if (strncmp(ending, "panic: ", 7) == 0)
                kind = END_PANIC;
            else if (strncmp(ending, "fatal error: all goroutines are asleep", 38) == 0)
                kind = END_DEADLOCK;
            else
                kind = END_FATAL;
        }
    }
    uint64_t h = outcome_hash(kind, code, ending, &r->out);
    if (kind == END_TIMEOUT) h = outcome_hash(kind, 0, "", &(Capture){0});
    if (ex->noutcomes >= ex->nbuckets) grow_table(ex);
    Outcome *o = ex->table[h & (ex->nbuckets - 1)];
    while (o && !(o->hash == h && same_outcome(o, kind, code, ending, &r->out))) o = o->next;
    if (!o) {
        o = xmalloc(sizeof *o);
        memset(o, 0, sizeof *o);
        o->hash = h;
        o->kind = kind;
        o->code = code;
        snprintf(o->ending, sizeof o->ending, "%s", ending);
        o->first_seed = r->seed;
        o->next = ex->table[h & (ex->nbuckets - 1)];
        ex->table[h & (ex->nbuckets - 1)] = o;
        ex->list[ex->noutcomes++] = o;
        outcome_take(ex, o, &r->out);
        snprintf(o->errline, sizeof o->errline, "%s", r->err.first);
    } else if (r->seed < o->first_seed) {
        /* Runs end out of order: keep what the lowest seed showed. */
        o->first_seed = r->seed;
        if (kind == END_TIMEOUT) outcome_take(ex, o, &r->out);
        snprintf(o->errline, sizeof o->errline, "%s", r->err.first);
    }
    o->count++;
    if (r->err.raced) {
        if (!ex->raced++ || r->seed < ex->first_raced) ex->first_raced = r->seed;
    }
    free(r->out.buf);
    capture_init(&r->out);
    ex->done++;
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
    char **argv = xmalloc((size_t)(ex->nargs + 7) * sizeof *argv);
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
    r->deadline = now_sec() + ex->timeout;
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
        if (k == 1 && r->err.in_line) errscan_line(&r->err);
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
    Run *slots = xmalloc((size_t)jobs * sizeof *slots);
    memset(slots, 0, (size_t)jobs * sizeof *slots);
    struct pollfd *pfd = xmalloc((size_t)jobs * 2 * sizeof *pfd);
    int *owner = xmalloc((size_t)jobs * 2 * sizeof *owner);
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
        double now = now_sec();
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
        now = now_sec();
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
            record(ex, r, status);
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

/* ---- the report ---------------------------------------------------------- */

static const char *describe(const Outcome *o, const Explore *ex) {
    switch (o->kind) {
    case END_EXIT: return csp_sprintf("exit %d", o->code);
    case END_PANIC: return "panic (exit 2)";
    case END_DEADLOCK: return "deadlock (exit 2)";
    case END_FATAL: return "fatal error (exit 2)";
    case END_SIGNAL: return csp_sprintf("killed by signal %d (%s)", o->code, strsignal(o->code));
    case END_TIMEOUT: return csp_sprintf("timeout (killed after %gs)", ex->timeout);
    }
    return "?";
}

static bool is_problem(const Outcome *o) { return o->kind != END_EXIT || o->code != 0; }

/* Prints one output line, clipped and with control bytes escaped; cut: only
 * the line's end is known. */
static void show_line(const char *p, size_t n, bool cut) {
    fputs(cut ? "    | ..." : "    | ", stdout);
    size_t w = n < SHOW_WIDTH ? n : SHOW_WIDTH;
    for (size_t i = 0; i < w; i++) {
        unsigned char c = (unsigned char)p[i];
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            printf("\\x%02x", c);
        else
            putchar(c);
    }
    if (n > w) printf(" ... (%zu more bytes)", n - w);
    putchar('\n');
}

static void show_output(const Outcome *o) {
    const Capture *c = &o->out;
    if (c->total == 0) {
        puts("    (no output)");
        return;
    }
    bool newline_at_end = c->tail[c->tail_len - 1] == '\n';
    uint64_t nlines = c->newlines + !newline_at_end;
    bool whole = c->total == c->len; /* every byte is kept */
    if (whole && nlines <= SHOW_LINES) {
        for (size_t i = 0, start = 0; i < c->len; i++)
            if (c->buf[i] == '\n' || i == c->len - 1) {
                show_line(c->buf + start, i + 1 - start - (c->buf[i] == '\n'), false);
                start = i + 1;
            }
    } else {
        /* The first lines from the kept head, the last one from the tail. */
        uint64_t head = nlines - 1 < SHOW_LINES - 2 ? nlines - 1 : SHOW_LINES - 2;
        size_t start = 0;
        for (uint64_t l = 0; l < head && start < c->len; l++) {
            const char *nl = memchr(c->buf + start, '\n', c->len - start);
            size_t end = nl ? (size_t)(nl - c->buf) : c->len;
            show_line(c->buf + start, end - start, false);
            start = end + 1;
        }
        if (nlines - 1 > head)
            printf("    | ... (%llu line%s not shown)\n", (unsigned long long)(nlines - 1 - head),
                   nlines - 1 - head == 1 ? "" : "s");
        size_t tend = c->tail_len - newline_at_end, tstart = tend;
        while (tstart > 0 && c->tail[tstart - 1] != '\n') tstart--;
        bool cut = tstart == 0 && c->total > c->tail_len; /* the line began before the tail */
        if (cut) {
            size_t from = tend > SHOW_WIDTH ? tend - SHOW_WIDTH : 0;
            show_line(c->tail + from, tend - from, true);
        } else
            show_line(c->tail + tstart, tend - tstart, false);
    }
    if (!whole)
        printf("    (%llu bytes, %llu line%s in all)\n", (unsigned long long)c->total,
               (unsigned long long)nlines, nlines == 1 ? "" : "s");
    if (!newline_at_end) puts("    (no newline at end)");
}

static const char *shell_quote(const char *s) {
    if (*s && strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_./:=+,-@%") ==
                  strlen(s))
        return s;
    Buf b;
    buf_init(&b);
    buf_putc(&b, '\'');
    for (; *s; s++) {
        if (*s == '\'')
            buf_puts(&b, "'\\''");
        else
            buf_putc(&b, *s);
    }
    buf_putc(&b, '\'');
    return buf_cstr(&b);
}

static const char *replay_cmd(const Explore *ex, uint64_t seed) {
    Buf b;
    buf_init(&b);
    buf_puts(&b, csp_sprintf("csp %s--seed %llu %s", ex->race ? "--race " : "", (unsigned long long)seed,
                             shell_quote(ex->run_file)));
    for (int i = 0; i < ex->nargs; i++) {
        buf_putc(&b, ' ');
        buf_puts(&b, shell_quote(ex->args[i]));
    }
    return buf_cstr(&b);
}

static int cmp_outcomes(const void *a, const void *b) {
    const Outcome *x = *(Outcome *const *)a, *y = *(Outcome *const *)b;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    return x->first_seed < y->first_seed ? -1 : x->first_seed > y->first_seed;
}

static int report(Explore *ex) {
    qsort(ex->list, ex->noutcomes, sizeof *ex->list, cmp_outcomes);
    uint64_t last = ex->seed + ex->runs - 1;
    printf("csp explore: %llu run%s of %s, seeds %llu..%llu: %zu distinct outcome%s\n",
           (unsigned long long)ex->runs, ex->runs == 1 ? "" : "s", ex->file,
           (unsigned long long)ex->seed, (unsigned long long)last, ex->noutcomes,
           ex->noutcomes == 1 ? "" : "s");
    /* Problems by kind: how many runs, and the lowest seed to replay. */
    static const char *names[] = {"non-zero exit", "panic", "deadlock", "fatal error",
                                  "killed by signal", "timeout"};
    uint64_t pcount[6] = {0}, pseed[6];
    for (int k = 0; k < 6; k++) pseed[k] = UINT64_MAX;
    for (size_t i = 0; i < ex->noutcomes; i++) {
        Outcome *o = ex->list[i];
        if (!is_problem(o)) continue;
        pcount[o->kind] += o->count;
        if (o->first_seed < pseed[o->kind]) pseed[o->kind] = o->first_seed;
    }
    for (int k = 0; k < 6; k++)
        if (pcount[k])
            printf("  %s: %llu run%s (first seed %llu)\n", names[k], (unsigned long long)pcount[k],
                   pcount[k] == 1 ? "" : "s", (unsigned long long)pseed[k]);
    if (ex->race && ex->raced)
        printf("  data race: %llu run%s (first seed %llu)\n", (unsigned long long)ex->raced,
               ex->raced == 1 ? "" : "s", (unsigned long long)ex->first_raced);
    size_t shown = ex->noutcomes <= MAX_SHOWN ? ex->noutcomes : MAX_SHOWN;
    for (size_t i = 0; i < shown; i++) {
        Outcome *o = ex->list[i];
        printf("\noutcome %zu: %llu run%s (%.1f%%), first seed %llu: %s\n", i + 1,
               (unsigned long long)o->count, o->count == 1 ? "" : "s",
               100.0 * (double)o->count / (double)ex->runs, (unsigned long long)o->first_seed,
               describe(o, ex));
        if (o->ending[0])
            printf("    stderr: %s\n", o->ending);
        else if (is_problem(o) && o->errline[0])
            printf("    stderr: %s\n", o->errline);
        show_output(o);
    }
    if (shown < ex->noutcomes) {
        uint64_t rest = 0;
        for (size_t i = shown; i < ex->noutcomes; i++) rest += ex->list[i]->count;
        printf("\n... and %zu more outcomes (%llu runs), not shown\n", ex->noutcomes - shown,
               (unsigned long long)rest);
    }
    putchar('\n');
    if (ex->race) {
        if (ex->raced)
            printf("%llu of %llu runs found a data race (see it with: %s)\n", (unsigned long long)ex->raced,
                   (unsigned long long)ex->runs, replay_cmd(ex, ex->first_raced));
        else
            printf("no run found a data race\n");
    }
    if (ex->noutcomes == 1) {
        Outcome *o = ex->list[0];
        if (ex->runs == 1)
            printf("1 run: %s, nothing to compare it with (try --runs N)\n", describe(o, ex));
        else if (!is_problem(o))
            printf("all %llu runs gave the same output\n", (unsigned long long)ex->runs);
        else
            printf("all %llu runs gave the same outcome: %s (replay with: %s)\n",
                   (unsigned long long)ex->runs, describe(o, ex), replay_cmd(ex, o->first_seed));
        return ex->raced ? 3 : 0;
    }
    /* Replay the first problem if there is one, else the second outcome. */
    Outcome *pick = ex->list[1];
    for (size_t i = 0; i < ex->noutcomes; i++)
        if (is_problem(ex->list[i]) && (!is_problem(pick) || ex->list[i]->first_seed < pick->first_seed))
            pick = ex->list[i];
    /* A timeout or a signal may come from outside rather than from the schedule. */
    for (size_t i = 0; i < ex->noutcomes; i++)
        if (ex->list[i]->kind == END_TIMEOUT || ex->list[i]->kind == END_SIGNAL) {
            printf("note: some runs timed out or were killed by a signal: on a busy machine try a "
                   "longer --timeout or fewer --jobs\n");
            break;
        }
    printf("%zu different outcomes in %llu runs: the program's result depends on the schedule "
           "(replay one with: %s)\n",
           ex->noutcomes, (unsigned long long)ex->runs, replay_cmd(ex, pick->first_seed));
    return 3;
}

/* ---- entry --------------------------------------------------------------- */

int explore_main(const char *argv0, int argc, char **argv) {
    /* Global options before `explore`: --workers is moot (every run is seeded,
     * so one worker); --seed belongs after `explore`; --trace and --race do
     * not apply to many runs. */
    if (cli_opts.seeded) explore_usage_error("put --seed after explore: csp explore --seed S FILE");
    if (cli_opts.trace) explore_usage_error("--trace does not apply to explore");
    Explore ex = {.runs = 1000, .seed = 1, .timeout = 10, .race = cli_opts.race};
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    ex.jobs = cpus > 0 ? (int)cpus : 1;
    int i = parse_options(&ex, argc, argv);
    if (i >= argc) explore_usage_error("no file to explore");
    ex.file = argv[i];
    ex.nargs = argc - i - 1;
    ex.args = argv + i + 1;
    if (strcmp(ex.file, "-") == 0)
        explore_usage_error("cannot explore standard input: every run needs to read the program");
    if (!compiles(ex.file)) return 1;
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
    run_all(&ex);
    int rc = report(&ex);
    fflush(stdout);
    return rc;
}
