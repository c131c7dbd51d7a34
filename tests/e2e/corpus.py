"""The CPython comparison corpus: which programs there are and how one run compares.

Every tests/programs/*.py whose name does not start with `mod_` is an entry point. A run
compares stdout, the exit code and the last line of stderr; for programs named tb_*.py
the whole stderr. Expected results come from running the same file with CPython.
"""
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = ROOT / "tests" / "programs"
KNOWN_FAILING = PROGRAMS / "KNOWN_FAILING"
TIMEOUT = 60


def entry_points():
    return sorted(p.name for p in PROGRAMS.glob("*.py") if not p.name.startswith("mod_"))


def known_failing():
    """Names listed in KNOWN_FAILING (one per line, '#' starts a comment)."""
    if not KNOWN_FAILING.exists():
        return set()
    names = set()
    for line in KNOWN_FAILING.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.add(line)
    return names


_cpython_cache = {}


def run_cached(argv, name, stdin=b""):
    """run(), remembered per session (for the CPython side, which several suites share)."""
    key = (tuple(argv), name, stdin)
    if key not in _cpython_cache:
        _cpython_cache[key] = run(argv, name, stdin)
    return _cpython_cache[key]


def run(argv, name, stdin=b""):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    p = subprocess.run(argv + [name], cwd=PROGRAMS, input=stdin, capture_output=True,
                       timeout=TIMEOUT, env=env)
    return p.returncode, p.stdout, p.stderr


def last_line(data):
    lines = data.decode("utf-8", "replace").rstrip("\n").split("\n")
    return lines[-1] if lines else ""


def comparable(name, result):
    """The part of a run that must equal CPython's."""
    code, out, err = result
    if name.startswith("tb_"):
        return code, out, err.decode("utf-8", "replace")
    return code, out, last_line(err)
