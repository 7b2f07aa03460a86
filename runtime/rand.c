/* rand.c: the runtime's random numbers (select's choice, map iteration
 * start, math/rand). One generator per thread, seeded from the clock and
 * the thread, unless --seed fixed it (then every choice is reproducible). */
#include <time.h>

#include "runtime.h"

static __thread uint64_t state;
static uint64_t fixed_seed;
static bool seeded;

void rand_seed(uint64_t seed) {
    fixed_seed = seed;
    seeded = true;
    state = 0;
}

uint64_t rand_next(void) {
    if (!state) {
        if (seeded) state = fixed_seed * 0x9E3779B97F4A7C15ULL + 1;
        else {
            struct timespec ts;
            clock_gettime(CLOCK_MONOTONIC, &ts);
            state = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 32) ^ (uint64_t)(uintptr_t)&state;
        }
        if (!state) state = 1;
    }
    /* xorshift64* */
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545F4914F6CDD1DULL;
}
