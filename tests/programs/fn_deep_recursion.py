"""Recursion deeper than the default limit after sys.setrecursionlimit: 20,000 nested
calls, in the main thread and in a thread, and a RecursionError when the new limit is
passed."""
import sys
import threading

sys.setrecursionlimit(25000)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def walk(node, children):
    total = node
    for c in children.get(node, ()):
        total += walk(c, children)
    return total


print("depth", depth(20000))
chain = {i: [i + 1] for i in range(15000)}
print("walk", walk(0, chain))
result = []
t = threading.Thread(target=lambda: result.append(depth(20000)))
t.start()
t.join()
print("in a thread", result)
try:
    depth(30000)
except RecursionError as e:
    print("RecursionError:", e)
