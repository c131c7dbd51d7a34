"""Threads under the GIL in bin/minipy: every program of tests/threads many times (expected
outputs written by CPython), plus invariants checked on generated programs whose expected
results come from CPython run in the same test.

MINIPY_THREAD_RUNS overrides the number of runs per program (default 20)."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CPYTHON, ROOT
from elfinfo import callers

THREADS = ROOT / "tests" / "threads"
sys.path.insert(0, str(THREADS / "harness"))
import check  # noqa: E402
from stderr_normalize import normalize_stderr  # noqa: E402

RUNS = int(os.environ.get("MINIPY_THREAD_RUNS", "20"))
TIMEOUT = 60


# Differ for a reason outside the thread support (strict: one that passes must leave):
KNOWN_FAILING = set()


@pytest.mark.parametrize("name", check.programs())
def test_thread_program(name, minipy_bin):
    if name in KNOWN_FAILING:
        problem, _ = check.run_once([minipy_bin], name, TIMEOUT)
        if problem is None:
            pytest.fail("%s passes now: remove it from KNOWN_FAILING" % name)
        pytest.xfail(problem.splitlines()[0])
    for i in range(RUNS):
        problem, _ = check.run_once([minipy_bin], name, TIMEOUT)
        assert problem is None, "run %d of %s: %s" % (i + 1, name, problem)


def test_lock_waits_and_sleeps_hand_the_gil_to_a_waiting_thread(minipy_bin):
    """A blocking lock wait and time.sleep go through C functions that call the hand-over
    appended to RPython's GIL (minipy/build/gil_handover.py) before they sleep."""
    waits = {"minipy_acquire_lock_handing_over", "minipy_sleep_handing_over"}
    assert callers(minipy_bin, "minipy_gil_hand_over") == waits
    for wait in waits:
        assert any(c.startswith("pypy_g_") for c in callers(minipy_bin, wait)), wait


def run(cmd, source, tmp_path, name="prog.py"):
    path = tmp_path / name
    path.write_text(source)
    p = subprocess.run(cmd + [str(path)], cwd=str(tmp_path), capture_output=True, text=True,
                       timeout=TIMEOUT)
    return p.returncode, p.stdout, p.stderr


COUNTER = """
import threading, sys
sys.setswitchinterval(%(interval)s)
N, M = %(n)d, %(m)d
lock = threading.Lock()
box = [0]
def worker():
    for i in range(M):
        %(body)s
threads = [threading.Thread(target=worker) for _ in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
%(report)s
"""


def test_counter_under_lock_is_exact(minipy_bin, tmp_path):
    src = COUNTER % dict(interval="1e-6", n=4, m=20000,
                         body="with lock:\n            box[0] += 1",
                         report="print(box[0], box[0] == N * M)")
    expected = run([CPYTHON], src, tmp_path)
    assert expected == (0, "80000 True\n", "")
    for _ in range(5):
        assert run([minipy_bin], src, tmp_path) == expected


def test_counter_without_lock_never_crashes(minipy_bin, tmp_path):
    src = COUNTER % dict(interval="1e-6", n=4, m=20000,
                         body="box[0] += 1",
                         report="print(M <= box[0] <= N * M)")
    expected = run([CPYTHON], src, tmp_path)
    assert expected == (0, "True\n", "")
    for _ in range(5):
        assert run([minipy_bin], src, tmp_path) == expected


HANDOFF = """
import threading, sys
sys.setswitchinterval(0.001)
flag = []
def spinner():
    n = 0
    while not flag:      # never blocks: only a GIL hand-off lets the setter run
        n += 1
def setter():
    flag.append(1)
a = threading.Thread(target=spinner)
a.start()
b = threading.Thread(target=setter)
b.start()
b.join()
a.join()
print("handed over", sys.getswitchinterval())
"""


def test_cpu_bound_thread_hands_the_gil_over(minipy_bin, tmp_path):
    expected = run([CPYTHON], HANDOFF, tmp_path)
    assert expected == (0, "handed over 0.001\n", "")
    assert run([minipy_bin], HANDOFF, tmp_path) == expected


ATOMIC = """
import sys, threading
try:
    import transaction
    atomic = transaction.atomic
except ImportError:            # CPython: one lock gives the same result here
    atomic = threading.Lock()
sys.setswitchinterval(1e-6)
log = []
def worker(k):
    for i in range(300):
        with atomic:
            log.append((k, 0))
            x = 0
            for j in range(200):
                x += j
            log.append((k, 1))
ts = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
pairs = all(log[i][0] == log[i + 1][0] and log[i][1] == 0 and log[i + 1][1] == 1
            for i in range(0, len(log), 2))
print(len(log), pairs)
"""


def test_transaction_atomic_blocks_do_not_interleave(minipy_bin, tmp_path):
    expected = run([CPYTHON], ATOMIC, tmp_path)
    assert expected == (0, "1800 True\n", "")
    for _ in range(3):
        assert run([minipy_bin], ATOMIC, tmp_path) == expected


EXC = """
import threading, sys
def inner(x):
    return 10 // x
def worker(x):
    inner(x)
t = threading.Thread(target=worker, args=(0,))
t.start()
t.join()
class Boom(threading.Thread):
    def run(self):
        raise KeyError("k")
b = Boom(name="custom")
b.start()
b.join()
try:
    raise ValueError("v")
except ValueError:
    sys.excepthook(*sys.exc_info())
print("main goes on")
"""


def test_exception_in_thread_prints_as_cpython(minipy_bin, tmp_path):
    code, out, err = run([CPYTHON], EXC, tmp_path)
    assert code == 0 and out == "main goes on\n"
    got = run([minipy_bin], EXC, tmp_path)
    assert got[:2] == (code, out)
    assert normalize_stderr(got[2], "prog.py") == normalize_stderr(err, "prog.py")


SWITCH = """
import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.25)
print(sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError", e)
"""


def test_switch_interval(minipy_bin, tmp_path):
    expected = run([CPYTHON], SWITCH, tmp_path)
    assert expected[0] == 0
    assert run([minipy_bin], SWITCH, tmp_path) == expected


LOCKAPI = """
import _thread
l = _thread.allocate_lock()
print(l.acquire(), l.acquire(False), l.acquire(True, 0.01), l.acquire(timeout=0.01), l.locked())
for kw in ({"blocking": False, "timeout": 1}, {"timeout": -2}):
    try:
        l.acquire(**kw)
    except ValueError as e:
        print("ValueError", e)
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
with l:
    print(l.locked())
print(l.locked(), _thread.error is RuntimeError, type(_thread.TIMEOUT_MAX).__name__)
print(_thread.get_ident() == _thread.get_ident() != 0)
done = _thread.allocate_lock()
done.acquire()
out = []
def f(a, b, c=0):
    out.append((a, b, c, _thread.get_ident() != main))
    done.release()
main = _thread.get_ident()
_thread.start_new_thread(f, (1, 2), {"c": 3})
done.acquire()
print(out)
"""


def test_thread_module_api(minipy_bin, tmp_path):
    expected = run([CPYTHON], LOCKAPI, tmp_path)
    assert expected[0] == 0 and expected[2] == ""
    assert run([minipy_bin], LOCKAPI, tmp_path) == expected
