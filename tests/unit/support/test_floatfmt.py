"""floatfmt: repr and PyOS_double_to_string against CPython 3."""

import random
from rpython.rlib import rfloat
from minipy.support.floatfmt import (float_repr, float_to_string,
                                     is_zero_digits, host_formatd)
from .cpython import compare

INF = float('inf')
NAN = float('nan')


def _values():
    vals = [0.0, -0.0, 0.1, 1e16, 1e-05, 1e-4, INF, -INF, NAN, 1.0, -1.5,
            123456789012345678.0, 1e15, 9999999999999998.0, 2e16 + 8,
            5e-324, 1.7976931348623157e308, 0.3, 2.675, 1.5e300, 1e22, 1e23,
            0.5, 12345.678, -0.000123456, 100.0, 1e-7, 3.141592653589793]
    r = random.Random(42)
    for i in range(200):
        vals.append(r.uniform(-1e6, 1e6))
        vals.append(r.random() * 10 ** r.randint(-30, 30))
    return vals


def test_repr():
    vals = _values()
    cases = [('repr(a[0])', [v]) for v in vals]
    ours = [('ok', float_repr(v)) for v in vals]
    assert compare(cases, ours) == []


def test_str_same_as_repr():
    cases = [('str(a[0])', [v]) for v in _values()[:30]]
    ours = [('ok', float_repr(v)) for v in _values()[:30]]
    assert compare(cases, ours) == []


def test_codes_and_precisions():
    cases = []
    ours = []
    for v in _values()[:80]:
        for code in 'eEfFgG':
            for prec in (0, 1, 3, 6, 17):
                for alt in (False, True):
                    fmt = '%' + ('#' if alt else '') + '.%d' % prec + code
                    cases.append(('a[1] % a[0]', [v, fmt]))
                    ours.append(('ok', float_to_string(v, code, prec, alt,
                                                       False)))
    assert compare(cases, ours) == []


def test_is_zero_digits():
    assert is_zero_digits('-0.000')
    assert is_zero_digits('-0e+00')
    assert not is_zero_digits('-1.0e-04')
    assert not is_zero_digits('-inf')
    assert not is_zero_digits('nan')


def test_host_formatd_matches_rdtoa():
    # the untranslated stand-in must agree with the real rdtoa (slow: keep
    # this sample small)
    vals = [0.0, -0.0, 1.0, 123.0, 100.0, 0.1, 1e16, 1e-5, -2.675, 1e22,
            float('inf'), float('nan'), 12345.678]
    combos = [('r', 0, rfloat.DTSF_ADD_DOT_0), ('g', 3, rfloat.DTSF_ADD_DOT_0),
              ('e', 2, 0), ('f', 1, rfloat.DTSF_ALT), ('G', 0, 0),
              ('E', 0, rfloat.DTSF_ALT), ('F', 3, 0)]
    for v in vals:
        for code, prec, flags in combos:
            assert (host_formatd(v, code, prec, flags) ==
                    rfloat.formatd(v, code, prec, flags)), (v, code, prec)
