"""A token goes round a ring of 4 threads 300 times, passed by plain Locks.

Each thread sleeps on a lock of its own (held at the start) until the previous thread in
the ring releases it, records the token's lap, and releases the next thread's lock. Every
pass is a blocking lock wait ending, with the other threads asleep or waiting to run: the
hand-off path of the GIL (minipy/build/gil_handover.py). The record must show each lap in
ring order, each thread once per lap; then the main thread, waiting on a lock of its own,
gets the token back after the last lap.
"""
import threading

THREADS = 4
LAPS = 300
locks = [threading.Lock() for _ in range(THREADS + 1)]    # the last one: the main thread's
for lock in locks:
    lock.acquire()
record = []


def member(k):
    for lap in range(LAPS):
        if not locks[k].acquire(timeout=30):
            record.append(("timed out", k, lap))
            return
        record.append((lap, k))
        if k == THREADS - 1 and lap == LAPS - 1:
            locks[THREADS].release()                     # the token goes home
        else:
            locks[(k + 1) % THREADS].release()


threads = [threading.Thread(target=member, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
locks[0].release()
home = locks[THREADS].acquire(timeout=60)
for t in threads:
    t.join()
expected = [(lap, k) for lap in range(LAPS) for k in range(THREADS)]
print("token home", home)
print("passes", len(record))
print("in ring order", record == expected)
print("locks left held", sum(1 for lock in locks if lock.locked()))
