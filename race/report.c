/* report.c: race reports in the format of Go's race detector.
 *
 *   ==================
 *   WARNING: DATA RACE
 *   Write at 0x00c0000ac008 by goroutine 7:
 *     main.main.func1()
 *         /path/r.go:8 +0x38
 *
 *   Previous read at 0x00c0000ac008 by main goroutine:
 *     main.main()
 *         /path/r.go:10 +0x98
 *
 *   Goroutine 7 (running) created at:
 *     main.main()
 *         /path/r.go:7 +0x60
 *   ==================
 *
 * As Go's, the detector reports the same pair of places (the top frames'
 * function and line, in either order) once per run, and each address once;
 * the program goes on, and a
 * clean exit (status 0, from main's return or os.Exit(0)) becomes
 * "Found N data race(s)" and status 66; other exits keep their status.
 */
#include <stdio.h>
#include <stdlib.h>

#include "../runtime/runtime.h"
#include "../runtime/trace.h"
#include "../util/buf.h"
#include "race_impl.h"

static pthread_mutex_t report_lock = PTHREAD_MUTEX_INITIALIZER;
static int nraces;

typedef struct Seen {
    Func *f1, *f2;
    int l1, l2;
} Seen;
static Seen *seen;
static int nseen, seen_cap;

/* The function and line of a site's top frame. */
void race_site_top(Site s, Func **fn, int *line);

/* Go's detector also reports each address once (TSan's
 * suppress_equal_addresses). */
static uintptr_t *seen_addr;
static int nseen_addr, seen_addr_cap;

static bool address_seen(const void *addr) {
    for (int i = 0; i < nseen_addr; i++)
        if (seen_addr[i] == (uintptr_t)addr) return true;
    return false;
}

static void address_note(const void *addr) {
    if (nseen_addr == seen_addr_cap) {
        seen_addr_cap = seen_addr_cap ? seen_addr_cap * 2 : 16;
        uintptr_t *n = realloc(seen_addr, sizeof(uintptr_t) * seen_addr_cap);
        if (!n) abort();
        seen_addr = n;
    }
    seen_addr[nseen_addr++] = (uintptr_t)addr;
}

static bool already_seen(Site a, Site b) {
    Func *fa, *fb;
    int la, lb;
    race_site_top(a, &fa, &la);
    race_site_top(b, &fb, &lb);
    for (int i = 0; i < nseen; i++)
        if ((seen[i].f1 == fa && seen[i].l1 == la && seen[i].f2 == fb && seen[i].l2 == lb) ||
            (seen[i].f1 == fb && seen[i].l1 == lb && seen[i].f2 == fa && seen[i].l2 == la))
            return true;
    if (nseen == seen_cap) {
        seen_cap = seen_cap ? seen_cap * 2 : 16;
        Seen *n = realloc(seen, sizeof(Seen) * seen_cap);
        if (!n) abort();
        seen = n;
    }
    seen[nseen++] = (Seen){fa, fb, la, lb};
    return false;
}

/* Go's detector names an atomic access as a plain one ("Write at",
 * "Previous read at": TSan's Go report has no "Atomic"), whatever a.atomic. */
static const char *op_name(bool first, RaceAccess a) {
    return first ? (a.write ? "Write" : "Read") : (a.write ? "Previous write" : "Previous read");
}

/* The address a report shows. A --seed run must print the same report
 * every time, but the heap's addresses move from run to run: it shows a
 * stand-in in Go's heap range, one per address in the order reported. */
static uintptr_t shown_address(const void *addr) {
    if (!sched_deterministic()) return (uintptr_t)addr;
    for (int i = 0; i < nseen_addr; i++)
        if (seen_addr[i] == (uintptr_t)addr) return 0xc000010000 + 0x10 * (uintptr_t)i;
    return 0xc000010000 + 0x10 * (uintptr_t)nseen_addr;
}

static void access_write(Buf *b, bool first, const void *addr, RaceAccess a, const RaceWho *who) {
    buf_printf(b, "%s at 0x%012llx by ", op_name(first, a), (unsigned long long)shown_address(addr));
    if (who->goid == 1) buf_puts(b, "main goroutine:\n");
    else buf_printf(b, "goroutine %lld:\n", (long long)who->goid);
    race_site_write(b, a.site);
}

static void creation_write(Buf *b, const RaceWho *who, bool running) {
    if (who->goid == 1) return;
    buf_printf(b, "\nGoroutine %lld (%s) created at:\n", (long long)who->goid, running ? "running" : "finished");
    race_site_write(b, who->created);
}

void race_report(const void *addr, RaceAccess cur, RaceAccess prev) {
    RaceWho cw = {0}, pw = {0};
    race_who(cur.epoch, &cw);
    race_who(prev.epoch, &pw);
    pthread_mutex_lock(&report_lock);
    if (address_seen(addr) || already_seen(cur.site, prev.site)) {
        pthread_mutex_unlock(&report_lock);
        return;
    }
    address_note(addr);
    nraces++;
    Buf b;
    buf_init(&b);
    buf_puts(&b, "==================\nWARNING: DATA RACE\n");
    access_write(&b, true, addr, cur, &cw);
    buf_putc(&b, '\n');
    access_write(&b, false, addr, prev, &pw);
    creation_write(&b, &cw, true);
    if (pw.goid != cw.goid) creation_write(&b, &pw, !pw.finished);
    buf_puts(&b, "==================\n");
    out_write(2, b.data, b.len);
    pthread_mutex_unlock(&report_lock);
    if (trace_on) {
        Func *fc, *fp;
        int lc, lp;
        race_site_top(cur.site, &fc, &lc);
        race_site_top(prev.site, &fp, &lp);
        trace_race(cw.goid, pw.goid, fc ? fc->file : NULL, lc);
        trace_race(pw.goid, cw.goid, fp ? fp->file : NULL, lp);
    }
}

int race_count(void) { return nraces; }

int race_exit_status(int code) {
    /* Go's summary comes only with what would have been a clean exit */
    if (!race_enabled || !nraces || code != 0) return code;
    char line[64];
    int n = snprintf(line, sizeof line, "Found %d data race(s)\n", nraces);
    out_write(2, line, (size_t)n);
    return 66;
}
