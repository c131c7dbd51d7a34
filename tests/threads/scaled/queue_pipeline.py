# producers and consumers over queue.Queue: every item consumed exactly once
import sys, threading, queue
T = int(sys.argv[1])
ITEMS = 2400
q = queue.Queue(maxsize=50)
results = queue.Queue()
producers = max(1, T // 2)
consumers = max(1, T - producers)
def produce(k):
    for i in range(k, ITEMS, producers):
        q.put(i)
def consume():
    got = []
    while True:
        item = q.get()
        if item is None:
            break
        got.append(item * 2)
    results.put(got)
ps = [threading.Thread(target=produce, args=(k,)) for k in range(producers)]
cs = [threading.Thread(target=consume) for _ in range(consumers)]
for t in ps + cs: t.start()
for t in ps: t.join()
for _ in cs: q.put(None)
for t in cs: t.join()
allv = []
while not results.empty():
    allv.extend(results.get())
print(len(allv), sorted(allv) == [2 * i for i in range(ITEMS)])
