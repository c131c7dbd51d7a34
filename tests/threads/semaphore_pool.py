"""A BoundedSemaphore(3) limits how many of 8 threads are inside at once to at most 3.

Also the Semaphore errors with CPython's messages, non-blocking and timed acquires.
"""
import threading
import time

pool = threading.BoundedSemaphore(3)
lock = threading.Lock()
inside = [0]
peak = [0]
entries = [0]


def worker():
    for i in range(20):
        with pool:
            with lock:
                inside[0] += 1
                entries[0] += 1
                if inside[0] > peak[0]:
                    peak[0] = inside[0]
            time.sleep(0.0005)
            with lock:
                inside[0] -= 1


threads = [threading.Thread(target=worker) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("entries", entries[0], "peak at most 3", peak[0] <= 3, "inside", inside[0])

try:
    pool.release()
except ValueError as e:
    print("ValueError:", e)
s = threading.Semaphore(0)
print("non-blocking", s.acquire(False))
print("timed", s.acquire(timeout=0.01))
s.release(2)
print("after release(2)", s.acquire(False), s.acquire(False), s.acquire(False))
for bad in [lambda: threading.Semaphore(-1), lambda: s.release(0),
            lambda: s.acquire(False, 1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

# a semaphore as a signal: 5 releases let exactly 5 waiters through
sig = threading.Semaphore(0)
got = []


def taker(k):
    sig.acquire()
    with lock:
        got.append(k)


takers = [threading.Thread(target=taker, args=(k,)) for k in range(5)]
for t in takers:
    t.start()
for k in range(5):
    sig.release()
for t in takers:
    t.join()
print("takers", sorted(got))
