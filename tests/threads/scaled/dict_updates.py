# dict updates from many threads: own keys without a lock, shared keys under a lock
import sys, threading
T = int(sys.argv[1])
M = 400
d = {}
lock = threading.Lock()
def worker(k):
    for i in range(M):
        d[(k, i)] = i
        with lock:
            d["shared"] = d.get("shared", 0) + 1
            d[i % 10] = d.get(i % 10, 0) + 1
    for i in range(0, M, 2):
        del d[(k, i)]
threads = [threading.Thread(target=worker, args=(k,)) for k in range(T)]
for t in threads: t.start()
for t in threads: t.join()
own = [key for key in d if isinstance(key, tuple)]
print(len(own) == T * M // 2, d["shared"] == T * M, sum(d[i] for i in range(10)) == T * M)
print(all(d[(k, i)] == i for k in range(T) for i in range(1, M, 2)))
