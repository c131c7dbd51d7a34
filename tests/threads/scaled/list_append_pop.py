# one shared list: appends from all threads, then pops from all threads, each item once
import sys, threading
T = int(sys.argv[1])
M = 1500
shared = []
popped = [[] for _ in range(T)]
def appender(k):
    for i in range(M):
        shared.append(k * M + i)
def popper(k):
    mine = popped[k]
    while True:
        try:
            mine.append(shared.pop())
        except IndexError:
            break
threads = [threading.Thread(target=appender, args=(k,)) for k in range(T)]
for t in threads: t.start()
for t in threads: t.join()
print("appended", len(shared), sorted(shared) == list(range(T * M)))
threads = [threading.Thread(target=popper, args=(k,)) for k in range(T)]
for t in threads: t.start()
for t in threads: t.join()
allp = [x for p in popped for x in p]
print("popped", len(allp), sorted(allp) == list(range(T * M)), "left", len(shared))
