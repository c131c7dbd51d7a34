"""Independent CPU work: count the n-queens solutions, split by subtrees.

The search tree is cut at depth two: every legal placement of the first two
rows is one task, and thread k takes tasks k, k+T, ... Each task is solved
with a recursive bitmask search. Nothing is shared while working.

usage: nqueens_split.py THREADS SIZE [--mp]   SIZE = board size n
"""
# bench: size=12 quick=8 sharing=none
import sys
import threading


def solve(n, row, cols, d1, d2):
    if row == n:
        return 1
    full = (1 << n) - 1
    count = 0
    free = full & ~(cols | d1 | d2)
    while free:
        bit = free & -free
        free -= bit
        count += solve(n, row + 1, cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
    return count


def subtrees(n):
    """Every legal (first row, second row) prefix as (cols, d1, d2) masks."""
    full = (1 << n) - 1
    out = []
    for a in range(n):
        b1 = 1 << a
        cols = b1
        d1 = (b1 << 1) & full
        d2 = b1 >> 1
        free = full & ~(cols | d1 | d2)
        for b in range(n):
            bit = 1 << b
            if free & bit:
                out.append((cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1))
    return out


def work(task):
    first, step, n = task
    trees = subtrees(n)
    count = 0
    weighted = 0
    for i in range(first, len(trees), step):
        cols, d1, d2 = trees[i]
        c = solve(n, 2, cols, d1, d2)
        count += c
        weighted += c * (i + 1)
    return count, weighted


def worker(results, index, task):
    results[index] = work(task)


def parse_args(default_size):
    mp = "--mp" in sys.argv[1:]
    args = [a for a in sys.argv[1:] if a != "--mp"]
    threads = int(args[0]) if len(args) > 0 else 1
    size = int(args[1]) if len(args) > 1 else default_size
    return threads, size, mp


def main():
    threads, size, mp = parse_args(12)
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
    weighted = 0
    for c, w in results:
        count += c
        weighted += w
    print(f"{size}-queens: {count} solutions checksum {weighted}")


if __name__ == "__main__":
    main()
