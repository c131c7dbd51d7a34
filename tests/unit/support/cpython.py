"""Test helper: ask the system python3 (CPython 3.11, the oracle) for many
results in one subprocess.

py3_eval(cases): cases is a list of (expr, args); expr is Python 3 source
that may use `a` (the list args, sent as JSON: ints, floats, UTF-8 str
which arrive as str, lists).  Returns one entry per case:
('ok', text) where text is the result as UTF-8 str if it is a str, else
its repr(), or ('err', exc_type_name, message).
"""

import json
import subprocess

PY3 = 'python3'

_PROG = r'''
import json, sys
sys.set_int_max_str_digits(0)
data = json.load(sys.stdin)
sys.set_int_max_str_digits(4300)
out = []
for e, a in data:
    try:
        v = eval(e)
        sys.set_int_max_str_digits(0)
        out.append(['ok', v if isinstance(v, str) else repr(v)])
        sys.set_int_max_str_digits(4300)
    except BaseException as ex:
        out.append(['err', type(ex).__name__, str(ex)])
sys.stdout.write(json.dumps(out))
'''


def _to_json(x):
    if isinstance(x, str):
        return x.decode('utf-8')
    if isinstance(x, (list, tuple)):
        return [_to_json(y) for y in x]
    return x


def _from_json(x):
    if isinstance(x, unicode):
        return x.encode('utf-8')
    if isinstance(x, list):
        return tuple([_from_json(y) for y in x])
    return x


def py3_eval(cases):
    data = json.dumps([[e, _to_json(list(a))] for e, a in cases])
    p = subprocess.Popen([PY3, '-c', _PROG], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE)
    out, _ = p.communicate(data)
    assert p.returncode == 0
    return [_from_json(r) for r in json.loads(out)]


def run_ours(fn, *args):
    """Call fn and return its result in py3_eval's shape."""
    from minipy.support.errors import SupportError
    try:
        return ('ok', fn(*args))
    except SupportError as e:
        return ('err', e.exc_name, e.msg)


def compare(cases, ours):
    """cases: list of (expr, args); ours: list of results of run_ours.
    Returns the list of mismatches (case, expected, got)."""
    expected = py3_eval(cases)
    bad = []
    for c, exp, got in zip(cases, expected, ours):
        if exp != got:
            bad.append((c, exp, got))
    return bad
