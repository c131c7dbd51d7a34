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


# On a line with non-ASCII text the positions are UTF-8 byte offsets but the carets count
# characters. The caret line below is what CPython 3.11.7 printed for this program (kept
# here, not compared with the machine's python3, whose caret rules change between
# versions -- see tests/programs/README.md on tb_ programs).
NONASCII = ('def f(d):\n'
            '    return "h\xc3\xa9llo w\xc3\xb6rld" + d["schl\xc3\xbcssel"] + 1 / 0\n'
            'f({"schl\xc3\xbcssel": "\xc3\xbc"})\n')
NONASCII_CARETS = '                                            ~~^~~'


def test_carets_count_characters_on_non_ascii_lines():
    from runner import _write_prog, run_file_minipy
    r = run_file_minipy(_write_prog(NONASCII))
    lines = r.err.split('\n')
    assert lines[-2] == 'ZeroDivisionError: division by zero'
    assert lines[-3] == NONASCII_CARETS, r.err


# The traceback module's hooks (sys._tb_entries, sys._stack_entries) and
# BaseException.add_note: what the library module prints must be CPython's.
TB_MODULE = '''
import sys, traceback
def inner(d):
    return d["k"] + 1
def outer():
    return inner({"k": "a"})
try:
    outer()
except TypeError as e:
    print(traceback.format_exc(), end="")
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)])
def where():
    return [(f.name, f.lineno, f.line) for f in traceback.extract_stack()]
print(where())
def rec(n):
    if n == 0:
        raise ValueError("bottom")
    rec(n - 1)
try:
    rec(6)
except ValueError:
    traceback.print_exc(file=sys.stdout)
e = KeyError("x")
e.add_note("first")
e.add_note("second\\nline")
print(e.__notes__, traceback.format_exception_only(e))
for bad in [(5,), ()]:
    try:
        e.add_note(*bad)
    except TypeError as err:
        print(err)
raise e
'''


def test_traceback_module_and_notes():
    compare(TB_MODULE, whole_stderr=True)


# sys._stack_entries(depth, lines): logging looks its caller up at every record with
# lines false (no source read); the entries are otherwise the same.
STACK_ENTRIES = '''
import sys
def f():
    return sys._stack_entries(0), sys._stack_entries(0, False), sys._stack_entries(1, 0)
a, b, c = f()
print([e[:3] for e in a] == [e[:3] for e in b] and [e[3] for e in b] == [None, None])
print(a[0][3].strip(), c == b[1:])
try:
    sys._stack_entries(0, 1, 2)
except TypeError as e:
    print(e)
'''


def test_stack_entries_without_lines():
    from runner import _write_prog, run_file_minipy
    r = run_file_minipy(_write_prog(STACK_ENTRIES))
    assert r.out.split("\n")[:3] == [
        "True",
        "return sys._stack_entries(0), sys._stack_entries(0, False), "
        "sys._stack_entries(1, 0) True",
        "sys._stack_entries expected at most 2 arguments, got 3"], r.err
