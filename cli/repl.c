/* repl.c: the interactive session (SPEC §10).
 *
 * An entry is read line by line until it parses (the parser's at_eof says
 * when input merely ended early: brackets, a block, a string or a composite
 * literal still open), then compiled against the session's package
 * (compiler/repl_compile.c) and run as a process the REPL thread waits for
 * (runtime/sched.c, REPL mode): processes it starts keep running after it.
 * A line starting with ':' is a command.
 *
 * Two front ends share that evaluation:
 *  - piped (stdin not a terminal): no prompts, no editing; the output of
 *    background processes is flushed while the REPL waits for input; the
 *    exit status says whether every entry went well (0), one failed to
 *    compile (1) or one panicked or deadlocked (2), so a scripted session
 *    can be checked;
 *  - interactive: libedit with history in ~/.csp_history (an entry of
 *    several lines is one history entry, its lines joined by newlines) and
 *    Tab completion. Everything the program writes (fd 1 and 2) goes through a
 *    pipe that a pump thread drains into a queue; the REPL thread copies the
 *    queue to the terminal: while an entry runs, and at the prompt by
 *    erasing the line being edited, writing the output, and redrawing it,
 *    so background output never corrupts the line being edited.
 * Ctrl-C (SIGINT) interrupts the running entry; at the prompt it discards
 * the line. Ctrl-D or :quit leaves.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <histedit.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

/* vm.h has a LineInfo of its own: keep libedit's under that name here */
#define LineInfo VmLineInfo
#include "../compiler/compiler.h"
#include "../runtime/deadlock.h"
#include "../runtime/runtime.h"
#include "../stdlib/fmt.h"
#include "cli.h"
#include "../race/race.h"
#undef LineInfo

void repl_session_init(void);
Func *repl_compile(const char *file, const char *src, size_t len, Diags *d, bool call_main, bool dry, Func **body_out);
const char *repl_type_of(const char *src, size_t len, Diags *d);
Func *repl_func_named(const char *name);
int repl_complete(const char *pkg, const char *prefix, const char ***out);
void sched_repl_kill_all(void);

static bool interactive;
/* A piped session's exit status (SPEC §10 and csp help): 1 once an entry
 * failed to compile (or a command failed), 2 once one panicked or
 * deadlocked, so a scripted session can be checked; 0 otherwise. */
static int session_status;

static void note_failure(int status) {
    if (status > session_status) session_status = status;
}
static int sig_pipe[2] = {-1, -1}; /* SIGINT wakes the prompt through this */
static volatile sig_atomic_t got_sigint;

/* ---------- output ---------- */

static void write_fd(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;
        }
        p += w;
        n -= (size_t)w;
    }
}

/* Messages of the REPL itself go through the program's output, so they stay
 * in order with what processes print. */
static void say(int fd, const char *s) { out_write(fd, s, strlen(s)); }

static void print_diags(Diags *d) {
    note_failure(1);
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    diag_print(d, f);
    fclose(f);
    if (len) out_write(2, text, len);
    else say(2, "compilation failed\n");
    free(text);
}

/* ---------- interactive output pump ---------- */

static int term_fd = -1;          /* the terminal (stdout before redirection) */
static int out_pipe[2] = {-1, -1};
static pthread_mutex_t q_lock = PTHREAD_MUTEX_INITIALIZER;
static char *q_data;
static size_t q_len, q_cap;
static int wake_pipe[2] = {-1, -1}; /* the pump tells the prompt output is queued */
static EditLine *el;
static bool at_prompt;
static bool line_open;               /* the terminal's cursor is not at a line start */

