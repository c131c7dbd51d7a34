"""weakref.finalize: call a function when an object goes away, or at exit, or when
called, once at most, as CPython 3.11's. Written for minipy.

A finalizer holds its object by a weak reference whose callback is the finalizer itself,
so it runs when minipy sweeps dead references (after gc.collect(), and as references
keep being made: see the weakref module). The finalizers alive at exit whose `atexit`
is true run then, newest first, from a function registered with atexit when the first
finalizer is made (so exit functions registered later run before them, as in CPython).
"""

import sys
from _weakref import ref


class _Entry:
    __slots__ = ("wr", "func", "args", "kwargs", "atexit", "order")


class finalize:
    """finalize(obj, func, /, *args, **kwargs): func(*args, **kwargs) once obj is gone."""

    __module__ = "weakref"
    __slots__ = ()
    _live = {}                # finalizer -> _Entry, while it may still run
    _made = 0
    _shutdown = False
    _hooked = False

    def __init__(self, obj, func, *args, **kwargs):
        if not finalize._hooked:
            import atexit
            atexit.register(finalize._at_exit)
            finalize._hooked = True
        entry = _Entry()
        entry.wr = ref(obj, self)
        entry.func = func
        entry.args = args
        entry.kwargs = kwargs or None
        entry.atexit = True
        entry.order = finalize._made
        finalize._made += 1
        finalize._live[self] = entry

    def __call__(self, _=None):
        """Run the finalizer if it is alive; returns func's result (else None)."""
        entry = finalize._live.pop(self, None)
        if entry is not None and not finalize._shutdown:
            return entry.func(*entry.args, **(entry.kwargs or {}))

    def detach(self):
        """Kill the finalizer without running it: (obj, func, args, kwargs), or None if
        it was dead already."""
        entry = finalize._live.get(self)
        obj = entry.wr() if entry is not None else None
        if obj is not None and finalize._live.pop(self, None) is not None:
            return (obj, entry.func, entry.args, entry.kwargs or {})
        return None

    def peek(self):
        """(obj, func, args, kwargs) if alive, else None."""
        entry = finalize._live.get(self)
        obj = entry.wr() if entry is not None else None
        if obj is not None:
            return (obj, entry.func, entry.args, entry.kwargs or {})
        return None

    @property
    def alive(self):
        return self in finalize._live

    @property
    def atexit(self):
        entry = finalize._live.get(self)
        return entry is not None and entry.atexit

    @atexit.setter
    def atexit(self, value):
        entry = finalize._live.get(self)
        if entry is not None:
            entry.atexit = bool(value)

    def __repr__(self):
        entry = finalize._live.get(self)
        obj = entry.wr() if entry is not None else None
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @staticmethod
    def _at_exit():
        """At exit: the finalizers still alive with atexit set, newest first; an
        exception in one is reported (sys.excepthook) and the others still run."""
        try:
            due = None
            made = -1
            while True:
                if made != finalize._made:    # (a finalizer made more finalizers)
                    made = finalize._made
                    due = [(e.order, f) for f, e in finalize._live.items() if e.atexit]
                    due.sort(key=lambda pair: pair[0])
                if not due:
                    break
                f = due.pop()[1]
                entry = finalize._live.get(f)
                if entry is None or not entry.atexit:
                    continue
                try:
                    f()
                except Exception:
                    sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True
