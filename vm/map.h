/* map.h: Go maps. A hash map from one-slot keys to one-slot values, with
 * hashing and equality driven by the key type (see vm/value.h: struct and
 * array keys are block pointers, hashed by content; interface keys hash
 * their dynamic value; strings by bytes; floats with +0 == -0 and NaN != NaN).
 *
 * Iteration visits every entry present for the whole iteration exactly once,
 * tolerates deletes and inserts during iteration (as Go's range does), and
 * starts at a random position so programs cannot depend on order.
 * A racy program may lose updates but never corrupts memory; two writers at
 * once are detected and reported as Go does ("concurrent map writes").
 */
#ifndef CSP_MAP_H
#define CSP_MAP_H

#include "value.h"

typedef struct Map Map;

Map *map_new(Type *maptype, int64_t hint);
int64_t map_len(const Map *m);          /* NULL map: 0 */
/* Pointer to the value slot for key, or NULL if absent (NULL map: NULL).
 * *bad is set to the dynamic type when an interface key is unhashable. */
Slot *map_get(Map *m, Slot key, Type **bad);
/* Pointer to the value slot for key, inserting a zero value if absent.
 * On insert a block key is cloned (the map owns its keys), and a block value
 * type gets a fresh zero block in the slot (never a NULL block pointer). */
Slot *map_set(Map *m, Slot key, Type **bad);
void map_delete(Map *m, Slot key, Type **bad);
void map_clear(Map *m);

typedef struct MapIter {
    Map *m;
    void *table;      /* the table being walked */
    int64_t start, i, n;
} MapIter;
void map_iter_init(MapIter *it, Map *m);
/* Next live entry; false at the end. key/val may be NULL. */
bool map_iter_next(MapIter *it, Slot *key, Slot *val);
/* All keys, sorted as fmt prints them (Go's internal/fmtsort order). */
Slot *map_sorted_keys(Map *m, int64_t *n);
/* Keys and values as n (key, value) pairs of slots, sorted by key as above;
 * NaN keys keep their values. */
Slot *map_sorted_entries(Map *m, int64_t *n);
/* Go's fmtsort comparison of two one-slot values of type t (-1, 0, 1). */
int map_key_compare(Type *t, Slot a, Slot b);

/* Called when two writers are caught inside the same map at once; provided
 * by the VM (prints "fatal error: concurrent map writes", exits 2). */
extern void map_fatal_concurrent_writes(void);

/* Where map seeds and iteration starts come from when set (a --seed run). */
extern uint64_t (*map_rand_hook)(void);

#endif
