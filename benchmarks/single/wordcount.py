"""Dict-heavy word counting over generated text.

Words are made from syllables chosen by a PRNG of our own; the program counts
words, word pairs and first letters in dicts, then ranks the most frequent.
Exercises dict get/set, str keys, sorting with a key function.

usage: wordcount.py [SIZE [ITERATIONS]]   SIZE = number of words
"""
# bench: size=60000 quick=5000 iters=10 quick_iters=2
from _timing import run_bench

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "de", "ba", "xu", "ve"]


def generate(n, seed):
    state = seed
    words = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + (state >> 16) % 3
        w = ""
        for _ in range(k):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            w += SYLLABLES[(state >> 16) % len(SYLLABLES)]
        words.append(w)
    return " ".join(words)


def count(text):
    words = text.split()
    counts = {}
    pairs = {}
    initials = {}
    prev = None
    for w in words:
        counts[w] = counts.get(w, 0) + 1
        if prev is not None:
            key = (prev, w)
            if key in pairs:
                pairs[key] += 1
            else:
                pairs[key] = 1
        initials.setdefault(w[0], []).append(len(w))
        prev = w
    return counts, pairs, initials


def bench(n):
    text = generate(n, 42)
    counts, pairs, initials = count(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    top_pair = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
    letters = "".join(sorted(initials))
    lens = sum(sum(v) for v in initials.values())
    digest = 0
    for w, c in top:
        digest = (digest * 1009 + c * len(w)) % 1000000007
    return f"{len(counts)} {len(pairs)} {digest} {top[0][0]} {top_pair[0][0]}+{top_pair[0][1]}={top_pair[1]} {letters} {lens}"


run_bench("wordcount", bench, 60000, 10)
