"""Shared counters under a threading.Lock: the classic contended lock.

SIZE increments are shared out among THREADS threads; each increment does a
little private work, then updates two shared counters (a total and a
per-bucket list slot) inside `with lock:`. The checksum is the final counts,
which must be exact.

--mp is not meaningful here (processes cannot share the counter): the
program says so and exits with status 3.

usage: counter_lock.py THREADS SIZE
"""
# bench: size=600000 quick=30000 sharing=high
import threading

from _driver import parse_args, run_threads, shares


class Counter:
    def __init__(self):
        self.total = 0
        self.buckets = [0] * 16


def worker(counter, lock, lo, hi):
    for i in range(lo, hi):
        v = (i * 2654435761) % 1000
        with lock:
            counter.total += v
            counter.buckets[i % 16] += 1


def main():
    threads, size, _ = parse_args(600000, "counter_lock", no_mp="processes cannot share the counter")
    counter = Counter()
    lock = threading.Lock()
    run_threads(worker, [(counter, lock, lo, hi) for lo, hi in shares(size, threads)])
    print(f"counter_lock: total {counter.total} buckets {sum(counter.buckets)} {counter.buckets[5]}")


if __name__ == "__main__":
    main()
