# wordfreq.py: the Python counterpart of wordfreq.go (same output).
import sys

counts = {}
total = 0
for line in sys.stdin.buffer:
    for w in line.lower().split():
        counts[w] = counts.get(w, 0) + 1
        total += 1
words = sorted(counts, key=lambda w: (-counts[w], w))
print(total, len(counts))
for w in words[:10]:
    print(counts[w], w.decode())
