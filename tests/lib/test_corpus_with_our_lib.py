"""The corpus programs that import library modules, run under CPython with OUR minipy/lib
modules in place of CPython's (collections, itertools, functools, operator, string, heapq,
bisect, copy, random): their output must not change."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE.parents[0] / "programs"
OURS = ("collections", "itertools", "functools", "operator", "string", "heapq", "bisect",
        "copy", "random")
# (collections.abc is not among them: a program that imports only it is left out)
IMPORT = re.compile(r"^\s*(?:import|from)\s+(%s)\b(?!\.abc)" % "|".join(OURS), re.M)

# (CPython's pprint lays out collections types by CPython's classes: a program that
# pretty-prints ours with it is left out)
PPRINT = re.compile(r"^\s*(?:import|from)\s+pprint\b", re.M)

# (CPython's inspect knows partials by CPython's functools.partial, which it imported before
# ours took its place: a program that asks it for the signature of ours is left out)
INSPECT = re.compile(r"^\s*(?:import|from)\s+inspect\b", re.M)

# (CPython's match statement takes deque, UserList, UserDict, ... for sequences and
# mappings by the flags of CPython's classes, which ours lack there: a program that
# matches ours is left out)
MATCHES_COLLECTIONS = {"stmt_match_collections.py"}

# (a class of ours that stands for a C type names itself in messages by that type's
# dotted name through minipy's type creation, `__c_type_name__`, which CPython ignores:
# a program that prints those messages is left out)
C_TYPE_NAMES = {"lib_c_type_names.py"}

# Run in a child CPython: load our modules with libload, put them in sys.modules under the
# real names, then run the program as __main__ (runpy and pkgutil are imported first, as
# they import CPython's functools themselves).
RUNNER = """
import sys, runpy, pkgutil
sys.path.insert(0, %r)
import libload
mods = libload.load_all()
for name in %r:
    sys.modules[name] = getattr(mods, name)
prog = sys.argv[1]
sys.argv = [prog]
sys.path[0] = '.'
runpy.run_path(prog, run_name='__main__')
""" % (str(HERE), OURS)


def programs():
    names = []
    for p in sorted(PROGRAMS.glob("*.py")):
        if p.name.startswith("mod_"):
            continue
        text = p.read_text(encoding="utf-8")
        if IMPORT.search(text) and not PPRINT.search(text) and \
                not INSPECT.search(text) and p.name not in MATCHES_COLLECTIONS | C_TYPE_NAMES:
            names.append(p.name)
    return names


def run(argv):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    p = subprocess.run(argv, cwd=PROGRAMS, capture_output=True, timeout=60, env=env)
    last = p.stderr.decode("utf-8", "replace").rstrip("\n").split("\n")[-1]
    return p.returncode, p.stdout.decode("utf-8", "replace"), last


def test_there_are_such_programs():
    assert len(programs()) >= 15


@pytest.mark.parametrize("name", programs())
def test_program_output_unchanged(name):
    expected = run([sys.executable, name])
    got = run([sys.executable, "-c", RUNNER, name])
    assert got == expected
