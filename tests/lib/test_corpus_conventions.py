"""Conventions of the corpus in tests/programs (see its README), checked under CPython:
known theme prefixes, a describing comment on line 1, and tracebacks of tb_* programs
without the caret lines CPython 3.11 adds when only part of a line failed."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

PROGRAMS = Path(__file__).resolve().parents[1] / "programs"
PREFIXES = ("alg_", "bi_", "cls_", "coll_", "comp_", "ctl_", "exc_", "fn_", "gen_", "imp_",
            "lib_", "num_", "sim_", "stmt_", "str_", "syntax_", "err_", "tb_", "mod_")
ENTRY = sorted(p.name for p in PROGRAMS.glob("*.py") if not p.name.startswith("mod_"))
TB = [n for n in ENTRY if n.startswith("tb_")]


def test_corpus_size():
    plain = [n for n in ENTRY if not n.startswith(("err_", "tb_"))]
    failing = [n for n in ENTRY if n.startswith(("err_", "tb_"))]
    assert len(plain) >= 150 and len(failing) >= 25


@pytest.mark.parametrize("name", sorted(p.name for p in PROGRAMS.glob("*.py")))
def test_name_and_header(name):
    assert name.startswith(PREFIXES), name
    first = (PROGRAMS / name).read_text(encoding="utf-8").split("\n", 1)[0]
    assert first.startswith("# "), "line 1 of %s should say what the program does" % name
    assert not re.match(r"^[ \t\f]*#.*?coding[:=]", first), \
        "line 1 of %s reads as an encoding declaration" % name


@pytest.mark.parametrize("name", TB)
def test_traceback_has_no_carets(name):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    p = subprocess.run([sys.executable, name], cwd=PROGRAMS, capture_output=True, env=env, timeout=60)
    err = p.stderr.decode("utf-8")
    assert p.returncode == 1 and err.startswith(
        ("Traceback (most recent call last):",
         "  + Exception Group Traceback (most recent call last):",     # (an exception group)
         "Error in sys.excepthook:\nTraceback (most recent call last):"))  # (a failing hook)
    assert "^^" not in err and "~~" not in err, err
