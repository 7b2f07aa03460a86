/* os.c: natives of packages os, syscall and errors. File operations are
 * system calls returning the errno (0 for none, -1 for a closed *File),
 * which the prelude wraps in Go's *PathError around a syscall.Errno
 * (stdlib/prelude/os.go). */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <ftw.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../runtime/ctl.h"
#include "../runtime/runtime.h"
#include "stdlib.h"

static Slice *os_args_slice;

void stdlib_set_args(int argc, char **argv) {
    Slice *s = slice_make(type_string, argc, argc);
    for (int i = 0; i < argc; i++) s->data[i].p = str_from_cstr(argv[i]);
    os_args_slice = s;
}

static int os_args(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    a[0].p = os_args_slice;
    return VM_OK;
}

static int os_Exit(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    vm_exit_code = (int)a[0].i;
    out_flush();
    sched_exit(vm_exit_code);
}

Str *stdlib_errno_text(int err) {
    Str *s = str_from_cstr(strerror(err)); /* glibc's: thread-safe for real errnos */
    char *d = (char *)str_data(s);
    if (str_len(s) > 1 && d[0] >= 'A' && d[0] <= 'Z' && !(d[1] >= 'A' && d[1] <= 'Z')) d[0] += 'a' - 'A';
    return s;
}

/* The descriptor of a *File (slots: fd, name); -1 once closed. */
static int file_fd(Slot *f) { return (int)f[0].i; }

/* write(2) all of data, retrying EINTR; the errno that stopped it, or 0. */
static int write_all(int fd, const char *data, size_t len, size_t *written) {
    size_t done = 0;
    while (done < len) {
        ssize_t n = write(fd, data + done, len - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            *written = done;
            return errno;
        }
        done += (size_t)n;
    }
    *written = done;
    return 0;
}

/* (f *File).write(s string) (n int, errno int): the standard files through
 * the shared, buffered output (runtime/output.c), others directly. */
static int os_file_write(Proc *p, Slot *a) {
    Slot *f = a[0].p;
    if (!f) return vm_panic_error(p, "invalid memory address or nil pointer dereference");
    Str *s = a[1].p;
    int fd = file_fd(f);
    size_t n = 0;
    int err;
    if (fd < 0) err = -1;
    else if (fd <= 2) err = out_write_checked(fd, str_data(s), (size_t)str_len(s), &n);
    else err = write_all(fd, str_data(s), (size_t)str_len(s), &n);
    a[0].i = (int64_t)n;
    a[1].i = err;
    return VM_OK;
}

/* (f *File).read(max int) (data string, eof bool, errno int), also
 * bufio.readFile. Blocks the worker thread for the read(2). */
int stdlib_file_read(Proc *p, Slot *a) {
    Slot *f = a[0].p;
    if (!f) return vm_panic_error(p, "invalid memory address or nil pointer dereference");
    int fd = file_fd(f);
    if (fd < 0) {
        a[0].p = NULL;
        a[1].i = 0;
        a[2].i = -1;
        return VM_OK;
    }
    int64_t max = a[1].i > 0 ? a[1].i : 4096;
    char *tmp = csp_alloc_atomic((size_t)max);
    ssize_t n;
    ctl_touch(CTL_STREAM(fd), CTL_WRITE); /* reading consumes the stream */
    if (fd == 0) out_flush(); /* an interactive prompt must appear before we block */
    do n = read(fd, tmp, (size_t)max);
    while (n < 0 && errno == EINTR);
    a[0].p = n > 0 ? str_new(tmp, n) : NULL;
    a[1].i = n == 0;
    a[2].i = n < 0 ? errno : 0;
    return VM_OK;
}

static int os_file_close(Proc *p, Slot *a) {
    Slot *f = a[0].p;
    if (!f) return vm_panic_error(p, "invalid memory address or nil pointer dereference");
    int fd = file_fd(f);
    if (fd < 0) {
        a[0].i = -1;
        return VM_OK;
    }
    f[0].i = -1;
    if (fd <= 2) out_flush();
    a[0].i = close(fd) < 0 && errno != EINTR ? errno : 0;
    return VM_OK;
}

static int os_file_seek(Proc *p, Slot *a) {
    Slot *f = a[0].p;
    if (!f) return vm_panic_error(p, "invalid memory address or nil pointer dereference");
    int fd = file_fd(f);
    if (fd < 0) {
        a[0].i = 0;
        a[1].i = -1;
        return VM_OK;
    }
    off_t r = lseek(fd, (off_t)a[1].i, (int)a[2].i);
    a[0].i = r < 0 ? 0 : (int64_t)r;
    a[1].i = r < 0 ? errno : 0;
    return VM_OK;
}

/* openFile(name string, flag int, perm uint32) (fd int, errno int) */
static int os_openFile(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    char *name = str_cstr(a[0].p);
    int fd;
    do fd = open(name, (int)a[1].i | O_CLOEXEC, (mode_t)a[2].i);
    while (fd < 0 && errno == EINTR);
    a[0].i = fd < 0 ? -1 : fd;
    a[1].i = fd < 0 ? errno : 0;
    return VM_OK;
}

