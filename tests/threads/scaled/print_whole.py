# prints from many threads: test_stm.py checks every line appears once, whole
import sys, threading
T = int(sys.argv[1])
LINES = 40
def worker(k):
    for i in range(LINES):
        print("thread", k, "line", i, "x" * (i % 7))
threads = [threading.Thread(target=worker, args=(k,)) for k in range(T)]
for t in threads: t.start()
for t in threads: t.join()
print("done")
