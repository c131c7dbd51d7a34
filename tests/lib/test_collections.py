"""collections: our minipy/lib version against CPython's."""
import collections as cpy
import copy as cpy_copy
import random

import pytest

from libload import lib, outcome  # noqa: F401 (lib is a fixture)


def test_deque_random_operations(lib):
    rng = random.Random(7)
    for maxlen in [None, 0, 1, 3, 6]:
        ours = lib.collections.deque([1, 2, 3], maxlen)
        theirs = cpy.deque([1, 2, 3], maxlen)
        for step in range(400):
            op = rng.choice(["append", "appendleft", "pop", "popleft", "extend", "extendleft",
                             "rotate", "insert", "remove", "index", "count", "getitem",
                             "setitem", "delitem", "reverse", "clear", "contains"])
            x = rng.randrange(8)
            if op in ("append", "appendleft", "remove", "index", "count"):
                args = (x,)
            elif op in ("extend", "extendleft"):
                args = ([x, x + 1, x + 2][:rng.randrange(4)],)
            elif op == "rotate":
                args = (rng.randrange(-7, 8),)
            elif op == "insert":
                args = (rng.randrange(-5, 6), x)
            elif op in ("getitem", "delitem"):
                args = (rng.randrange(-5, 6),)
            elif op == "setitem":
                args = (rng.randrange(-5, 6), x)
            elif op == "clear" and rng.random() < 0.8:
                continue
            else:
                args = ()
            if op == "getitem":
                r1, r2 = outcome(lambda d: d[args[0]], ours), outcome(lambda d: d[args[0]], theirs)
            elif op == "setitem":
                r1 = outcome(ours.__setitem__, *args)
                r2 = outcome(theirs.__setitem__, *args)
            elif op == "delitem":
                r1 = outcome(ours.__delitem__, *args)
                r2 = outcome(theirs.__delitem__, *args)
            elif op == "contains":
                r1, r2 = x in ours, x in theirs
            else:
                r1 = outcome(getattr(ours, op), *args)
                r2 = outcome(getattr(theirs, op), *args)
            assert r1 == r2, (maxlen, op, args)
            assert list(ours) == list(theirs), (maxlen, op, args)
            assert len(ours) == len(theirs)
            assert list(reversed(ours)) == list(reversed(theirs))
        assert repr(ours) == repr(theirs)


def test_deque_misc(lib):
    D = lib.collections.deque
    assert repr(D()) == repr(cpy.deque())
    assert repr(D("abc", maxlen=5)) == repr(cpy.deque("abc", maxlen=5))
    assert D([1, 2]).maxlen is None and D([], 4).maxlen == 4
    for args in [((), -1), ((), "x")]:
        assert outcome(D, *args) == outcome(cpy.deque, *args)
    assert outcome(D().pop) == outcome(cpy.deque().pop)
    assert outcome(D().popleft) == outcome(cpy.deque().popleft)
    assert outcome(lambda: D([1])[0:1]) == outcome(lambda: cpy.deque([1])[0:1])
    assert outcome(D([1], 1).insert, 0, 5) == outcome(cpy.deque([1], 1).insert, 0, 5)
    d = D([1, 2, 3])
    assert D([1, 2]) == D([1, 2]) and D([1, 2]) != D([2, 1]) and D([1, 2]) < D([1, 3])
    assert (D([1]) == [1]) is False
    # CPython names the type 'collections.deque' in these messages; ours says 'deque'
    assert outcome(lambda: D([1]) < [1])[:2] == ("raise", "TypeError")
    assert list(d + D([4])) == [1, 2, 3, 4]
    assert list(d * 2) == [1, 2, 3, 1, 2, 3]
    d += [9]
    assert list(d) == [1, 2, 3, 9]
    e = d.copy()
    e.append(0)
    assert list(d) == [1, 2, 3, 9] and e.maxlen == d.maxlen
    assert bool(D()) is False and bool(d) is True
    assert outcome(lambda: hash(D()))[:2] == outcome(lambda: hash(cpy.deque()))[:2]
    big = D()
    for i in range(1000):
        big.append(i)
        if i % 3 == 0:
            big.popleft()
    assert list(big) == [i for i in range(1000)][334:]
    it = iter(d)
    next(it)
    d.append(5)
    assert outcome(next, it) == outcome(next, _mutated_iter(cpy.deque([1, 2])))
    assert lib.copy.copy(d) == d and lib.copy.deepcopy(D([[1]]))[0] == [1]


