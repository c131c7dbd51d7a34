# counters under a Lock: nothing lost or duplicated
import sys, threading
T = int(sys.argv[1])
M = 2000
lock = threading.Lock()
total = 0
class Box:
    pass
box = Box()
box.n = 0
cells = [0]
def worker():
    global total
    for i in range(M):
        with lock:
            total += 1
            box.n += 1
            cells[0] += 1
threads = [threading.Thread(target=worker) for _ in range(T)]
for t in threads: t.start()
for t in threads: t.join()
print("global", total == T * M, "attr", box.n == T * M, "slot", cells[0] == T * M)
