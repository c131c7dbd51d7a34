"""Threads increment a shared counter WITHOUT a lock: updates may be lost, nothing crashes.

Only what holds under any interleaving is printed: the run finishes, the counter is
between M and N*M, and the per-thread private counters are exact.
"""
import threading

N = 4
M = 5000
shared = [0]


class Obj:
    def __init__(self):
        self.count = 0


obj = Obj()
private = [0] * N


def worker(k):
    mine = 0
    for i in range(M):
        shared[0] += 1
        obj.count += 1
        mine += 1
    private[k] = mine


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("finished")
print("shared in range", M <= shared[0] <= N * M, M <= obj.count <= N * M)
print("private", private)
