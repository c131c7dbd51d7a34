"""tests/threads/*.py under CPython: with CPython's threading and with minipy's own
threading/queue (minipy/lib, run over CPython's _thread); both must print expected/NAME.out
(written by CPython) and, normalised, expected/NAME.err (or nothing) on stderr.

Opt-in, for a binary: MINIPY_THREADS_BINARY=bin/minipy (or "bin/minipy-stm --stm", split on
spaces) runs every program MINIPY_THREADS_RUNS times (default 3) with it as well.
"""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
THREADS = ROOT / "tests" / "threads"
sys.path.insert(0, str(THREADS / "harness"))
from stderr_normalize import normalize_stderr  # noqa: E402

CPYTHON = os.environ.get("MINIPY_CPYTHON") or "python3"
PROGRAMS = sorted(p.name for p in THREADS.glob("*.py"))
TIMEOUT = 60


def _expected(name):
    out = (THREADS / "expected" / (name[:-3] + ".out")).read_text()
    err_path = THREADS / "expected" / (name[:-3] + ".err")
    err = err_path.read_text() if err_path.exists() else ""
    return out, err


def _start(argv, name):
    return subprocess.Popen(argv + [str(THREADS / name)], cwd=str(THREADS),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _check(proc, name, how):
    out, err = proc.communicate(timeout=TIMEOUT)
    exp_out, exp_err = _expected(name)
    assert proc.returncode == 0, (how, name, err)
    assert out == exp_out, (how, name)
    assert normalize_stderr(err, name) == exp_err, (how, name, err)


def test_programs_exist():
    assert len(PROGRAMS) >= 12
    for name in PROGRAMS:
        assert (THREADS / "expected" / (name[:-3] + ".out")).exists(), name


def test_all_programs_both_libraries():
    # Started all at once (they mostly wait on each other), then checked one by one.
    runs = []
    for name in PROGRAMS:
        runs.append((name, "cpython threading", _start([CPYTHON], name)))
        runs.append((name, "minipy threading",
                     _start([CPYTHON, str(THREADS / "harness" / "ourlib.py")], name)))
    try:
        for name, how, proc in runs:
            _check(proc, name, how)
    finally:
        for name, how, proc in runs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


@pytest.mark.skipif(not os.environ.get("MINIPY_THREADS_BINARY"),
                    reason="set MINIPY_THREADS_BINARY to run the programs with a binary")
@pytest.mark.parametrize("name", PROGRAMS)
def test_program_with_binary(name):
    from check import run_once
    argv = os.environ["MINIPY_THREADS_BINARY"].split()
    if not os.path.isabs(argv[0]) and (ROOT / argv[0]).exists():
        argv[0] = str(ROOT / argv[0])
    for i in range(int(os.environ.get("MINIPY_THREADS_RUNS", "3"))):
        problem, elapsed = run_once(argv, name, TIMEOUT)
        assert problem is None, "run %d of %s: %s" % (i, name, problem)
