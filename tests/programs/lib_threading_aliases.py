# The corners of threading that older and newer programs meet: the camelCase aliases
# (isDaemon, setName, currentThread, notifyAll, isSet, ...) warn with CPython's
# DeprecationWarnings at the caller's line, `from threading import *` takes __all__,
# stack_size() (threading's is _thread's) checks and remembers its size, settrace/setprofile
# keep their hooks, a lock's blocking flag must be an integer (and release() and locked()
# take no arguments), and _thread.exit() ends a thread silently.
import _thread
import threading
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    worker = threading.Thread(target=print, name="w1")
    worker.setDaemon(True)
    worker.setName("renamed")
    print(worker.isDaemon(), worker.getName(), worker.daemon, worker.name)
    print(threading.currentThread() is threading.current_thread(),
          threading.activeCount() == threading.active_count())
    event = threading.Event()
    print(event.isSet())
    cond = threading.Condition()
    with cond:
        cond.notifyAll()
for w in caught:
    print(w.lineno, w.category.__name__, w.message)

namespace = {}
exec("from threading import *", namespace)
print(sorted(k for k in namespace if k != "__builtins__"))
print("enumerate is threading's:", namespace["enumerate"] is threading.enumerate)

print("stack_size:", threading.stack_size(), threading.stack_size(1 << 18),
      threading.stack_size(), threading.stack_size())
for size in [-1, 100, 32767, 2.5, "big", 1 << 70]:
    try:
        threading.stack_size(size)
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(size)[:10], type(e).__name__ + ":", e)
try:
    threading.stack_size(0, 1)
except TypeError as e:
    print(e)
print("the same function:", threading.stack_size is _thread.stack_size)


def tracer(frame, event, arg):
    return None


print("hooks:", threading.gettrace(), threading.getprofile())
threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
print("hooks cleared:", threading.gettrace(), threading.getprofile())

lock = threading.Lock()
for flag in [1, True, 0, 2.0, None, "yes"]:
    try:
        got = lock.acquire(flag)
        print(repr(flag), "->", got)
        if got:
            lock.release()
    except TypeError as e:
        print(repr(flag), "->", e)
for call in [lambda: lock.release(1), lambda: lock.locked(0), lambda: lock.release(x=1),
             lambda: _thread.get_ident(1), lambda: threading.Lock(True)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print("still free:", lock.locked())

ended = []


def quits():
    ended.append("before exit")
    _thread.exit()
    ended.append("after exit")


worker = threading.Thread(target=quits)
worker.start()
worker.join()
print("ended by _thread.exit():", ended, worker.is_alive())
try:
    _thread.exit_thread(1)
except TypeError as e:
    print(e)
