"""formatspec: format(value, spec) for int, float and str against CPython 3."""

import random
from rpython.rlib.rbigint import rbigint
from minipy.support import formatspec
from minipy.support.formatspec import (format_int, format_float, format_str,
                                       format_smallint, group_digits)
from minipy.support.utf8 import codepoint_count
from .cpython import compare, run_ours

INF = float('inf')
NAN = float('nan')

HAND = ['', 'abc', 'xx', '+', '#', '=5', 'd', 's', ',', '.2', 'z', '+c',
        '#c', ',_', '_,', '.', '\xc3\xa9', ',x', '_x', '_b', '_o', '_X',
        '99999999999999999999', '.99999999999999999999f', ',c', '_n', 'q',
        '\x01', 'c', '010', 'f', '+', 'z.1f', 'z.1e', '08,', '010,', '09,',
        '07,', '=+011_', '#012_x', '=+012,.3f', '015,', ',', '+010,', '%',
        '.3', 'n', '.0%', '#.0f', '#', '#g', 'x<5', '\xc3\xa9^6', '0=5',
        '00', '<05', '-', ' ', 'z+', '.1', '0', '05', ' 5', '^10', '*^+#12,',
        '#b', '#o', '#x', '#X', 'X', '=10', ',.2f', '_.3e', ',d', '_d',
        '020,.2f', '>+15.4e', '\xe2\x82\xac<12,', '#20_b', ' #x', '+#o',
        '010n', '0>10', '.0', '.0e', '.0g', '#.0e', '#.3g', ',%', '.2%',
        '12.5', '-^9', '0<', 'G', 'E', 'F', '.2F', '#10.0%', '=^5', ',,',
        '__', '5,5', 'z#.0f', 'z5', '.20g', '.17', '.16', ' .2f']


def _random_specs(n, seed, types):
    r = random.Random(seed)
    out = []
    for i in range(n):
        s = ''
        if r.random() < 0.4:
            if r.random() < 0.5:
                s += r.choice(['*', '0', ' ', '\xc3\xa9', 'x', '='])
            s += r.choice('<>^=')
        if r.random() < 0.4:
            s += r.choice('+- ')
        if r.random() < 0.15:
            s += 'z'
        if r.random() < 0.3:
            s += '#'
        if r.random() < 0.3:
            s += '0'
        if r.random() < 0.6:
            s += str(r.randint(0, 25))
        if r.random() < 0.3:
            s += r.choice(',_')
        if r.random() < 0.4:
            s += '.' + str(r.randint(0, 20))
        if r.random() < 0.85:
            s += r.choice(types)
        out.append(s)
    return out


INT_VALUES = [0, 1, -1, 5, -5, 42, 255, -255, 1234, 1234567, -987654321,
              0x110000, 65, 233, 8364, 10 ** 30, -(10 ** 25) - 7, 2 ** 63,
              -(2 ** 63)]
FLOAT_VALUES = [0.0, -0.0, 1.0, -1.5, 0.5, 1234.5, 1234567.891, -0.0001,
                1e-7, 1e16, 1e20, 1.5e300, 2.675, INF, -INF, NAN, 0.1,
                -123456.789, 5e-324, 100.0, 99.99]
STR_VALUES = ['', 'a', 'ab', 'hello', '\xc3\xa9t\xc3\xa9', '\xe2\x82\xac',
              'a\xf0\x9f\x98\x80b', 'longer text here']


def _big(v):
    return rbigint.fromlong(v)


def test_int():
    specs = HAND + _random_specs(700, 1, 'bcdoxXneEfFgG%s')
    cases, ours = [], []
    for spec in specs:
        for v in INT_VALUES:
            cases.append(('format(a[0], a[1])', [v, spec]))
            ours.append(run_ours(format_int, _big(v), spec))
    assert compare(cases, ours) == []


def test_smallint():
    """format_smallint formats b/o/x/X/d without an rbigint: every spec, machine ints
    up to both ends of the range."""
    specs = HAND + _random_specs(400, 3, 'bcdoxXneEfFgG%s')
    values = [v for v in INT_VALUES if -(2 ** 63) <= v < 2 ** 63] + [2 ** 63 - 1, 16, -16]
    cases, ours = [], []
    for spec in specs:
        for v in values:
            cases.append(('format(a[0], a[1])', [v, spec]))
            ours.append(run_ours(format_smallint, v, spec))
    assert compare(cases, ours) == []


def test_float():
    specs = HAND + _random_specs(400, 2, 'eEfFgGn%d')
    cases, ours = [], []
    for spec in specs:
        for v in FLOAT_VALUES:
            cases.append(('format(a[0], a[1])', [v, spec]))
            ours.append(run_ours(format_float, v, spec))
    assert compare(cases, ours) == []


def test_str():
    specs = HAND + _random_specs(500, 3, 'sdx')
    cases, ours = [], []
    for spec in specs:
        for v in STR_VALUES:
            cases.append(('format(a[0], a[1])', [v, spec]))
            ours.append(run_ours(format_str, v, codepoint_count(v), spec))
    assert compare(cases, ours) == []


def test_group_digits():
    assert group_digits('1234567', ',', 3, 0) == '1,234,567'
    assert group_digits('1234', ',', 3, 10) == '00,001,234'
    assert group_digits('abcdef', '_', 4, 0) == 'ab_cdef'
    assert group_digits('12', '', 0, 5) == '00012'


def test_parse_spec_fields():
    f = formatspec.parse_spec('*^+#012,.3f', '\0', '>', 'float')
    assert (f.fill, f.align, f.sign, f.alternate, f.width, f.thousands,
            f.precision, f.type) == ('*', '^', '+', True, 12, ',', 3, ord('f'))
    f = formatspec.parse_spec('012', '\0', '>', 'float')
    assert (f.fill, f.align, f.width) == ('0', '=', 12)
