"""N threads x M increments of shared counters under a Lock (and an RLock): exactly N*M.

Three counters: a module global, an attribute of a shared object and a list slot, each
incremented in its own critical section, so every kind of shared store is covered.
"""
import threading

N = 4
M = 5000

lock = threading.Lock()
rlock = threading.RLock()
total = 0


class Box:
    def __init__(self):
        self.value = 0


box = Box()
slots = [0]


def worker():
    global total
    for i in range(M):
        with lock:
            total += 1
        with rlock:
            with rlock:
                box.value += 1
        lock.acquire()
        try:
            slots[0] += 1
        finally:
            lock.release()


threads = [threading.Thread(target=worker) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total", total)
print("box", box.value)
print("slot", slots[0])
print("expected", N * M)
print("locked after", lock.locked())
