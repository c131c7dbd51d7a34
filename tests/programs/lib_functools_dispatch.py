# functools.cached_property, singledispatch (register by annotation, by type, by MRO) and partialmethod in a small shapes-and-report program
import functools
import math


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @functools.cached_property
    def area(self):
        self.computed += 1
        return round(math.pi * self.r ** 2, 3)


class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def _scale(self, factor, axis):
        if axis in ("x", "both"):
            self.w *= factor
        if axis in ("y", "both"):
            self.h *= factor
        return self

    double = functools.partialmethod(_scale, 2, "both")
    stretch_x = functools.partialmethod(_scale, axis="x")

    def __repr__(self):
        return f"Rect({self.w}, {self.h})"


c = Circle(2)
print(c.area, c.area, c.computed, sorted(c.__dict__))
c.r = 3
print(c.area)
del c.area
print(c.area, c.computed)
c.area = 1.5
print(c.area, type(Circle.__dict__["area"]).__name__, Circle.area.attrname)
print(Rect(1, 2).double(), Rect(1, 2).stretch_x(5), Rect(3, 3).stretch_x(factor=0.5))


@functools.singledispatch
def describe(obj):
    return f"something: {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj:+d}"


@describe.register(float)
def _(obj):
    return f"float {obj:.2f}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence of {len(obj)}: " + ", ".join(describe(x) for x in obj)


def describe_circle(c):
    return f"circle r={c.r}"


describe.register(Circle, describe_circle)


class Sub(Circle):
    pass


for thing in [3, -2.5, "hi", [1, 2.0, (3,)], True, Circle(1), Sub(4), None, {"a": 1}]:
    print(describe(thing))
print(describe.dispatch(bool).__name__, describe.dispatch(Sub) is describe_circle,
      sorted(t.__name__ for t in describe.registry))


class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return f"<{arg}>"

    @fmt.register
    def _(self, arg: int):
        return f"#{arg}"

    @fmt.register
    def _(self, arg: str):
        return arg.upper()


f = Formatter()
print(f.fmt(5), f.fmt("abc"), f.fmt(2.5))
