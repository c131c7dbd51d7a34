# Deep recursion as competitive-programming scripts write it: sys.setrecursionlimit(10**6),
# then a depth-first search down a 100,000-node path, a recursion memoized in a dict
# 20,000 deep (CPython's C lru_cache would take C stack there), a recursive descent of a
# 30,000-level nested list, the same search in a thread, and a RecursionError at a lower
# limit's end.
import sys
import threading

sys.setrecursionlimit(10 ** 6)

N = 100000
nxt = {i: i + 1 for i in range(N - 1)}


def dfs(node, seen):
    seen.add(node)
    total = node % 7
    child = nxt.get(node)
    if child is not None and child not in seen:
        total += dfs(child, seen)
    return total


print("dfs", dfs(0, set()))


memo = {}


def ways(n):
    if n < 2:
        return 1
    if n not in memo:
        memo[n] = (ways(n - 1) + ways(n - 2)) % 1000000007
    return memo[n]


print("ways", ways(20000))


def nest(depth):
    root = []
    cur = root
    for i in range(depth):
        new = [i]
        cur.append(new)
        cur = new
    return root


def deepest(lst, level=0):
    best = level
    for item in lst:
        if isinstance(item, list):
            best = max(best, deepest(item, level + 1))
    return best


print("nested", deepest(nest(30000)))

result = []
t = threading.Thread(target=lambda: result.append(dfs(0, set())))
t.start()
t.join()
print("in a thread", result)

sys.setrecursionlimit(5000)


def down(n):
    return 0 if n == 0 else 1 + down(n - 1)


print("down", down(4900))
try:
    down(10000)
except RecursionError as e:
    print("RecursionError:", e)
