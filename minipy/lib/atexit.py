"""atexit: functions registered to be called when the program ends (after the main
module and the threads), last registered first, as CPython 3.11's. Written for minipy:
its main program calls _run_exitfuncs() at exit when this module was imported."""

import sys

_callbacks = []


def register(func, *args, **kwargs):
    """Call func(*args, **kwargs) at exit; returns func (so it decorates)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Forget every registration of func (compared with ==)."""
    _callbacks[:] = [entry for entry in _callbacks if not (entry[0] == func)]


def _ncallbacks():
    return len(_callbacks)


def _clear():
    del _callbacks[:]


def _run_exitfuncs():
    """Call the registered functions, last first; an exception in one is reported on
    stderr ("Exception ignored in atexit callback") and the others still run."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            try:
                sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
                sys.excepthook(type(exc), exc, exc.__traceback__)
            except BaseException:
                pass
