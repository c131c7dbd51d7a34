# enum Flags as CPython 3.11: auto() usable in the class body, boundaries (STRICT, CONFORM, EJECT, KEEP), IntFlag pseudo-members, errors, dir()
from enum import Enum, Flag, IntFlag, IntEnum, auto, CONFORM, EJECT, KEEP, STRICT


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE               # auto() values are plain ints inside the body
    ALL = READ | WRITE | EXEC


print(list(Perm), len(Perm))
print(Perm.RW, repr(Perm.ALL), Perm(3) is Perm.RW, Perm(5))
print(~Perm.READ, ~Perm.ALL, repr(~Perm(0)))
print(Perm.__members__)
print(dir(Perm))
print(dir(Perm.READ))
for bad in (8, 12, -9, "rw"):
    try:
        Perm(bad)
    except ValueError as e:
        print("ValueError:", e)


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(Conform(7), repr(Conform(4)), Eject(7), type(Eject(7)).__name__, Eject(3))
print(repr(Keep(7)), repr(Keep(8)), repr(~Keep.A))
print(STRICT, repr(KEEP), Perm._boundary_ is STRICT)


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


for v in (0, 3, 8, 9, 15, -1, -3):
    m = Mode(v)
    print(v, repr(m), str(m), m.name, [x.name for x in m], len(m))
print(repr(Mode.R | 16), repr(~Mode.R), Mode.R + 1, f"{Mode.R | Mode.W:03d}")


class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = MID + 10
    print("in body:", LOW, MID, HIGH)


print(list(Level))
for body in ("dup", "sunder", "late-gnv", "mro"):
    try:
        if body == "dup":
            class Twice(Enum):
                A = 1
                A = 2
        elif body == "sunder":
            class Sunder(Enum):
                _weird_ = 1
        elif body == "late-gnv":
            class Late(Enum):
                A = auto()

                def _generate_next_value_(name, start, count, last):
                    return name
        else:
            class Mro(Enum):
                mro = 1
    except (TypeError, ValueError) as e:
        print(body, type(e).__name__ + ":", e)

try:
    Perm.READ.value = 9
except AttributeError as e:
    print("AttributeError:", e)
try:
    Perm.NOPE
except AttributeError as e:
    print("AttributeError:", e, hasattr(Perm, "NOPE"), getattr(Perm, "NOPE", "dflt"))
