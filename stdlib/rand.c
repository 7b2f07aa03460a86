/* rand.c: the native of package math/rand (stdlib/prelude/rand.go): the
 * runtime's per-thread generator (runtime/rand.c), which the unseeded
 * top-level functions use. Seeded sources are plain Go in the prelude. */
#include "../runtime/ctl.h"
#include "../runtime/runtime.h"
#include "stdlib.h"


static int r_runtimeInt63(Proc *p, Slot *a) {
    /* a scheduled run: each process its own stream, the same in every schedule */
    a[0].i = (int64_t)((ctl_mode == CTL_SCHEDULE ? ctl_rand(p) : rand_next()) >> 1);
    return VM_OK;
}

const NativeEntry rand_natives[] = {
    {"rand.runtimeInt63", r_runtimeInt63},
    {NULL, NULL},
};
