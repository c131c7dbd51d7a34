"""The "Did you mean" hint on the last line of an uncaught NameError or AttributeError,
compared with CPython's on small programs (the hint depends on the names in scope, on the
edit distance and on its limits)."""
import subprocess

import pytest

from conftest import CPYTHON

TIMEOUT = 30

PROGRAMS = {
    "global": "counter = 1\nprint(coutner)\n",
    "builtin": "print(lenn([1]))\n",
    "builtin_case": "x = Len([1])\n",
    "local_first": "def f():\n    values = 1\n    return valuse\nvaluez = 2\nf()\n",
    "global_in_function": "limit = 3\ndef f():\n    return limt\nf()\n",
    "none_close": "print(zzzqqq)\n",
    "too_far": "abcdef = 1\nprint(uvwxyz)\n",
    "long_name": "a_rather_long_variable_name_here = 1\nprint(a_rather_long_variable_name_hrre)\n",
    "list_method": "[].apend(3)\n",
    "str_method": "'x'.uper()\n",
    "instance_attr": "class P:\n    def __init__(self):\n        self.width = 1\nP().widht\n",
    "class_attr": "class P:\n    size = 1\nP.sise\n",
    "module_attr": "import math\nmath.sqr(4)\n",
    "no_candidates": "object().qwertyuiop\n",
    "user_raised": "raise NameError('coutner')\n",
    "user_attribute": "raise AttributeError('apend')\n",
    "equal_distance": "abc = 1\nabd = 2\nprint(abe)\n",
    "unbound_local": "x = 1\ndef f():\n    print(x)\n    x = 2\nf()\n",
    "dir_sorted": "zeta = alpha = mid = 1\nprint([n for n in dir() if n[0] != '_'])\nzet\n",
    "true_typo": "print(Tru)\n",
}


def last_line(argv):
    r = subprocess.run(argv, capture_output=True, timeout=TIMEOUT)
    lines = r.stderr.decode("utf-8", "replace").rstrip().splitlines()
    return r.stdout, lines[-1] if lines else ""


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_hint_as_cpython(minipy_bin, tmp_path, name):
    prog = tmp_path / (name + ".py")
    prog.write_text(PROGRAMS[name])
    assert last_line([minipy_bin, str(prog)]) == last_line([CPYTHON, str(prog)])
