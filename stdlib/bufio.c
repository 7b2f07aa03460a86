/* bufio.c: natives of packages bufio and log (stdlib/prelude/bufio.go,
 * log.go): reading a chunk from an *os.File's descriptor, and the local
 * time stamp of log's default prefix. Reading blocks the worker thread
 * (stdin is the only file a program can open). */
#include <errno.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "../runtime/runtime.h"
#include "stdlib.h"

/* readFile(f *os.File, max int) (data string, eof bool): f's first slot is its fd */
static int bf_readFile(Proc *p, Slot *a) {
    Slot *f = a[0].p;
    if (!f) return vm_panic_error(p, "invalid memory address or nil pointer dereference");
    int64_t max = a[1].i > 0 ? a[1].i : 4096;
    char *tmp = csp_alloc_atomic((size_t)max);
    ssize_t n;
    out_flush(); /* an interactive prompt must appear before we block */
    do n = read((int)f[0].i, tmp, (size_t)max);
    while (n < 0 && errno == EINTR);
    a[0].p = n > 0 ? str_new(tmp, n) : NULL;
    a[1].i = n <= 0;
    return VM_OK;
}

/* stamp(flags int) string: Go's log header for Ldate|Ltime|Lmicroseconds|LUTC */
static int log_stamp(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    int64_t flags = a[0].i;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm tm;
    if (flags & 32) gmtime_r(&ts.tv_sec, &tm);
    else localtime_r(&ts.tv_sec, &tm);
    char buf[64];
    size_t n = 0;
    if (flags & 1) n += strftime(buf + n, sizeof buf - n, "%Y/%m/%d ", &tm);
    if (flags & (2 | 4)) {
        n += strftime(buf + n, sizeof buf - n, "%H:%M:%S", &tm);
        if (flags & 4) n += (size_t)snprintf(buf + n, sizeof buf - n, ".%06ld", ts.tv_nsec / 1000);
        buf[n++] = ' ';
    }
    a[0].p = stdlib_str(buf, (int64_t)n);
    return VM_OK;
}

const NativeEntry bufio_natives[] = {
    {"bufio.readFile", bf_readFile},
    {"log.stamp", log_stamp},
    {NULL, NULL},
};
