/* natives.c: the list of native tables, and helpers shared by natives. */
#include "stdlib.h"

extern const NativeEntry builtin_natives[], fmt_natives[], os_natives[], errors_natives[];
extern const NativeEntry strings_natives[], strconv_natives[], math_natives[], time_natives[];
extern const NativeEntry sync_natives[], runtime_natives[], sort_natives[], rand_natives[];
extern const NativeEntry utf8_natives[], atomic_natives[];
extern const NativeEntry time_natives[], sync_natives[], runtime_natives[];
extern const NativeEntry unicode_natives[], bufio_natives[];

const NativeEntry *const stdlib_native_tables[] = {
    builtin_natives, fmt_natives, os_natives, errors_natives,
    strings_natives, unicode_natives, utf8_natives, strconv_natives, math_natives, sort_natives, atomic_natives, rand_natives, bufio_natives,
    time_natives, sync_natives, runtime_natives, NULL,
};

/* The natives that do visible operations: every one of sync and
 * sync/atomic (but Once's --race annotations), the writes and reads of the
 * standard files, os.Exit, the timers, and two of package runtime. */
static const char *const visible[] = {
    "sync.(*", "atomic.", "fmt.Print", "os.(*File).write", "os.(*File).read", "bufio.readFile",
    "builtin.print", "builtin.close", "os.Exit", "time.Sleep", "time.startTimer", "time.stopTimer",
    "time.resetTimer", "runtime.Gosched", "runtime.NumGoroutine", NULL,
};

bool stdlib_native_visible(const char *name) {
    if (strstr(name, ".race")) return false; /* sync.(*Once).raceAcquire... */
    for (int i = 0; visible[i]; i++)
        if (strncmp(name, visible[i], strlen(visible[i])) == 0) return true;
    return false;
}

Str *stdlib_str(const char *s, int64_t len) { return len ? str_new(s, len) : NULL; }
