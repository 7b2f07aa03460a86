/* explore_all.c: `csp explore --all FILE`: every schedule that can matter.
 *
 * Stateless model checking: the program runs again and again under the
 * scheduled mode of runtime/ctl.h, each run replaying a prefix of
 * decisions chosen by the search (cli/dpor.c) and recording what each of
 * its events touched, until the search has covered every class of
 * schedules that differ only in the order of independent operations.
 *
 * A fork server, not an exec per run: this process compiles the program
 * once (with the instrumentation of a controlled run) and never runs it;
 * each run is a fork of it that sets up its plan and runs the compiled
 * program from the start, in a copy of a heap in which nothing has run
 * yet. The child reads its plan from the memory it inherits and writes
 * its record to memory shared with this process (mmap MAP_SHARED), so a
 * run costs a fork and the program's own work. Its stdout and stderr go to
 * two memory files, read once it is over; its own interval timer kills it
 * at --timeout. Boehm GC is told about each fork (GC_atfork_*: main()
 * chose to handle forks by hand); the child collects without parallel
 * markers.
 *
 * --preemptions K runs the search for K = 0, 1, ..., K in turn (each a
 * whole bounded search), so the outcomes that need few preemptions come
 * first; a bound that never cut anything makes the search complete.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../compiler/compiler.h"
#include "../race/race.h"
#include "../runtime/runtime.h"
#include "cli.h"
#include "dpor.h"
#include "explore.h"
#include "token.h"

#define DEFAULT_MAX_SCHEDULES 100000
#define DEFAULT_MAX_STEPS 20000

typedef struct Job {
    const char *name;
    char *src;
    size_t len;
    Program prog;
    bool ok;
} Job;

static void *compile_main(void *arg) {
    Job *j = arg;
    j->ok = cli_compile(j->name, j->src, j->len, &j->prog);
    return NULL;
}

/* Compiles FILE here, as a controlled run's code (the child runs it). */
static bool compile_program(Job *j) {
    const char *why;
    j->src = cli_read_source(j->name, &j->len, &why);
    if (!j->src) {
        fprintf(stderr, "csp: cannot open %s: %s\n", j->name, why);
        return false;
    }
    compile_visible = true;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 512u << 20); /* the compiler recurses */
    pthread_t t;
    if (pthread_create(&t, &attr, compile_main, j) == 0)
        pthread_join(t, NULL);
    else
        compile_main(j);
    pthread_attr_destroy(&attr);
    return j->ok;
}

/* ---- the record shared with the children --------------------------------- */

static CtlTrace *trace_new(int64_t max_steps) {
    size_t nodes = (size_t)max_steps * 2 + 64, cands = nodes * 16, accs = nodes * 8, wakes = nodes * 2;
    size_t bytes = sizeof(CtlTrace) + nodes * sizeof(CtlNode) + cands * sizeof(int32_t) + accs * sizeof(CtlAccess) +
                   wakes * sizeof(int32_t) + 64;
    char *m = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED) {
        perror("csp explore: mmap");
        exit(1);
    }
    CtlTrace *t = (CtlTrace *)m;
    m += (sizeof(CtlTrace) + 15) & ~(size_t)15;
    t->nodes = (CtlNode *)m;
    m += nodes * sizeof(CtlNode);
    t->accs = (CtlAccess *)m;
    m += accs * sizeof(CtlAccess);
    t->cands = (int32_t *)m;
    m += cands * sizeof(int32_t);
    t->wakes = (int32_t *)m;
    t->cap_nodes = (int32_t)nodes;
    t->cap_cands = (int32_t)cands;
    t->cap_accs = (int32_t)accs;
    t->cap_wakes = (int32_t)wakes;
    return t;
}

/* ---- one run ----------------------------------------------------------- */

static volatile sig_atomic_t stop_signal;
static void on_stop(int sig) { stop_signal = sig; }

typedef struct Runner {
    Explore *ex;
    Job job;
    CtlTrace *trace;
    int out_fd, err_fd;
    uint32_t hash;
} Runner;

