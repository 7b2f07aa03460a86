/* stack.c: interned call stacks, so a report can show the stack of an
 * access that happened long ago.
 *
 * A node stands for the frames 0..i of a process, each with the place of
 * its call into the next, except the last one's function without a place:
 *     node(0) = (none, -, fn0)
 *     node(i) = (node(i-1), call offset in frame i-1, fn_i)
 * A site (race_impl.h) is a node plus an offset in its last function. Nodes
 * are hash-consed in one table and never freed: there are as many as there
 * are distinct call paths that touch shared memory. A frame caches its node
 * (Frame.race_stack, cleared whenever a frame is pushed), so an access
 * computes at most one node per new frame.
 */
#include <stdio.h>
#include <stdlib.h>

#include "../util/buf.h"
#include "race_impl.h"

typedef struct Node {
    uint32_t parent;  /* 0: none (node ids start at 1) */
    uint32_t call;    /* offset of the call instruction in the parent's function */
    Func *fn;
} Node;

static pthread_mutex_t node_lock = PTHREAD_MUTEX_INITIALIZER;
static Node *nodes;          /* nodes[id], id >= 1 */
static uint32_t nnodes, nodes_cap;
static uint32_t *index_;     /* open addressing: node ids, 0 = empty */
static uint32_t index_cap;

static uint32_t hash_node(uint32_t parent, uint32_t call, Func *fn) {
    uint64_t h = ((uint64_t)parent * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)call * 0xC2B2AE3D27D4EB4Full) ^
                 ((uint64_t)(uintptr_t)fn * 0x165667B19E3779F9ull);
    return (uint32_t)(h >> 32);
}

static void index_grow(void) {
    uint32_t cap = index_cap ? index_cap * 2 : 1024;
    uint32_t *ix = calloc(cap, sizeof(uint32_t));
    if (!ix) abort();
    for (uint32_t id = 1; id <= nnodes; id++) {
        uint32_t h = hash_node(nodes[id].parent, nodes[id].call, nodes[id].fn) & (cap - 1);
        while (ix[h]) h = (h + 1) & (cap - 1);
        ix[h] = id;
    }
    free(index_);
    index_ = ix;
    index_cap = cap;
}

static uint32_t intern(uint32_t parent, uint32_t call, Func *fn) {
    pthread_mutex_lock(&node_lock);
    if ((nnodes + 1) * 2 >= index_cap) index_grow();
    uint32_t h = hash_node(parent, call, fn) & (index_cap - 1);
    for (uint32_t id; (id = index_[h]); h = (h + 1) & (index_cap - 1))
        if (nodes[id].parent == parent && nodes[id].call == call && nodes[id].fn == fn) {
            pthread_mutex_unlock(&node_lock);
            return id;
        }
    if (nnodes + 1 >= nodes_cap) {
        uint32_t cap = nodes_cap ? nodes_cap * 2 : 1024;
        Node *n = realloc(nodes, sizeof(Node) * cap);
        if (!n) abort();
        nodes = n;
        nodes_cap = cap;
    }
    uint32_t id = ++nnodes;
    nodes[id] = (Node){parent, call, fn};
    index_[h] = id;
    pthread_mutex_unlock(&node_lock);
    return id;
}

/* The node of frame i of p, computing the uncached ones from the lowest up. */
static uint32_t frame_node(Proc *p, int i) {
    int j = i;
    while (j >= 0 && !p->frames[j].race_stack) j--;
    uint32_t node = j >= 0 ? p->frames[j].race_stack : 0;
    for (int k = j + 1; k <= i; k++) {
        uint32_t call = 0;
        if (k > 0) {
            Frame *c = &p->frames[k - 1];
            call = (uint32_t)(c->pc - c->fn->code) - 1; /* pc is saved past the call */
        }
        node = intern(node, call, p->frames[k].fn);
        p->frames[k].race_stack = node;
    }
    return node;
}

Site race_site(Proc *p, const Instr *pc) {
    if (!p->nframes) return 0;
    int top = p->nframes - 1;
    uint32_t node = frame_node(p, top);
    return SITE(node, pc ? (uint32_t)(pc - p->frames[top].fn->code) : 0);
}

static void frame_write(Buf *b, Func *fn, uint32_t off) {
    int line = vm_line_of(fn, fn->code + off);
    buf_printf(b, "  %s()\n      %s:%d +0x%x\n", fn->name, fn->file ? fn->file : "?", line, off * 8);
}

/* Frames a Go program would not show: the runtime's own entry, the
 * synthesized initialiser that calls main.main (as proc_traceback). */
static bool hidden(const Func *fn, bool top) {
    if (!fn->file || strcmp(fn->name, "runtime.main") == 0) return true;
    return !top && fn->line == 1 && strcmp(fn->name, "main.init") == 0;
}

void race_site_write(Buf *b, Site s) {
    uint32_t id = SITE_NODE(s), off = SITE_OFF(s);
    bool top = true;
    pthread_mutex_lock(&node_lock);
    while (id && id <= nnodes) {
        Node n = nodes[id];
        if (!hidden(n.fn, top)) frame_write(b, n.fn, off);
        top = false;
        off = n.call;
        id = n.parent;
    }
    pthread_mutex_unlock(&node_lock);
}

void race_site_top(Site s, Func **fn, int *line) {
    uint32_t id = SITE_NODE(s);
    pthread_mutex_lock(&node_lock);
    *fn = id && id <= nnodes ? nodes[id].fn : NULL;
    pthread_mutex_unlock(&node_lock);
    *line = *fn ? vm_line_of(*fn, (*fn)->code + SITE_OFF(s)) : 0;
}
