# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, aliases, lookups by value and name, reprs and errors
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    VERT = 2
    def describe(self):
        return f"{self.name} is {self.value}"
    @property
    def lower(self): return self.name.lower()
    @classmethod
    def default(cls): return cls.RED
print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], Color.VERT, Color.VERT is Color.GREEN)
print(list(Color), len(Color), Color.RED in Color, Color.RED.name, Color.RED.value)
print(Color.BLUE.describe(), Color.GREEN.lower, Color.default(), type(Color.RED), isinstance(Color.RED, Color))
print(repr(Color), type(Color).__name__, Color.__members__)
print(f"{Color.RED}", format(Color.RED, ">12") + "|", str(Color.RED), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print({Color.RED: "r", Color.BLUE: "b"}[Color.RED], sorted(Color, key=lambda c: -c.value))
print(list(reversed(Color)), [c.name for c in Color])
try: Color(7)
except ValueError as e: print(e)
try: Color("x")
except ValueError as e: print(e)
try: Color['PINK']
except KeyError as e: print("KeyError", e)
try: Color.RED = 4
except AttributeError as e: print(e)
try:
    class More(Color): PINK = 9
except TypeError as e: print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
except ValueError as e: print(e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = auto()
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, Num.THREE, sorted([Num.THREE, Num.ONE]), Num(2), f"{Num.TWO:03d}", Num.ONE < Num.TWO)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 2), Planet.MERCURY.mass, repr(Planet.MERCURY))
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [a.value for a in Auto])
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(repr(rw), rw, Perm.R in rw, Perm.X in rw, repr(~Perm.R), list(rw), len(rw), bool(Perm(0)), repr(Perm(0)), Perm(0), repr(rw & Perm.W), repr(rw ^ Perm.R))
class Bits(IntFlag):
    A = 1
    B = 2
    C = 4
print(repr(Bits.A | Bits.C), Bits.A | Bits.C, Bits.A | 2, Bits.B + 1, repr(~Bits.A), repr(Bits(0)), repr(Bits(9)))
Animal = Enum('Animal', 'ANT BEE CAT')
print(repr(Animal), list(Animal), Animal.BEE.value)
class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = "sq"
print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.CIRCLE == "circle", Shape.SQUARE.upper())
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower():
                return m
        return None
print(Status("ACTIVE"), Status("Inactive"))
counts = {}
for c in [Color.RED, Color.BLUE, Color.RED]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(Color.RED.__class__.__name__, hash(Color.RED) == hash(Color.RED))


class Light(Enum):
    RED = 30
    GREEN = 25
    YELLOW = 5

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]


state = Light.RED
seq = []
for _ in range(5):
    seq.append(f"{state.name}({state.value}s)")
    state = state.next()
print(" -> ".join(seq))
print(sum(l.value for l in Light), max(Light, key=lambda l: l.value), Light(5).name)
print({l.name: l.value for l in Light}, Light.RED is Light["RED"], Light.RED is Light(30))


# custom __new__ with _value_, __str__ override, comparisons, __members__, IntEnum arithmetic, extending an empty enum, _ignore_
class Op(Enum):
    ADD = ("+", lambda a, b: a + b)
    MUL = ("*", lambda a, b: a * b)
    def __new__(cls, symbol, fn):
        obj = object.__new__(cls)
        obj._value_ = symbol
        obj.fn = fn
        return obj
    def apply(self, a, b):
        return self.fn(a, b)
print(Op("+"), Op.MUL.value, Op.ADD.apply(2, 3), Op("*").apply(4, 5), list(Op))
class Colour(Enum):
    RED = auto()
    GREEN = auto()
    def __str__(self):
        return self.name.title()
print(Colour.RED, repr(Colour.GREEN), f"{Colour.GREEN}")
try:
    Colour.RED < Colour.GREEN
except TypeError as e:
    print(e)
for name, member in Colour.__members__.items():
    print(name, member.value, member is Colour[name])
class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3
    @classmethod
    def weekend(cls):
        return []
print(max(Weekday), min(Weekday).name, sum(Weekday), Weekday.TUE * 2, sorted(Weekday, reverse=True), Weekday(3) > Weekday.MON)
print(Weekday.__members__.keys(), Weekday.weekend(), isinstance(Weekday.MON, int))
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print([s.name for s in Shape], Shape.ALIAS_FOR_SQUARE.name, Shape(2).name)
class Empty(Enum):
    def helper(self): return 1
class Filled(Empty):
    A = 1
print(list(Filled), Filled.A.helper(), len(Empty))
class _Private(Enum):
    _ignore_ = ["tmp"]
    tmp = 5
    X = 1
print(list(_Private))