static _Noreturn void child(Runner *r, const CtlPlan *plan) {
    GC_atfork_child();
    struct sigaction dfl = {.sa_handler = SIG_DFL};
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGINT, &dfl, NULL);
    sigaction(SIGTERM, &dfl, NULL);
    sigaction(SIGHUP, &dfl, NULL);
    int in = open("/dev/null", O_RDONLY);
    if (in >= 0 && in != 0) {
        dup2(in, 0);
        close(in);
    }
    dup2(r->out_fd, 1);
    dup2(r->err_fd, 2);
    struct itimerval it = {{0, 0}, {(time_t)r->ex->timeout, (suseconds_t)((r->ex->timeout - (double)(time_t)r->ex->timeout) * 1e6)}};
    setitimer(ITIMER_REAL, &it, NULL); /* SIGALRM ends it at --timeout */
    sched_set_scheduled();
    ctl_explore_child(plan, r->trace);
    sched_init(1);
    Proc *mainp = proc_new(closure_of(r->job.prog.entry), NULL, 0);
    sched_run_main(mainp);
    _exit(125);
}

static void read_fd(int fd, void (*add)(void *, const char *, size_t), void *dst) {
    char chunk[1 << 16];
    off_t off = 0;
    for (;;) {
        ssize_t n = pread(fd, chunk, sizeof chunk, off);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        add(dst, chunk, (size_t)n);
        off += n;
    }
}

static void add_out(void *c, const char *p, size_t n) { capture_add(c, p, n); }
static void add_err(void *e, const char *p, size_t n) { errscan_add(e, p, n); }

/* Runs one schedule; its wait status, or -1 when interrupted. */
static int run_schedule(Runner *r, const CtlPlan *plan, Capture *out, ErrScan *err) {
    /* the children share these files' offsets: back to 0, emptied */
    if (ftruncate(r->out_fd, 0) != 0 || ftruncate(r->err_fd, 0) != 0 || lseek(r->out_fd, 0, SEEK_SET) != 0 ||
        lseek(r->err_fd, 0, SEEK_SET) != 0) {
        perror("csp explore: ftruncate");
        exit(1);
    }
    fflush(stdout);
    fflush(stderr);
    GC_atfork_prepare();
    pid_t pid = fork();
    if (pid == 0) child(r, plan);
    GC_atfork_parent();
    if (pid < 0) {
        perror("csp explore: fork");
        exit(1);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            perror("csp explore: waitpid");
            exit(1);
        }
        if (stop_signal) kill(pid, SIGKILL);
    }
    if (stop_signal) return -1;
    capture_init(out);
    memset(err, 0, sizeof *err);
    read_fd(r->out_fd, add_out, out);
    read_fd(r->err_fd, add_err, err);
    errscan_end(err);
    return status;
}

/* ---- the search ---------------------------------------------------------- */

static void progress(Explore *ex, bool final) {
    if (final)
        fputs("\r\033[K", stderr);
    else
        fprintf(stderr, "\rcsp explore --all: %llu schedules, %zu outcome%s", (unsigned long long)ex->done,
                ex->noutcomes, ex->noutcomes == 1 ? "" : "s");
    fflush(stderr);
}

/* Files the run's outcome; false when it was no schedule (cut short by the
 * reduction, or it did not follow its plan). */
static bool file_schedule(Runner *r, int status, Capture *out, ErrScan *err) {
    Explore *ex = r->ex;
    CtlTrace *t = r->trace;
    if (t->status == CTL_SLEEP_BLOCKED) {
        ex->cut++;
        return false;
    }
    if (t->status == CTL_DIVERGED) return false;
    EndKind kind;
    int code;
    const char *ending;
    bool alarm = WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM;
    explore_classify(status, alarm, err, &kind, &code, &ending);
    if (t->status == CTL_STEP_LIMIT || t->status == CTL_TOO_BIG) kind = END_STEPS;
    if (kind == END_STEPS || kind == END_TIMEOUT) ex->limited++;
    int32_t *ords, *choice;
    int n = dpor_token_decisions(t, &ords, &choice);
    char *tok = token_encode(r->hash, ords, choice, n);
    free(ords);
    free(choice);
    int pre = dpor_preemptions(t);
    if (pre > ex->max_preempt) ex->max_preempt = pre;
    explore_file(ex, kind, code, ending, out, err, ex->done, tok, pre);
    free(tok);
    return true;
}

