/* rand.c: the runtime's random numbers (select's choice, map iteration
 * start, math/rand, and in a --seed run the scheduler's choices). One
 * generator per thread, seeded from the clock and the thread, unless --seed
 * fixed it: then there is a single generator (a seeded run has one worker
 * and no timer thread), so every choice is reproducible. */
#include <time.h>

#include "runtime.h"

static __thread uint64_t state;
static uint64_t seeded_state;
static bool seeded;

void rand_seed(uint64_t seed) {
    seeded = true;
    seeded_state = seed * 0x9E3779B97F4A7C15ULL + 1;
    if (!seeded_state) seeded_state = 1;
}

/* xorshift64* */
static uint64_t step(uint64_t *s) {
    uint64_t x = *s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    return x * 0x2545F4914F6CDD1DULL;
}

uint64_t rand_next(void) {
    if (seeded) return step(&seeded_state);
    if (!state) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        state = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 32) ^ (uint64_t)(uintptr_t)&state;
        if (!state) state = 1;
    }
    return step(&state);
}
