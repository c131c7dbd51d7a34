"""Load minipy/lib modules under CPython, isolated from CPython's own modules of the same names.

`load("collections")` executes minipy/lib/collections.py in a fresh module object whose
`import` statements resolve our lib modules to our versions (loaded the same way) and the
native modules (sys, math, time, _random) to CPython's or to stand-ins. Nothing is put in
sys.modules, so pytest and CPython's own collections/functools/... are untouched.
"""
import _io
import _thread
import builtins
import math
import os as _os
import random as cpy_random
import re
import sys
import time
import types

import pytest
from pathlib import Path

LIB = Path(__file__).resolve().parents[2] / "minipy" / "lib"


class _StandInRandom:
    """The native base that minipy provides as _random.Random, built on CPython's generator:
    only seed (None or int), random() and getrandbits(k) (and the state) come from CPython."""

    def __init__(self, x=None):
        self._gen = cpy_random.Random()

    def _generator(self):
        gen = self.__dict__.get("_gen")
        if gen is None:
            gen = self._gen = cpy_random.Random()
        return gen

    def seed(self, n=None):
        assert n is None or type(n) is int, "the native seed gets None or an int"
        self._generator().seed(n)

    def random(self):
        return self._generator().random()

    def getrandbits(self, k):
        return self._generator().getrandbits(k)

    def getstate(self):
        return self._generator().getstate()[1]

    def setstate(self, state):
        gen = self._generator()
        gen.setstate((3, state, None))


_random_standin = types.ModuleType("_random")
_random_standin.Random = _StandInRandom

# _thread: CPython's own is a fair stand-in for what the lib uses of ours (get_ident)
# _io: CPython's own has what minipy's gives io.py (open, UnsupportedOperation)
# re: ours runs on minipy's native _sre; CPython's is what ours reproduces (string.Template)
# _abc: minipy's sets the match statement's flags of a class, which Python code cannot do
# under CPython; its stand-in does nothing
_abc_standin = types.ModuleType("_abc")
_abc_standin._abc_init_flags = lambda cls: None
_abc_standin._abc_register_flags = lambda cls, subclass: None
# posix: minipy's native module under os.py, made of CPython's os functions (its _stat
# gives the first ten stat fields with float times, its _environ a copy of the environment)
_posix_standin = types.ModuleType("posix")
for _name in ("getcwd", "chdir", "listdir", "remove", "unlink", "rmdir", "mkdir", "rename",
              "getpid", "cpu_count", "strerror", "replace", "access", "chmod", "utime",
              "open", "close", "read", "write", "lseek", "readlink", "symlink", "umask",
              "getuid", "isatty", "O_RDONLY", "O_WRONLY", "O_RDWR", "O_CREAT", "O_EXCL",
              "O_TRUNC", "O_APPEND", "O_NONBLOCK", "F_OK", "R_OK", "W_OK", "X_OK"):
    setattr(_posix_standin, _name, getattr(_os, _name))


def _stat_fields(st):
    return tuple(st)[:7] + (st.st_atime, st.st_mtime, st.st_ctime)


_posix_standin._stat = lambda p: _stat_fields(_os.stat(p))
_posix_standin._lstat = lambda p: _stat_fields(_os.lstat(p))
_posix_standin._environ = lambda: dict(_os.environ)
NATIVE = {"sys": sys, "math": math, "time": time, "_random": _random_standin,
          "_thread": _thread, "_io": _io, "re": re, "_abc": _abc_standin,
          "posix": _posix_standin}


def load(name, _cache=None):
    """Our lib module `name`, executed fresh (its lib imports shared within one load)."""
    if _cache is None:
        _cache = {}
    if name in _cache:
        return _cache[name]
    path = LIB / (name + ".py")
    module = types.ModuleType(name)
    module.__file__ = str(path)
    _cache[name] = module

    def _import(modname, globals=None, locals=None, fromlist=(), level=0):
        if modname in NATIVE:
            return NATIVE[modname]
        if (LIB / (modname + ".py")).exists():
            return load(modname, _cache)
        raise ImportError("minipy/lib module %s imports %r, which minipy does not have"
                          % (name, modname))

    module_builtins = dict(builtins.__dict__)
    module_builtins["__import__"] = _import
    module.__dict__["__builtins__"] = module_builtins
    code = compile(path.read_text(), str(path), "exec")
    exec(code, module.__dict__)
    return module


# The modules of minipy/lib that these tests cover (other areas add modules there too,
# e.g. threading/queue over the native _thread, which have their own tests).
MODULES = ("bisect", "collections", "copy", "functools", "heapq", "itertools", "operator",
           "random", "string", "_sha512lib", "hashlib", "_md5lib", "_sha1lib",
           "_sha256lib")


def load_all():
    """lib.collections, lib.itertools, ...: our modules, loaded once per session."""
    cache = {}
    names = MODULES
    ns = types.SimpleNamespace()
    for n in names:
        setattr(ns, n, load(n, cache))
    return ns


def outcome(fn, *args, **kwargs):
    """('ok', result) or ('raise', exception type name, message): comparable across modules."""
    try:
        return ("ok", fn(*args, **kwargs))
    except Exception as e:
        return ("raise", type(e).__name__, str(e))


@pytest.fixture(scope="session")
def lib():
    """Fixture: lib.collections, lib.itertools, ...: our modules, loaded once per session.
    (Imported by the test modules; tests/lib has no conftest.py, so that the name `conftest`
    stays tests/e2e's when both folders run in one pytest session.)"""
    return load_all()