static void *pump_main(void *arg) {
    CSP_UNUSED(arg);
    char buf[8192];
    for (;;) {
        ssize_t n = read(out_pipe[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return NULL;
        pthread_mutex_lock(&q_lock);
        if (q_len + (size_t)n > q_cap) {
            q_cap = (q_len + (size_t)n) * 2;
            q_data = realloc(q_data, q_cap);
        }
        memcpy(q_data + q_len, buf, (size_t)n);
        q_len += (size_t)n;
        pthread_mutex_unlock(&q_lock);
        char c = 1;
        if (write(wake_pipe[1], &c, 1) < 0) { /* full: a wake-up is pending anyway */
        }
    }
}

/* Copies queued output to the terminal; returns whether there was any. */
static bool drain_output(void) {
    pthread_mutex_lock(&q_lock);
    if (!q_len) {
        pthread_mutex_unlock(&q_lock);
        return false;
    }
    char *d = q_data;
    size_t n = q_len;
    q_data = NULL;
    q_len = q_cap = 0;
    pthread_mutex_unlock(&q_lock);
    write_fd(term_fd, d, n);
    line_open = d[n - 1] != '\n';
    free(d);
    return true;
}

static void drain_wake_pipe(void) {
    char b[256];
    while (read(wake_pipe[0], b, sizeof b) > 0) {
    }
}

/* Waits until everything written so far has reached the terminal. */
static void sync_output(void) {
    out_flush();
    /* the pump may still hold bytes in flight: wait until the pipe is empty */
    for (int i = 0; i < 200; i++) {
        int pending = 0;
        if (ioctl(out_pipe[0], FIONREAD, &pending) < 0) break;
        if (pending == 0) break;
        usleep(1000);
    }
    usleep(2000);
    drain_output();
}

static void idle_interactive(void) {
    drain_wake_pipe();
    drain_output();
}

static void idle_piped(void) { out_flush(); }

/* ---------- evaluation ---------- */

static void drain_sig_pipe(void);

static void run_entry(Func *fn) {
    Proc *p = proc_new(closure_of(fn), NULL, 0);
    if (race_enabled) race_repl_entry(p);
    sched_interrupt_pending = 0;
    got_sigint = 0;
    int st = sched_repl_run(p, interactive ? idle_interactive : idle_piped);
    if (st == SCHED_ENTRY_INTERRUPTED) say(2, "interrupted\n");
    else if (st == SCHED_ENTRY_DEADLOCK)
        say(2, "(the entry was abandoned; other processes are left as they are)\n");
    if (st == SCHED_ENTRY_PANIC || st == SCHED_ENTRY_DEADLOCK) note_failure(2);
    got_sigint = 0;
    drain_sig_pipe();
}

static bool eval(const char *file, const char *src, size_t len, bool call_main) {
    Diags d;
    diag_init(&d, file);
    Func *fn = repl_compile(file, src, len, &d, call_main, false, NULL);
    if (!fn) {
        print_diags(&d);
        return false;
    }
    run_entry(fn);
    return true;
}

/* Does the entry declare func main()? (A pasted program: the REPL defines
 * its functions, and says how to run it, rather than running it.) */
static bool declares_main(Node *file) {
    for (int i = 0; i < file->list.len; i++) {
        Node *n = file->list.items[i];
        if (n->kind == N_FUNCDECL && !n->a && !strcmp(n->name, "main")) return true;
    }
    return false;
}

/* ---------- commands ---------- */

static const char *help_text =
    "Type a statement, a declaration (func, type, var, const, import) or an\n"
    "expression; an expression prints its value. Declarations and variables\n"
    "persist; a later declaration of a name replaces the earlier one, and a\n"
    "function redefined with the same signature is what its callers call from\n"
    "then on (with another signature, redefine its callers in the same entry).\n"
    "A pasted program (package main ... func main) is defined: call main() to\n"
    "run it. Processes started with go keep running in the background.\n"
    "\n"
    "  :help          this text\n"
    "  :quit          leave (also Ctrl-D)\n"
    "  :workers [N]   run processes on N worker threads (show the count)\n"
    "  :race [on|off] report data races in the entries that follow (show the state)\n"
    "  :type EXPR     the static type of an expression\n"
    "  :disasm EXPR   the bytecode of a function, or of an expression\n"
    "  :procs         each live process, its state, what it waits on and where\n"
    "  :load FILE     run a file in the session (its declarations persist)\n"
    "  :reset         forget every declaration and stop every process\n"
    "\n"
    "Ctrl-C interrupts the running entry; Tab completes names.\n";

static char *trim(char *s) {
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r')) s[--n] = 0;
    return s;
}

static void disasm_to_output(Func *fn) {
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    disasm_program(f, fn);
    fclose(f);
    out_write(1, text, len);
    free(text);
}

static bool is_ident(const char *s) {
    if (!*s) return false;
    for (const char *p = s; *p; p++)
        if (!(*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              (unsigned char)*p >= 0x80))
            return false;
    return !(*s >= '0' && *s <= '9');
}

/* A command's error: reported, and the session's status says it failed. */
static void complain(const char *msg) {
    note_failure(1);
    say(2, msg);
}

/* Runs command line (starting with ':'); returns false to leave. */
static bool command(char *line) {
    char *cmd = trim(line + 1);
    char *arg = cmd;
    while (*arg && *arg != ' ' && *arg != '\t') arg++;
    if (*arg) *arg++ = 0;
    arg = trim(arg);
    if (!strcmp(cmd, "q") || !strcmp(cmd, "quit") || !strcmp(cmd, "exit")) return false;
    if (!strcmp(cmd, "h") || !strcmp(cmd, "help") || !strcmp(cmd, "?")) {
        say(1, help_text);
    } else if (!strcmp(cmd, "workers")) {
        if (*arg) {
            int n = atoi(arg);
            if (n < 1) complain(":workers needs a positive number\n");
            else sched_set_workers(n);
        }
        say(1, csp_sprintf("%d worker%s\n", sched_workers(), sched_workers() == 1 ? "" : "s"));
    } else if (!strcmp(cmd, "race")) {
        if (!strcmp(arg, "on")) race_start();
        else if (!strcmp(arg, "off")) compile_race = false;
        else if (*arg) complain("usage: :race [on|off]\n");
        say(1, csp_sprintf("race detector %s\n", compile_race ? "on" : "off"));
    } else if (!strcmp(cmd, "type") || !strcmp(cmd, "t")) {
        if (!*arg) {
            complain("usage: :type EXPR\n");
            return true;
        }
        Diags d;
        diag_init(&d, "<stdin>");
        const char *t = repl_type_of(arg, strlen(arg), &d);
        if (!t) print_diags(&d);
        else say(1, csp_sprintf("%s\n", t));
    } else if (!strcmp(cmd, "disasm") || !strcmp(cmd, "d")) {
        if (!*arg) {
            complain("usage: :disasm EXPR\n");
            return true;
        }
        Func *fn = is_ident(arg) ? repl_func_named(arg) : NULL;
        if (!fn) {
            Diags d;
            diag_init(&d, "<stdin>");
            Func *body = NULL;
            if (!repl_compile("<stdin>", arg, strlen(arg), &d, false, true, &body)) {
                print_diags(&d);
                return true;
            }
            fn = body;
        }
        disasm_to_output(fn);
    } else if (!strcmp(cmd, "procs") || !strcmp(cmd, "p")) {
        out_flush();
        deadlock_value_hook = fmt_value_plain; /* a channel's buffered values */
        Buf b;
        buf_init(&b);
        sched_repl_procs(&b);
        out_write(1, b.data, b.len);
    } else if (!strcmp(cmd, "load") || !strcmp(cmd, "l")) {
        if (!*arg) {
            complain("usage: :load FILE\n");
            return true;
        }
        const char *why;
        size_t len = 0;
        char *text = cli_read_source(arg, &len, &why);
        if (!text) {
            complain(csp_sprintf("cannot open %s: %s\n", arg, why));
            return true;
        }
        char *name = csp_strndup(arg, strlen(arg));
        char *src = csp_alloc(len + 1);
        memcpy(src, text, len);
        free(text);
        eval(name, src, len, true);
    } else if (!strcmp(cmd, "reset")) {
        sched_repl_kill_all();
        repl_session_init();
        say(1, "session reset\n");
    } else {
        complain(csp_sprintf("unknown command :%s (try :help)\n", cmd));
    }
    return true;
}

/* ---------- entries from lines ---------- */

typedef struct Entry {
    Buf text;
    int lines;
} Entry;

/* Adds a line to the entry being read. Returns true when the entry is
 * complete (and was run, or its errors reported), false to read more. */
static bool entry_add(Entry *e, const char *line, size_t n) {
    buf_put(&e->text, line, n);
    buf_putc(&e->text, '\n');
    e->lines++;
    Diags d;
    diag_init(&d, "<stdin>");
    Node *ast = parse_source("<stdin>", e->text.data, e->text.len, &d);
    if (!ast && d.at_eof) return false;
    if (!ast) print_diags(&d);
    else if (eval("<stdin>", e->text.data, e->text.len, false) && declares_main(ast))
        say(1, "main() defined: call main() to run it\n");
    buf_init(&e->text);
    e->lines = 0;
    return true;
}

static bool only_space(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n') return false;
    return true;
}

/* One line of input; returns false to leave. */
static bool handle_line(Entry *e, char *line, size_t n) {
    while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
    if (e->lines == 0) {
        if (only_space(line, n)) return true;
        char *t = line;
        while (*t == ' ' || *t == '\t') t++;
        if (*t == ':') return command(t);
    }
    entry_add(e, line, n);
    return true;
}

/* ---------- signals ---------- */

static void on_sigint(int sig) {
    CSP_UNUSED(sig);
    got_sigint = 1;
    sched_interrupt_pending = 1;
    if (sig_pipe[1] >= 0) {
        char c = 1;
        ssize_t r = write(sig_pipe[1], &c, 1);
        CSP_UNUSED(r);
    }
}

static void install_sigint(void) {
    if (pipe(sig_pipe) == 0) {
        fcntl(sig_pipe[0], F_SETFL, O_NONBLOCK);
        fcntl(sig_pipe[1], F_SETFL, O_NONBLOCK);
        fcntl(sig_pipe[0], F_SETFD, FD_CLOEXEC);
        fcntl(sig_pipe[1], F_SETFD, FD_CLOEXEC);
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

static void drain_sig_pipe(void) {
    char b[64];
    while (sig_pipe[0] >= 0 && read(sig_pipe[0], b, sizeof b) > 0) {
    }
}

/* ---------- piped ---------- */

int repl_run_piped(int workers) {
    CSP_UNUSED(workers);
    interactive = false;
    install_sigint();
    repl_session_init();
    sched_repl_start();
    Entry e = {0};
    buf_init(&e.text);
    Buf in;
    buf_init(&in);
    char chunk[8192];
    bool eof = false;
    for (;;) {
        /* whole lines first */
        char *nl;
        while (in.len && (nl = memchr(in.data, '\n', in.len))) {
            size_t n = (size_t)(nl - in.data) + 1;
            char *line = csp_alloc(n + 1);
            memcpy(line, in.data, n);
            line[n] = 0;
            memmove(in.data, in.data + n, in.len - n);
            in.len -= n;
            if (!handle_line(&e, line, n)) goto done;
        }
        if (eof) break;
        struct pollfd pf[2] = {{.fd = 0, .events = POLLIN}, {.fd = sig_pipe[0], .events = POLLIN}};
        int r = poll(pf, 2, 50);
        if (r < 0 && errno != EINTR) break;
        if (got_sigint) {
            out_flush();
            sched_exit(130);
        }
        if (r <= 0) {
            out_flush();
            continue;
        }
        if (pf[0].revents) {
            ssize_t n = read(0, chunk, sizeof chunk);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                eof = true;
                if (in.len) buf_putc(&in, '\n');
            } else
                buf_put(&in, chunk, (size_t)n);
        }
    }
    if (e.lines) {
        /* input ended inside an entry: report why it is incomplete */
        Diags d;
        diag_init(&d, "<stdin>");
        if (!parse_source("<stdin>", e.text.data, e.text.len, &d)) print_diags(&d);
    }
done:
    out_flush();
    if (__atomic_load_n(&sched_repl_panics, __ATOMIC_SEQ_CST)) note_failure(2);
    sched_exit(session_status);
}

/* ---------- interactive ---------- */

static const char *prompt_text = "csp> ";
static char hist_path[4096];
static History *hist;
static bool prompt_interrupted;

static char *prompt_fn(EditLine *e) {
    CSP_UNUSED(e);
    return (char *)prompt_text;
}

/* libedit's character source: waits for a key, printing output that
 * arrives meanwhile above the line being edited. */
static int getc_fn(EditLine *e, wchar_t *wc) {
    for (;;) {
        struct pollfd pf[3] = {{.fd = 0, .events = POLLIN},
                               {.fd = wake_pipe[0], .events = POLLIN},
                               {.fd = sig_pipe[0], .events = POLLIN}};
        int r = poll(pf, 3, 100);
        if (got_sigint) {
            got_sigint = 0;
            drain_sig_pipe();
            prompt_interrupted = true;
            errno = EINTR;
            return -1;
        }
        if (r < 0) continue;
        if (pf[1].revents || r == 0) {
            drain_wake_pipe();
            pthread_mutex_lock(&q_lock);
            bool any = q_len > 0;
            pthread_mutex_unlock(&q_lock);
            if (any) {
                write_fd(term_fd, "\r\033[K", 4);
                drain_output();
                if (line_open) {
                    write_fd(term_fd, "\n", 1);
                    line_open = false;
                }
                el_set(e, EL_REFRESH);
            }
        }
        if (pf[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            /* one UTF-8 character */
            unsigned char b[4];
            ssize_t n = read(0, b, 1);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return 0;
            int need = b[0] < 0x80 ? 0 : (b[0] & 0xe0) == 0xc0 ? 1 : (b[0] & 0xf0) == 0xe0 ? 2 : (b[0] & 0xf8) == 0xf0 ? 3 : 0;
            wchar_t c = need == 0 ? b[0] : need == 1 ? (b[0] & 0x1f) : need == 2 ? (b[0] & 0x0f) : (b[0] & 0x07);
            for (int i = 0; i < need; i++) {
                if (read(0, b + 1, 1) != 1) break;
                c = (c << 6) | (b[1] & 0x3f);
            }
            *wc = c;
            return 1;
        }
    }
}

static bool ident_char(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (unsigned char)c >= 0x80;
}

/* Tab: complete the identifier before the cursor (after `pkg.`, a member). */
static unsigned char complete_fn(EditLine *e, int ch) {
    CSP_UNUSED(ch);
    const LineInfo *li = el_line(e);
    const char *end = li->cursor, *start = end;
    while (start > li->buffer && ident_char(start[-1])) start--;
    const char *pkg = NULL;
    if (start > li->buffer && start[-1] == '.') {
        const char *pe = start - 1, *ps = pe;
        while (ps > li->buffer && ident_char(ps[-1])) ps--;
        if (ps == pe) return CC_ERROR;
        pkg = csp_strndup(ps, (size_t)(pe - ps));
    }
    char *prefix = csp_strndup(start, (size_t)(end - start));
    if (!pkg && !*prefix) {
        el_insertstr(e, "\t");
        return CC_REFRESH;
    }
    const char **names;
    int n = repl_complete(pkg, prefix, &names);
    if (n == 0) return CC_ERROR;
    size_t pl = strlen(prefix);
    /* the longest common prefix of the candidates */
    size_t common = strlen(names[0]);
    for (int i = 1; i < n; i++) {
        size_t k = 0;
        while (k < common && names[i][k] == names[0][k]) k++;
        common = k;
    }
    if (n == 1) {
        el_insertstr(e, names[0] + pl);
        return CC_REFRESH;
    }
    if (common > pl) {
        char *add = csp_strndup(names[0] + pl, common - pl);
        el_insertstr(e, add);
        return CC_REFRESH;
    }
    /* list the candidates under the line */
    Buf b;
    buf_init(&b);
    buf_putc(&b, '\n');
    size_t width = 0;
    for (int i = 0; i < n; i++)
        if (strlen(names[i]) > width) width = strlen(names[i]);
    width += 2;
    int per = (int)(80 / width);
    if (per < 1) per = 1;
    for (int i = 0; i < n && i < 200; i++) {
        buf_printf(&b, "%-*s", (int)width, names[i]);
        if ((i + 1) % per == 0 || i == n - 1) buf_putc(&b, '\n');
    }
    if (n > 200) buf_printf(&b, "... (%d more)\n", n - 200);
    write_fd(term_fd, b.data, b.len);
    return CC_REDISPLAY;
}

static void history_add(const char *line) {
    HistEvent ev;
    history(hist, &ev, H_ENTER, line);
    if (hist_path[0]) history(hist, &ev, H_SAVE, hist_path);
}

int repl_main(int workers) {
    CSP_UNUSED(workers);
    interactive = true;
    install_sigint();
    /* stdout is the terminal now: the output module flushes after every
     * write from here on (it decides once, at its first write) */
    out_write(1, "", 0);
    term_fd = dup(1);
    if (pipe(out_pipe) != 0 || pipe(wake_pipe) != 0 || term_fd < 0) {
        perror("csp");
        return 1;
    }
    fcntl(out_pipe[0], F_SETPIPE_SZ, 1 << 20);
    fcntl(wake_pipe[0], F_SETFL, O_NONBLOCK);
    fcntl(wake_pipe[1], F_SETFL, O_NONBLOCK);
    for (int i = 0; i < 2; i++) {
        fcntl(out_pipe[i], F_SETFD, FD_CLOEXEC);
        fcntl(wake_pipe[i], F_SETFD, FD_CLOEXEC);
    }
    fcntl(term_fd, F_SETFD, FD_CLOEXEC);
    dup2(out_pipe[1], 1);
    dup2(out_pipe[1], 2);
    pthread_t pump;
    pthread_create(&pump, NULL, pump_main, NULL);
    pthread_detach(pump);

    FILE *term = fdopen(term_fd, "w");
    setvbuf(term, NULL, _IONBF, 0);
    el = el_init("csp", stdin, term, term);
    el_set(el, EL_EDITOR, "emacs");
    el_set(el, EL_PROMPT, prompt_fn);
    el_set(el, EL_SIGNAL, 0);
    el_set(el, EL_GETCFN, getc_fn);
    hist = history_init();
    HistEvent ev;
    history(hist, &ev, H_SETSIZE, 1000);
    history(hist, &ev, H_SETUNIQUE, 1);
    const char *home = getenv("HOME");
    if (home && *home) {
        snprintf(hist_path, sizeof hist_path, "%s/.csp_history", home);
        history(hist, &ev, H_LOAD, hist_path);
    }
    el_set(el, EL_HIST, history, hist);
    el_set(el, EL_ADDFN, "csp-complete", "complete a name", complete_fn);
    el_set(el, EL_BIND, "^I", "csp-complete", NULL);
    el_source(el, NULL);

    repl_session_init();
    sched_repl_start();
    char *banner = csp_sprintf("csp %s: Go-shaped processes and channels. :help for help, Ctrl-D to leave.\n", CSP_VERSION);
    write_fd(term_fd, banner, strlen(banner));

    Entry e = {0};
    buf_init(&e.text);
    Buf hist_entry; /* the lines of the entry being read, for the history */
    buf_init(&hist_entry);
    for (;;) {
        sync_output();
        if (line_open) {
            write_fd(term_fd, "\n", 1);
            line_open = false;
        }
        prompt_text = e.lines ? "...> " : "csp> ";
        prompt_interrupted = false;
        got_sigint = 0;
        drain_sig_pipe();
        at_prompt = true;
        int count = 0;
        const char *line = el_gets(el, &count);
        at_prompt = false;
        if (!line) {
            if (prompt_interrupted || count < 0) {
                /* Ctrl-C at the prompt: drop the line (and any open entry) */
                write_fd(term_fd, "^C\n", 3);
                buf_init(&e.text);
                buf_init(&hist_entry);
                e.lines = 0;
                continue;
            }
            write_fd(term_fd, "\n", 1);
            break;
        }
        size_t n = strlen(line);
        char *copy = csp_alloc(n + 1);
        memcpy(copy, line, n + 1);
        /* history keeps an entry whole: its lines joined by newlines, so
         * Up recalls a multi-line func as one entry, and Enter runs it */
        if (!only_space(copy, n) || e.lines) {
            size_t k = n;
            while (k && (copy[k - 1] == '\n' || copy[k - 1] == '\r')) k--;
            if (hist_entry.len) buf_putc(&hist_entry, '\n');
            buf_put(&hist_entry, copy, k);
        }
        bool go_on = handle_line(&e, copy, n);
        if (!e.lines && hist_entry.len) {
            buf_putc(&hist_entry, 0);
            history_add(hist_entry.data);
            buf_init(&hist_entry);
        }
        if (!go_on) break;
    }
    sync_output();
    el_end(el);
    sched_exit(0);
}
