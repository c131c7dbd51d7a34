"""Every built-in function, module function and built-in method called with the wrong
number or kinds of arguments raises an exception: the process never crashes. (A missing
argument used to be read past the end of the argument list: a segmentation fault for
math.floor(), time.sleep(), "abc".replace() and some 200 others.) The messages are
compared with CPython's by the corpus programs lib_math_errors.py, lib_sys_errors.py,
lib_time_errors.py and bi_method_arity.py; here only the absence of a crash is checked,
on both binaries, over everything the program can reach. Untranslated, a native function
that reads past its arguments or takes an object of the wrong kind for its self fails
loudly (an IndexError or AssertionError out of the interpreter) where the binaries may
read memory as the wrong kind of object and go on: the same program runs untranslated
too. The methods are also reached unbound, through their classes, with a wrong self."""
import os
import subprocess
from pathlib import Path

import pytest

PROGRAM = r'''
import builtins, math, time, sys, _thread, random, transaction, re, _sre, gc, _weakref
ARGSETS = [(), (1, 2, 3, 4, 5, 6), (None,), ("x",), (None, None), ([1, 2], [1])]
# would block, exit, read stdin or change the process for the calls after them
SKIP = {"exit", "quit", "input", "help", "breakpoint", "sleep", "_exit", "exit_thread",
        "interrupt_main", "start_new_thread", "start_new", "setrecursionlimit",
        "setswitchinterval", "acquire", "acquire_lock", "__enter__", "wait", "release",
        "release_lock", "__exit__", "__init_subclass__", "__subclasshook__", "__class__",
        "__new__", "__init__", "excepthook", "displayhook", "print"}
def gen():
    yield 1
class C:
    def m(self):
        pass
    @property
    def p(self):
        return 1
targets = [(m.__name__, m) for m in (builtins, math, time, sys, _thread, transaction, gc,
                                     _weakref)]
objects = ["abc", [1, 2], {1: 2}, {1}, frozenset([1]), (1,), 5, 1.5, b"ab", bytearray(b"ab"),
           1j, range(3), True, _thread.allocate_lock(), random.Random(1),
           re.compile("(a)(?P<n>b)?"), re.match("(a)", "ab"), re.compile("a").scanner("ab"),
           re.finditer("a", "ab"), _weakref.ref(gc), memoryview(b"ab"),
           memoryview(bytearray(b"ab")), ExceptionGroup("x", [ValueError(1)]),
           ValueError("v"), StopIteration(3), OSError(2, "no"), {1: 2}.keys(),
           {1: 2}.values(), {1: 2}.items(), iter([1]), iter("ab"), reversed([1]),
           enumerate([1]), zip([1]), map(abs, [1]), filter(None, [1]), gen(), C().m,
           C.__dict__["p"], staticmethod(abs), classmethod(abs), super(C, C()), slice(1, 2),
           None, object(), (lambda: 0), 2 ** 80]
targets += [(type(o).__name__, o) for o in objects]
# the classes themselves: their methods unbound, so that the first argument is the self
targets += [(t.__name__, t) for t in {type(o) for o in objects} | {type, object, int}]
targets += [("re", re), ("_sre", _sre)]
calls = 0
for owner, o in targets:
    for name in sorted(dir(o)):
        if name in SKIP or (isinstance(o, type(sys)) and name.startswith("__")):
            continue
        try:
            f = getattr(o, name)
        except Exception:
            continue
        if not callable(f) or isinstance(f, type):
            continue
        for args in ARGSETS:
            calls += 1
            try:
                f(*args)
            except BaseException:
                pass
print("calls", calls > 1000)
'''


def run_all_wrong_calls(cmd, tmp_path, env=None, timeout=300):
    prog = tmp_path / "wrong_calls.py"
    prog.write_text(PROGRAM)
    p = subprocess.run(cmd + [str(prog)], capture_output=True, text=True, timeout=timeout,
                       cwd=str(tmp_path), stdin=subprocess.DEVNULL, env=env)
    assert p.returncode == 0, (p.returncode, p.stderr[-2000:])
    assert p.stdout.strip().endswith("calls True"), p.stdout[-2000:]


@pytest.mark.parametrize("mode", [[], ["--jit", "off"]], ids=["jit", "jit-off"])
def test_wrong_calls_raise_and_never_crash(minipy_bin, tmp_path, mode):
    run_all_wrong_calls([minipy_bin] + mode, tmp_path)


def test_wrong_calls_on_the_stm_build(stm_bin, tmp_path):
    run_all_wrong_calls([stm_bin], tmp_path)


def test_wrong_calls_untranslated(tmp_path):
    root = Path(__file__).resolve().parents[2]
    py2 = os.environ.get("MINIPY_PY2")
    if not py2:
        p = subprocess.run(["bash", str(root / "tools" / "find_python2.sh")],
                           capture_output=True, text=True)
        py2 = p.stdout.strip()
    env = dict(os.environ, PYTHONPATH="%s:%s" % (root, root / ".venv" / "py2"))
    run_all_wrong_calls([py2, "-m", "minipy"], tmp_path, env=env, timeout=900)
