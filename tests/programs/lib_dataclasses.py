# dataclasses: @dataclass with its options, field(), __post_init__, fields/asdict/astuple/replace, frozen and ordered classes, inheritance and errors
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar
from typing import List, ClassVar

@dataclass
class Point:
    x: int
    y: int = 0
    def dist(self): return abs(self.x) + abs(self.y)

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), p.dist())
print(repr(Point(x=5, y=-1)))
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False, repr=False)

vs = sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0, "rc")])
print(vs)
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9, 9), hash(Version(1, 2)) == hash(Version(1, 2, 0, "x")))
v = Version(1)
try: v.major = 3
except FrozenInstanceError as e: print("frozen:", e, isinstance(e, AttributeError))
try: del v.minor
except FrozenInstanceError as e: print("frozen:", e)

@dataclass
class Inventory:
    owner: str
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(init=False, default=0)
    registry: ClassVar[int] = 0
    def __post_init__(self):
        self.total = len(self.items)
        Inventory.registry += 1

a = Inventory("ann"); b = Inventory("bob", ["x", "y"])
a.items.append("z")
print(a, b, a.items is not b.items, Inventory.registry)
print([f.name for f in fields(Inventory)], [f.name for f in fields(b)])
print(asdict(b), astuple(b))
c = replace(b, owner="cy")
print(c, c.items is b.items)
try: replace(b, total=3)
except ValueError as e: print(e)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))

try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e: print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e: print(e)

@dataclass
class Point3(Point):
    z: int = 0
p3 = Point3(1, 2, 3)
print(p3, p3.dist(), p3 == Point(1, 2), [f.name for f in fields(p3)])

@dataclass
class Line:
    a: Point
    b: Point
    tags: tuple = ()
ln = Line(Point(0, 0), Point(3, 4), ("t",))
print(ln, asdict(ln), astuple(ln))

@dataclass(eq=False)
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1); print(n == Node(1), n == n, hash(n) == hash(n))

@dataclass(unsafe_hash=True)
class Key:
    k: str
    n: int = 1
print(len({Key("a"), Key("a"), Key("b")}), Key.__hash__ is not None)
print(Point.__eq__.__qualname__, Point.__init__.__qualname__)
def outer():
    @dataclass
    class Inner:
        v: int
    return Inner(4)
print(outer())
@dataclass
class WithInit:
    base: int
    scale: InitVar[int] = 2
    result: int = field(init=False)
    def __post_init__(self, scale):
        self.result = self.base * scale
print(WithInit(3), WithInit(3, 5).result, [f.name for f in fields(WithInit)])
@dataclass
class Rec:
    name: str
    kids: list = field(default_factory=list)
r = Rec("r"); r.kids.append(r); print(r)
print(Point.__match_args__, Version.__match_args__)
@dataclass(repr=False)
class NoRepr:
    x: int
print(NoRepr(1) == NoRepr(1), "NoRepr object" in repr(NoRepr(1)))


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1

    @property
    def total(self):
        return round(self.price * self.qty, 2)


@dataclass
class Order:
    number: int
    items: list = field(default_factory=list)

    def add(self, *items):
        self.items.extend(items)
        return self

    def total(self):
        return round(sum(i.total for i in self.items), 2)


order = Order(7).add(Item("pen", 1.5, 4), Item("book", 12.25), Item("bag", 30.0, 2))
print(order.total(), len(order.items), order.items[0])
print(sorted(order.items, key=lambda i: i.total)[0].name, asdict(order)["items"][1])
print(Order(1) == Order(1), Order(1) == Order(2), Order(1, [Item("x", 1.0)]))


@dataclass
class Doc:
    x: int
    y: float = 1.5
    name: str = "p"
    tags: List[str] = field(default_factory=list)


@dataclass
class OwnDoc:
    """Own doc."""
    a: int


print(Doc.__doc__)
print(OwnDoc.__doc__)


# slots=True
@dataclass(slots=True)
class S:
    a: int
    b: str = "x"
s = S(1)
print(s, S.__slots__, [f.name for f in fields(S)])
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError")
@dataclass(frozen=True, slots=True)
class F:
    v: int
print(F(2), hash(F(2)) == hash(F(2)))
