"""Joins with timeouts never deadlock: a blocked thread is still alive after join(timeout).

A worker blocks on an Event; join(0.05) returns with the worker alive, then the event is
set and a plain join() returns with it finished.  Also the join errors (before start,
joining oneself) and is_alive before start / after the end.
"""
import threading

go = threading.Event()
done = []


def blocked():
    go.wait()
    done.append("worker")


t = threading.Thread(target=blocked)
print("alive before start", t.is_alive())
try:
    t.join()
except RuntimeError as e:
    print("join before start: RuntimeError:", e)
t.start()
t.join(0.05)
print("alive after join(0.05)", t.is_alive(), done)
t.join(0)
t.join(-1)
print("alive after join(0) and join(-1)", t.is_alive())
go.set()
t.join()
print("alive after join()", t.is_alive(), done)
t.join()
print("second join fine")


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("join self: RuntimeError:", e)


s = threading.Thread(target=join_self)
s.start()
s.join()
try:
    threading.main_thread().join(0.01)
except RuntimeError as e:
    print("main joins itself: RuntimeError:", e)

# many short threads joined with a generous timeout: all end in time
threads = [threading.Thread(target=done.append, args=(k,)) for k in range(20)]
for x in threads:
    x.start()
for x in threads:
    x.join(30)
print("all ended", not any(x.is_alive() for x in threads), len(done))
