/* explore_report.c: outcomes and the report of `csp explore` (both
 * searches; see explore.h for what an outcome is).
 *
 * The report: a header with the number of runs (schedules) and distinct
 * outcomes, a line per kind of problem (panic, deadlock...), then the
 * outcomes, most frequent first, each with how to replay it and the start
 * of its output. With many outcomes it shows the most frequent few and
 * sums up the rest: how many, and when their outputs differ only in
 * numbers, the range of each number ("prints `total: #`, # from 1012 to
 * 2000"). The last line is the verdict: for --all, whether the search was
 * complete. --json prints the same as one JSON object.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

#include "../util/buf.h"
#include "explore.h"

#define MAX_SHOWN 20      /* outcomes shown in full when there are few */
#define SHOWN_OF_MANY 5   /* ...and when there are more than MAX_SHOWN */
#define SHOW_LINES 6      /* output lines shown per outcome */
#define SHOW_WIDTH 120    /* bytes shown per output line */
#define MAX_NUMBERS 8     /* numbers per output a summary follows */

double explore_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void *explore_xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "csp explore: out of memory\n");
        exit(1);
    }
    return p;
}

_Noreturn void explore_usage_error(const char *msg) {
    fprintf(stderr, "csp explore: %s\nrun 'csp explore --help' for usage\n", msg);
    exit(1);
}

/* ---- capturing a run's output -------------------------------------------- */

void capture_add(Capture *c, const char *p, size_t n) {
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

void capture_init(Capture *c) {
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

void errscan_add(ErrScan *e, const char *p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\n') {
            errscan_line(e);
            continue;
        }
        e->in_line = true;
        if (e->curlen < LINE_KEEP - 1) e->cur[e->curlen++] = p[i];
    }
}

