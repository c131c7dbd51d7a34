# Edges of the threading, _thread, queue and sys APIs that a program can meet: lock
# timeouts converted and refused as CPython does (NaN, huge, wrong types), an RLock's owner
# re-acquiring with bad arguments, Condition.notify(n) counting down, wait_for's first wait,
# the names of the types, a non-callable thread target, the switch interval in whole
# microseconds, and an excepthook that fails.
import _thread
import queue
import sys
import threading
import time


def attempt(label, f, *args, **kwargs):
    try:
        print(label, "->", repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


lock = threading.Lock()
for t in [float("nan"), 1e20, float("inf"), 10 ** 10, 9223372036, "x", None, 1.5j, -5, -1, 0.01]:
    attempt("free acquire(timeout=%r)" % (t,), lock.acquire, timeout=t)
    if lock.locked():
        lock.release()
lock.acquire()
attempt("held acquire(timeout=nan)", lock.acquire, timeout=float("nan"))
attempt("held acquire(timeout=0.01)", lock.acquire, timeout=0.01)
lock.release()

r = threading.RLock()
r.acquire()
attempt("owner acquire(False, 1)", r.acquire, False, 1)
attempt("owner acquire(timeout=-3)", r.acquire, timeout=-3)
attempt("owner acquire()", r.acquire)
r.release()
r.release()
print("RLock type:", type(r), type(r).__name__, "RLock(1):", type(threading.RLock(1)).__name__)
print("_thread.RLock:", _thread.RLock is type(r))

c = threading.Condition()
calls = []


def pred():
    calls.append(1)
    return 0


with c:
    print("wait_for(pred, 0):", c.wait_for(pred, 0), "calls", len(calls))
    print("wait_for(pred, -1):", c.wait_for(pred, -1), "calls", len(calls))
attempt("wait_for unowned", threading.Condition().wait_for, lambda: 0, 0)

cond = threading.Condition()
woken = []
ready = threading.Semaphore(0)


def waiter(k):
    with cond:
        ready.release()
        cond.wait()
        woken.append(k)


threads = [threading.Thread(target=waiter, args=(k,)) for k in range(5)]
for t in threads:
    t.start()
for _ in threads:
    ready.acquire()
time.sleep(0.05)
# CPython wakes 0, 0, 2 and 2 more: wait (up to 10 s) for that many, then count
for n, total in [(-1, 0), (0, 0), (1.5, 2), (2, 4)]:
    with cond:
        cond.notify(n)
    deadline = time.monotonic() + 10
    while len(woken) < total and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.02)
    print("after notify(%r): %d woken" % (n, len(woken)))
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print("all woken:", sorted(woken))

attempt("start_new_thread(1, ())", _thread.start_new_thread, 1, ())
print("queue names:", queue.Empty, queue.Full, queue.SimpleQueue, sorted(queue.__all__))
attempt("Queue().get(False)", queue.Queue().get, False)

for x in [1e-9, 2.5e-6, 0.0012345678, 0.005]:
    sys.setswitchinterval(x)
    print("switchinterval(%r) -> %r" % (x, sys.getswitchinterval()))
sys.setswitchinterval(0.005)


def failing_hook(args):
    print("hook saw", args.exc_type.__name__, type(args).__name__)
    1 / 0


threading.excepthook = failing_hook
t = threading.Thread(target=lambda: {}["k"])
t.start()
t.join()
print("done")
