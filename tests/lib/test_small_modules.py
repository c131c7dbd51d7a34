"""operator, string, bisect, heapq: our minipy/lib versions against CPython's modules."""
import bisect as cpy_bisect
import heapq as cpy_heapq
import operator as cpy_operator
import random
import string as cpy_string

import pytest

from libload import lib, outcome  # noqa: F401 (lib is a fixture)

BINARY = ["lt", "le", "eq", "ne", "ge", "gt", "add", "sub", "mul", "truediv", "floordiv",
          "mod", "pow", "lshift", "rshift", "and_", "or_", "xor", "is_", "is_not",
          "concat", "contains", "countOf", "indexOf", "getitem", "iadd", "isub", "imul",
          "ifloordiv", "imod", "iand", "ior", "ixor", "iconcat"]
PAIRS = [(7, 3), (-7, 2), (2.5, 0.5), (3, 0), ("ab", "cd"), ([1, 2], [2]), ((1, 2), 1),
         ([1, 2, 2], 2), ("abc", "b"), (True, 1), (None, None), (2, 70)]


@pytest.mark.parametrize("name", BINARY)
def test_operator_binary(lib, name):
    for a, b in PAIRS:
        ours = outcome(getattr(lib.operator, name), a, b)
        theirs = outcome(getattr(cpy_operator, name), a, b)
        assert ours == theirs, (name, a, b)


@pytest.mark.parametrize("name", ["neg", "pos", "invert", "not_", "truth", "abs", "index"])
def test_operator_unary(lib, name):
    for a in [5, -3, 0, True, 2.5, "x"]:
        assert outcome(getattr(lib.operator, name), a) == outcome(getattr(cpy_operator, name), a)


def test_operator_getters(lib):
    op = lib.operator
    data = [(3, "c", {"k": 1}), (1, "a", {"k": 2}), (2, "b", {"k": 0})]
    assert sorted(data, key=op.itemgetter(1)) == sorted(data, key=cpy_operator.itemgetter(1))
    assert op.itemgetter(0, 1)(data[0]) == (3, "c")
    assert op.itemgetter(slice(1, None))("hello") == "ello"
    assert outcome(op.itemgetter(5), [1]) == outcome(cpy_operator.itemgetter(5), [1])

    class P:
        def __init__(self, x):
            self.x = x
            self.me = self
    p = P(4)
    assert op.attrgetter("x")(p) == 4
    assert op.attrgetter("me.me.x", "x")(p) == (4, 4)
    assert outcome(op.attrgetter("y"), p) == outcome(cpy_operator.attrgetter("y"), p)
    assert outcome(op.attrgetter, 1) == outcome(cpy_operator.attrgetter, 1)
    assert op.methodcaller("split", ",", maxsplit=1)("a,b,c") == ["a", "b,c"]
    assert op.methodcaller("upper")("x") == "X"
    assert repr(op.itemgetter(1, "a")) == repr(cpy_operator.itemgetter(1, "a"))
    assert repr(op.attrgetter("x", "y")) == repr(cpy_operator.attrgetter("x", "y"))
    assert repr(op.methodcaller("f", 1, k=2)) == repr(cpy_operator.methodcaller("f", 1, k=2))


def test_operator_setitem_delitem(lib):
    a = [1, 2, 3]
    lib.operator.setitem(a, 1, 9)
    lib.operator.delitem(a, 0)
    assert a == [9, 3]
    assert outcome(lib.operator.indexOf, [1], 5) == outcome(cpy_operator.indexOf, [1], 5)


def test_string_constants(lib):
    for name in ["whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits",
                 "hexdigits", "octdigits", "punctuation", "printable"]:
        assert getattr(lib.string, name) == getattr(cpy_string, name), name


@pytest.mark.parametrize("text,sep", [("hello world", None), ("  many   spaces here ", None),
                                      ("a-b-c", "-"), ("ALL caps", None), ("x--y", "-"),
                                      ("", None), ("tab\tsep\nline", None), ("o'neil x", " ")])
def test_capwords(lib, text, sep):
    assert lib.string.capwords(text, sep) == cpy_string.capwords(text, sep)


TEMPLATES = ["$a and ${b}", "$$ $a$b ${a}x", "no placeholders", "bad $", "bad ${a",
             "two\nlines $9", "$a_b ${a}_b", "$ab", "$$$a", "${}"]
MAPPINGS = [{}, {"a": 1}, {"a": "A", "b": [2], "a_b": None}]


@pytest.mark.parametrize("text", TEMPLATES)
def test_template(lib, text):
    ours = lib.string.Template(text)
    theirs = cpy_string.Template(text)
    for mapping in MAPPINGS:
        assert outcome(ours.substitute, mapping) == outcome(theirs.substitute, mapping)
        assert outcome(ours.safe_substitute, mapping) == outcome(theirs.safe_substitute,
                                                                   mapping)
        assert (outcome(ours.substitute, mapping, b="kw") ==
                outcome(theirs.substitute, mapping, b="kw"))
    assert ours.is_valid() == theirs.is_valid()
    assert outcome(ours.get_identifiers) == outcome(theirs.get_identifiers)


