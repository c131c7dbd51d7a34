# every thread updates the same few objects all the time, all threads at once (they
# start together at a barrier): slow under STM, never wrong
import sys, threading
try:
    from transaction import atomic
except ImportError:
    atomic = threading.Lock()
T = int(sys.argv[1])
M = 5000
hot = [0, 0]
class C:
    pass
c = C()
c.n = 0
start = threading.Barrier(T)
def worker():
    start.wait()
    for i in range(M):
        with atomic:
            hot[0] += 1
            hot[1] += 2
            c.n += 1
threads = [threading.Thread(target=worker) for _ in range(T)]
for t in threads: t.start()
for t in threads: t.join()
print(hot == [T * M, 2 * T * M], c.n == T * M)
