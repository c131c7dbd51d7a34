"""threading and queue in use without any thread waiting for another: the output is the
same whether threads run at once (CPython, minipy with its native _thread) or one after the
other to the end at start() (minipy with the stand-in _thread.py of this folder)."""
import queue
import threading

log = []
lock = threading.Lock()
rlock = threading.RLock()
total = [0]


def work(k, scale=1):
    for i in range(50):
        with lock:
            total[0] += k * scale
        with rlock:
            with rlock:
                total[0] += 1
    log.append(threading.current_thread().name)


ts = [threading.Thread(target=work, args=(k,), kwargs={"scale": 2}) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total", total[0], sorted(log))
print([t.is_alive() for t in ts], [t.daemon for t in ts], ts[0].ident is not None)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), len(threading.enumerate()))

try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ts[0].start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

cond = threading.Condition()
with cond:
    print("wait", cond.wait(0.001), cond.wait_for(lambda: 7, timeout=1))
    cond.notify()
    cond.notify_all()
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

sem = threading.BoundedSemaphore(2)
print("sem", sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.001))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

ev = threading.Event()
print("event", ev.is_set(), ev.wait(0.001))
threading.Thread(target=ev.set).start()
print("event", ev.wait(), ev.is_set())

rounds = []
bar = threading.Barrier(1, action=lambda: rounds.append("trip"))
print("barrier", bar.wait(), bar.wait(), rounds, bar.parties, bar.n_waiting, bar.broken)
bar.abort()
try:
    bar.wait()
except threading.BrokenBarrierError:
    print("broken", bar.broken)


class Local(threading.local):
    def __init__(self, start):
        self.value = start


loc = Local(10)
loc.extra = "main"
seen = []


def touch():
    seen.append((loc.value, hasattr(loc, "extra")))
    loc.value = 99


t = threading.Thread(target=touch)
t.start()
t.join()
print("local", seen, loc.value, loc.extra, sorted(loc.__dict__.items()))

caught = []
threading.excepthook = lambda args: caught.append((args.exc_type.__name__,
                                                   str(args.exc_value), args.thread.name))


def fails():
    raise KeyError("k")


t = threading.Thread(target=fails, name="failing")
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print("hook", caught)

q = queue.Queue(2)
q.put(1)
q.put(2)
try:
    q.put_nowait(3)
except queue.Full:
    print("Full")
print("queue", q.get(), q.get(), q.empty(), q.qsize())
try:
    q.get(timeout=0.001)
except queue.Empty:
    print("Empty")
q.task_done()
q.task_done()
q.join()
pq = queue.PriorityQueue()
lq = queue.LifoQueue()
for x in [3, 1, 2]:
    pq.put(x)
    lq.put(x)
print("kinds", [pq.get() for i in range(3)], [lq.get() for i in range(3)])
sq = queue.SimpleQueue()
threading.Thread(target=sq.put, args=("hello",)).start()
print("simple", sq.get(), sq.empty())
timer = threading.Timer(0, log.append, args=("timer",))
timer.start()
timer.join()
print("timer", log[-1], repr(threading.Thread(name="x")))
