"""functools: our minipy/lib version against CPython's."""
import functools as cpy
import operator

from libload import lib, outcome  # noqa: F401 (lib is a fixture)


def test_reduce(lib):
    f = lib.functools.reduce
    assert f(operator.add, [1, 2, 3, 4]) == 10
    assert f(operator.add, [], 7) == 7
    assert f(lambda a, b: a * 10 + b, [1, 2, 3], 9) == 9123
    assert f(operator.add, ["a"]) == "a"
    assert outcome(f, operator.add, []) == outcome(cpy.reduce, operator.add, [])
    assert outcome(f, operator.add, 5) == outcome(cpy.reduce, operator.add, 5)


def test_partial(lib):
    p = lib.functools.partial(int, base=2)
    assert p("101") == 5
    assert p("ff", base=16) == 255
    q = lib.functools.partial(lambda *a, **k: (a, sorted(k.items())), 1, x=1)
    r = lib.functools.partial(q, 2, y=2)
    assert r(3, z=3) == ((1, 2, 3), [("x", 1), ("y", 2), ("z", 3)])
    assert r.args == (1, 2) and r.keywords == {"x": 1, "y": 2}
    assert repr(lib.functools.partial(max, 1, k=2)) == repr(cpy.partial(max, 1, k=2))
    assert outcome(lib.functools.partial, 5) == outcome(cpy.partial, 5)


def test_wraps(lib):
    def deco(fn):
        @lib.functools.wraps(fn)
        def inner(*a):
            return fn(*a) + 1
        return inner

    @deco
    def f(x):
        "doc of f"
        return x
    assert f(1) == 2
    assert f.__name__ == "f" and f.__doc__ == "doc of f"
    assert f.__wrapped__(1) == 1
    assert f.__qualname__.endswith("f")


def _fib_pair(mod):
    calls = []

    @mod.lru_cache(maxsize=None)
    def fib(n):
        calls.append(n)
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    return fib, calls


def test_lru_cache_unbounded(lib):
    fib, calls = _fib_pair(lib.functools)
    cfib, ccalls = _fib_pair(cpy)
    assert fib(30) == cfib(30) == 832040
    assert calls == ccalls
    assert tuple(fib.cache_info()) == tuple(cfib.cache_info())
    assert repr(fib.cache_info()) == repr(cfib.cache_info())
    fib.cache_clear()
    cfib.cache_clear()
    assert tuple(fib.cache_info()) == tuple(cfib.cache_info())


def _logged_square(mod, maxsize):
    log = []

    @mod.lru_cache(maxsize=maxsize)
    def sq(x, y=0):
        log.append(x)
        return x * x + y
    return sq, log


def test_lru_cache_bounded_eviction(lib):
    for maxsize in [0, 1, 2, 3, 5]:
        ours, our_log = _logged_square(lib.functools, maxsize)
        theirs, their_log = _logged_square(cpy, maxsize)
        seq = [1, 2, 1, 3, 4, 1, 2, 5, 1, 1, 3, 2, 2, 6, 1]
        for x in seq:
            assert ours(x) == theirs(x)
            assert ours(x, y=1) == theirs(x, y=1)
        assert our_log == their_log, maxsize
        assert len(our_log) > 0
        assert tuple(ours.cache_info()) == tuple(theirs.cache_info())


def test_lru_cache_forms(lib):
    @lib.functools.lru_cache
    def f(x):
        return [x]
    assert f(1) is f(1)
    assert f.cache_info().hits == 1
    assert tuple(f.cache_info()) == (1, 1, 128, 1)

    @lib.functools.cache
    def g(x):
        return [x]
    assert g(2) is g(2)
    assert g.cache_info().maxsize is None

    @lib.functools.lru_cache(typed=True)
    def h(x):
        return type(x).__name__
    assert (h(1), h(1.0)) == ("int", "float")
    assert outcome(f, []) == outcome(cpy.lru_cache(lambda x: x), [])

    class C:
        @lib.functools.lru_cache(maxsize=None)
        def m(self, k):
            return k * 2
    assert C().m(4) == 8


def _ordered(mod, op):
    ns = {}

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, cls):
            return NotImplemented
        return self.v == other.v
    ns["__init__"] = __init__
    ns["__eq__"] = __eq__
    ns[op] = {
        "__lt__": lambda s, o: s.v < o.v if isinstance(o, cls) else NotImplemented,
        "__le__": lambda s, o: s.v <= o.v if isinstance(o, cls) else NotImplemented,
        "__gt__": lambda s, o: s.v > o.v if isinstance(o, cls) else NotImplemented,
        "__ge__": lambda s, o: s.v >= o.v if isinstance(o, cls) else NotImplemented,
    }[op]
    cls = type("V", (), ns)
    return mod.total_ordering(cls)


def test_total_ordering(lib):
    for op in ["__lt__", "__le__", "__gt__", "__ge__"]:
        ours = _ordered(lib.functools, op)
        theirs = _ordered(cpy, op)
        for a in range(3):
            for b in range(3):
                for cmp in [operator.lt, operator.le, operator.gt, operator.ge, operator.eq]:
                    assert cmp(ours(a), ours(b)) == cmp(theirs(a), theirs(b)), (op, a, b, cmp)
        assert outcome(operator.lt, ours(1), 5) == outcome(operator.lt, theirs(1), 5)
        assert outcome(operator.ge, ours(1), 5) == outcome(operator.ge, theirs(1), 5)
    assert outcome(lib.functools.total_ordering, type("E", (), {})) == outcome(cpy.total_ordering, type("E", (), {}))


def test_cmp_to_key(lib):
    def cmp(a, b):
        return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
    words = ["ccc", "a", "bb", "aa", "b", "abc", ""]
    assert sorted(words, key=lib.functools.cmp_to_key(cmp)) == sorted(words, key=cpy.cmp_to_key(cmp))
    assert (sorted(words, key=lib.functools.cmp_to_key(cmp), reverse=True)
            == sorted(words, key=cpy.cmp_to_key(cmp), reverse=True))
    k = lib.functools.cmp_to_key(cmp)
    assert k("a") == k("b") or k("a") < k("b")
    assert max(words, key=lib.functools.cmp_to_key(cmp)) == "ccc"
