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
import sys
import threading


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


def parse_args(default_size):
    mp = "--mp" in sys.argv[1:]
    args = [a for a in sys.argv[1:] if a != "--mp"]
    threads = int(args[0]) if len(args) > 0 else 1
    size = int(args[1]) if len(args) > 1 else default_size
    return threads, size, mp


def main():
    threads, size, mp = parse_args(600000)
    if mp:
        print("counter_lock: --mp is not meaningful (processes cannot share the counter)", file=sys.stderr)
        sys.exit(3)
    counter = Counter()
    lock = threading.Lock()
    ts = []
    for k in range(threads):
        lo = size * k // threads
        hi = size * (k + 1) // threads
        ts.append(threading.Thread(target=worker, args=(counter, lock, lo, hi)))
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(f"counter_lock: total {counter.total} buckets {sum(counter.buckets)} {counter.buckets[5]}")


if __name__ == "__main__":
    main()
