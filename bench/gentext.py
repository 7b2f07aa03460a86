#!/usr/bin/env python3
"""gentext.py BYTES: deterministic English-like text for bench/wordfreq.*.

A fixed vocabulary of made-up words (a few thousand, some capitalised, a few
with punctuation-free digits) drawn with a Zipf-like skew from a 64-bit LCG,
so every run and every machine gets the same bytes. Lines of 8 to 15 words.
"""
import sys


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
    state = 0x2545F4914F6CDD1D
    mask = (1 << 64) - 1

    def rnd():
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & mask
        return state >> 33

    syll = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ve", "dor",
            "an", "el", "is", "ob", "um", "tra", "qua", "zen", "fi", "ly"]
    vocab = []
    for i in range(5000):
        n = 1 + rnd() % 4
        w = "".join(syll[rnd() % len(syll)] for _ in range(n))
        if i % 7 == 0:
            w = w.capitalize()
        if i % 97 == 0:
            w += str(i)
        vocab.append(w)
    # Zipf-like: index = floor(V * u^3) for u uniform in [0, 1).
    out, n = [], 0
    line = []
    target = 8 + rnd() % 8
    while n < size:
        u = rnd() / float(1 << 31)
        line.append(vocab[int(len(vocab) * u * u * u)])
        if len(line) == target:
            s = " ".join(line) + "\n"
            out.append(s)
            n += len(s)
            line = []
            target = 8 + rnd() % 8
    sys.stdout.write("".join(out))


main()