def test_template_subclasses(lib):
    for attrs in [{"delimiter": "%"}, {"idpattern": "[a-z]+(?:[.][a-z]+)*"},
                  {"braceidpattern": "[^}]+"}, {"delimiter": "#", "flags": 0}]:
        ours = type("T", (lib.string.Template,), dict(attrs))
        theirs = type("T", (cpy_string.Template,), dict(attrs))
        for text in ["%x %% #y ## $z", "${a b} #{c.d} %{e}", "#A #a"]:
            mapping = {"x": 1, "y": 2, "z": 3, "a b": 4, "c.d": 5, "e": 6, "A": 7, "a": 8}
            assert (outcome(ours(text).safe_substitute, mapping) ==
                    outcome(theirs(text).safe_substitute, mapping))
            assert (outcome(ours(text).substitute, mapping) ==
                    outcome(theirs(text).substitute, mapping))


def test_bisect_random(lib):
    rng = random.Random(5)
    for trial in range(300):
        a = sorted(rng.randrange(20) for _ in range(rng.randrange(15)))
        x = rng.randrange(-2, 22)
        lo = rng.randrange(0, len(a) + 1)
        for name in ["bisect_left", "bisect_right", "bisect"]:
            assert getattr(lib.bisect, name)(a, x) == getattr(cpy_bisect, name)(a, x)
            assert getattr(lib.bisect, name)(a, x, lo) == getattr(cpy_bisect, name)(a, x, lo)
            assert (getattr(lib.bisect, name)(a, x, 0, lo)
                    == getattr(cpy_bisect, name)(a, x, 0, lo))
        for name in ["insort_left", "insort_right", "insort"]:
            b, c = list(a), list(a)
            getattr(lib.bisect, name)(b, x)
            getattr(cpy_bisect, name)(c, x)
            assert b == c


def test_bisect_key(lib):
    recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
    key = lambda r: r[1]
    for x in [0, 1, 3, 5, 7, 9]:
        assert lib.bisect.bisect_left(recs, x, key=key) == cpy_bisect.bisect_left(recs, x, key=key)
        assert lib.bisect.bisect_right(recs, x, key=key) == cpy_bisect.bisect_right(recs, x, key=key)
    b, c = list(recs), list(recs)
    lib.bisect.insort_left(b, ("z", 3), key=key)
    cpy_bisect.insort_left(c, ("z", 3), key=key)
    assert b == c
    lib.bisect.insort_right(b, ("y", 3), key=key)
    cpy_bisect.insort_right(c, ("y", 3), key=key)
    assert b == c
    assert outcome(lib.bisect.bisect_left, [1], 1, -1) == outcome(cpy_bisect.bisect_left, [1], 1, -1)


def test_heapq_operations(lib):
    rng = random.Random(11)
    for trial in range(200):
        a = [rng.randrange(40) for _ in range(rng.randrange(25))]
        b, c = list(a), list(a)
        lib.heapq.heapify(b)
        cpy_heapq.heapify(c)
        assert b == c
        for step in range(10):
            x = rng.randrange(50)
            op = rng.choice(["heappush", "heappop", "heapreplace", "heappushpop"])
            args = (x,) if op != "heappop" else ()
            assert outcome(getattr(lib.heapq, op), b, *args) == outcome(getattr(cpy_heapq, op), c, *args)
            assert b == c


def test_heapq_empty_errors(lib):
    for op, args in [("heappop", ()), ("heapreplace", (1,))]:
        assert outcome(getattr(lib.heapq, op), [], *args) == outcome(getattr(cpy_heapq, op), [], *args)
    assert lib.heapq.heappushpop([], 3) == cpy_heapq.heappushpop([], 3)


def test_heapq_nlargest_nsmallest_merge(lib):
    rng = random.Random(3)
    words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime", "banana", "yam"]
    for n in [-1, 0, 1, 3, 9, 20]:
        for key in [None, len, lambda w: w[-1]]:
            assert lib.heapq.nlargest(n, words, key=key) == cpy_heapq.nlargest(n, words, key=key)
            assert lib.heapq.nsmallest(n, words, key=key) == cpy_heapq.nsmallest(n, words, key=key)
    for trial in range(50):
        seqs = [sorted(rng.randrange(30) for _ in range(rng.randrange(6))) for _ in range(4)]
        assert list(lib.heapq.merge(*seqs)) == list(cpy_heapq.merge(*seqs))
        rseqs = [sorted(s, reverse=True) for s in seqs]
        assert list(lib.heapq.merge(*rseqs, reverse=True)) == list(cpy_heapq.merge(*rseqs, reverse=True))
    pairs = [[(1, "a"), (3, "a")], [(1, "b"), (2, "b")], [(1, "c")]]
    k = lambda p: p[0]
    assert list(lib.heapq.merge(*pairs, key=k)) == list(cpy_heapq.merge(*pairs, key=k))
    assert list(lib.heapq.merge()) == []
