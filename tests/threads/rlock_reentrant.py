"""RLock: the owner may take it again (recursion), others wait; errors as CPython's.

Workers walk a small tree recursively, taking the same RLock at every level; a Condition
built on an RLock held twice still waits and wakes correctly (wait releases every level).
"""
import threading

rlock = threading.RLock()
visits = [0]
depths = []


def walk(depth):
    with rlock:
        visits[0] += 1
        if depth == 0:
            return 1
        return 1 + walk(depth - 1) + walk(depth - 1)


def worker():
    n = walk(5)
    with rlock:
        depths.append(n)


threads = [threading.Thread(target=worker) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("visits", visits[0], "per walk", depths)

try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print("acquire", rlock.acquire(), rlock.acquire(), rlock.acquire(blocking=False))


def other_try():
    print("other thread non-blocking", rlock.acquire(False))
    print("other thread timed", rlock.acquire(True, 0.01))
    try:
        rlock.release()
    except RuntimeError as e:
        print("other thread release: RuntimeError:", e)


t = threading.Thread(target=other_try)
t.start()
t.join()
rlock.release()
rlock.release()
rlock.release()
try:
    rlock.release()
except RuntimeError as e:
    print("too many releases: RuntimeError:", e)

cond = threading.Condition(threading.RLock())
box = []


def producer():
    with cond:
        box.append("item")
        cond.notify()


with cond:
    with cond:
        p = threading.Thread(target=producer)
        p.start()
        print("waited", cond.wait_for(lambda: box, timeout=30), box)
p.join()

lock = threading.Lock()
lock.acquire()
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print("ThreadError is RuntimeError", threading.ThreadError is RuntimeError)
