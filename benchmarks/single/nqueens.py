"""N-queens with generators: every solution is produced by a recursive generator.

Generators delegating with `yield from`, sets of attacked diagonals and
tuples; the checksum is the number of solutions and a position hash.

usage: nqueens.py [SIZE [ITERATIONS]]   SIZE = board size n
"""
# bench: size=11 quick=8 iters=5 quick_iters=2
from _timing import run_bench


def place(n, row, cols, diag1, diag2, placed):
    if row == n:
        yield tuple(placed)
        return
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        placed.append(c)
        yield from place(n, row + 1, cols, diag1, diag2, placed)
        placed.pop()
        cols.remove(c)
        diag1.remove(row + c)
        diag2.remove(row - c)


def solutions(n):
    return place(n, 0, set(), set(), set(), [])


def bench(n):
    count = 0
    h = 0
    for sol in solutions(n):
        count += 1
        for i, c in enumerate(sol):
            h = (h * 31 + c * (i + 1)) % 1000000007
    # a second pass that only consumes the first solutions of each size
    first = 0
    for m in range(4, n + 1):
        for sol in solutions(m):
            first += sum(sol)
            break
    return f"{count} {h} {first}"


run_bench("nqueens", bench, 11, 5)
