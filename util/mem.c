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
 * clearing off) and then zeroed page by page as Go would: memory in use
 * before (resident, says mincore) is cleared with memset, like Go's
 * needzero spans; memory not in memory is given back to the kernel with
 * madvise(MADV_DONTNEED), which on the collector's private anonymous memory
 * makes it read as zero, committed again only when touched. Giving back a
 * page never used costs nothing, and a swapped-out page is dropped too, so
 * the block is zero either way. The partial pages at the ends are cleared
 * with memset. Smaller blocks are cleared as before: for them the system
 * calls cost more than the memset.
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

#define PROBE_PAGES 4096 /* pages looked at per mincore call */

/* Zeroes the whole pages [lo, hi): a page in memory (the collector is
 * handing out memory used before) is cleared with memset, which is cheaper
 * than faulting it in again; a page not in memory (fresh from the OS, or
 * given back or swapped out since) is handed back, which reads as zero and
 * costs nothing until it is used. */
static void zero_pages(uintptr_t lo, uintptr_t hi, uintptr_t page) {
    unsigned char vec[PROBE_PAGES];
    while (lo < hi) {
        size_t len = hi - lo < PROBE_PAGES * page ? hi - lo : PROBE_PAGES * page;
        size_t np = len / page;
        if (mincore((void *)lo, len, vec) != 0) {
            memset((void *)lo, 0, len);
            lo += len;
            continue;
        }
        for (size_t i = 0, j; i < np; i = j) {
            bool resident = vec[i] & 1;
            for (j = i + 1; j < np && (vec[j] & 1) == resident; j++)
                ;
            void *run = (void *)(lo + i * page);
            size_t rlen = (j - i) * page;
            if (resident || madvise(run, rlen, MADV_DONTNEED) != 0) memset(run, 0, rlen);
        }
        lo += len;
    }
}

/* Zeroes [p, p+n): whole pages by zero_pages, the ends by memset. */
static void zero_lazily(char *p, size_t n) {
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t lo = ((uintptr_t)p + page - 1) & ~(page - 1);
    uintptr_t hi = ((uintptr_t)p + n) & ~(page - 1);
    if (hi <= lo) {
        memset(p, 0, n);
        return;
    }
    memset(p, 0, lo - (uintptr_t)p);
    memset((void *)hi, 0, (uintptr_t)p + n - hi);
    zero_pages(lo, hi, page);
}

static void *alloc_zeroed(size_t n, bool pointers) {
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

void *csp_alloc_zeroed(size_t n, bool pointers) {
    void *p = alloc_zeroed(n, pointers);
    CSP_ALLOC_HOOK(p, n); /* like every allocation (common.h) */
    return p;
}
