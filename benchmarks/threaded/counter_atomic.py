"""Shared counters under transaction.atomic: the same work as counter_lock.py.

SIZE increments shared out among THREADS threads; each does a little private
work, then updates the two shared counters inside `with atomic:`. Under STM
every such block is one transaction and the counters are a conflict hot spot:
the report's abort counts show what that costs.

`atomic` is minipy's transaction.atomic; under CPython (no `transaction`
module) it falls back to one module-level threading.Lock used as a context
manager. --mp is not meaningful here (processes cannot share the counter):
the program says so and exits with status 3.

usage: counter_atomic.py THREADS SIZE
"""
# bench: size=600000 quick=30000 sharing=high
import sys
import threading

try:
    from transaction import atomic
except ImportError:
    atomic = threading.Lock()


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


def parse_args(default_size):
    mp = "--mp" in sys.argv[1:]
    args = [a for a in sys.argv[1:] if a != "--mp"]
    threads = int(args[0]) if len(args) > 0 else 1
    size = int(args[1]) if len(args) > 1 else default_size
    return threads, size, mp


def main():
    threads, size, mp = parse_args(600000)
    if mp:
        print("counter_atomic: --mp is not meaningful (processes cannot share the counter)", file=sys.stderr)
        sys.exit(3)
    counter = Counter()
    ts = []
    for k in range(threads):
        lo = size * k // threads
        hi = size * (k + 1) // threads
        ts.append(threading.Thread(target=worker, args=(counter, lo, hi)))
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(f"counter_atomic: total {counter.total} buckets {sum(counter.buckets)} {counter.buckets[5]}")


if __name__ == "__main__":
    main()
