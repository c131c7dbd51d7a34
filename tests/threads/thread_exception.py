"""An exception escaping a thread is reported and the program goes on.

stdout (compared exactly): a custom threading.excepthook sees the exception type, value
and thread name; SystemExit in a thread is silent; the threads still count as finished.
stderr: the default hook prints "Exception in thread Thread-N (fails):" and the traceback
(its frames inside threading.py differ between implementations: compare them normalised).
"""
import sys
import threading


def fails(x):
    raise ValueError("bad value %d" % x)


def exits():
    sys.exit(3)


t = threading.Thread(target=fails, args=(7,))
t.start()
t.join()
print("after default hook, alive:", t.is_alive())

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))


threading.excepthook = hook
t2 = threading.Thread(target=fails, args=(8,), name="custom")
t2.start()
t2.join()
print("hook saw", seen)
threading.excepthook = threading.__excepthook__

t3 = threading.Thread(target=exits)
t3.start()
t3.join()
print("SystemExit in a thread is silent; alive:", t3.is_alive())


class Broken(threading.Thread):
    def run(self):
        return {}["missing"]


b = Broken()
b.start()
b.join()
print("main goes on")
