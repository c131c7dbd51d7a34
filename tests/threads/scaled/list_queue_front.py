# one shared list as a FIFO queue: appends at the back and pop(0) at the front at once; each item leaves once, in order
import sys, threading
T = int(sys.argv[1])
M = 1500
shared = []
done = [False]
got = [[] for _ in range(T)]
peeks = [0] * T
def producer(k):
    for i in range(M):
        shared.append(k * M + i)
def consumer(k):
    mine = got[k]
    n = 0
    while True:
        finished = done[0]
        try:
            mine.append(shared.pop(0))
        except IndexError:
            if finished:
                break
        n += 1
        if n % 97 == 0:
            head = shared[:3]           # a slice of a list whose front was popped
            if len(head) <= 3:
                peeks[k] += 1
consumers = [threading.Thread(target=consumer, args=(k,)) for k in range(T)]
producers = [threading.Thread(target=producer, args=(k,)) for k in range(T)]
for t in consumers + producers: t.start()
for t in producers: t.join()
done[0] = True
for t in consumers: t.join()
allg = [x for g in got for x in g]
print("consumed", len(allg), sorted(allg) == list(range(T * M)), "left", len(shared))
in_order = all(
    [x for x in g if x // M == p] == sorted(x for x in g if x // M == p)
    for g in got for p in range(T))
print("in order per producer", in_order)
