# Calling number and str special methods directly: each type's method only takes the
# operand types it knows and returns NotImplemented otherwise, so a mixed-type operator
# falls back to the reflected method, as a units-aware Quantity class relies on.
import math


def show(label, value):
    print(f"{label:<28} {value!r}")


show("(3).__eq__(3.0)", (3).__eq__(3.0))
show("(3).__eq__('a')", (3).__eq__("a"))
show("(3.0).__eq__(3)", (3.0).__eq__(3))
show("(3.0).__eq__('a')", (3.0).__eq__("a"))
show("'a'.__lt__(1)", "a".__lt__(1))
show("(1).__add__(1.0)", (1).__add__(1.0))
show("(1.0).__radd__(1)", (1.0).__radd__(1))
show("(1).__lt__(2.5)", (1).__lt__(2.5))
show("(2.5).__gt__(1)", (2.5).__gt__(1))
show("(1).__mul__('ab')", (1).__mul__("ab"))
show("'ab'.__mul__(3)", "ab".__mul__(3))
show("(2).__pow__(0.5)", (2).__pow__(0.5))
show("(7).__mod__(2.0)", (7).__mod__(2.0))
show("(7).__divmod__(2)", (7).__divmod__(2))
show("(7).__divmod__(2.0)", (7).__divmod__(2.0))
show("(7.5).__rdivmod__(20)", (7.5).__rdivmod__(20))
show("True.__and__(1)", True.__and__(1))
show("True.__add__(0.5)", True.__add__(0.5))
show("(1j).__eq__(1)", (1j).__eq__(1))
show("(2+0j).__add__(1.5)", (2 + 0j).__add__(1.5))
show("(2.0).__add__(1j)", (2.0).__add__(1j))
show("(10**20).__sub__(1.0)", (10 ** 20).__sub__(1.0))
show("(10**20).__sub__(1)", (10 ** 20).__sub__(1))

# type(None)() and friends return their singleton
print(type(None)() is None, type(Ellipsis)() is Ellipsis,
      type(NotImplemented)() is NotImplemented)
for t in (type(None), type(Ellipsis)):
    try:
        t(1)
    except TypeError as e:
        print("TypeError:", e)


class Quantity:
    """A number with a unit; plain numbers are dimensionless."""

    def __init__(self, value, unit=""):
        self.value = value
        self.unit = unit

    def _coerce(self, other):
        if isinstance(other, Quantity):
            return other
        if isinstance(other, (int, float)):
            return Quantity(other)
        return None

    def __add__(self, other):
        other = self._coerce(other)
        if other is None:
            return NotImplemented
        if other.unit and self.unit and other.unit != self.unit:
            raise ValueError(f"cannot add {self.unit} and {other.unit}")
        return Quantity(self.value + other.value, self.unit or other.unit)

    __radd__ = __add__

    def __eq__(self, other):
        other = self._coerce(other)
        if other is None:
            return NotImplemented
        return (self.value, self.unit) == (other.value, other.unit)

    def __repr__(self):
        return f"Quantity({self.value!r}, {self.unit!r})"


q = Quantity(2.5, "m")
print(3 + Quantity(1.5), (3).__add__(Quantity(1.5)), q + 1, 1 + q)
print(Quantity(3) == 3, 3 == Quantity(3), (3).__eq__(Quantity(3)), Quantity(3) == 3.0)


class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}C"


c = Celsius(21.5)
print(c + 1, type(c + 1).__name__, 1 + c, c == 21.5, (21).__lt__(c), 21 < c)


class Counter(int):
    pass


n = Counter(4)
print(n + 0.5, 0.5 + n, n * 2.0, n == 4.0, n.__eq__(4.0), divmod(n, 1.5))

# math.nextafter and math.ulp
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0))
print(math.nextafter(1, 1), math.nextafter(math.inf, 0), math.nextafter(1.7976931348623157e308, math.inf))
print(math.isnan(math.nextafter(math.nan, 1.0)), math.ulp(1.0), math.ulp(0.0), math.ulp(-3.5))
print(math.ulp(1e308), math.ulp(2), math.ulp(math.inf), math.ulp(5e-324), math.ulp(1.7976931348623157e308))
steps = []
x = 0.1
for _ in range(3):
    x = math.nextafter(x, 1.0)
    steps.append(x)
print(steps, (steps[-1] - 0.1) / math.ulp(0.1))
for bad in (lambda: math.nextafter("a", 1), lambda: math.ulp("x"), lambda: math.nextafter(1.0)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


# a str subclass on the left still lets the right operand's reflected method answer
class Label(str):
    pass


class Suffix:
    def __radd__(self, other):
        return f"{other}-suffix"

    def __rmul__(self, other):
        return f"{other}*"


print(Label("a") + Suffix(), "b" + Suffix(), Label("c") * Suffix(), Counter(2) * "ab",
      Label("x") + "y", type(Label("x") + "y").__name__)


class Plain:
    pass


for left, right in [("a", 1), (b"a", "a"), (Label("s"), Plain()), ("t", Plain())]:
    try:
        left + right
    except TypeError as e:
        print("TypeError:", e)
for call in (lambda: "a".__add__(1), lambda: b"a".__add__("a"), lambda: Label("q").__add__(2.5)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(b"ab" + memoryview(b"cd"), b"ab".__add__(bytearray(b"ef")), "x".__add__(Label("y")))
