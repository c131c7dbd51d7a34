"""Shared counters under transaction.atomic: the same work as counter_lock.py.

SIZE increments shared out among THREADS threads; each does a little private
work, then updates the two shared counters inside `with atomic:`. Under STM
every such block is one transaction and the counters are a conflict hot spot:
the report's abort counts show what that costs.

`atomic` is minipy's transaction.atomic, or a threading.Lock under CPython
(see _driver.py, shared by all the programs here). --mp is not meaningful
here (processes cannot share the counter): the program
says so and exits with status 3.

usage: counter_atomic.py THREADS SIZE
"""
# bench: size=600000 quick=30000 sharing=high
from _driver import atomic, parse_args, run_threads, shares


class Counter:
    def __init__(self):
        self.total = 0
        self.buckets = [0] * 16


def worker(counter, lo, hi):
    for i in range(lo, hi):
        v = (i * 2654435761) % 1000
        with atomic:
            counter.total += v
            counter.buckets[i % 16] += 1


def main():
    threads, size, _ = parse_args(600000, "counter_atomic", no_mp="processes cannot share the counter")
    counter = Counter()
    run_threads(worker, [(counter, lo, hi) for lo, hi in shares(size, threads)])
    print(f"counter_atomic: total {counter.total} buckets {sum(counter.buckets)} {counter.buckets[5]}")


if __name__ == "__main__":
    main()
