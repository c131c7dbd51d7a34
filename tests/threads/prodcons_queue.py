"""Producers and consumers over a bounded queue.Queue: every item once, in order per producer.

3 producers put (producer, seq) items; 3 consumers take them until they get a None
sentinel; each consumer checks that the sequence numbers it sees from each producer only
go up (a FIFO queue keeps each producer's order).  The main thread merges what the
consumers got and checks that it is exactly the set of items put.
"""
import queue
import threading

PRODUCERS = 3
CONSUMERS = 3
ITEMS = 2000

q = queue.Queue(maxsize=50)
results = [None] * CONSUMERS
order_ok = [True] * CONSUMERS


def producer(p):
    for seq in range(ITEMS):
        q.put((p, seq))


def consumer(c):
    got = []
    last = [-1] * PRODUCERS
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        p, seq = item
        if seq <= last[p]:
            order_ok[c] = False
        last[p] = seq
        got.append(item)
        q.task_done()
    results[c] = got


consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(CONSUMERS)]
producers = [threading.Thread(target=producer, args=(p,)) for p in range(PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for c in range(CONSUMERS):
    q.put(None)
q.join()
for t in consumers:
    t.join()
everything = []
for got in results:
    everything.extend(got)
print("received", len(everything), "expected", PRODUCERS * ITEMS)
print("exactly once", sorted(everything) == [(p, s) for p in range(PRODUCERS) for s in range(ITEMS)])
print("in order per producer", all(order_ok))
print("queue empty", q.empty(), q.qsize(), q.unfinished_tasks)