void errscan_end(ErrScan *e) {
    if (e->in_line) errscan_line(e);
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
    if (kind == END_TIMEOUT || kind == END_STEPS) return true;
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
    Outcome **t = explore_xmalloc(n * sizeof *t);
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

void explore_classify(int status, bool killed, const ErrScan *e, EndKind *kind, int *code, const char **ending) {
    *kind = END_EXIT;
    *code = 0;
    *ending = "";
    if (WIFSIGNALED(status)) {
        *code = WTERMSIG(status);
        *kind = killed ? END_TIMEOUT : END_SIGNAL;
        if (killed) *code = 0;
        return;
    }
    *code = WEXITSTATUS(status);
    /* a race is counted apart: the program itself would have exited 0 */
    if (e->raced && *code == 66) *code = 0;
    if (*code == 2 && e->have_ending) {
        *ending = e->ending;
        if (strncmp(*ending, "panic: ", 7) == 0)
            *kind = END_PANIC;
        else if (strncmp(*ending, "fatal error: all goroutines are asleep", 38) == 0)
            *kind = END_DEADLOCK;
        else
            *kind = END_FATAL;
    }
}

void explore_file(Explore *ex, EndKind kind, int code, const char *ending, Capture *out, const ErrScan *err,
                  uint64_t id, const char *token, int preempt) {
    bool cut = kind == END_TIMEOUT || kind == END_STEPS;
    uint64_t h = outcome_hash(kind, code, ending, out);
    if (cut) h = outcome_hash(kind, 0, "", &(Capture){0});
    if (ex->noutcomes >= ex->nbuckets) grow_table(ex);
    Outcome *o = ex->table[h & (ex->nbuckets - 1)];
    while (o && !(o->hash == h && same_outcome(o, kind, code, ending, out))) o = o->next;
    if (!o) {
        o = explore_xmalloc(sizeof *o);
        memset(o, 0, sizeof *o);
        o->hash = h;
        o->kind = kind;
        o->code = code;
        snprintf(o->ending, sizeof o->ending, "%s", ending);
        o->first = id;
        o->token = token ? strdup(token) : NULL;
        o->preempt = preempt;
        o->next = ex->table[h & (ex->nbuckets - 1)];
        ex->table[h & (ex->nbuckets - 1)] = o;
        ex->list[ex->noutcomes++] = o;
        outcome_take(ex, o, out);
        snprintf(o->errline, sizeof o->errline, "%s", err->first);
    } else if (id < o->first) {
        /* Runs end out of order: keep what the lowest seed showed. */
        o->first = id;
        if (cut) outcome_take(ex, o, out);
        snprintf(o->errline, sizeof o->errline, "%s", err->first);
    }
    if (token && preempt < o->preempt) {
        /* replay the simplest schedule: the one with fewest preemptions */
        free(o->token);
        o->token = strdup(token);
        o->preempt = preempt;
    }
    o->count++;
    if (err->raced) {
        if (!ex->raced++ || id < ex->first_raced) ex->first_raced = id;
        if (token && !ex->race_token) ex->race_token = strdup(token);
    }
    free(out->buf);
    capture_init(out);
    ex->done++;
}

/* ---- the report ---------------------------------------------------------- */

static const char *unit(const Explore *ex, uint64_t n) {
    if (ex->all) return n == 1 ? "schedule" : "schedules";
    return n == 1 ? "run" : "runs";
}

static const char *describe(const Outcome *o, const Explore *ex) {
    switch (o->kind) {
    case END_EXIT: return csp_sprintf("exit %d", o->code);
    case END_PANIC: return "panic (exit 2)";
    case END_DEADLOCK: return "deadlock (exit 2)";
    case END_FATAL: return "fatal error (exit 2)";
    case END_SIGNAL: return csp_sprintf("killed by signal %d (%s)", o->code, strsignal(o->code));
    case END_TIMEOUT: return csp_sprintf("timeout (killed after %gs)", ex->timeout);
    case END_STEPS: return csp_sprintf("did not end within %lld steps", (long long)ex->max_steps);
    default: break;
    }
    return "?";
}

static bool is_problem(const Outcome *o) { return o->kind != END_EXIT || o->code != 0; }
/* A run cut short tells nothing about the schedule. */
static bool is_cut(const Outcome *o) { return o->kind == END_TIMEOUT || o->kind == END_STEPS; }

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

/* The options that replay outcome o (or the seed / token given). */
static const char *replay_opts(const Explore *ex, uint64_t seed, const char *token) {
    if (ex->all) return csp_sprintf("%s--schedule %s", ex->race ? "--race " : "", token ? token : "?");
    return csp_sprintf("%s--seed %llu", ex->race ? "--race " : "", (unsigned long long)seed);
}

static const char *replay_cmd(const Explore *ex, uint64_t seed, const char *token) {
    Buf b;
    buf_init(&b);
    buf_puts(&b, csp_sprintf("csp %s %s", replay_opts(ex, seed, token), shell_quote(ex->run_file)));
    for (int i = 0; i < ex->nargs; i++) {
        buf_putc(&b, ' ');
        buf_puts(&b, shell_quote(ex->args[i]));
    }
    return buf_cstr(&b);
}

static int cmp_outcomes(const void *a, const void *b) {
    const Outcome *x = *(Outcome *const *)a, *y = *(Outcome *const *)b;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    return x->first < y->first ? -1 : x->first > y->first;
}

/* ---- outputs that differ only in numbers --------------------------------- */

/* An output as a template: its numbers replaced by '#', the numbers apart. */
typedef struct Shape {
    Buf text;
    double num[MAX_NUMBERS];
    int n;
    bool ok; /* whole, and few numbers */
} Shape;

static Shape shape_of(const Outcome *o) {
    Shape s = {.ok = o->kind == END_EXIT && o->out.total == o->out.len};
    buf_init(&s.text);
    const char *p = o->out.buf, *e = p + o->out.len;
    while (s.ok && p < e) {
        bool digit = *p >= '0' && *p <= '9';
        bool neg = *p == '-' && p + 1 < e && p[1] >= '0' && p[1] <= '9' &&
                   (p == o->out.buf || !((p[-1] >= '0' && p[-1] <= '9') || p[-1] == '.'));
        if (!digit && !neg) {
            buf_putc(&s.text, *p++);
            continue;
        }
        if (s.n == MAX_NUMBERS) {
            s.ok = false;
            break;
        }
        char tmp[64];
        size_t k = 0;
        if (neg) tmp[k++] = *p++;
        while (p < e && k < sizeof tmp - 1 && ((*p >= '0' && *p <= '9') || (*p == '.' && p + 1 < e && p[1] >= '0' && p[1] <= '9')))
            tmp[k++] = *p++;
        tmp[k] = 0;
        s.num[s.n++] = strtod(tmp, NULL);
        buf_putc(&s.text, '#');
    }
    return s;
}

/* When outcomes[from..] all print one template with numbers in it, a line
 * giving each number's range; else NULL. */
static const char *number_summary(Explore *ex, size_t from) {
    Shape first = {0};
    double lo[MAX_NUMBERS], hi[MAX_NUMBERS];
    for (size_t i = from; i < ex->noutcomes; i++) {
        Shape s = shape_of(ex->list[i]);
        if (!s.ok || s.n == 0) return NULL;
        if (i == from) {
            first = s;
            for (int k = 0; k < s.n; k++) lo[k] = hi[k] = s.num[k];
            continue;
        }
        if (s.n != first.n || s.text.len != first.text.len || memcmp(s.text.data, first.text.data, s.text.len) != 0)
            return NULL;
        for (int k = 0; k < s.n; k++) {
            if (s.num[k] < lo[k]) lo[k] = s.num[k];
            if (s.num[k] > hi[k]) hi[k] = s.num[k];
        }
    }
    Buf b;
    buf_init(&b);
    buf_puts(&b, "`");
    size_t shown = first.text.len;
    while (shown > 0 && first.text.data[shown - 1] == '\n') shown--;
    for (size_t i = 0; i < shown && i < 200; i++)
        buf_puts(&b, first.text.data[i] == '\n' ? "\\n" : csp_sprintf("%c", first.text.data[i]));
    buf_puts(&b, "`");
    for (int k = 0; k < first.n; k++)
        buf_puts(&b, csp_sprintf("%s # from %.15g to %.15g", k ? "," : " with", lo[k], hi[k]));
    return buf_cstr(&b);
}

/* ---- the text report ----------------------------------------------------- */

static void header(Explore *ex) {
    if (ex->all)
        printf("csp explore --all: %s: %llu %s, %zu distinct outcome%s\n", ex->file, (unsigned long long)ex->done,
               unit(ex, ex->done), ex->noutcomes, ex->noutcomes == 1 ? "" : "s");
    else
        printf("csp explore: %llu run%s of %s, seeds %llu..%llu: %zu distinct outcome%s\n",
               (unsigned long long)ex->runs, ex->runs == 1 ? "" : "s", ex->file, (unsigned long long)ex->seed,
               (unsigned long long)(ex->seed + ex->runs - 1), ex->noutcomes, ex->noutcomes == 1 ? "" : "s");
    /* Problems by kind: how many runs, and the first to replay. */
    static const char *names[] = {"non-zero exit", "panic", "deadlock", "fatal error",
                                  "killed by signal", "timeout", "step limit"};
    uint64_t pcount[END_KINDS] = {0};
    Outcome *pfirst[END_KINDS] = {0};
    for (size_t i = 0; i < ex->noutcomes; i++) {
        Outcome *o = ex->list[i];
        if (!is_problem(o)) continue;
        pcount[o->kind] += o->count;
        if (!pfirst[o->kind] || o->first < pfirst[o->kind]->first) pfirst[o->kind] = o;
    }
    for (int k = 0; k < END_KINDS; k++) {
        if (!pcount[k]) continue;
        if (ex->all)
            printf("  %s: %llu %s (replay: %s)\n", names[k], (unsigned long long)pcount[k], unit(ex, pcount[k]),
                   replay_cmd(ex, 0, pfirst[k]->token));
        else
            printf("  %s: %llu %s (first seed %llu)\n", names[k], (unsigned long long)pcount[k], unit(ex, pcount[k]),
                   (unsigned long long)pfirst[k]->first);
    }
    if (ex->race && ex->raced) {
        if (ex->all)
            printf("  data race: %llu %s (replay: %s)\n", (unsigned long long)ex->raced, unit(ex, ex->raced),
                   replay_cmd(ex, 0, ex->race_token));
        else
            printf("  data race: %llu run%s (first seed %llu)\n", (unsigned long long)ex->raced,
                   ex->raced == 1 ? "" : "s", (unsigned long long)ex->first_raced);
    }
}

static void show_outcome(Explore *ex, size_t i) {
    Outcome *o = ex->list[i];
    if (ex->all) {
        printf("\noutcome %zu: %llu %s", i + 1, (unsigned long long)o->count, unit(ex, o->count));
        if (o->preempt) printf(" (replayed with %d preemption%s)", o->preempt, o->preempt == 1 ? "" : "s");
        printf(": %s\n", describe(o, ex));
        printf("    replay: %s\n", replay_cmd(ex, 0, o->token));
    } else
        printf("\noutcome %zu: %llu run%s (%.1f%%), first seed %llu: %s\n", i + 1, (unsigned long long)o->count,
               o->count == 1 ? "" : "s", 100.0 * (double)o->count / (double)ex->runs, (unsigned long long)o->first,
               describe(o, ex));
    if (o->ending[0])
        printf("    stderr: %s\n", o->ending);
    else if (is_problem(o) && !is_cut(o) && o->errline[0])
        printf("    stderr: %s\n", o->errline);
    if (!is_cut(o)) show_output(o);
}

/* The verdict of --all: how many schedules, complete or not, deadlocks. */
static void all_verdict(Explore *ex) {
    uint64_t deadlocks = 0;
    for (size_t i = 0; i < ex->noutcomes; i++)
        if (ex->list[i]->kind == END_DEADLOCK) deadlocks += ex->list[i]->count;
    if (ex->cut) printf("(%llu more run%s cut short by partial-order reduction: nothing new there)\n",
                        (unsigned long long)ex->cut, ex->cut == 1 ? "" : "s");
    if (ex->anomalies)
        printf("warning: %ld run%s did not replay the way an earlier one went (is the program deterministic "
               "apart from its schedule?): outcomes may be missing\n", ex->anomalies, ex->anomalies == 1 ? "" : "s");
    const char *outs = csp_sprintf("%zu outcome%s", ex->noutcomes, ex->noutcomes == 1 ? "" : "s");
    const char *dl = deadlocks ? csp_sprintf("%llu schedule%s deadlock%s", (unsigned long long)deadlocks,
                                             deadlocks == 1 ? "" : "s", deadlocks == 1 ? "s" : "")
                               : "no schedule deadlocks";
    if (ex->complete) {
        printf("all %llu %s explored: %s; %s\n", (unsigned long long)ex->done, unit(ex, ex->done), outs, dl);
        return;
    }
    if (ex->bounded_by_preemptions)
        printf("%llu %s with at most %d preemption%s explored (others need more): not complete; %s so far%s%s\n",
               (unsigned long long)ex->done, unit(ex, ex->done), ex->preemptions, ex->preemptions == 1 ? "" : "s",
               outs, deadlocks ? "; " : "", deadlocks ? dl : "");
    else
        printf("stopped after %llu %s%s%s%s: not complete; %s so far%s%s\n", (unsigned long long)ex->done,
               unit(ex, ex->done), ex->stopped ? " (" : "", ex->stopped ? ex->stopped : "", ex->stopped ? ")" : "", outs,
               deadlocks ? "; " : "", deadlocks ? dl : "");
}

/* The verdict of random exploration. */
static int random_verdict(Explore *ex) {
    uint64_t cut = 0, finished_kinds = 0;
    Outcome *only = NULL;
    for (size_t i = 0; i < ex->noutcomes; i++) {
        if (is_cut(ex->list[i])) cut += ex->list[i]->count;
        else {
            finished_kinds++;
            only = ex->list[i];
        }
    }
    if (ex->race) {
        if (ex->raced)
            printf("%llu of %llu runs found a data race (see it with: %s)\n", (unsigned long long)ex->raced,
                   (unsigned long long)ex->runs, replay_cmd(ex, ex->first_raced, NULL));
        else
            printf("no run found a data race\n");
    }
    if (finished_kinds == 0) {
        printf("all %llu runs timed out: try a longer --timeout\n", (unsigned long long)ex->runs);
        return ex->raced ? 3 : 0;
    }
    if (finished_kinds == 1) {
        uint64_t fin = ex->runs - cut;
        const char *note = cut ? csp_sprintf(" (%llu run%s timed out: not counted; try a longer --timeout)",
                                             (unsigned long long)cut, cut == 1 ? "" : "s")
                               : "";
        if (ex->runs == 1)
            printf("1 run: %s, nothing to compare it with (try --runs N)\n", describe(only, ex));
        else if (!is_problem(only))
            printf("all %llu %sruns gave the same output%s\n", (unsigned long long)fin, cut ? "finished " : "", note);
        else
            printf("all %llu %sruns gave the same outcome: %s (replay with: %s)%s\n", (unsigned long long)fin,
                   cut ? "finished " : "", describe(only, ex), replay_cmd(ex, only->first, NULL), note);
        return ex->raced ? 3 : 0;
    }
    /* Replay the first problem if there is one, else the second outcome. */
    Outcome *pick = NULL;
    for (size_t i = 0; i < ex->noutcomes; i++) {
        Outcome *o = ex->list[i];
        if (is_cut(o)) continue;
        if (!pick || (is_problem(o) && (!is_problem(pick) || o->first < pick->first))) pick = o;
    }
    if (!is_problem(pick))
        for (size_t i = 0, seen = 0; i < ex->noutcomes; i++)
            if (!is_cut(ex->list[i]) && seen++ == 1) pick = ex->list[i];
    if (cut)
        printf("note: %llu run%s timed out (not counted): on a busy machine try a longer --timeout or fewer --jobs\n",
               (unsigned long long)cut, cut == 1 ? "" : "s");
    for (size_t i = 0; i < ex->noutcomes; i++)
        if (ex->list[i]->kind == END_SIGNAL) {
            printf("note: some runs were killed by a signal\n");
            break;
        }
    printf("%llu different outcomes in %llu runs: the program's result depends on the schedule "
           "(replay one with: %s)\n",
           (unsigned long long)finished_kinds, (unsigned long long)(ex->runs - cut), replay_cmd(ex, pick->first, NULL));
    return 3;
}

static int text_report(Explore *ex) {
    header(ex);
    size_t shown = ex->noutcomes <= MAX_SHOWN ? ex->noutcomes : SHOWN_OF_MANY;
    for (size_t i = 0; i < shown; i++) show_outcome(ex, i);
    if (shown < ex->noutcomes) {
        uint64_t rest = 0;
        for (size_t i = shown; i < ex->noutcomes; i++) rest += ex->list[i]->count;
        printf("\n... and %zu more outcomes (%llu %s)", ex->noutcomes - shown, (unsigned long long)rest, unit(ex, rest));
        const char *sum = number_summary(ex, 0);
        if (sum) printf("; every outcome prints %s", sum);
        putchar('\n');
    }
    putchar('\n');
    if (!ex->all) return random_verdict(ex);
    if (ex->race)
        printf(ex->raced ? "%llu schedules found a data race (see it with: %s)\n" : "no schedule found a data race\n",
               (unsigned long long)ex->raced, replay_cmd(ex, 0, ex->race_token));
    all_verdict(ex);
    size_t kinds = 0;
    for (size_t i = 0; i < ex->noutcomes; i++) kinds += !is_cut(ex->list[i]);
    return kinds > 1 || ex->raced ? 3 : 0;
}

/* ---- JSON ---------------------------------------------------------------- */

static void json_string(const char *p, size_t n) {
    putchar('"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '"' || c == '\\') printf("\\%c", c);
        else if (c == '\n') fputs("\\n", stdout);
        else if (c == '\t') fputs("\\t", stdout);
        else if (c < 0x20 || c == 0x7f) printf("\\u%04x", c);
        else putchar(c); /* UTF-8 passes through; a stray byte is the program's */
    }
    putchar('"');
}

static const char *end_name(EndKind k) {
    static const char *names[] = {"normal", "panic", "deadlock", "fatal error", "signal", "timeout", "step limit"};
    return names[k];
}

static int json_report(Explore *ex) {
    size_t kinds = 0;
    for (size_t i = 0; i < ex->noutcomes; i++) kinds += !is_cut(ex->list[i]);
    printf("{\"complete\": %s, \"schedules\": %llu, \"outcomes\": [", ex->all && ex->complete ? "true" : "false",
           (unsigned long long)ex->done);
    for (size_t i = 0; i < ex->noutcomes; i++) {
        Outcome *o = ex->list[i];
        printf("%s\n  {\"stdout\": ", i ? "," : "");
        if (is_cut(o)) fputs("null", stdout);
        else json_string(o->out.buf ? o->out.buf : "", o->out.len);
        if (o->out.total != o->out.len && !is_cut(o)) printf(", \"stdout_bytes\": %llu", (unsigned long long)o->out.total);
        printf(", \"exit\": %d, \"end\": \"%s\", \"count\": %llu", o->kind == END_EXIT ? o->code : o->kind == END_SIGNAL ? 128 + o->code : is_cut(o) ? -1 : 2,
               end_name(o->kind), (unsigned long long)o->count);
        if (o->ending[0]) {
            fputs(", \"message\": ", stdout);
            json_string(o->ending, strlen(o->ending));
        }
        fputs(", \"replay\": ", stdout);
        const char *r = replay_opts(ex, o->first, o->token);
        json_string(r, strlen(r));
        if (ex->all) {
            fputs(", \"token\": ", stdout);
            json_string(o->token ? o->token : "", o->token ? strlen(o->token) : 0);
            printf(", \"preemptions\": %d", o->preempt);
        } else
            printf(", \"seed\": %llu", (unsigned long long)o->first);
        putchar('}');
    }
    printf("%s]", ex->noutcomes ? "\n" : "");
    if (ex->all) {
        printf(", \"cut\": %llu", (unsigned long long)ex->cut);
        if (ex->stopped) {
            fputs(", \"stopped\": ", stdout);
            json_string(ex->stopped, strlen(ex->stopped));
        }
        if (ex->preemptions >= 0) printf(", \"preemption_bound\": %d", ex->preemptions);
    } else
        printf(", \"runs\": %llu, \"first_seed\": %llu", (unsigned long long)ex->runs, (unsigned long long)ex->seed);
    if (ex->race) printf(", \"raced\": %llu", (unsigned long long)ex->raced);
    printf(", \"seconds\": %.3f}\n", ex->seconds);
    return kinds > 1 || ex->raced ? 3 : 0;
}

int explore_report(Explore *ex) {
    qsort(ex->list, ex->noutcomes, sizeof *ex->list, cmp_outcomes);
    return ex->json ? json_report(ex) : text_report(ex);
}
