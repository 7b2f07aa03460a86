/* output.c: standard output and standard error, shared by every process.
 *
 * Go writes os.Stdout unbuffered: every Println is one write(2), its error
 * (ENOSPC on /dev/full, EBADF on a descriptor open read-only) is that
 * call's result, and what a program printed is out the moment the call
 * returns. csp buffers stdout (a program printing a million lines makes a
 * write per 64 KB, not per line) and keeps what a program or its reader
 * can observe:
 *
 *  - Sparse output goes straight out. A write that finds the buffer empty
 *    when nothing went to fd 1 in the last OUT_INTERVAL_NS is written
 *    through, as in Go; only output denser than that is buffered.
 *  - Buffered output does not wait long: a flusher thread writes it out
 *    OUT_INTERVAL_NS after it entered the buffer. sched_exit flushes; a
 *    write to stderr flushes first (a panic appears after the output that
 *    preceded it); reading stdin flushes (a prompt appears before the
 *    program blocks); on a terminal every write goes through; a signal
 *    that kills the program flushes (out_flush_before_death).
 *  - A write's error is its caller's. The first write of a run is written
 *    through (nothing was written before it), so a stdout that cannot be
 *    written fails the very first Println, with Go's error. Any failed
 *    write makes stdout unbuffered for the rest of the run, so from then
 *    on every call reports its own error. The one divergence: bytes that
 *    fail only in a later flush (a disk filling up mid-run) were accepted
 *    by calls that returned nil; the next call fails instead.
 *  - EPIPE on fd 1 or 2 ends a program as in Go: it dies of SIGPIPE, even
 *    when SIGPIPE is ignored (runtime/signals.c). The runtime's own
 *    messages (panics, println, deadlock reports) ignore write errors, as
 *    Go's runtime does.
 *  - EAGAIN (a descriptor some other process made non-blocking) waits in
 *    poll instead of dropping output; EINTR (the collector's signals) is
 *    retried.
 */
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include "ctl.h"
#include "runtime.h"

/* The flusher touches no collected memory: it is not registered with the
 * collector, which then has one thread fewer to stop at every collection. */
#undef pthread_create
#undef pthread_detach

#define OUT_CAP (64 * 1024)
#define OUT_INTERVAL_NS (10 * 1000 * 1000LL)

static pthread_mutex_t out_lock = PTHREAD_MUTEX_INITIALIZER;
static char out_buf[OUT_CAP];
static size_t out_len;
static int out_tty = -1;          /* fd 1 is a terminal (known at the first write) */
static bool out_unbuffered;       /* a write to fd 1 failed: every write goes through */
static int64_t out_last_write;    /* when a write(2) to fd 1 last happened */
static int64_t out_dirty_since;   /* when the buffer last went from empty to not */

static pthread_once_t flusher_once = PTHREAD_ONCE_INIT;
static pthread_cond_t flusher_cond;

static int64_t mono_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* Writes all of p to fd; returns 0 or the errno that stopped it, with the
 * bytes written in *done. */
static int write_fd(int fd, const char *p, size_t n, size_t *done) {
    size_t w = 0;
    int err = 0;
    while (w < n) {
        ssize_t r = write(fd, p + w, n - w);
        if (r >= 0) {
            w += (size_t)r;
            continue;
        }
        if (errno == EINTR) continue;
        if (errno == EAGAIN) {
            struct pollfd pf = {.fd = fd, .events = POLLOUT};
            poll(&pf, 1, -1);
            continue;
        }
        err = errno;
        break;
    }
    if (done) *done = w;
    return err;
}

/* A program's write to fd failed with err: a broken pipe on fd 1 or 2
 * kills it, any error on fd 1 stops the buffering. */
static void note_error(int fd, int err) {
    if (err == EPIPE && (fd == 1 || fd == 2)) sig_die(SIGPIPE);
    if (fd == 1) out_unbuffered = true;
}

/* Writes the buffer out. Returns 0 or the errno of the failed write (its
 * bytes are dropped: Go's writes of them would have failed too). */
static int flush_locked(void) {
    if (!out_len) return 0;
    int err = write_fd(1, out_buf, out_len, NULL);
    out_len = 0;
    out_last_write = mono_ns();
    if (err) note_error(1, err);
    return err;
}

/* ---------- the flusher: buffered output leaves within OUT_INTERVAL_NS ---------- */

