"""A relay of threads through Events: thread k waits for event k, records, sets event k+1.

The threads are started in reverse order, yet the record comes out in relay order.  Also:
wait with a timeout on an unset event returns False, is_set/clear, and a set event lets
every waiter through at once.
"""
import threading

N = 8
events = [threading.Event() for i in range(N + 1)]
record = []


def runner(k):
    events[k].wait()
    record.append(k)
    events[k + 1].set()


threads = [threading.Thread(target=runner, args=(k,)) for k in range(N)]
for t in reversed(threads):
    t.start()
events[0].set()
print("finished in time", events[N].wait(30))
for t in threads:
    t.join()
print("record", record)

e = threading.Event()
print("unset wait", e.wait(0.01), e.is_set())
e.set()
print("set wait", e.wait(0.01), e.is_set())
e.clear()
print("cleared", e.is_set())

gate = threading.Event()
passed = []
lock = threading.Lock()


def waiter(k):
    gate.wait()
    with lock:
        passed.append(k)


waiters = [threading.Thread(target=waiter, args=(k,)) for k in range(6)]
for t in waiters:
    t.start()
gate.set()
for t in waiters:
    t.join()
print("all passed", sorted(passed))
