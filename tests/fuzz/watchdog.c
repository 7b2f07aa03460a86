/* watchdog.c: turns csp into the fuzz target build/fuzz/csp-fuzz (make fuzz).
 *
 * Linked into an AFL-instrumented csp with -Wl,--wrap=compile_file, so it sees
 * the one call cli/main.c makes from source text to a Program and nothing else
 * in csp changes. The fuzzer runs it as `csp-fuzz check FILE` (front end) or
 * `csp-fuzz --seed 1 FILE` (whole runs). Its job is to tell a finding from a
 * fuzzed program that is merely slow or loops forever:
 *
 *   compiling   no limit here: a compile that outlives AFL's timeout (-t) is a
 *               hang in csp, and AFL files it under hangs/.
 *   running     a watchdog thread samples the process's CPU time every 10 ms.
 *               A program that has used CSP_FUZZ_RUN_MS of CPU (default 300)
 *               is busy doing what it was told: it is ended with _exit(0),
 *               not a finding. A seeded run (--seed) never waits on the real
 *               world (virtual time, stdin is /dev/null), so one that sits
 *               idle for CSP_FUZZ_IDLE_MS of wall time (default 1500) without
 *               ending or reporting a deadlock is stuck in the runtime: it
 *               stays stuck, and AFL files it under hangs/.
 *
 * While a program runs, a seccomp filter refuses (EACCES) every system call
 * that could change the file system or start another program: opening for
 * writing, creating, removing, renaming, linking, chmod/chown, execve, sockets.
 * Fuzzed programs come from tests that write files; mutated paths must not
 * land anywhere. Reads, writes to open descriptors (stdout) and everything
 * the runtime and the collector need still work. x86_64 and aarch64 only;
 * elsewhere the target refuses to run programs (`check` still works).
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "../../cli/cli.h"
#include "../../compiler/compiler.h"

bool __real_compile_file(const char *file, const char *src, size_t len, Program *out, Diags *diags);

static long ms_env(const char *name, long def) {
    const char *v = getenv(name);
    return v && atol(v) > 0 ? atol(v) : def;
}

static long now_ms(clockid_t clk) {
    struct timespec ts;
    clock_gettime(clk, &ts);
    return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

static void *watch(void *arg) {
    CSP_UNUSED(arg);
    long run_ms = ms_env("CSP_FUZZ_RUN_MS", 300), idle_ms = ms_env("CSP_FUZZ_IDLE_MS", 1500);
    long cpu0 = now_ms(CLOCK_PROCESS_CPUTIME_ID), last_cpu = cpu0;
    long last_busy = now_ms(CLOCK_MONOTONIC);
    for (;;) {
        struct timespec tick = {0, 10 * 1000000L};
        nanosleep(&tick, NULL);
        long cpu = now_ms(CLOCK_PROCESS_CPUTIME_ID), wall = now_ms(CLOCK_MONOTONIC);
        if (cpu - cpu0 >= run_ms) _exit(0); /* a long or endless program: fine */
        if (cpu - last_cpu >= 2) last_busy = wall;
        last_cpu = cpu;
        if (cli_opts.seeded && wall - last_busy >= idle_ms) {
            fprintf(stderr, "csp-fuzz: seeded run idle for %ld ms: stuck in the runtime\n", idle_ms);
            return NULL; /* stay stuck: AFL's timeout files it as a hang */
        }
    }
}

/* ---- the sandbox --------------------------------------------------------- */
#if defined(__x86_64__)
#define FUZZ_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define FUZZ_ARCH AUDIT_ARCH_AARCH64
#endif

#ifdef FUZZ_ARCH
#define LOAD(field) BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, field))
#define DENY_NR(sys) BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (sys), 0, 1), BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EACCES)
/* open-style call whose flags are argument `arg`: refuse any write/create flag */
#define DENY_WRITE_OPEN(sys, arg)                                                                 \
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (sys), 0, 4), LOAD(args[arg]),                              \
        BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND, 0, 1), \
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EACCES), LOAD(nr)

static bool sandbox(void) {
    struct sock_filter f[] = {
        LOAD(arch),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, FUZZ_ARCH, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
        LOAD(nr),
#ifdef __NR_open
        DENY_WRITE_OPEN(__NR_open, 1),
#endif
        DENY_WRITE_OPEN(__NR_openat, 2),
        DENY_NR(__NR_openat2),
#ifdef __NR_creat
        DENY_NR(__NR_creat),
#endif
#ifdef __NR_unlink
        DENY_NR(__NR_unlink), DENY_NR(__NR_rename), DENY_NR(__NR_mkdir), DENY_NR(__NR_rmdir),
        DENY_NR(__NR_link), DENY_NR(__NR_symlink), DENY_NR(__NR_chmod), DENY_NR(__NR_chown),
        DENY_NR(__NR_lchown), DENY_NR(__NR_mknod),
#endif
        DENY_NR(__NR_unlinkat), DENY_NR(__NR_renameat), DENY_NR(__NR_renameat2), DENY_NR(__NR_mkdirat),
        DENY_NR(__NR_linkat), DENY_NR(__NR_symlinkat), DENY_NR(__NR_fchmodat), DENY_NR(__NR_fchmod),
        DENY_NR(__NR_fchownat), DENY_NR(__NR_fchown), DENY_NR(__NR_mknodat), DENY_NR(__NR_truncate),
        DENY_NR(__NR_execve), DENY_NR(__NR_execveat), DENY_NR(__NR_socket),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
    };
    struct sock_fprog prog = {.len = sizeof f / sizeof f[0], .filter = f};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return false;
    /* TSYNC: every thread started so far (the collector's, the timer's) too */
    return syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC, &prog) == 0;
}
#else
static bool sandbox(void) { return false; }
#endif

bool __wrap_compile_file(const char *file, const char *src, size_t len, Program *out, Diags *diags) {
    bool ok = __real_compile_file(file, src, len, out, diags);
    if (!ok) return ok;
    /* `check` exits right after this; a run starts its program next */
    if (!sandbox()) {
        fprintf(stderr, "csp-fuzz: cannot install the seccomp sandbox; not running fuzzed programs\n");
        exit(1);
    }
    pthread_t t;
    pthread_create(&t, NULL, watch, NULL);
    return ok;
}
