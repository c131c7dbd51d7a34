# weakref.finalize for cleanup of temporary resources: run when the owner is collected
# (after gc.collect()), called early by hand (once only), detached, peeked, and the
# ones still alive at exit run then, newest first, after later atexit functions.
import atexit
import gc
import weakref


class TempDir:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, TempDir._cleanup, name, mode="rm")

    @staticmethod
    def _cleanup(name, mode):
        print("cleanup %s (%s)" % (name, mode))
        return "removed " + name

    def remove(self):
        return self._finalizer()

    @property
    def removed(self):
        return not self._finalizer.alive


a = TempDir("a")
b = TempDir("b")
print(a.removed, b.removed)
print(a.remove(), a.removed, a.remove())
del b
gc.collect()
print("after collect")

log = []
class Owner:
    pass

o = Owner()
f1 = weakref.finalize(o, log.append, "f1")
f2 = weakref.finalize(o, log.append, "f2")
print(f1.alive, f1.atexit, f1.peek()[1] is log.append, f1.peek()[2])
obj, func, args, kwargs = f2.detach()
print(obj is o, args, kwargs, f2.alive, f2.detach(), f2.peek())
del obj
print(repr(f2).endswith("; dead>"), "; for 'Owner' at 0x" in repr(f1))
del o
gc.collect()
print(log, f1.alive, f1())

keep1 = Owner()
keep2 = Owner()
weakref.finalize(keep1, print, "finalizer 1 at exit")
weakref.finalize(keep2, print, "finalizer 2 at exit")
quiet = weakref.finalize(keep2, print, "never printed")
quiet.atexit = False
print(quiet.atexit, quiet.alive)
atexit.register(print, "atexit function registered last")
c = TempDir("c")
print("end of main")
