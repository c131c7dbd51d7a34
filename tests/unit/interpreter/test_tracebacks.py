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
