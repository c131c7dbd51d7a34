"""itertools: our minipy/lib version against CPython's over many inputs."""
import itertools as cpy
import operator

import pytest

from libload import lib, outcome  # noqa: F401 (lib is a fixture)


def take(it, n=50):
    return list(cpy.islice(it, n))


SEQS = ["", "a", "abc", "abcd", [1, 2, 2, 3], range(5)]


def test_count_cycle_repeat(lib):
    it = lib.itertools
    assert take(it.count()) == take(cpy.count())
    assert take(it.count(5, 3), 10) == take(cpy.count(5, 3), 10)
    assert take(it.count(2.5, 0.5), 10) == take(cpy.count(2.5, 0.5), 10)
    assert take(it.count(10, -2), 10) == take(cpy.count(10, -2), 10)
    for args in [(), (5,), (5, 2), (2.5, 0.5), (1, 1.0)]:
        assert repr(it.count(*args)) == repr(cpy.count(*args))
    for s in SEQS:
        assert take(it.cycle(s), 17) == take(cpy.cycle(s), 17)
    assert list(it.repeat("x", 3)) == list(cpy.repeat("x", 3))
    assert list(it.repeat("x", -1)) == []
    assert take(it.repeat(7), 5) == [7] * 5
    assert repr(it.repeat("x", 3)) == repr(cpy.repeat("x", 3))
    assert list(map(pow, range(5), it.repeat(2))) == [0, 1, 4, 9, 16]


def test_accumulate(lib):
    data = [3, 4, 6, 2, 1, 9, 0, 7, 5, 8]
    for func in [None, operator.mul, max, min, lambda a, b: a * 10 + b]:
        for initial in [None, 100]:
            assert (list(lib.itertools.accumulate(data, func, initial=initial))
                    == list(cpy.accumulate(data, func, initial=initial)))
    assert list(lib.itertools.accumulate([])) == []
    assert list(lib.itertools.accumulate([], initial=5)) == [5]
    assert list(lib.itertools.accumulate(["a", "b", "c"])) == ["a", "ab", "abc"]


def test_chain(lib):
    it = lib.itertools
    assert list(it.chain("abc", [1, 2], (), range(3))) == list(cpy.chain("abc", [1, 2], (), range(3)))
    assert list(it.chain()) == []
    assert list(it.chain.from_iterable(["ab", "cd", ""])) == ["a", "b", "c", "d"]
    gen = (range(i) for i in range(4))
    assert list(it.chain.from_iterable(gen)) == [0, 0, 1, 0, 1, 2]
    c = it.chain([1], [2])
    assert iter(c) is c and next(c) == 1


@pytest.mark.parametrize("args", [(3,), (0,), (None,), (2, 5), (2, None), (1, 10, 3), (0, 9, 2),
                                  (5, 3), (None, 4), (0, None, 3), (20, 30)])
def test_islice(lib, args):
    data = list(range(12))
    assert list(lib.itertools.islice(data, *args)) == list(cpy.islice(data, *args))
    # how far the input is consumed
    a, b = iter(data), iter(data)
    list(lib.itertools.islice(a, *args))
    list(cpy.islice(b, *args))
    assert list(a) == list(b)


@pytest.mark.parametrize("args", [(-1,), (-2,), (-1, "a"), ("a", -1), (-1, -2), (1, -2), (-1, 3), (1, "a"), (None, -1), ("a", 2), (0, 5, 0), (0, 5, -1), ("a",), (1, 2, 3, 4)])
def test_islice_errors(lib, args):
    assert outcome(lib.itertools.islice, [1, 2], *args) == outcome(cpy.islice, [1, 2], *args)


