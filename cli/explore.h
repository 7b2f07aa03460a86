/* explore.h: what the two searches of `csp explore` share: a run's
 * captured output, outcomes (grouping runs by what they did), and the
 * report (cli/explore_report.c). The random search (many seeds, each a
 * child `csp --seed K`) is cli/explore.c; the systematic one (--all, every
 * schedule that matters, with partial-order reduction) cli/explore_all.c.
 *
 * An outcome is: the kind of ending (normal exit, panic, deadlock, other
 * fatal error, timeout, step limit, killed by a signal), the exit status
 * or signal, the panic / fatal error line (the first stderr line starting
 * "panic: " or "fatal error: "), and the stdout bytes. A run that was cut
 * short (timeout, step limit) has no stdout in its outcome: how far it got
 * is a matter of the limit, not of the schedule. The rest of stderr is not
 * part of the outcome either (it carries traces and process numbers); it
 * is shown, not compared.
 *
 * Memory is bounded: a run keeps at most EXPLORE_KEEP bytes of stdout and
 * hashes all of it (two 64-bit hashes and the length); outcomes compare
 * kept bytes in full plus the hashes and lengths. A run's buffers are
 * grouped and freed as soon as it ends, so only one copy per distinct
 * outcome stays, and once EXPLORE_BUDGET bytes are kept new outcomes keep
 * only their first EXPLORE_SHOW bytes (enough to show them).
 */
#ifndef CSP_EXPLORE_H
#define CSP_EXPLORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define EXPLORE_KEEP (1u << 20)     /* stdout bytes kept per run */
#define EXPLORE_BUDGET (256u << 20) /* stdout bytes kept over all outcomes */
#define EXPLORE_SHOW 1024           /* kept per outcome once over budget */
#define LINE_KEEP 240               /* bytes kept of a stderr line */
#define TAIL_KEEP 512               /* last stdout bytes kept per run */

typedef enum {
    END_EXIT,     /* the program ended by itself: main returned or os.Exit */
    END_PANIC,    /* exit 2 after "panic: ..." */
    END_DEADLOCK, /* exit 2 after "fatal error: all goroutines are asleep" */
    END_FATAL,    /* exit 2 after another "fatal error: ..." */
    END_SIGNAL,   /* killed by a signal we did not send */
    END_TIMEOUT,  /* killed by us past its deadline */
    END_STEPS,    /* --all: stopped after --max-steps events */
    END_KINDS
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

typedef struct Outcome {
    struct Outcome *next; /* hash chain */
    uint64_t hash;
    EndKind kind;
    int code; /* exit status or signal number */
    char ending[LINE_KEEP];
    Capture out; /* out.len may be less than kept by the run: see EXPLORE_BUDGET */
    char errline[LINE_KEEP];
    uint64_t count;
    uint64_t first; /* the lowest seed (random), the first schedule (--all) */
    char *token;    /* --all: the token of its schedule with fewest preemptions */
    int preempt;    /* --all: how many that one has */
} Outcome;

typedef struct Explore {
    /* what to run */
    const char *file;
    const char *run_file; /* file as given to a child `csp`: see explore_main */
    int nargs;
    char **args;
    const char *exe, *argv0;
    bool use_path; /* exe is argv[0] without a slash: search $PATH */
    /* options */
    bool all, json, race;
    uint64_t runs, seed;
    bool seed_given;
    int jobs;
    double timeout;
    uint64_t max_schedules;
    int64_t max_steps;
    double max_time;
    int preemptions; /* -1: no bound */
    bool exhaustive; /* --no-reduction */
    /* the outcomes */
    Outcome **table;
    size_t nbuckets;
    Outcome **list;
    size_t noutcomes, kept;
    uint64_t done;               /* runs (schedules) filed */
    uint64_t raced, first_raced; /* runs that reported a race, the lowest seed */
    char *race_token;            /* --all: a schedule that raced */
    /* --all: how the search went */
    bool complete;
    const char *stopped;   /* why it stopped early (NULL: it did not) */
    uint64_t cut;          /* runs cut short by sleep sets (redundant) */
    uint64_t limited;      /* runs stopped by --max-steps or --timeout */
    long anomalies;        /* records that contradicted earlier ones */
    int bound_used;        /* --preemptions: the bound of the last round */
    bool bounded_by_preemptions; /* the bound kept the search from some schedules */
    int max_preempt;       /* the most preemptions in a schedule run */
    double seconds;
} Explore;

double explore_now(void);
void *explore_xmalloc(size_t n);
_Noreturn void explore_usage_error(const char *msg);

void capture_init(Capture *c);
void capture_add(Capture *c, const char *p, size_t n);
void errscan_add(ErrScan *e, const char *p, size_t n);
/* The end of stderr: a last line without a newline counts. */
void errscan_end(ErrScan *e);

/* How a run ended, from its wait status and stderr; killed: we sent the
 * signal (its deadline passed). *ending points into e. */
void explore_classify(int status, bool killed, const ErrScan *e, EndKind *kind, int *code, const char **ending);
/* Files a run under its outcome: takes out's bytes (out is reset), copies
 * token. id: its seed, or its schedule number. */
void explore_file(Explore *ex, EndKind kind, int code, const char *ending, Capture *out, const ErrScan *err,
                  uint64_t id, const char *token, int preempt);
/* Prints the report (text or --json); returns the exit status. */
int explore_report(Explore *ex);

/* csp explore --all (cli/explore_all.c): returns the exit status. */
int explore_all(Explore *ex);

#endif
