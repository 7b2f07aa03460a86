/* mem.c: zeroed blocks that cost nothing until they are used.
 *
 * Go's make([]int, 1e9) or make(chan int, 1e9) takes fresh pages from the
 * OS and never touches them: the kernel zero-fills a page when it is first
 * used, so the call is instant and the memory stays uncommitted. Boehm GC
 * instead clears every large object of a scanned kind itself (BZERO over the
 * whole block), and pointer-free blocks come back uncleared, so csp used to
 * memset them: 8 GB written, seconds spent, all of it resident.
 *
 * Here a block of MEM_LAZY_MIN bytes or more is allocated uncleared (the
 * atomic kind, or for blocks that hold pointers a scanned kind created with
 * clearing off) and then zeroed by giving its whole pages back to the kernel
 * with madvise(MADV_DONTNEED): on the collector's private anonymous memory
 * that makes them read as zero, committed again only when touched (a page
 * never used costs nothing to give back). Only the partial pages at the ends
 * are cleared with memset. Smaller blocks are cleared as before: for them a
 * system call costs more than the memset.
 *
 * Until it is cleared, an uncleared scanned block may hold stale words; a
 * collection running in that window can only retain garbage conservatively,
 * as Boehm GC may do with any word.
 */
#include <pthread.h>
#include <sys/mman.h>
#include <unistd.h>

#include <gc/gc_mark.h>

#include "common.h"

#define MEM_LAZY_MIN (1u << 20)

static int noclear_kind = -1;
static pthread_once_t kind_once = PTHREAD_ONCE_INIT;

/* Scanned whole (a length descriptor plus the object's size), as the normal
 * kind is, but not cleared by the collector. */
static void make_kind(void) {
    noclear_kind = (int)GC_new_kind(GC_new_free_list(), GC_DS_LENGTH, 1, 0);
}

/* Zeroes [p, p+n): whole pages by handing them back, the ends by memset. */
static void zero_lazily(char *p, size_t n) {
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t lo = ((uintptr_t)p + page - 1) & ~(page - 1);
    uintptr_t hi = ((uintptr_t)p + n) & ~(page - 1);
    if (hi <= lo || madvise((void *)lo, hi - lo, MADV_DONTNEED) != 0) {
        memset(p, 0, n);
        return;
    }
    memset(p, 0, lo - (uintptr_t)p);
    memset((void *)hi, 0, (uintptr_t)p + n - hi);
}

void *csp_alloc_zeroed(size_t n, bool pointers) {
    if (n < MEM_LAZY_MIN) {
        if (pointers) return GC_MALLOC(n);
        void *p = GC_MALLOC_ATOMIC(n);
        if (p) memset(p, 0, n);
        return p;
    }
    void *p;
    if (pointers) {
        pthread_once(&kind_once, make_kind);
        p = GC_generic_malloc(n, noclear_kind);
    } else
        p = GC_MALLOC_ATOMIC(n);
    if (p) zero_lazily(p, n);
    return p;
}
