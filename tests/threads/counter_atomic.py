"""Counters made atomic with `transaction.atomic` instead of a lock.

`with atomic:` is minipy's transaction.atomic: the block runs with no other thread in
between (GIL mode: no GIL hand-off inside; STM mode: one transaction).  Under CPython there
is no `transaction` module: the import falls back to one threading.Lock, which gives the
same result for this program.  Nested atomic blocks are used too (minipy allows nesting;
the fallback takes the nested path only without the lock).
"""
import threading

try:
    import transaction
    atomic = transaction.atomic
    nested_ok = True
except ImportError:
    atomic = threading.Lock()
    nested_ok = False

N = 4
M = 5000

counts = {"hits": 0, "pairs": 0}


class Stats:
    def __init__(self):
        self.n = 0
        self.sum = 0


stats = Stats()
history = []


def bump_pair():
    counts["pairs"] += 2


def worker(k):
    for i in range(M):
        with atomic:
            counts["hits"] += 1
            stats.n += 1
            stats.sum += k
            if nested_ok:
                with atomic:
                    bump_pair()
            else:
                bump_pair()
        if i % 1000 == 0:
            with atomic:
                history.append(k)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("hits", counts["hits"])
print("pairs", counts["pairs"])
print("n", stats.n, "sum", stats.sum)
print("history", len(history), sorted(history))
print("expected", N * M, 2 * N * M, N * M * (N - 1) // 2)
