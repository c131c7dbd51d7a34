"""logging: our minipy/lib version's formatting against CPython's module, run under
CPython on CPython's os, io, traceback, threading, atexit, string and warnings (ours
need minipy's natives): the validation of %, {} and $ format strings (listed and
random), records formatted in the three styles with defaults, level names, filters
and the logger tree. (The corpus programs lib_logging_*.py check the rest on minipy.)"""
import atexit
import io
import logging as cpy_logging
import os
import random
import string
import threading
import traceback
import warnings

import pytest

import libload


@pytest.fixture(scope="module")
def ours():
    saved = dict(libload.NATIVE)
    libload.NATIVE.update({"os": os, "io": io, "traceback": traceback,
                           "threading": threading, "atexit": atexit, "string": string,
                           "warnings": warnings})
    try:
        module = libload.load("logging", {})
    finally:
        libload.NATIVE.clear()
        libload.NATIVE.update(saved)
    atexit.unregister(module.shutdown)
    return module


def _validation(module, fmt, style):
    try:
        f = module.Formatter(fmt, style=style)
        return ("ok", f._fmt, f.usesTime())
    except Exception as e:
        return ("raise", type(e).__name__, str(e))


LISTED = {
    "{": ['{a!}', '{a!r', '{a', '{a:', '{a:{', '{a:{b}', '{a!r}', '{a!rx}', '{a!r:x}',
          '{!}', '{a!:x}', '{a[}', '{a[b}', '{a[b]}', '{a:{b:{c}}}', '}', '}}', '{{',
          '{a}}}', 'x{', '{:}', '{a.}', '{a!r!s}', '{a:x!r}', '{a]}', '{a[x]y}', '{a:zz}',
          '{a:>10}', '{a b}', '{a!r:^5.2f}', '{a:{w}}', '{}', '{a}{', 'x{a}}', '{0.x}',
          '{a:}', '{!r}', '{a!rr}', '{ab:<{w}.{p}f}', '{a:zz}{', '{a!z}', '{a!',
          '{a{b}}', '{asctime} {message}', None],
    "$": ['$a', '${a}', '$$', '$1', 'cost $', '$a $', '${a', 'x$$y', '${1a}', '$_x', '$$a',
          '$asctime', '${asctime}', None],
    "%": ['%(a)s', '%(a)', '%(a)-5.2f', '%(a)*d', '%s', '%%(a)s', '%(a)k', '%(a)#0+ 5.3e',
          '%(asctime)s', None],
}


@pytest.mark.parametrize("style", ["{", "$", "%"])
def test_format_validation_listed(ours, style):
    for fmt in LISTED[style]:
        assert _validation(ours, fmt, style) == _validation(cpy_logging, fmt, style), fmt


@pytest.mark.parametrize("style", ["{", "$", "%"])
def test_format_validation_random(ours, style):
    rng = random.Random(ord(style))
    alphabet = {"{": "{}{}!:ab[]r.0<>5x ", "$": "$${}ab1_ ", "%": "%()ab-.5sdk*# "}[style]
    for _ in range(4000):
        fmt = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        assert _validation(ours, fmt, style) == _validation(cpy_logging, fmt, style), fmt


def _record(module, **kw):
    attrs = {"name": "app.db", "msg": "value %s", "args": (42,), "levelno": 30,
             "levelname": "WARNING", "lineno": 7, "funcName": "f", "module": "m"}
    attrs.update(kw)
    return module.makeLogRecord(attrs)


FORMATS = [("%(name)s:%(levelname)-8s:%(message)s", "%", None),
           ("%(levelno)03d %(msg)r %(args)s %(lineno)5d|%(funcName)-4s|", "%", None),
           ("{name}|{levelname:^9}|{message!r}|{lineno:+d}", "{", None),
           ("${name} $levelname: ${message} $$", "$", None),
           ("%(message)s [%(user)s]", "%", {"user": "nobody"}),
           ("{message} [{user}]", "{", {"user": "nobody"}),
           ("$message [$user]", "$", {"user": "nobody"}),
           ("%(nothere)s", "%", None), ("{nothere}", "{", None), ("$nothere", "$", None)]


def _formatted(module, fmt, style, defaults, **kw):
    try:
        f = module.Formatter(fmt, style=style, defaults=defaults)
        return ("ok", f.format(_record(module, **kw)))
    except Exception as e:
        return ("raise", type(e).__name__, str(e))


def test_formatting(ours):
    for fmt, style, defaults in FORMATS:
        for kw in [{}, {"user": "ann"}, {"args": ({"k": 1},), "msg": "%(k)s"},
                   {"args": (), "msg": "100%"}, {"args": (1, 2), "msg": "%d"}]:
            assert _formatted(ours, fmt, style, defaults, **kw) == \
                _formatted(cpy_logging, fmt, style, defaults, **kw), (fmt, kw)


def test_exception_text(ours):
    try:
        {}["missing"]
    except KeyError as e:
        ei = (type(e), e, e.__traceback__)
    a = ours.Formatter("%(message)s").format(_record(ours, exc_info=ei))
    b = cpy_logging.Formatter("%(message)s").format(_record(cpy_logging, exc_info=ei))
    assert a == b


def test_levels_and_filters(ours):
    for value in [0, 5, 10, 20, 25, 30, 40, 50, "INFO", "WARN", "FATAL", "nope", None]:
        assert ours.getLevelName(value) == cpy_logging.getLevelName(value)
    for value in ["DEBUG", 15, "LOUD", 2.5, None]:
        assert libload.outcome(ours._checkLevel, value) == \
            libload.outcome(cpy_logging._checkLevel, value)
    for fname in ["", "a", "a.b", "ab"]:
        for rname in ["a", "a.b", "a.bc", "ab", "b.a", "a.b.c"]:
            assert ours.Filter(fname).filter(_record(ours, name=rname)) == \
                bool(cpy_logging.Filter(fname).filter(_record(cpy_logging, name=rname)))


def test_logger_tree(ours):
    rng = random.Random(4)
    names = ["a", "a.b", "a.b.c", "a.c", "b", "b.x.y", "a.b.c.d", "c.d"]
    mine = ours.Manager(ours.RootLogger(ours.WARNING))
    theirs = cpy_logging.Manager(cpy_logging.RootLogger(cpy_logging.WARNING))
    for _ in range(40):
        name = rng.choice(names)
        mine.getLogger(name)
        theirs.getLogger(name)
        assert sorted(mine.loggerDict) == sorted(theirs.loggerDict)
        for key in mine.loggerDict:
            a, b = mine.loggerDict[key], theirs.loggerDict[key]
            assert type(a).__name__ == type(b).__name__
            if type(a).__name__ == "PlaceHolder":
                assert sorted(x.name for x in a.loggerMap) == sorted(x.name for x in b.loggerMap)
            else:
                assert a.parent.name == b.parent.name, key
