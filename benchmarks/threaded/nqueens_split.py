"""Independent CPU work: count the n-queens solutions, split by subtrees.

The search tree is cut at depth two: every legal placement of the first two
rows is one task, and thread k takes tasks k, k+T, ... Each task is solved
with a recursive bitmask search. Nothing is shared while working.

usage: nqueens_split.py THREADS SIZE [--mp]   SIZE = board size n
"""
# bench: size=12 quick=8 sharing=none
from _driver import map_tasks, parse_args


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


def main():
    threads, size, mp = parse_args(12)
    tasks = [(k, threads, size) for k in range(threads)]
    results = map_tasks(work, tasks, mp)
    count = 0
    weighted = 0
    for c, w in results:
        count += c
        weighted += w
    print(f"{size}-queens: {count} solutions checksum {weighted}")


if __name__ == "__main__":
    main()