/* readAll(name string) (data string, errno int): errno | 0x10000 when the
 * open failed. */
static int os_readAll(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    char *name = str_cstr(a[0].p);
    int fd;
    do fd = open(name, O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        a[0].p = NULL;
        a[1].i = errno | 0x10000;
        return VM_OK;
    }
    Buf b;
    buf_init(&b);
    char tmp[65536];
    int err = 0;
    for (;;) {
        ssize_t n = read(fd, tmp, sizeof tmp);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            err = errno;
            break;
        }
        if (n == 0) break;
        buf_put(&b, tmp, (size_t)n);
    }
    close(fd);
    a[0].p = err ? NULL : stdlib_str(b.data, (int64_t)b.len);
    a[1].i = err;
    return VM_OK;
}

static int errno_of(int r) { return r < 0 ? errno : 0; }

static int os_remove(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    char *name = str_cstr(a[0].p);
    int e = errno_of(unlink(name));
    if (e) {
        /* Go tries both, and reports rmdir's error only when it was a directory */
        int e1 = errno_of(rmdir(name));
        if (!e1) e = 0;
        else if (e1 != ENOTDIR) e = e1;
    }
    a[0].i = e;
    return VM_OK;
}

static int remove_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw) {
    CSP_UNUSED(sb);
    CSP_UNUSED(ftw);
    int r = flag == FTW_DP ? rmdir(path) : unlink(path);
    return r < 0 && errno != ENOENT ? errno : 0;
}

static int os_removeAll(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    char *name = str_cstr(a[0].p);
    struct stat st;
    if (lstat(name, &st) < 0) {
        a[0].i = errno == ENOENT ? 0 : errno;
        return VM_OK;
    }
    int r = nftw(name, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    a[0].i = r < 0 ? errno : r;
    return VM_OK;
}

static int os_mkdir(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    a[0].i = errno_of(mkdir(str_cstr(a[0].p), (mode_t)a[1].i));
    return VM_OK;
}

static int os_rename(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    a[0].i = errno_of(rename(str_cstr(a[0].p), str_cstr(a[1].p)));
    return VM_OK;
}

static int os_getwd(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) {
        a[0].p = NULL;
        a[1].i = errno;
        return VM_OK;
    }
    a[0].p = str_from_cstr(buf);
    a[1].i = 0;
    return VM_OK;
}

static int os_chdir(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    a[0].i = errno_of(chdir(str_cstr(a[0].p)));
    return VM_OK;
}

/* results (size int64, mode uint32, msec int64, mnsec int64, errno int) */
static void stat_results(Slot *a, int r, const struct stat *st) {
    if (r < 0) {
        int e = errno;
        memset(a, 0, sizeof(Slot) * 4);
        a[4].i = e;
        return;
    }
    a[0].i = st->st_size;
    a[1].i = st->st_mode;
    a[2].i = st->st_mtim.tv_sec;
    a[3].i = st->st_mtim.tv_nsec;
    a[4].i = 0;
}

static int os_stat(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    struct stat st;
    char *name = str_cstr(a[0].p);
    stat_results(a, a[1].i ? stat(name, &st) : lstat(name, &st), &st);
    return VM_OK;
}

static int os_fstat(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    struct stat st;
    int fd = (int)a[0].i;
    if (fd < 0) {
        memset(a, 0, sizeof(Slot) * 4);
        a[4].i = -1;
        return VM_OK;
    }
    stat_results(a, fstat(fd, &st), &st);
    return VM_OK;
}

/* Nine random decimal digits, as Go's os.nextRandom makes for temp names. */
static int os_randomName(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    static uint64_t state;
    uint64_t s = __atomic_add_fetch(&state, 0x9E3779B97F4A7C15ULL, __ATOMIC_RELAXED);
    if (s == 0x9E3779B97F4A7C15ULL) { /* first use: mix in the time and pid */
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        s ^= (uint64_t)ts.tv_nsec * 0xBF58476D1CE4E5B9ULL ^ (uint64_t)getpid() << 32;
    }
    s = (s ^ (s >> 30)) * 0xBF58476D1CE4E5B9ULL;
    s = (s ^ (s >> 27)) * 0x94D049BB133111EBULL;
    s ^= s >> 31;
    a[0].p = str_from_cstr(csp_sprintf("%u", (unsigned)(s % 4294967295u)));
    return VM_OK;
}

static int os_LookupEnv(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    char *k = str_cstr(a[0].p);
    const char *v = getenv(k);
    a[0].p = v ? str_from_cstr(v) : NULL;
    a[1].i = v != NULL;
    return VM_OK;
}

static int os_setenv(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Str *k = a[0].p;
    if (!str_len(k) || memchr(str_data(k), '=', (size_t)str_len(k)) || memchr(str_data(k), 0, (size_t)str_len(k))) {
        a[0].i = EINVAL;
        return VM_OK;
    }
    a[0].i = errno_of(setenv(str_cstr(k), str_cstr(a[1].p), 1));
    return VM_OK;
}

