/* signals.c: how a running program dies of a signal, as a Go program does.
 *
 * Go's runtime catches SIGINT, SIGTERM and SIGHUP and, since the program
 * did not ask for them (csp has no os/signal), dies of the same signal
 * (runtime.dieFromSignal): a shell sees 130, 143 or 129. Nothing printed
 * before is lost, because Go's stdout is unbuffered. csp's stdout is
 * buffered (output.c), so the signal must not kill csp where it lands: the
 * command line blocks the three signals before any thread starts (every
 * thread inherits the mask, the collector's markers block all signals
 * anyway) and one thread takes them with sigwait, writes out the buffered
 * output and the --trace files, and only then dies of the signal. An
 * inherited SIG_IGN for SIGINT or SIGHUP (nohup, a background job of a
 * script) is respected, as Go respects it; SIGTERM is always taken, as in
 * Go.
 *
 * SIGPIPE: Go installs a handler, so a write to a broken pipe fails with
 * EPIPE instead of killing the process; then a write by os.File to fd 1
 * or 2 dies of SIGPIPE (even when the shell ignored SIGPIPE: `trap ''
 * PIPE`), while the runtime's own messages go on. csp installs a handler
 * that does nothing, and output.c decides, calling sig_die(SIGPIPE).
 */
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include "runtime.h"
#include "trace.h"

/* The signal thread waits without touching collected memory, so it is not
 * registered with the collector (one thread fewer to stop at every
 * collection); sig_die registers the thread that writes the trace. */
#undef pthread_create
#undef pthread_detach

/* The longest a dying program waits to write out its buffered output. */
#define DEATH_FLUSH_MS 1000

static sigset_t fatal_set;

void sig_die(int sig) {
    static int dying;
    if (__atomic_exchange_n(&dying, 1, __ATOMIC_ACQ_REL))
        for (;;) pause(); /* another thread is already ending the program */
    if (trace_on) {
        /* the trace allocates; the signal thread and output.c's flusher
         * are not registered with the collector */
        struct GC_stack_base sb;
        if (!GC_thread_is_registered() && GC_get_stack_base(&sb) == GC_SUCCESS) GC_register_my_thread(&sb);
        trace_finish();
    }
    signal(sig, SIG_DFL);
    sigset_t one;
    sigemptyset(&one);
    sigaddset(&one, sig);
    pthread_sigmask(SIG_UNBLOCK, &one, NULL);
    raise(sig);
    _exit(128 + sig); /* not reached: the default action of sig ends the process */
}

static void *signal_main(void *arg) {
    CSP_UNUSED(arg);
    int sig;
    while (sigwait(&fatal_set, &sig) != 0)
        ;
    out_flush_before_death(DEATH_FLUSH_MS);
    sig_die(sig);
}

static void on_sigpipe(int sig) { CSP_UNUSED(sig); }

/* Is sig ignored by inheritance (the shell's `trap '' SIG`, nohup)? */
static bool inherited_ignore(int sig) {
    struct sigaction old;
    return sigaction(sig, NULL, &old) == 0 && old.sa_handler == SIG_IGN;
}

void sig_start(void) {
    sigemptyset(&fatal_set);
    if (!inherited_ignore(SIGINT)) sigaddset(&fatal_set, SIGINT);
    if (!inherited_ignore(SIGHUP)) sigaddset(&fatal_set, SIGHUP);
    sigaddset(&fatal_set, SIGTERM);
    signal(SIGTERM, SIG_DFL); /* Go takes SIGTERM even when it was ignored */
    pthread_sigmask(SIG_BLOCK, &fatal_set, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigpipe;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGPIPE, &sa, NULL);
    pthread_t t;
    if (pthread_create(&t, NULL, signal_main, NULL) == 0) pthread_detach(t);
}
