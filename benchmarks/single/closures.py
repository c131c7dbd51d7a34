"""Recursive closures: memoised recursion, accumulators and function factories.

Nested functions that capture and rebind variables of their enclosing scopes
(`nonlocal`), call themselves recursively through a cell, and are built in
loops; lambdas composed into pipelines.

usage: closures.py [SIZE [ITERATIONS]]   SIZE = problem size
"""
# bench: size=6000 quick=600 iters=15 quick_iters=2
from _timing import run_bench


def make_counter():
    count = 0

    def incr(k):
        nonlocal count
        count += k
        return count
    return incr


def partitions(n):
    """Number of partitions of n into parts of at most k, memoised in a closure."""
    memo = {}

    def p(m, k):
        if m == 0:
            return 1
        if m < 0 or k == 0:
            return 0
        key = m * 10000 + k
        r = memo.get(key)
        if r is None:
            r = (p(m - k, k) + p(m, k - 1)) % 1000000007
            memo[key] = r
        return r
    total = 0
    for m in range(0, n, 7):
        total = (total + p(m, min(m, 60))) % 1000000007
    return total


def tree_sum(depth):
    """Walk a virtual binary tree with a recursive closure that updates a counter."""
    visits = make_counter()

    def walk(d, label):
        visits(1)
        if d == 0:
            return label % 13
        return walk(d - 1, label * 2) + walk(d - 1, label * 2 + 1)
    return walk(depth, 1), visits(0)


def compose_all(n):
    fs = []
    for i in range(10):
        fs.append(lambda x, i=i: (x * 3 + i) % 10007)

    def pipeline(x):
        for f in fs:
            x = f(x)
        return x
    acc = 0
    for x in range(n):
        acc = (acc + pipeline(x)) % 1000000007
    return acc


def bench(n):
    a = partitions(n // 10)
    b, visits = tree_sum(10 + n // 1000)
    c = compose_all(n * 5)
    return f"{a} {b} {visits} {c}"


run_bench("closures", bench, 6000, 15)