def _mutated_iter(d):
    it = iter(d)
    next(it)
    d.append(5)
    return it


def test_defaultdict(lib):
    dd = lib.collections.defaultdict(list)
    cd = cpy.defaultdict(list)
    for k, v in [("a", 1), ("b", 2), ("a", 3)]:
        dd[k].append(v)
        cd[k].append(v)
    assert dict(dd) == dict(cd) and repr(dd) == repr(cd)
    assert isinstance(dd, dict)
    assert dd.get("zz") is None and "zz" not in dd
    counts = lib.collections.defaultdict(int)
    for ch in "mississippi":
        counts[ch] += 1
    assert list(counts.items()) == [("m", 1), ("i", 4), ("s", 4), ("p", 2)]
    none = lib.collections.defaultdict()
    assert outcome(lambda: none["k"]) == outcome(lambda: cpy.defaultdict()["k"])
    assert repr(none) == repr(cpy.defaultdict())
    assert outcome(lib.collections.defaultdict, 5) == outcome(cpy.defaultdict, 5)
    d2 = lib.collections.defaultdict(int, {"x": 1}, y=2)
    assert dict(d2) == {"x": 1, "y": 2} and d2.default_factory is int
    c = d2.copy()
    c["z"] += 1
    assert "z" not in d2 and c.default_factory is int
    assert lib.copy.copy(d2) == d2 and lib.copy.deepcopy(dd) == dd


def test_counter(lib):
    C = lib.collections.Counter
    texts = ["abracadabra", "mississippi", "", "aaabbbccc", "the quick brown fox"]
    for t in texts:
        ours, theirs = C(t), cpy.Counter(t)
        assert repr(ours) == repr(theirs)
        assert ours.most_common() == theirs.most_common()
        for n in [0, 1, 2, 10, -1]:
            assert ours.most_common(n) == theirs.most_common(n)
        assert list(ours.elements()) == list(theirs.elements())
        assert ours.total() == theirs.total()
        assert ours["zzz"] == 0 and "zzz" not in ours
    a, b = C(a=3, b=1, c=-2), C(a=1, b=2, d=4)
    ca, cb = cpy.Counter(a=3, b=1, c=-2), cpy.Counter(a=1, b=2, d=4)
    for op in ["__add__", "__sub__", "__or__", "__and__"]:
        assert repr(getattr(a, op)(b)) == repr(getattr(ca, op)(cb)), op
        assert repr(getattr(b, op)(a)) == repr(getattr(cb, op)(ca)), op
    assert repr(+a) == repr(+ca) and repr(-a) == repr(-ca)
    for op in ["__iadd__", "__isub__", "__ior__", "__iand__"]:
        x, y = C(a), cpy.Counter(ca)
        getattr(x, op)(b)
        getattr(y, op)(cb)
        assert repr(x) == repr(y), op
    u, v = C("aab"), cpy.Counter("aab")
    u.update("abc")
    v.update("abc")
    u.update({"a": 10, "q": 1})
    v.update({"a": 10, "q": 1})
    u.subtract(a=20, z=1)
    v.subtract(a=20, z=1)
    u.subtract(["b", "b"])
    v.subtract(["b", "b"])
    assert repr(u) == repr(v)
    del u["nothere"]
    assert C(a=1) == C(a=1, b=0) and C(a=1) != C(a=2)
    assert C(a=1) <= C(a=1, b=1) and C(a=1) < C(a=1, b=1) and not C(a=2) <= C(a=1)
    assert outcome(C.fromkeys, "ab") == outcome(cpy.Counter.fromkeys, "ab")
    assert repr(C()) == "Counter()"
    assert repr(C({"x": 2, "y": 5})) == repr(cpy.Counter({"x": 2, "y": 5}))
    assert isinstance(C(), dict)