static void *flusher_main(void *arg) {
    CSP_UNUSED(arg);
    pthread_mutex_lock(&out_lock);
    for (;;) {
        if (!out_len) {
            pthread_cond_wait(&flusher_cond, &out_lock);
            continue;
        }
        int64_t due = out_dirty_since + OUT_INTERVAL_NS;
        if (mono_ns() < due) {
            struct timespec ts = {.tv_sec = due / 1000000000LL, .tv_nsec = due % 1000000000LL};
            pthread_cond_timedwait(&flusher_cond, &out_lock, &ts);
            continue;
        }
        flush_locked();
    }
    return NULL;
}

/* Without a flusher (no thread to be had) stdout is not buffered. */
static void start_flusher(void) {
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&flusher_cond, &ca);
    pthread_t t;
    if (pthread_create(&t, NULL, flusher_main, NULL) == 0) pthread_detach(t);
    else out_unbuffered = true;
}

/* Appends to the buffer (it has room), waking the flusher when the buffer
 * was empty. */
static void buffer_locked(const char *data, size_t len) {
    if (!out_len) {
        out_dirty_since = mono_ns();
        pthread_cond_signal(&flusher_cond);
    }
    if (len) memcpy(out_buf + out_len, data, len); /* an empty string may have no data pointer */
    out_len += len;
}

/* Should this write to fd 1 go straight out rather than into the buffer? */
static bool write_through(size_t len) {
    if (out_tty < 0) out_tty = isatty(1);
    if (out_tty || len >= OUT_CAP) return true;
    pthread_once(&flusher_once, start_flusher);
    if (out_unbuffered) return true;
    return out_len == 0 && mono_ns() - out_last_write >= OUT_INTERVAL_NS;
}

/* ---------- the interface ---------- */

static int put_locked(int fd, const char *data, size_t len, size_t *written) {
    if (fd == 1 && !write_through(len)) {
        if (out_len + len > OUT_CAP) flush_locked();
        if (!out_unbuffered) { /* else that flush failed: this call writes its own bytes */
            buffer_locked(data, len);
            *written = len;
            return 0;
        }
    }
    flush_locked(); /* keeps stdout's bytes before these */
    int err = write_fd(fd, data, len, written);
    if (fd == 1) out_last_write = mono_ns();
    return err;
}

int out_write_checked(int fd, const char *data, size_t len, size_t *written) {
    size_t done = 0;
    ctl_touch(CTL_STREAM(fd), CTL_WRITE); /* two writes to a stream: their order shows */
    pthread_mutex_lock(&out_lock);
    int err = put_locked(fd, data, len, &done);
    if (err) note_error(fd, err);
    pthread_mutex_unlock(&out_lock);
    if (written) *written = done;
    return err;
}

void out_write(int fd, const char *data, size_t len) {
    size_t done;
    ctl_touch(CTL_STREAM(fd), CTL_WRITE);
    pthread_mutex_lock(&out_lock);
    int err = put_locked(fd, data, len, &done);
    if (err && fd == 1) note_error(fd, err);
    pthread_mutex_unlock(&out_lock);
}

void out_flush(void) {
    pthread_mutex_lock(&out_lock);
    flush_locked();
    pthread_mutex_unlock(&out_lock);
}

/* The program is about to die of a signal: write the buffer out, but give
 * up after about timeout_ms if the lock or the descriptor stays busy (a
 * reader that stopped reading must not keep a killed program alive).
 * Pieces of at most PIPE_BUF bytes after poll says POLLOUT cannot block on
 * a pipe. */
void out_flush_before_death(int timeout_ms) {
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += timeout_ms / 1000;
    until.tv_nsec += (long)(timeout_ms % 1000) * 1000000L;
    if (until.tv_nsec >= 1000000000L) {
        until.tv_sec++;
        until.tv_nsec -= 1000000000L;
    }
    if (pthread_mutex_timedlock(&out_lock, &until) != 0) return;
    size_t off = 0;
    while (off < out_len) {
        struct pollfd pf = {.fd = 1, .events = POLLOUT};
        int r = poll(&pf, 1, timeout_ms);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0 || !(pf.revents & POLLOUT)) break;
        size_t n = out_len - off < 4096 ? out_len - off : 4096;
        ssize_t w = write(1, out_buf + off, n);
        if (w < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (w <= 0) break;
        off += (size_t)w;
    }
    out_len = 0;
    pthread_mutex_unlock(&out_lock);
}
