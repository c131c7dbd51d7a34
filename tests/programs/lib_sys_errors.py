# sys's functions called with wrong argument counts and types: CPython's exceptions and
# messages (a missing argument crashed minipy before).
import sys


def attempt(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print(label, "ok")
    except SystemExit as e:
        print(label, "SystemExit", e)
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ["exit", "setrecursionlimit", "getrecursionlimit", "exc_info", "exception",
             "intern", "getsizeof", "displayhook", "getswitchinterval", "setswitchinterval",
             "excepthook"]:
    f = getattr(sys, name)
    attempt(name + " with four", f, 1, 2, 3, 4)
    if name not in ("exit", "getrecursionlimit", "exc_info", "exception", "getswitchinterval"):
        attempt(name + " with none", f)
attempt("intern int", sys.intern, 1)
attempt("intern str", sys.intern, "word")
attempt("getsizeof two", sys.getsizeof, [], 0)
attempt("getsizeof keyword", sys.getsizeof, object=[])
attempt("displayhook", sys.displayhook, "shown")
attempt("setswitchinterval zero", sys.setswitchinterval, 0)
attempt("exit with a message", sys.exit, "bye")
print(sys.getrecursionlimit() > 0, sys.exc_info(), sys.exception())
