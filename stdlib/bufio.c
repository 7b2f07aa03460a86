/* bufio.c: natives of packages bufio and log (stdlib/prelude/bufio.go,
 * log.go): bufio reads an *os.File with os's native read (stdlib/os.c),
 * and log's default prefix needs the local time stamp. */
#include <stdio.h>
#include <time.h>

#include "../runtime/runtime.h"
#include "stdlib.h"

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
    {"bufio.readFile", stdlib_file_read},
    {"log.stamp", log_stamp},
    {NULL, NULL},
};
