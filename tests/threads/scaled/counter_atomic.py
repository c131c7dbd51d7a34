# counters under transaction.atomic (one Lock under CPython): exactly T*M
import sys, threading
try:
    from transaction import atomic
except ImportError:
    atomic = threading.Lock()
T = int(sys.argv[1])
M = 3000
total = 0
stats = {"n": 0}
def worker():
    global total
    for i in range(M):
        with atomic:
            total += 1
            stats["n"] = stats["n"] + 1
threads = [threading.Thread(target=worker) for _ in range(T)]
for t in threads: t.start()
for t in threads: t.join()
print(total == T * M, stats["n"] == T * M)
