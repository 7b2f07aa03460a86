/* stdlib.h: how the standard library's C half is found.
 *
 * Every stdlib/ C files file exports a table of natives: C functions that
 * implement the body-less functions of its package's prelude
 * (stdlib/prelude/PKG.go). Calling convention (vm/vm.h NativeFn): arguments
 * in a[0..] (a method's receiver first; a variadic parameter is one slot
 * holding a Slice*), results written back to a[0..]. A native returns
 * VM_OK, VM_PANIC after vm_panic_*, VM_PARK after arranging a wake-up, or
 * VM_EXIT.
 */
#ifndef CSP_STDLIB_H
#define CSP_STDLIB_H

#include "../util/buf.h"
#include "../vm/vm.h"
#include "../race/race.h"

/* --race: a native that reads or writes the program's memory says so, as
 * Go's instrumented library code does (no cost without --race). */
#define STDLIB_RACE_READ(p, addr, n)                                           \
    do {                                                                       \
        if (race_enabled) race_read((p), (addr), (n), race_caller_pc(p));      \
    } while (0)
#define STDLIB_RACE_WRITE(p, addr, n)                                          \
    do {                                                                       \
        if (race_enabled) race_write((p), (addr), (n), race_caller_pc(p));     \
    } while (0)

typedef struct NativeEntry {
    const char *name;   /* "strings.Index", "time.Duration.String", "os.(*File).Write" */
    NativeFn fn;
} NativeEntry;

/* Does the native of that name do a visible operation (runtime/ctl.h: a
 * lock, an atomic, a write to a standard file...)? Its call is then a
 * switch point of controlled runs (stdlib/natives.c). */
bool stdlib_native_visible(const char *name);

/* NULL-terminated list of the tables (stdlib/natives.c). */
extern const NativeEntry *const stdlib_native_tables[];
/* The prelude source of a package by import path, or NULL (build/gen/prelude.c). */
const char *stdlib_prelude_source(const char *path);

/* Helpers for natives. */
int vm_panic_string(Proc *p, const char *msg);
Str *stdlib_str(const char *s, int64_t len);
/* The text of errno err as Go's syscall.Errno prints it ("no space left on
 * device"): strerror with a lower-case first letter (stdlib/os.c). */
Str *stdlib_errno_text(int err);
/* (f *os.File).read(max int) (data string, eof bool, errno int), shared
 * by os and bufio (stdlib/os.c). */
int stdlib_file_read(Proc *p, Slot *a);
/* An error value with message msg (like errors.New). */
Iface *stdlib_error(const char *msg);

#endif
