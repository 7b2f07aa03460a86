/* atomic.c: natives of package sync/atomic (stdlib/prelude/atomic.go).
 *
 * An addressed int32/uint32/int64/... is a Slot holding the normalised
 * value (sign- or zero-extended to 64 bits), so Load, Store, Swap and
 * CompareAndSwap are the same 64-bit atomic operation for every width;
 * only Add must wrap to the operand's width, with a CAS loop for the
 * 32-bit kinds. A nil address panics as Go does.
 */
#include "../race/race.h"
#include "../runtime/ctl.h"
#include "stdlib.h"

/* --race: an atomic access to a word is checked as such (two atomic
 * accesses never race) and synchronises as Go's do: a load acquires the
 * word's address, a store releases to it, a read-modify-write does both. */
enum { AT_LOAD, AT_STORE, AT_RMW };

static __attribute__((noinline, cold)) void race_at(Proc *p, Slot *addr, int kind) {
    race_atomic(p, addr, kind != AT_LOAD, race_caller_pc(p));
    if (kind != AT_STORE) race_acquire(p, addr);
    if (kind == AT_STORE) race_release(p, addr);
    else if (kind == AT_RMW) race_release_merge(p, addr);
}

#define ADDR_KIND(p, a, kind)                                                                     \
    Slot *addr = (a)[0].p;                                                                        \
    if (!addr) return vm_panic_error(p, "invalid memory address or nil pointer dereference");    \
    if (race_enabled) race_at(p, addr, kind);                                                    \
    ctl_touch(addr, (kind) == AT_LOAD ? CTL_READ : CTL_WRITE)

static int at_load(Proc *p, Slot *a) {
    ADDR_KIND(p, a, AT_LOAD);
    a[0].i = __atomic_load_n(&addr->i, __ATOMIC_SEQ_CST);
    return VM_OK;
}

static int at_store(Proc *p, Slot *a) {
    ADDR_KIND(p, a, AT_STORE);
    __atomic_store_n(&addr->i, a[1].i, __ATOMIC_SEQ_CST);
    return VM_OK;
}

static int at_swap(Proc *p, Slot *a) {
    ADDR_KIND(p, a, AT_RMW);
    a[0].i = __atomic_exchange_n(&addr->i, a[1].i, __ATOMIC_SEQ_CST);
    return VM_OK;
}

