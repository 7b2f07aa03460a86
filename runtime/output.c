/* output.c: buffered standard output shared by every process.
 *
 * Go writes os.Stdout unbuffered; csp buffers it (a large speed-up for
 * programs that print a lot) and flushes at exit, before anything is
 * written to stderr (so panics appear after the output that preceded them),
 * when the buffer fills, and after every write when stdout is a terminal.
 */
#include <pthread.h>
#include <unistd.h>

#include "runtime.h"

#define OUT_CAP (64 * 1024)

static pthread_mutex_t out_lock = PTHREAD_MUTEX_INITIALIZER;
static char out_buf[OUT_CAP];
static size_t out_len;
static int out_tty = -1;

static void write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) return;
        p += w;
        n -= (size_t)w;
    }
}

static void flush_locked(void) {
    write_all(1, out_buf, out_len);
    out_len = 0;
}

void out_write(int fd, const char *data, size_t len) {
    pthread_mutex_lock(&out_lock);
    if (out_tty < 0) out_tty = isatty(1);
    if (fd != 1) {
        flush_locked();
        write_all(fd, data, len);
    } else if (len >= OUT_CAP) {
        flush_locked();
        write_all(1, data, len);
    } else {
        if (out_len + len > OUT_CAP) flush_locked();
        if (len) memcpy(out_buf + out_len, data, len); /* an empty string may have no data pointer */
        out_len += len;
        if (out_tty) flush_locked();
    }
    pthread_mutex_unlock(&out_lock);
}

void out_flush(void) {
    pthread_mutex_lock(&out_lock);
    flush_locked();
    pthread_mutex_unlock(&out_lock);
}
