"""mt19937 against CPython's random.Random."""

from rpython.rlib.rbigint import rbigint
from minipy.support.mt19937 import MT19937
from .cpython import py3_eval

SEEDS = [0, 1, 42, -42, 2 ** 32 - 1, 2 ** 32, 2 ** 100 + 12345, -(3 ** 90),
         123456789]


def _gen(seed):
    g = MT19937()
    g.seed_bigint(rbigint.fromlong(seed))
    return g


def test_random_sequences():
    exprs = [('[repr(x) for x in (lambda r: [r.random() for i in range(20)])'
              '(__import__("random").Random(a[0]))]', [s]) for s in SEEDS]
    expected = py3_eval(exprs)
    for seed, exp in zip(SEEDS, expected):
        g = _gen(seed)
        got = [repr(g.random()) for i in range(20)]
        assert ('ok', repr(got)) == exp, seed


def test_getrandbits():
    ks = [1, 5, 31, 32, 33, 63, 64, 100, 257, 0]
    exprs = [('(lambda r: [r.getrandbits(k) for k in a[1]])'
              '(__import__("random").Random(a[0]))', [s, ks]) for s in SEEDS]
    expected = py3_eval(exprs)
    for seed, exp in zip(SEEDS, expected):
        g = _gen(seed)
        got = [g.getrandbits(k).tolong() for k in ks]
        assert ('ok', repr(got).replace('L', '')) == exp, seed


def test_randbelow_and_ints():
    exprs = [('(lambda r: [r._randbelow(n) for n in (1, 2, 3, 10, 1000, '
              '2**40 + 3, 7)])(__import__("random").Random(a[0]))', [s])
             for s in SEEDS[:4]]
    expected = py3_eval(exprs)
    for seed, exp in zip(SEEDS[:4], expected):
        g = _gen(seed)
        got = [g.randbelow(n) for n in (1, 2, 3, 10, 1000, 2 ** 40 + 3, 7)]
        assert ('ok', repr(got).replace('L', '')) == exp, seed
    g = _gen(5)
    exp = py3_eval([('(lambda r: [r.getrandbits(40), r.getrandbits(62)])'
                     '(__import__("random").Random(5))', [])])[0]
    assert ('ok', repr([g.getrandbits_int(40),
                        g.getrandbits_int(62)]).replace('L', '')) == exp


def test_state_roundtrip():
    g = _gen(7)
    g.random()
    st = g.get_state()
    a = [g.genrand_uint32() for i in range(700)]
    g.set_state(st)
    assert [g.genrand_uint32() for i in range(700)] == a
    exp = py3_eval([('list(__import__("random").Random(7).getstate()[1])',
                     [])])[0]
    g = _gen(7)
    assert ('ok', repr(g.get_state())) == exp