/* CSP_EXPLORE_DEBUG=1: each run's record on stderr. */
static void dump_trace(const CtlTrace *t, const CtlPlan *plan) {
    fprintf(stderr, "run: status %d, %d nodes, prefix %d, %d sleeping\n", t->status, t->nnodes, plan->nprefix,
            plan->nsleep);
    for (int k = 0; k < t->nnodes; k++) {
        const CtlNode *n = &t->nodes[k];
        if (n->kind == CTL_NODE_VALUE) {
            fprintf(stderr, "  %3d   value %d of %d\n", k, n->chosen, n->ncand);
            continue;
        }
        fprintf(stderr, "  %3d p%d%s [", k, n->chosen, n->flags & CTL_EV_GLOBAL ? " GLOBAL" : "");
        for (int i = 0; i < n->ncand; i++) fprintf(stderr, "%s%d", i ? " " : "", t->cands[n->cand + i]);
        fprintf(stderr, "] cur %d:", n->cur);
        for (int i = 0; i < n->nacc; i++) {
            const CtlAccess *a = &t->accs[n->acc + i];
            fprintf(stderr, " %c%lx", "?RWIDZPpHhCLlUut"[a->kind], (unsigned long)a->obj & 0xffff);
        }
        for (int i = 0; i < n->nwake; i++) fprintf(stderr, " wake%d", t->wakes[n->wake + i]);
        fputc('\n', stderr);
    }
}

/* One whole search with preemption bound `bound` (-1: none); true when it
 * ended by itself. */
static bool search(Runner *r, int bound, double t0, bool *bounded) {
    Explore *ex = r->ex;
    Dpor *d = dpor_new(bound, ex->exhaustive);
    CtlPlan plan;
    bool tty = isatty(2) && !ex->json;
    double next_progress = 0;
    bool ended = false;
    while (dpor_next(d, &plan)) {
        if (ex->done >= ex->max_schedules) {
            ex->stopped = csp_sprintf("--max-schedules %llu", (unsigned long long)ex->max_schedules);
            goto out;
        }
        if (ex->max_time > 0 && explore_now() - t0 >= ex->max_time) {
            ex->stopped = csp_sprintf("--max-time %gs", ex->max_time);
            goto out;
        }
        plan.max_steps = ex->max_steps;
        Capture o;
        ErrScan e;
        int status = run_schedule(r, &plan, &o, &e);
        if (status < 0) {
            ex->stopped = "interrupted";
            goto out;
        }
        file_schedule(r, status, &o, &e);
        if (getenv("CSP_EXPLORE_DEBUG")) dump_trace(r->trace, &plan);
        free(o.buf);
        dpor_record(d, r->trace);
        double now = explore_now();
        if (tty && now >= next_progress) {
            progress(ex, false);
            next_progress = now + 0.1;
        }
    }
    ended = true;
out:
    if (tty) progress(ex, true);
    *bounded = dpor_bounded(d);
    ex->anomalies += dpor_anomalies(d);
    dpor_free(d);
    return ended;
}

int explore_all(Explore *ex) {
    if (!ex->max_schedules) ex->max_schedules = DEFAULT_MAX_SCHEDULES;
    if (!ex->max_steps) ex->max_steps = DEFAULT_MAX_STEPS;
    Runner r = {.ex = ex, .job = {.name = ex->file}};
    if (ex->race) race_start();
    if (!compile_program(&r.job)) return 1;
    r.hash = token_program_hash(r.job.src, r.job.len);
    stdlib_set_args(ex->nargs + 1, ex->args - 1);
    r.trace = trace_new(ex->max_steps);
    r.out_fd = memfd_create("csp-explore-stdout", MFD_CLOEXEC);
    r.err_fd = memfd_create("csp-explore-stderr", MFD_CLOEXEC);
    if (r.out_fd < 0 || r.err_fd < 0) {
        perror("csp explore: memfd_create");
        return 1;
    }
    struct sigaction sa = {.sa_handler = on_stop};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    double t0 = explore_now();
    bool bounded = false, ended = false;
    if (ex->preemptions < 0) {
        ended = search(&r, -1, t0, &bounded);
    } else {
        /* K = 0, 1, ...: each a whole search; the outcomes accumulate */
        for (int k = 0; k <= ex->preemptions; k++) {
            ex->bound_used = k;
            ended = search(&r, k, t0, &bounded);
            if (!ended || !bounded) break;
        }
        ex->bounded_by_preemptions = ended && bounded;
    }
    ex->complete = ended && !bounded && !ex->limited && !ex->anomalies;
    if (ended && !ex->stopped && ex->limited)
        ex->stopped = csp_sprintf("%llu run%s did not end within --max-steps or --timeout",
                                  (unsigned long long)ex->limited, ex->limited == 1 ? "" : "s");
    ex->seconds = explore_now() - t0;
    int rc = explore_report(ex);
    fflush(stdout);
    if (stop_signal) {
        signal(stop_signal, SIG_DFL);
        raise(stop_signal);
    }
    return rc;
}
