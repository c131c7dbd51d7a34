"""Run minipy's threading/queue (minipy/lib/) on CPython, over CPython's real `_thread`.

As a module: `load()` returns a namespace with fresh copies of our `threading` and `queue`
(and the lib modules they import: collections, heapq), executed with an `__import__` that
resolves `_thread`, `sys`, `time` and `warnings` to CPython's modules and every other name to
our minipy/lib file.  Nothing is put in sys.modules, so CPython's own threading is untouched.

As a script: `python3 ourlib.py PROGRAM.py ARGS...` runs PROGRAM as __main__ with our
threading and queue installed as sys.modules["threading"] / ["queue"]; CPython then calls
our threading._shutdown() at exit, exactly the contract minipy's interpreter follows.
"""
import builtins
import sys
import time
import types
import warnings
import _thread
from pathlib import Path

LIB = Path(__file__).resolve().parents[3] / "minipy" / "lib"
# (warnings: CPython's stands in for ours, which reads callers through minipy's sys;
# threading imports it only to warn about its deprecated camelCase aliases)
NATIVE = {"_thread": _thread, "sys": sys, "time": time, "warnings": warnings}
_REAL_IMPORT = builtins.__import__


def _load_one(name, cache):
    if name in cache:
        return cache[name]
    path = LIB / (name + ".py")
    module = types.ModuleType(name)
    module.__file__ = str(path)
    cache[name] = module

    def _import(modname, globals=None, locals=None, fromlist=(), level=0):
        if modname in NATIVE:
            return NATIVE[modname]
        if (LIB / (modname + ".py")).exists():
            return _load_one(modname, cache)
        # CPython's C code imports through the current frame's __import__ too (io, for the
        # source lines of a traceback): let those through.  What our modules themselves
        # import is checked separately (tests/lib/test_threading_lib.py, test_imports).
        return _REAL_IMPORT(modname, globals, locals, fromlist, level)

    module_builtins = dict(builtins.__dict__)
    module_builtins["__import__"] = _import
    module.__dict__["__builtins__"] = module_builtins
    code = compile(path.read_text(), str(path), "exec")
    exec(code, module.__dict__)
    return module


def load():
    """Fresh copies: .threading, .queue (sharing one threading), .cache (every module)."""
    cache = {}
    ns = types.SimpleNamespace()
    ns.threading = _load_one("threading", cache)
    ns.queue = _load_one("queue", cache)
    ns.cache = cache
    return ns


def main(argv):
    import os
    import runpy
    if len(argv) < 2:
        sys.stderr.write("usage: ourlib.py PROGRAM.py [ARGS...]\n")
        return 2
    ns = load()
    sys.modules["threading"] = ns.threading
    sys.modules["queue"] = ns.queue
    sys.argv = argv[1:]
    runpy.run_path(os.path.abspath(argv[1]), run_name="__main__")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
