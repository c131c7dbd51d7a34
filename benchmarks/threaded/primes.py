"""Independent CPU work: count the primes below SIZE by trial division, in chunks.

The numbers are cut into blocks of 1000; thread k takes blocks k, k+T, k+2T, ...
so that every thread gets a similar mix of small and large numbers. Nothing is
shared while working; the results are summed at the end.

usage: primes.py THREADS SIZE [--mp]   (--mp: a multiprocessing.Pool of THREADS processes)
"""
# bench: size=400000 quick=40000 sharing=none
from _driver import map_tasks, parse_args

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


def main():
    threads, size, mp = parse_args(400000)
    tasks = [(k, threads, size) for k in range(threads)]
    results = map_tasks(work, tasks, mp)
    count = 0
    total = 0
    for c, s in results:
        count += c
        total = (total + s) & 0xFFFFFFFF
    print(f"primes below {size}: {count} checksum {total}")


if __name__ == "__main__":
    main()
