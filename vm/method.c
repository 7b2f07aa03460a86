/* method.c: calling a method on a dynamic value.
 *
 * An interface call (CALLI), a method value bound from an interface
 * (BINDI), fmt's String/Error calls and the printing of a panic value all
 * start from the same thing: a dynamic type, its value slot and a method
 * name. Go's method call then follows the method's promotion path through
 * embedded fields (dereferencing embedded pointers), dispatches again when
 * the method was promoted from an embedded *interface*, and copies the
 * receiver for a value method. One resolver does all of it, so the four
 * callers cannot disagree about which receiver a method sees. The common
 * case, a method declared on the dynamic type itself, is inline in vm.h
 * (vm_method_resolve); this file holds the promoted cases.
 */
#include "vm.h"

/* Follows the promotion path of m from the block at base, stopping
 * `stop` hops before the end. NULL when a pointer on the way is nil. */
static Slot *walk_path(Method *m, Slot *base, int stop) {
    Slot *cur = base;
    for (int h = 0; h < m->ndeps - stop; h++) {
        if (!cur) return NULL;
        cur = m->path_ptr[h] ? cur[m->path_off[h]].p : cur + m->path_off[h];
    }
    return cur;
}

/* The receiver m's body expects, from dynamic value v of type t. */
static MethodStatus receiver_of(Type *t, Slot v, Method *m, Slot *recv) {
    if (!m->ndeps) return vm_method_receiver(t, v, m, recv);
    Type *rt = m->fn->type->params[0];
    Slot *cur = walk_path(m, v.p, 0);
    if (m->ptr_recv || rt->kind == T_POINTER) {
        recv->p = cur;
        return MS_OK;
    }
    if (!cur) return MS_NIL;
    if (rt->is_block) recv->p = block_clone(rt, cur);
    else *recv = *cur;
    return MS_OK;
}

MethodStatus vm_method_resolve_promoted(Type *t, Slot v, Method *m, const char *name, Func **fn, Slot *recv) {
    while (!m->fn) {
        /* promoted from an embedded interface: dispatch on that value */
        Slot *at = walk_path(m, v.p, 1);
        if (!at) return MS_NIL;
        Iface *inner = at[m->path_off[m->ndeps - 1]].p;
        if (!inner) return MS_NIL;
        t = inner->type;
        v = inner->val;
        m = type_find_method(t, name);
        if (!m) return MS_MISSING;
    }
    *fn = m->fn;
    return receiver_of(t, v, m, recv);
}
