"""Uncaught exceptions: the whole stderr must be what CPython 3.11 prints (for
programs whose lines need no 3.11 caret markers)."""
from runner import compare

CHAINED = '''
def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise LookupError("no such key: " + key) from e

def main():
    try:
        load("b")
    except LookupError:
        raise RuntimeError("main failed")

main()
'''


def test_chained_traceback():
    compare(CHAINED, whole_stderr=True)


def test_name_error_traceback():
    compare('x = 1\nprint(x)\nprint(undefined_name)\n', whole_stderr=True)


def test_syntax_error():
    r = compare('print(1)\nx = (1,\n')
    assert r.rc == 1


def test_system_exit_message():
    compare('raise SystemExit("bye")\n', whole_stderr=True)
