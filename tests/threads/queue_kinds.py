"""The queue module's kinds and errors: FIFO, LIFO, priority, SimpleQueue, task_done/join.

Workers drain a Queue and call task_done; join() returns once every item is processed.
"""
import queue
import threading

fifo = queue.Queue()
lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    fifo.put(x)
    lifo.put(x)
    prio.put((x, "p%d" % x))
print("fifo", [fifo.get() for i in range(5)])
print("lifo", [lifo.get() for i in range(5)])
print("prio", [prio.get() for i in range(5)])

small = queue.Queue(2)
small.put(1)
small.put_nowait(2)
print("full", small.full(), small.qsize(), small.empty())
for attempt in [lambda: small.put_nowait(3), lambda: small.put(3, timeout=0.01),
                lambda: small.put(3, False)]:
    try:
        attempt()
    except queue.Full:
        print("Full")
print(small.get(), small.get_nowait(), small.empty())
for attempt in [small.get_nowait, lambda: small.get(timeout=0.01), lambda: small.get(False)]:
    try:
        attempt()
    except queue.Empty:
        print("Empty")
for attempt in [lambda: small.get(timeout=-1), lambda: small.put(1, timeout=-1)]:
    try:
        attempt()
    except ValueError as e:
        print("ValueError:", e)
small.task_done()
small.task_done()
try:
    small.task_done()
except ValueError as e:
    print("ValueError:", e)

jobs = queue.Queue()
done = []
lock = threading.Lock()


def worker():
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            return
        with lock:
            done.append(item * 2)
        jobs.task_done()


workers = [threading.Thread(target=worker) for i in range(3)]
for t in workers:
    t.start()
for i in range(300):
    jobs.put(i)
jobs.join()
print("processed", len(done), sum(done))
for t in workers:
    jobs.put(None)
for t in workers:
    t.join()
print("unfinished", jobs.unfinished_tasks)

sq = queue.SimpleQueue()
print("simple empty", sq.empty(), sq.qsize())


def feeder():
    for i in range(100):
        sq.put(i)


feeders = [threading.Thread(target=feeder) for i in range(3)]
for t in feeders:
    t.start()
got = [sq.get(timeout=30) for i in range(300)]
for t in feeders:
    t.join()
print("simple got", len(got), sum(got), sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("Empty")
print("Empty and Full are Exceptions", issubclass(queue.Empty, Exception),
      issubclass(queue.Full, Exception))
