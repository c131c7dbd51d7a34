"""Independent CPU work: count the primes below SIZE by trial division, in chunks.

The numbers are cut into blocks of 1000; thread k takes blocks k, k+T, k+2T, ...
so that every thread gets a similar mix of small and large numbers. Nothing is
shared while working; the results are summed at the end.

usage: primes.py THREADS SIZE [--mp]   (--mp: a multiprocessing.Pool of THREADS processes)
"""
# bench: size=400000 quick=40000 sharing=none
import sys
import threading

BLOCK = 1000


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def work(task):
    """task = (first block, step, size): count primes and sum them (mod 2**32)."""
    first, step, size = task
    count = 0
    total = 0
    b = first
    while b * BLOCK < size:
        lo = b * BLOCK
        hi = min(lo + BLOCK, size)
        for n in range(lo, hi):
            if is_prime(n):
                count += 1
                total = (total + n) & 0xFFFFFFFF
        b += step
    return count, total


def worker(results, index, task):
    results[index] = work(task)


def parse_args(default_size):
    mp = "--mp" in sys.argv[1:]
    args = [a for a in sys.argv[1:] if a != "--mp"]
    threads = int(args[0]) if len(args) > 0 else 1
    size = int(args[1]) if len(args) > 1 else default_size
    return threads, size, mp


def main():
    threads, size, mp = parse_args(400000)
    tasks = [(k, threads, size) for k in range(threads)]
    if mp:
        import multiprocessing
        with multiprocessing.Pool(threads) as pool:
            results = pool.map(work, tasks)
    else:
        results = [None] * threads
        ts = [threading.Thread(target=worker, args=(results, k, tasks[k])) for k in range(threads)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
    count = 0
    total = 0
    for c, s in results:
        count += c
        total = (total + s) & 0xFFFFFFFF
    print(f"primes below {size}: {count} checksum {total}")


if __name__ == "__main__":
    main()
