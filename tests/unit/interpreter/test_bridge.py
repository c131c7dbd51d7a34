"""The CPython 3.9 bridge: code compiled by CPython 3.9 (tests/tools/cpy39_export.py)
runs on minipy's eval loop with python3's output."""
import os
import pytest
from minipy.interpreter import loader
import bridge
import runner

SRC = '''
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head
def walk(h):
    while h is not None:
        yield h.v
        h = h.nxt
print(list(walk(build(5))), sum(x * x for x in walk(build(10))))
try:
    {}[1]
except KeyError as e:
    print("missing", e)
print(f"{3.0:8.2f}|{'x':^5}|", "%s-%d" % ("a", 2))
'''


def test_bridge_program():
    if not os.path.exists(bridge.PY39):
        pytest.skip('python3.9 not available')
    path = runner._write_prog(SRC)
    loader.set_test_compiler(bridge.compile_with_cpython39)
    try:
        a = runner.run_file_minipy(path)
    finally:
        loader.set_test_compiler(None)
    b = runner.run_file_cpython(path)
    assert a.out == b.out
    assert a.rc == b.rc == 0