def test_ordered_dict(lib):
    O = lib.collections.OrderedDict
    o, c = O(), cpy.OrderedDict()
    for k in "hello world":
        o[k] = ord(k)
        c[k] = ord(k)
    o.move_to_end("h")
    c.move_to_end("h")
    o.move_to_end("w", last=False)
    c.move_to_end("w", last=False)
    assert list(o.items()) == list(c.items())
    assert repr(o) == repr(c) and repr(O()) == repr(cpy.OrderedDict())
    assert o.popitem() == c.popitem()
    assert o.popitem(last=False) == c.popitem(last=False)
    assert list(o) == list(c)
    assert outcome(O().popitem) == outcome(cpy.OrderedDict().popitem)
    assert outcome(o.move_to_end, "?") == outcome(c.move_to_end, "?")
    assert O(a=1, b=2) != O(b=2, a=1) and O(a=1, b=2) == {"b": 2, "a": 1}
    assert O([("a", 1)]) == O([("a", 1)])
    x = o.copy()
    x["new"] = 1
    assert "new" not in o and isinstance(x, O)


def test_namedtuple(lib):
    P = lib.collections.namedtuple("Point", "x y")
    Q = cpy.namedtuple("Point", "x y")
    p, q = P(1, y=2), Q(1, y=2)
    assert repr(p) == repr(q) and p == q == (1, 2)
    assert p.x == 1 and p.y == 2 and p[0] == 1 and isinstance(p, tuple)
    assert P._fields == Q._fields and P.__name__ == "Point"
    assert P._make([3, 4]) == (3, 4) and type(P._make([3, 4])) is P
    assert p._replace(y=9) == (1, 9) and type(p._replace(y=9)) is P
    assert p._asdict() == q._asdict()
    assert outcome(lambda: p._replace(z=1, w=2)) == outcome(lambda: q._replace(z=1, w=2))
    assert outcome(P._make, [1]) == outcome(Q._make, [1])
    x, y = p
    assert (x, y) == (1, 2) and hash(p) == hash((1, 2))
    assert outcome(setattr, p, "x", 5)[0] == "raise"
    R = lib.collections.namedtuple("R", ["a", "b", "c"], defaults=[0, 1])
    S = cpy.namedtuple("R", ["a", "b", "c"], defaults=[0, 1])
    assert repr(R(5)) == repr(S(5)) and R._field_defaults == S._field_defaults
    for args, kwargs in [((1, 2, 3, 4), {}), ((), {}), ((1,), {"a": 2}), ((1,), {"d": 3}),
                         ((), {"b": 1})]:
        assert outcome(R, *args, **kwargs) == outcome(S, *args, **kwargs), (args, kwargs)
    T = lib.collections.namedtuple("T", "p q r")
    U = cpy.namedtuple("T", "p q r")
    for args in [(), (1,), (1, 2)]:
        assert outcome(T, *args) == outcome(U, *args)
    for names in ["a a", "_a", "a def", "a 1b", ("ok", "x-y")]:
        assert (outcome(lib.collections.namedtuple, "N", names)
                == outcome(cpy.namedtuple, "N", names)), names
    assert outcome(lib.collections.namedtuple, "1N", "a") == outcome(cpy.namedtuple, "1N", "a")
    assert outcome(lib.collections.namedtuple, "N", "a", defaults=(1, 2)) == \
        outcome(cpy.namedtuple, "N", "a", defaults=(1, 2))
    V = lib.collections.namedtuple("V", "a, def, _c, a", rename=True)
    W = cpy.namedtuple("V", "a, def, _c, a", rename=True)
    assert V._fields == W._fields

    class Sub(P):
        def norm(self):
            return self.x * self.x + self.y * self.y
    s = Sub(3, 4)
    assert s.norm() == 25 and repr(s) == "Sub(x=3, y=4)"
    assert sorted([P(2, 1), P(1, 5), P(1, 2)]) == [(1, 2), (1, 5), (2, 1)]
    assert P.__doc__ == Q.__doc__
    assert lib.copy.copy(p) == p and lib.copy.deepcopy(p) == p
    assert cpy_copy.deepcopy(p) == p
