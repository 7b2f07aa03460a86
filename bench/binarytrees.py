# binarytrees.py: the Python counterpart of binarytrees.go (same output).
max_depth = 16


def bottom_up(d):
    if d <= 0:
        return (None, None)
    return (bottom_up(d - 1), bottom_up(d - 1))


def check(n):
    if n[0] is None:
        return 1
    return 1 + check(n[0]) + check(n[1])


stretch = max_depth + 1
print("stretch tree of depth %d\t check: %d" % (stretch, check(bottom_up(stretch))))
long_lived = bottom_up(max_depth)
for d in range(4, max_depth + 1, 2):
    iters = 1 << (max_depth - d + 4)
    c = 0
    for _ in range(iters):
        c += check(bottom_up(d))
    print("%d\t trees of depth %d\t check: %d" % (iters, d, c))
print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))
