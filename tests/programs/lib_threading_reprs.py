# The reprs of the threading and queue objects, addresses and idents hidden: plain and
# reentrant locks in both states (asking whether a lock is held, or its repr, leaves it free), conditions, semaphores, events, barriers, threads before
# start, thread-local objects and a subclass of them.
import queue
import threading


def hide(text):
    """text with every 0x... address and every long number (a thread ident) replaced."""
    words = []
    for w in text.split(" "):
        tail = ""
        while w and w[-1] in ">)":
            tail = w[-1] + tail
            w = w[:-1]
        key, eq, value = w.partition("=")
        if eq and value.isdigit() and len(value) > 4:
            w = key + "=IDENT"
        elif w.startswith("0x"):
            w = "ADDR"
        elif w.isdigit() and len(w) > 4:
            w = "IDENT"
        words.append(w + tail)
    return " ".join(words)


class Slots(threading.local):
    pass


def show(label, obj):
    print(label.ljust(18), hide(repr(obj)))


lock = threading.Lock()
print("locked() of a free lock, twice:", lock.locked(), lock.locked())
print("then acquire(False):", lock.acquire(False))
lock.release()
show("Lock", lock)
lock.acquire()
show("Lock held", lock)
print("locked():", lock.locked())
lock.release()

rlock = threading.RLock()
show("RLock", rlock)
with rlock:
    with rlock:
        show("RLock held twice", rlock)
show("RLock released", rlock)

show("Condition", threading.Condition())
show("Condition(Lock)", threading.Condition(threading.Lock()))
show("Semaphore", threading.Semaphore(3))
show("BoundedSemaphore", threading.BoundedSemaphore(2))
event = threading.Event()
show("Event", event)
event.set()
show("Event set", event)
show("Barrier", threading.Barrier(4))
show("Thread", threading.Thread(target=print, name="printer"))
show("main thread", threading.main_thread())
show("Queue", queue.Queue())
show("local", threading.local())
show("local subclass", Slots())
print("local type:", type(threading.local()), threading.local.__module__,
      threading.local.__name__)
print("subclass mro:", [c.__name__ for c in Slots.__mro__])
try:
    threading.local().missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Slots().missing
except AttributeError as e:
    print("AttributeError:", e)
