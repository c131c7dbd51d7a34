"""House rules for minipy/lib: plain Python 3 modules that import only each other and the
native modules minipy provides, and avoid what minipy does not implement."""
import ast

import pytest

from libload import LIB, MODULES

NATIVE = {"sys", "math", "time", "_random", "_thread",
          "re"}    # (a lib module on minipy's native _sre; CPython's stands in for it here)
FORBIDDEN_NAMES = {"eval", "compile", "_getframe", "__class_getitem__", "weakref",
                   "abc", "typing", "__import__"}
# (bytearray was on the list while minipy had none: it has it now, coll_bytearray.py;
# exec, which minipy has had since the twelfth session: namedtuple compiles its __new__;
# and complex and Ellipsis, which minipy has and copy treats as immutable, as CPython's does)


def test_the_modules_are_there():
    for name in ["collections", "itertools", "functools", "operator", "string", "heapq",
                 "bisect", "copy", "random"]:
        assert name in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_imports_and_names(name):
    tree = ast.parse((LIB / (name + ".py")).read_text(), name)
    assert ast.get_docstring(tree), "every module starts with a docstring"
    allowed = NATIVE | set(MODULES)
    # (the modules tested here import only each other and these natives)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                assert alias.name in allowed, alias.name
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0 and node.module in allowed, node.module
        elif isinstance(node, ast.ClassDef):
            assert not node.keywords, "no metaclass or class keywords: %s" % node.name
        elif isinstance(node, ast.Name):
            assert node.id not in FORBIDDEN_NAMES, "%s uses %s" % (name, node.id)
        elif isinstance(node, ast.Attribute):
            if isinstance(node.value, ast.Name) and node.value.id == "re":
                continue      # re.compile is the regex one, not the built-in
            assert node.attr not in FORBIDDEN_NAMES, "%s uses .%s" % (name, node.attr)
