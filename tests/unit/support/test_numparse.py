"""numparse and strrepr.repr_truncated: int()/float() parsing, bin/oct/hex,
str(int) limit and round(), against CPython 3."""

import random
from rpython.rlib.rbigint import rbigint
from minipy.support import numparse
from .cpython import compare, run_ours


def _big(v):
    return rbigint.fromlong(v)


def _res_int(fn, *args):
    r = run_ours(fn, *args)
    if r[0] == 'ok':
        return ('ok', repr(r[1].tolong()).rstrip('L'))
    return r


INT_CASES = [
    ('abc', 0), ('0x', 0), ('0x', 16), ('010', 0), ('00', 0), ('0_0', 0),
    ('0_1', 0), ('1__2', 10), ('_1', 10), ('1_', 10), (' 1_2 ', 10),
    ('0x_1f', 0), ('0x_1f', 16), ('0_x1', 16), ('+ 1', 10), ('-0b101', 0),
    ('0b2', 0), ('z', 36), ('Z', 36), ('\xd9\xa1\xd9\xa2', 10),
    ('\xc2\xa0 12\xe2\x80\x83', 10), ('12\xc3\xa9', 10), ('', 10), ('1', 1),
    ('1', 37), ('1', -5), ('x' * 300, 10), ('0o17', 8), ('0O17', 0),
    ('1e5', 10), ('-0', 10), ('  -42\n', 10), ('123456789012345678901234567890',
                                               10),
    ('-ffffffffffffffffffffffff', 16), ('1' * 4301, 10), ('1' * 600, 16), ('777777777777777777777777', 8), ('0b' + '1' * 100, 0),
    ('zzzzzzzzzzzzzzzzzzzz', 36), ('9' * 18, 10), ('-9' + '9' * 18, 10),
    ('1\t', 10), ('\x0c1\x1c', 10), ('0x1F', 16), ('0X1f', 0), ('+0o_7', 0),
    ('0_', 0), ('00_00', 0), ('-', 10), ('0b', 2), ('12', 2), ("'q'", 10),
    ('a"b', 10), ('a\'b"', 10), ('\n', 10),
]

FLOAT_STRS = ['1_0.5', '1__0', '_1', '1_', '1_e5', '1e_5', '1e5_', '.5', '5.',
              '.', 'inf', '-Infinity', 'nAn', '-nan', '+inF ', '1e400',
              '0x1f', '1e', 'e5', '\xd9\xa1.5', ' 1.5\n', '1.5.',
              '1_000.000_1', 'infinit', '', '1,5', '-0', '+0.0', '1E+5',
              '1e-5', '-.5e-3', '1._5', '1_.5', '2.5E', '\xe2\x80\x831e3',
              '12345678901234567890.123', '0.1', '4.9e-324', '1e-400',
              'in f', '--1', '+-1', '\xd9\xa1', 'nan ', ' -inf']


def test_parse_int():
    cases, ours = [], []
    for s, b in INT_CASES:
        cases.append(('int(a[0], a[1])', [s, b]))
        ours.append(_res_int(numparse.parse_int, s, b))
    assert compare(cases, ours) == []


def test_parse_int_random():
    r = random.Random(5)
    cases, ours = [], []
    for i in range(300):
        b = r.choice([0, 2, 8, 10, 16, 36, 7])
        s = ''.join(r.choice('0123456789abcxXoObB_ +-') for k in
                    range(r.randint(0, 8)))
        cases.append(('int(a[0], a[1])', [s, b]))
        ours.append(_res_int(numparse.parse_int, s, b))
    assert compare(cases, ours) == []


def test_parse_float():
    cases, ours = [], []
    for s in FLOAT_STRS:
        cases.append(('repr(float(a[0]))', [s]))
        r = run_ours(numparse.parse_float, s)
        if r[0] == 'ok':
            r = ('ok', repr(r[1]))
        ours.append(r)
    assert compare(cases, ours) == []


def test_int_to_str_and_base():
    vals = [0, 1, -1, 31, -31, 255, 2 ** 64, -(3 ** 50), 10 ** 5000]
    cases, ours = [], []
    for v in vals:
        cases.append(('str(a[0])', [v]))
        ours.append(run_ours(numparse.int_to_str, _big(v)))
        for b, fn in ((2, 'bin'), (8, 'oct'), (16, 'hex')):
            cases.append(('%s(a[0])' % fn, [v]))
            ours.append(run_ours(numparse.int_to_base, _big(v), b))
    assert compare(cases, ours) == []


def test_round_float():
    vals = [2.675, 0.5, 1.5, 2.5, -0.5, -2.5, 12.0, 15.0, 25.0, 0.125,
            0.375, 1e300, 5e-324, 1.7976931348623157e308, 123.456, -0.0,
            float('inf'), float('nan'), 0.1, 1234567.891]
    nds = [0, 1, 2, -1, -2, 3, 400, -400, -308, 5]
    cases, ours = [], []
    for v in vals:
        for nd in nds:
            cases.append(('repr(round(a[0], a[1]))', [v, nd]))
            r = run_ours(numparse.round_float, v, nd)
            if r[0] == 'ok':
                r = ('ok', repr(r[1]))
            ours.append(r)
        cases.append(('repr(round(a[0]))', [v]))
        ours.append(_res_int(numparse.round_float_to_int, v))
    assert compare(cases, ours) == []


def test_round_int():
    vals = [0, 5, 15, 25, -25, 1234, 1250, 1350, -1350, 10 ** 20 + 5 * 10 ** 9,
            -7, 99999]
    cases, ours = [], []
    for v in vals:
        for nd in (-1, -2, -3, 0, 2, -10):
            cases.append(('round(a[0], a[1])', [v, nd]))
            ours.append(_res_int(numparse.round_int, _big(v), nd))
    assert compare(cases, ours) == []


def test_digit_limit(monkeypatch):
    # CPython's smallest allowed limit is 640: test the boundary there
    from minipy.support import intdigits
    monkeypatch.setattr(intdigits._LIMIT, 'digits', 640)
    setlim = 'sys.set_int_max_str_digits(640) or '
    cases, ours = [], []
    for v in (10 ** 639, -(10 ** 640) + 1, 10 ** 640, -(10 ** 640)):
        cases.append((setlim + 'str(a[0])', [v]))
        ours.append(run_ours(numparse.int_to_str, _big(v)))
    for s in ('9' * 640, '-' + '1' * 641, '1' * 700):
        cases.append((setlim + 'int(a[0])', [s]))
        ours.append(_res_int(numparse.parse_int, s, 10))
    assert compare(cases, ours) == []
