# concurrent.futures' Future by hand and under an executor: its states and reprs
# (addresses hidden), cancel, set_result/set_exception and InvalidStateError, result and
# exception timeouts (the built-in TimeoutError), wait() with FIRST_COMPLETED,
# FIRST_EXCEPTION and a timeout, as_completed's timeout message, shutdown(cancel_futures=
# True), a failing initializer that breaks the pool, an Executor subclass of one's own,
# the exception classes (and the submodules CPython defines them in), and Future[int] /
# queue.Queue[int] in annotations.
# Threads are held back by Events, so every outcome is decided before it is printed.
import queue
import re
import threading
import concurrent.futures as cf


def shown(obj):
    return re.sub(r"0x[0-9a-f]+", "0x...", repr(obj))


f = cf.Future()
print(shown(f), f.done(), f.running(), f.cancelled())
print("start:", f.set_running_or_notify_cancel(), shown(f), f.running())
print("cancel running:", f.cancel())
f.set_result([1, 2])
print(shown(f), f.result(), f.exception(), f.done())
for setter, value in [(f.set_result, 3), (f.set_exception, KeyError("k"))]:
    try:
        setter(value)
    except cf.InvalidStateError as e:
        print("InvalidStateError:", re.sub(r"0x[0-9a-f]+", "0x...", str(e)))

g = cf.Future()
g.set_exception(ZeroDivisionError("division by zero"))
print(shown(g), repr(g.exception()))
try:
    g.result()
except ZeroDivisionError as e:
    print("result raised:", e)

h = cf.Future()
print("cancel:", h.cancel(), h.cancel(), h.cancelled(), h.done(), shown(h))
print("notify cancel:", h.set_running_or_notify_cancel(), shown(h))
for call in (h.result, h.exception):
    try:
        call()
    except cf.CancelledError as e:
        print(call.__name__, "-> CancelledError", repr(e))

n = cf.Future()
n.set_result(None)
print(shown(n))
for call in (cf.Future().result, cf.Future().exception):
    try:
        call(timeout=0.01)
    except TimeoutError as e:
        print(call.__name__, "timed out:", repr(e), cf.TimeoutError is TimeoutError)

gate = threading.Event()


def held(x):
    gate.wait(30)
    return x


def quick(x):
    return x * 2


def fail(x):
    raise LookupError("no %s" % x)


pool = cf.ThreadPoolExecutor(max_workers=2)
slow = [pool.submit(held, "a"), pool.submit(held, "b")]
d = cf.wait(slow, timeout=0.02)
print("timed-out wait:", len(d.done), len(d.not_done), type(d).__name__)
try:
    for fut in cf.as_completed(slow, timeout=0.02):
        print("unexpected", fut)
except TimeoutError as e:
    print("as_completed:", e)
try:
    list(pool.map(held, ["c"], timeout=0.02))
except TimeoutError:
    print("map timed out")
gate.set()
print("released:", sorted(fut.result() for fut in cf.as_completed(slow)))
fast = pool.submit(quick, 21)
d = cf.wait([fast], return_when=cf.FIRST_COMPLETED)
print("first completed:", [x.result() for x in d.done], d.not_done)
errs = [pool.submit(quick, 1), pool.submit(fail, "key")]
d = cf.wait(errs, return_when=cf.FIRST_EXCEPTION)
print("first exception seen:", any(type(x.exception()) is LookupError for x in d.done))
print("all done:", sorted(repr(x.exception()) for x in cf.wait(errs).done))
pool.shutdown()

# one worker, held: the queued calls are cancelled by shutdown(cancel_futures=True)
gate.clear()
entered = threading.Event()


def held_signalled(x):
    entered.set()
    return held(x)


pool = cf.ThreadPoolExecutor(max_workers=1)
first = pool.submit(held_signalled, "first")
entered.wait(30)
queued = [pool.submit(quick, k) for k in range(4)]
print("queued cancel:", queued[0].cancel(), [q.done() for q in queued])
threading.Timer(0.05, gate.set).start()
pool.shutdown(wait=True, cancel_futures=True)
print("after shutdown:", first.result(), [q.cancelled() for q in queued])

# an initializer that fails breaks the pool: its pending futures and later submits
got = []


def bad_init():
    raise RuntimeError("no database")


pool = cf.ThreadPoolExecutor(max_workers=1, initializer=bad_init)
pending = pool.submit(quick, 5)
try:
    pending.result(timeout=30)
except cf.BrokenExecutor as e:
    print(type(e).__name__, "-", e)
try:
    pool.submit(quick, 6)
except cf.BrokenExecutor as e:
    got.append(type(e).__name__)
print("submit on a broken pool:", got)

print([c.__name__ for c in cf.CancelledError.__mro__])
print([c.__name__ for c in cf.BrokenExecutor.__mro__], issubclass(cf.InvalidStateError,
                                                                   cf.CancelledError))
print(cf.CancelledError, cf.InvalidStateError, cf.Future, cf.ThreadPoolExecutor)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
from concurrent.futures.thread import ThreadPoolExecutor, BrokenThreadPool
from concurrent.futures._base import Future, CancelledError
print("submodules:", ThreadPoolExecutor is cf.ThreadPoolExecutor, Future is cf.Future,
      CancelledError is cf.CancelledError, BrokenThreadPool.__name__)
print(cf.wait([]), list(cf.as_completed([])))
try:
    cf.wait([cf.Future()], return_when="SOMETIMES")
except ValueError as e:
    print("ValueError:", e)


class InlineExecutor(cf.Executor):
    """An executor of one's own: runs each call at once; map and `with` come from the
    base class."""

    def submit(self, fn, /, *args, **kwargs):
        fut = cf.Future()
        if fut.set_running_or_notify_cancel():
            try:
                fut.set_result(fn(*args, **kwargs))
            except Exception as e:
                fut.set_exception(e)
        return fut


with InlineExecutor() as inline:
    print("inline:", list(inline.map(divmod, [7, 9, 11], [2, 4, 0][:2])),
          shown(inline.submit(divmod, 1, 0)))
    try:
        list(inline.map(divmod, [1], [0]))
    except ZeroDivisionError as e:
        print("inline map raised:", e)
try:
    cf.Executor().submit(len, "x")
except NotImplementedError as e:
    print("base submit:", repr(e))


def consume(q: "queue.Queue[int]", out: cf.Future[int]) -> None:
    out.set_result(sum(iter(q.get_nowait, None)))


q = queue.Queue()
for k in [4, 5, 6, None]:
    q.put(k)
out = cf.Future()
consume(q, out)
print(out.result(), cf.Future[int], queue.Queue[int], queue.SimpleQueue[str])