static int os_unsetenv(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    unsetenv(str_cstr(a[0].p));
    return VM_OK;
}

extern char **environ;

static int os_Environ(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    int n = 0;
    while (environ[n]) n++;
    Slice *s = slice_make(type_string, n, n);
    for (int i = 0; i < n; i++) s->data[i].p = str_from_cstr(environ[i]);
    a[0].p = s;
    return VM_OK;
}

static int os_Getpid(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    a[0].i = getpid();
    return VM_OK;
}

/* readDir(name string) (names []string, types []uint32, errno int): the
 * entries of a directory but . and .., with their st_mode type bits. */
static int os_readDir(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    char *name = str_cstr(a[0].p);
    DIR *d = opendir(name);
    if (!d) {
        a[0].p = NULL;
        a[1].p = NULL;
        a[2].i = errno;
        return VM_OK;
    }
    Slice *names = NULL, *types = NULL;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        Slot n = {.p = str_from_cstr(e->d_name)}, t = {.i = 0};
        if (e->d_type == DT_UNKNOWN || e->d_type == DT_LNK) {
            struct stat st;
            char *full = csp_sprintf("%s/%s", name, e->d_name);
            if (lstat(full, &st) == 0) t.i = st.st_mode & S_IFMT;
        } else
            t.i = (int64_t)DTTOIF(e->d_type);
        names = slice_append(type_string, names, &n, 1);
        types = slice_append(type_uint32, types, &t, 1);
    }
    closedir(d);
    a[0].p = names;
    a[1].p = types;
    a[2].i = 0;
    return VM_OK;
}

/* syscall.errnoText(code int) string */
static int syscall_errnoText(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    a[0].p = stdlib_errno_text((int)a[0].i);
    return VM_OK;
}

const NativeEntry os_natives[] = {
    {"os.args", os_args}, {"os.Exit", os_Exit}, {"os.(*File).write", os_file_write},
    {"os.(*File).read", stdlib_file_read}, {"os.(*File).close", os_file_close}, {"os.(*File).seek", os_file_seek},
    {"os.openFile", os_openFile}, {"os.readAll", os_readAll}, {"os.remove", os_remove},
    {"os.removeAll", os_removeAll}, {"os.mkdir", os_mkdir}, {"os.rename", os_rename}, {"os.getwd", os_getwd},
    {"os.chdir", os_chdir}, {"os.stat", os_stat}, {"os.fstat", os_fstat}, {"os.randomName", os_randomName},
    {"os.LookupEnv", os_LookupEnv}, {"os.setenv", os_setenv}, {"os.unsetenv", os_unsetenv},
    {"os.Environ", os_Environ}, {"os.readDir", os_readDir}, {"os.Getpid", os_Getpid}, {"syscall.errnoText", syscall_errnoText},
    {NULL, NULL},
};

/* ---- errors ---- */

static int errors_comparable(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    Iface *e = a[0].p;
    a[0].i = !e || type_is_comparable(e->type);
    return VM_OK;
}

/* checkTarget(target any): As's checks of its target, with Go's panics. */
static int errors_checkTarget(Proc *p, Slot *a) {
    Iface *target = a[0].p;
    if (!target) return vm_panic_string(p, "errors: target cannot be nil");
    if (type_under(target->type)->kind != T_POINTER || !target->val.p)
        return vm_panic_string(p, "errors: target must be a non-nil pointer");
    Type *t = type_under(target->type)->elem;
    const char *missing;
    bool wrong, ptr_only;
    if (type_under(t)->kind != T_INTERFACE && !type_implements(t, type_error, &missing, &wrong, &ptr_only))
        return vm_panic_string(p, "errors: *target must be interface or implement error");
    return VM_OK;
}

/* assignTo(err error, target any) bool: target holds a *T (checked) */
static int errors_assignTo(Proc *p, Slot *a) {
    Iface *err = a[0].p, *target = a[1].p;
    Type *t = type_under(target->type)->elem;
    Slot *dst = target->val.p;
    if (!err) {
        a[0].i = 0;
        return VM_OK;
    }
    if (type_under(t)->kind == T_INTERFACE) {
        const char *missing;
        bool wrong, ptr_only;
        if (!type_implements(err->type, t, &missing, &wrong, &ptr_only)) {
            a[0].i = 0;
            return VM_OK;
        }
        dst->p = err;
        a[0].i = 1;
        return VM_OK;
    }
    if (err->type != t) {
        a[0].i = 0;
        return VM_OK;
    }
    if (t->is_block) memcpy(dst, err->val.p, sizeof(Slot) * t->slots);
    else *dst = err->val;
    a[0].i = 1;
    return VM_OK;
}

const NativeEntry errors_natives[] = {
    {"errors.comparable", errors_comparable}, {"errors.assignTo", errors_assignTo},
    {"errors.checkTarget", errors_checkTarget}, {NULL, NULL},
};
