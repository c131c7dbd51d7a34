# Recursion deeper than the default limit after sys.setrecursionlimit: 4,000 nested
# calls (minipy's C stack allows about 5,000 to 10,000 depending on the build, CPython's
# pure-Python calls many more), in the main thread and in a thread, and a RecursionError
# when the new limit is passed.
import sys
import threading

sys.setrecursionlimit(5000)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def walk(node, children):
    total = node
    for c in children.get(node, ()):
        total += walk(c, children)
    return total


print("depth", depth(4000))
chain = {i: [i + 1] for i in range(3500)}
print("walk", walk(0, chain))
result = []
t = threading.Thread(target=lambda: result.append(depth(4000)))
t.start()
t.join()
print("in a thread", result)
try:
    depth(6000)
except RecursionError as e:
    print("RecursionError:", e)
