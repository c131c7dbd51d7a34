"""numhash and floatops against CPython 3."""

from rpython.rlib.rbigint import rbigint
from minipy.support import numhash, floatops
from minipy.support.floatfmt import float_repr
from .cpython import compare, run_ours

INTS = [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 63 - 1,
        -(2 ** 63), 10 ** 30, -(10 ** 30), 12345678901234567]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.75, 1e300, 1e-300, 3.141592653589793,
          float('inf'), float('-inf'), 2.0 ** 61, 123456789.125, 5e-324, 0.1]


def test_int_hash():
    cases, ours = [], []
    for v in INTS:
        cases.append(('hash(a[0])', [v]))
        ours.append(('ok', str(numhash.hash_int(rbigint.fromlong(v)))))
        if -2 ** 63 <= v < 2 ** 63:
            cases.append(('hash(a[0])', [v]))
            ours.append(('ok', str(numhash.hash_smallint(int(v)))))
    assert compare(cases, ours) == []


def test_float_hash():
    cases, ours = [], []
    for x in FLOATS:
        cases.append(('hash(a[0])', [x]))
        ours.append(('ok', str(numhash.hash_float(x))))
    assert compare(cases, ours) == []


def test_tuple_hash():
    tuples = [[], [1], [1, 2], [-1], [0.5, 3], [[1, 2], 3], [10 ** 30, -7]]
    cases, ours = [], []

    def h(x):
        if isinstance(x, list):
            return numhash.hash_tuple([h(y) for y in x])
        if isinstance(x, float):
            return numhash.hash_float(x)
        return numhash.hash_int(rbigint.fromlong(x))
    for t in tuples:
        cases.append(('hash((lambda f: f(f, a[0]))(lambda f, x: tuple(f(f, y) '
                      'for y in x) if isinstance(x, list) else x))', [t]))
        ours.append(('ok', str(h(t))))
    assert compare(cases, ours) == []


def test_float_divmod():
    vals = [7.5, -7.5, 2.0, -2.0, 0.0, -0.0, 1e300, 1e-300, 0.1, 3.0,
            float('inf'), float('-inf'), float('nan')]
    cases, ours = [], []
    for x in vals:
        for y in vals:
            cases.append(('repr(divmod(a[0], a[1]))', [x, y]))
            r = run_ours(floatops.float_divmod, x, y)
            if r[0] == 'ok':
                r = ('ok', '(%s, %s)' % (float_repr(r[1][0]),
                                         float_repr(r[1][1])))
            ours.append(r)
            for op, fn in (('//', floatops.float_floordiv),
                           ('%', floatops.float_mod),
                           ('/', floatops.float_truediv)):
                cases.append(('repr(a[0] %s a[1])' % op, [x, y]))
                r = run_ours(fn, x, y)
                if r[0] == 'ok':
                    r = ('ok', float_repr(r[1]))
                ours.append(r)
    assert compare(cases, ours) == []


def test_float_to_int():
    cases, ours = [], []
    for x in [0.0, -2.5, 1e20, float('inf'), float('nan'), -1e300]:
        cases.append(('int(a[0])', [x]))
        r = run_ours(floatops.float_to_bigint, x)
        if r[0] == 'ok':
            r = ('ok', r[1].str())
        ours.append(r)
        cases.append(('a[0].is_integer()', [x]))
        ours.append(('ok', str(floatops.float_is_integer(x))))
    assert compare(cases, ours) == []
