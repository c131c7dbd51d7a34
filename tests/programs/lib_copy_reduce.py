# copy.copy/deepcopy through a class's own __reduce__/__reduce_ex__ (state, list and dict items), enum members kept as they are, bytearray and complex values
import copy
import enum


class Money:
    """Immutable-looking value rebuilt from its constructor arguments."""
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency
        self.created = "init"

    def __reduce__(self):
        return (Money, (self.cents, self.currency))

    def __repr__(self):
        return "Money(%d, %r, %s)" % (self.cents, self.currency, self.created)


class Tagged(list):
    """A list subclass whose reduce gives state plus its items as an iterator."""
    def __reduce_ex__(self, proto):
        return (Tagged, (), {"tag": self.tag}, iter(self), None)


class Registry(dict):
    def __reduce__(self):
        return (Registry, (), None, None, iter(self.items()))


class Level(enum.Enum):
    LOW = 1
    HIGH = 2


m = Money(250, "EUR")
m.created = "changed"
m2 = copy.copy(m)
m3 = copy.deepcopy(m)
print(m, m2, m3, m2 is m, m3 is m)

t = Tagged([[1, 2], [3]])
t.tag = "batch"
shallow = copy.copy(t)
deep = copy.deepcopy(t)
deep[0].append(99)
print(shallow, shallow.tag, shallow[0] is t[0], deep, deep.tag, t)

r = Registry(alpha=[1], beta=[2])
r2 = copy.deepcopy(r)
r2["alpha"].append(5)
print(type(r2).__name__, r2, r)

levels = {"min": Level.LOW, "all": [Level.LOW, Level.HIGH]}
c = copy.deepcopy(levels)
print(c["min"] is Level.LOW, c["all"][1] is Level.HIGH, copy.copy(Level.HIGH) is Level.HIGH)

shared = Money(5, "USD")
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)

buf = bytearray(b"header")
b2 = copy.deepcopy([buf, buf])
b2[0].extend(b"!")
print(b2, buf, copy.copy(buf) == buf, copy.copy(buf) is buf)
z = complex(1.5, -2)
print(copy.deepcopy(z), copy.copy([z])[0] is z)
