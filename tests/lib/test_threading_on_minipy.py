"""minipy/lib/threading.py and queue.py run by minipy itself (untranslated, on Python 2.7):
tests/threads/harness/sync/smoke.py must print what CPython prints for it.

Until minipy has its native `_thread`, minipy finds the single-threaded stand-in
harness/sync/_thread.py next to the script (threads run to the end inside start()); the
smoke program never waits for another thread, so its output is the same either way.
This checks that the interpreter runs every Python feature the two modules use.
"""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SMOKE = ROOT / "tests" / "threads" / "harness" / "sync" / "smoke.py"
CPYTHON = os.environ.get("MINIPY_CPYTHON") or "python3"


def _python2():
    if os.environ.get("MINIPY_PY2"):
        return os.environ["MINIPY_PY2"]
    p = subprocess.run(["bash", str(ROOT / "tools" / "find_python2.sh")], capture_output=True,
                       text=True)
    return p.stdout.strip() if p.returncode == 0 else None


def test_smoke_program_untranslated_minipy_matches_cpython():
    py2 = _python2()
    if not py2:
        pytest.skip("no Python 2.7 to run minipy untranslated")
    expected = subprocess.run([CPYTHON, str(SMOKE)], capture_output=True, text=True,
                              timeout=60)
    assert expected.returncode == 0 and expected.stderr == "", expected.stderr
    env = dict(os.environ, PYTHONPATH="%s:%s" % (ROOT, ROOT / ".venv" / "py2"))
    got = subprocess.run([py2, "-m", "minipy", str(SMOKE)], capture_output=True, text=True,
                         timeout=120, cwd=str(ROOT), env=env)
    assert got.returncode == 0, got.stderr[-2000:]
    assert got.stdout == expected.stdout
    assert got.stderr == ""