def test_filters(lib):
    it = lib.itertools
    data = [1, 4, 6, 4, 1, 0, 7, 2]
    pred = lambda x: x < 5
    for name in ["takewhile", "dropwhile", "filterfalse"]:
        assert list(getattr(it, name)(pred, data)) == list(getattr(cpy, name)(pred, data))
    assert list(it.filterfalse(None, [0, 1, "", "a", None])) == list(cpy.filterfalse(None, [0, 1, "", "a", None]))
    assert list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])) == list(cpy.compress("ABCDEF", [1, 0, 1, 0, 1, 1]))
    assert list(it.compress("ABC", [1])) == ["A"]
    assert list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])) == [32, 9, 1000]
    assert list(it.pairwise("abcd")) == list(cpy.pairwise("abcd"))
    assert list(it.pairwise("a")) == []


@pytest.mark.parametrize("fill", [None, "-"])
def test_zip_longest(lib, fill):
    cases = [("abcd", "xy"), ("", "ab", [1, 2, 3]), (), ("a",), ("", "")]
    for args in cases:
        assert (list(lib.itertools.zip_longest(*args, fillvalue=fill))
                == list(cpy.zip_longest(*args, fillvalue=fill)))


def test_combinatorics(lib):
    it = lib.itertools
    for s in SEQS:
        for r in [0, 1, 2, 3, 5]:
            assert list(it.permutations(s, r)) == list(cpy.permutations(s, r)), (s, r)
            assert list(it.combinations(s, r)) == list(cpy.combinations(s, r)), (s, r)
            assert (list(it.combinations_with_replacement(s, r))
                    == list(cpy.combinations_with_replacement(s, r))), (s, r)
        assert list(it.permutations(s)) == list(cpy.permutations(s))
    for fn in ["permutations", "combinations", "combinations_with_replacement"]:
        assert outcome(getattr(it, fn), "abc", -1) == outcome(getattr(cpy, fn), "abc", -1)
    assert outcome(it.combinations, "abc", "x") == outcome(cpy.combinations, "abc", "x")


def test_product(lib):
    it = lib.itertools
    cases = [("ab", range(3)), ("ab",), (), ("ab", ""), ([1, 2], [3], [4, 5])]
    for args in cases:
        assert list(it.product(*args)) == list(cpy.product(*args))
        assert list(it.product(*args, repeat=2)) == list(cpy.product(*args, repeat=2))
    assert list(it.product("01", repeat=3)) == list(cpy.product("01", repeat=3))
    assert list(it.product("01", repeat=0)) == [()]
    assert outcome(it.product, "ab", repeat=-1) == outcome(cpy.product, "ab", repeat=-1)


def test_groupby(lib):
    it = lib.itertools
    data = "AAAABBBCCDAABBB"
    assert [(k, list(g)) for k, g in it.groupby(data)] == [(k, list(g)) for k, g in cpy.groupby(data)]
    assert [k for k, g in it.groupby(data)] == [k for k, g in cpy.groupby(data)]
    words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
    assert ([(k, list(g)) for k, g in it.groupby(words, key=lambda w: w[0])]
            == [(k, list(g)) for k, g in cpy.groupby(words, key=lambda w: w[0])])
    # groups taken out of order are empty once the outer iterator moved on
    ours = list(it.groupby(data))
    theirs = list(cpy.groupby(data))
    assert [(k, list(g)) for k, g in ours] == [(k, list(g)) for k, g in theirs]
    # partially consumed group, then advance
    a, b = it.groupby([1, 1, 1, 2, 2, 3]), cpy.groupby([1, 1, 1, 2, 2, 3])
    ka, ga = next(a)
    kb, gb = next(b)
    assert (ka, next(ga)) == (kb, next(gb))
    assert [(k, list(g)) for k, g in a] == [(k, list(g)) for k, g in b]
    assert list(ga) == list(gb)
    assert list(it.groupby([])) == []


def test_tee(lib):
    a, b = lib.itertools.tee(iter(range(5)))
    assert next(a) == 0 and next(a) == 1
    assert list(b) == [0, 1, 2, 3, 4]
    assert list(a) == [2, 3, 4]
    assert lib.itertools.tee("ab", 0) == ()
    assert len(lib.itertools.tee("ab", 3)) == 3
