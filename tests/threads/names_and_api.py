"""Thread names, identities and the module-level functions.

Default names are "Thread-N" with the target's name in brackets (CPython 3.11); current_thread()
inside a thread is that Thread; reprs (idents removed: they differ between runs); the
number of threads alive while a few are blocked and after they end; start() twice.
"""
import threading


def job():
    pass


class Worker(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self)
        self.n = n
        self.result = None

    def run(self):
        self.result = (self.n * self.n, threading.current_thread() is self,
                       threading.current_thread().name)


class Callable:
    def __call__(self):
        pass


def hide_ident(r):
    # "<Worker(Thread-7, stopped 1403)>" -> "<Worker(Thread-7, stopped)>"
    head, sep, tail = r.rpartition(" ")
    if tail[:-2].isdigit():
        return head + ")>"
    return r


names = [threading.Thread(target=job).name, threading.Thread().name,
         threading.Thread(target=lambda: 0).name, threading.Thread(target=Callable()).name,
         threading.Thread(target=job, name="given").name, threading.Thread(name=42).name,
         threading.Thread(target=Worker(0).run).name]
print(names)
print(threading.current_thread().name, threading.current_thread() is threading.main_thread())

workers = [Worker(n) for n in range(3)]
print([w.name for w in workers])
print(hide_ident(repr(workers[0])))
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers])
print(hide_ident(repr(workers[0])))
print(hide_ident(repr(threading.main_thread())))
print("idents are ints", all(isinstance(w.ident, int) for w in workers))
try:
    workers[0].start()
except RuntimeError as e:
    print("RuntimeError:", e)

release = threading.Event()
ready = threading.Barrier(4)


def blocked():
    ready.wait()
    release.wait()


base = threading.active_count()
held = [threading.Thread(target=blocked, name="held-%d" % i) for i in range(3)]
for t in held:
    t.start()
ready.wait()
print("active while held", threading.active_count() - base)
print("held idents distinct", len(set(t.ident for t in held)) == 3)
print("enumerate", sorted(t.name for t in threading.enumerate() if t.name.startswith("held")),
      threading.main_thread() in threading.enumerate())
release.set()
for t in held:
    t.join()
print("active after", threading.active_count() - base)
print("get_ident matches", threading.get_ident() == threading.main_thread().ident)
w = Worker(5)
w.name = "renamed"
print(w.name, w.ident)
