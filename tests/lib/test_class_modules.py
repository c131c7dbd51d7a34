"""abc, dataclasses, enum: our minipy/lib versions against CPython's modules, scenario by
scenario (each scenario builds classes with the module it is given and returns what it
saw: reprs, results, or the exception's type and message)."""
import abc as cpy_abc
import collections.abc as cpy_collections_abc
import dataclasses as cpy_dataclasses
import enum as cpy_enum

import pytest

from libload import load, outcome


@pytest.fixture(scope="module")
def ours():
    cache = {}
    return {name: load(name, cache)
            for name in ("abc", "dataclasses", "enum", "collections.abc")}


THEIRS = {"abc": cpy_abc, "dataclasses": cpy_dataclasses, "enum": cpy_enum,
          "collections.abc": cpy_collections_abc}


def dc_basic(dc):
    @dc.dataclass
    class Point:
        x: int
        y: int = 0
    p = Point(1, 2)
    return [repr(p), p == Point(1, 2), p == Point(2, 1), Point(3).y, Point.__doc__,
            [f.name for f in dc.fields(Point)], dc.asdict(p), dc.astuple(p),
            repr(dc.replace(p, y=5)), dc.is_dataclass(p), Point.__hash__ is None,
            Point.__match_args__]


def dc_order_frozen(dc):
    @dc.dataclass(order=True, frozen=True)
    class V:
        a: int
        b: str = "z"
    vs = sorted([V(2), V(1, "b"), V(1, "a")])
    try:
        vs[0].a = 3
        err = None
    except dc.FrozenInstanceError as e:
        err = str(e)
    return [repr(vs), V(1) < V(2), hash(V(1)) == hash(V(1)), err]


def dc_errors(dc):
    results = []

    def bad_order():
        @dc.dataclass
        class A:
            x: int = 1
            y: int
    results.append(outcome(bad_order)[:2])

    def mutable():
        @dc.dataclass
        class B:
            x: list = []
    results.append(outcome(mutable))

    def both():
        return dc.field(default=1, default_factory=list)
    results.append(outcome(both))

    def order_without_eq():
        @dc.dataclass(order=True, eq=False)
        class C:
            x: int
    results.append(outcome(order_without_eq))

    @dc.dataclass
    class D:
        x: int
        y: int = dc.field(init=False, default=0)
    results.append(outcome(dc.replace, D(1), y=2))
    results.append(outcome(dc.fields, 3))
    results.append(outcome(D)[:2])
    return results


def dc_factory_inherit(dc):
    @dc.dataclass
    class Base:
        items: list = dc.field(default_factory=list)
        hidden: int = dc.field(default=0, repr=False, compare=False)

        def __post_init__(self):
            self.n = len(self.items)

    @dc.dataclass
    class Child(Base):
        name: str = "c"
    a, b = Child(), Child([1, 2], 5, "d")
    a.items.append(9)
    return [repr(a), repr(b), a.n, b.n, Child([9]) == a, b.hidden,
            [f.name for f in dc.fields(Child)]]


def enum_basic(enum):
    class Color(enum.Enum):
        RED = 1
        GREEN = 2
        ALIAS = 1

        def shout(self):
            return self.name.upper() + "!"
    return [repr(Color.RED), str(Color.GREEN), repr(Color), list(Color), len(Color),
            Color(2) is Color.GREEN, Color["ALIAS"] is Color.RED, Color.GREEN.shout(),
            outcome(Color, 5), f"{Color.RED}", sorted(Color.__members__),
            outcome(setattr, Color, "RED", 3)]


def enum_kinds(enum):
    class N(enum.IntEnum):
        A = 1
        B = enum.auto()

    class P(enum.Flag):
        R = enum.auto()
        W = enum.auto()
        X = enum.auto()
    rw = P.R | P.W
    return [repr(N.B), str(N.A), N.A + N.B, repr(rw), str(rw), repr(~P.R), list(rw),
            P.W in rw, repr(P(0)), bool(P(0))]


def enum_unique(enum):
    def make():
        @enum.unique
        class D(enum.Enum):
            A = 1
            B = 1
    return outcome(make)


def abc_scenario(abc):
    class Shape(abc.ABC):
        @abc.abstractmethod
        def area(self):
            pass

        @abc.abstractmethod
        def name(self):
            pass

    class Half(Shape):
        def area(self):
            return 1

    class Full(Half):
        def name(self):
            return "full"

    class Virtual(abc.ABC):
        pass
    Virtual.register(int)
    return [outcome(Shape), outcome(Half), Full().name(), sorted(Shape.__abstractmethods__),
            isinstance(3, Virtual), issubclass(bool, Virtual), isinstance("x", Virtual)]


def cabc_scenario(cabc):
    class Squares:
        def __iter__(self):
            return iter([1, 4])

        def __len__(self):
            return 2

    class Store(cabc.MutableMapping):
        def __init__(self):
            self._d = {}

        def __getitem__(self, k):
            return self._d[k]

        def __setitem__(self, k, v):
            self._d[k] = v

        def __delitem__(self, k):
            del self._d[k]

        def __iter__(self):
            return iter(self._d)

        def __len__(self):
            return len(self._d)
    s = Store()
    s.update({"a": 1}, b=2)
    checks = [isinstance(x, t) for x in ([], {}, (), "s", 3, {1}, Squares(), len, iter([]))
              for t in (cabc.Iterable, cabc.Sized, cabc.Sequence, cabc.Mapping,
                        cabc.MutableSet, cabc.Hashable, cabc.Callable, cabc.Iterator)]
    return [checks, dict(s), s.pop("a"), s.setdefault("c", 3), sorted(s.items()),
            s == {"b": 2, "c": 3}, outcome(cabc.Mapping)]


SCENARIOS = [("collections.abc", cabc_scenario), ("dataclasses", dc_basic), ("dataclasses", dc_order_frozen),
             ("dataclasses", dc_errors), ("dataclasses", dc_factory_inherit),
             ("enum", enum_basic), ("enum", enum_kinds), ("enum", enum_unique),
             ("abc", abc_scenario)]




@pytest.mark.parametrize("module,scenario", SCENARIOS,
                         ids=[fn.__name__ for _, fn in SCENARIOS])
def test_same_as_cpython(ours, module, scenario):
    mine = scenario(ours[module])
    theirs = scenario(THEIRS[module])
    assert repr(mine) == repr(theirs)