static int at_cas(Proc *p, Slot *a) {
    ADDR_KIND(p, a, AT_RMW);
    int64_t old = a[1].i;
    a[0].i = __atomic_compare_exchange_n(&addr->i, &old, a[2].i, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return VM_OK;
}

static int at_add64(Proc *p, Slot *a) {
    ADDR_KIND(p, a, AT_RMW);
    a[0].i = __atomic_add_fetch(&addr->i, a[1].i, __ATOMIC_SEQ_CST);
    return VM_OK;
}

static int add32(Proc *p, Slot *a, bool is_signed) {
    ADDR_KIND(p, a, AT_RMW);
    int64_t old = __atomic_load_n(&addr->i, __ATOMIC_SEQ_CST), nv;
    do {
        uint32_t sum = (uint32_t)old + (uint32_t)a[1].i;
        nv = is_signed ? (int64_t)(int32_t)sum : (int64_t)sum;
    } while (!__atomic_compare_exchange_n(&addr->i, &old, nv, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
    a[0].i = nv;
    return VM_OK;
}

static int at_add_int32(Proc *p, Slot *a) { return add32(p, a, true); }
static int at_add_uint32(Proc *p, Slot *a) { return add32(p, a, false); }

/* Value: its one slot holds an Iface* (NULL before the first Store). */
static int v_Load(Proc *p, Slot *a) { return at_load(p, a); }

static int v_store_check(Proc *p, Slot *addr, Iface *nv) {
    if (!nv) return vm_panic_string(p, "sync/atomic: store of nil value into Value");
    Iface *cur = __atomic_load_n((Iface **)&addr->p, __ATOMIC_SEQ_CST);
    if (cur && cur->type != nv->type)
        return vm_panic_string(p, "sync/atomic: store of inconsistently typed value into Value");
    return VM_OK;
}

static int v_Store(Proc *p, Slot *a) {
    ADDR_KIND(p, a, AT_STORE);
    if (v_store_check(p, addr, a[1].p) != VM_OK) return VM_PANIC;
    __atomic_store_n((Iface **)&addr->p, (Iface *)a[1].p, __ATOMIC_SEQ_CST);
    return VM_OK;
}

static int v_Swap(Proc *p, Slot *a) {
    ADDR_KIND(p, a, AT_RMW);
    if (v_store_check(p, addr, a[1].p) != VM_OK) return VM_PANIC;
    a[0].p = __atomic_exchange_n((Iface **)&addr->p, (Iface *)a[1].p, __ATOMIC_SEQ_CST);
    return VM_OK;
}

/* (v *Value) CompareAndSwap(old, new any) bool, with Go's panics. */
static int v_CompareAndSwap(Proc *p, Slot *a) {
    ADDR_KIND(p, a, AT_RMW);
    Iface *old = a[1].p, *nv = a[2].p;
    if (!nv) return vm_panic_string(p, "sync/atomic: compare and swap of nil value into Value");
    if (old && old->type != nv->type)
        return vm_panic_string(p, "sync/atomic: compare and swap of inconsistently typed values");
    Iface *cur = __atomic_load_n((Iface **)&addr->p, __ATOMIC_SEQ_CST);
    if (!cur) {
        a[0].i = !old && __atomic_compare_exchange_n((Iface **)&addr->p, &cur, nv, false, __ATOMIC_SEQ_CST,
                                                      __ATOMIC_SEQ_CST);
        return VM_OK;
    }
    if (cur->type != nv->type)
        return vm_panic_string(p, "sync/atomic: compare and swap of inconsistently typed value into Value");
    Type *bad = NULL;
    Slot cs = {.p = cur}, os = {.p = old};
    bool same = value_equal(type_any, &cs, &os, &bad);
    if (bad) return vm_panic_error(p, "comparing uncomparable type %s", type_str(bad));
    a[0].i = same && __atomic_compare_exchange_n((Iface **)&addr->p, &cur, nv, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return VM_OK;
}

const NativeEntry atomic_natives[] = {
    {"atomic.AddInt32", at_add_int32},   {"atomic.AddUint32", at_add_uint32},
    {"atomic.AddInt64", at_add64},       {"atomic.AddUint64", at_add64},
    {"atomic.AddUintptr", at_add64},     {"atomic.LoadInt32", at_load},
    {"atomic.LoadInt64", at_load},       {"atomic.LoadUint32", at_load},
    {"atomic.LoadUint64", at_load},      {"atomic.LoadUintptr", at_load},
    {"atomic.StoreInt32", at_store},     {"atomic.StoreInt64", at_store},
    {"atomic.StoreUint32", at_store},    {"atomic.StoreUint64", at_store},
    {"atomic.StoreUintptr", at_store},   {"atomic.SwapInt32", at_swap},
    {"atomic.SwapInt64", at_swap},       {"atomic.SwapUint32", at_swap},
    {"atomic.SwapUint64", at_swap},      {"atomic.SwapUintptr", at_swap},
    {"atomic.CompareAndSwapInt32", at_cas},  {"atomic.CompareAndSwapInt64", at_cas},
    {"atomic.CompareAndSwapUint32", at_cas}, {"atomic.CompareAndSwapUint64", at_cas},
    {"atomic.CompareAndSwapUintptr", at_cas},
    {"atomic.(*Value).Load", v_Load},    {"atomic.(*Value).Store", v_Store},
    {"atomic.(*Value).Swap", v_Swap},     {"atomic.(*Value).CompareAndSwap", v_CompareAndSwap},
    {NULL, NULL},
};
