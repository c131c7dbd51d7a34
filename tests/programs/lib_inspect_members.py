# inspect predicates (isfunction, ismethod, isclass, isabstract, ...), getmembers with predicates, getmro, getdoc/cleandoc, getmodule and getsource
import inspect
import abc
import functools
import sys


class Shape(abc.ABC):
    """A shape.

    Subclasses give the area.
    """
    sides = 0

    @abc.abstractmethod
    def area(self):
        """The area of the shape."""

    def describe(self):
        return "%s with %d sides" % (type(self).__name__, self.sides)

    @property
    def kind(self):
        "What kind of shape."
        return "shape"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def unit():
        return 1


class Square(Shape):
    sides = 4

    def __init__(self, side=1):
        self.side = side

    def area(self):
        return self.side ** 2


def gen(n):
    for i in range(n):
        yield i


def plain():
    pass


objects = [
    ("function", plain), ("lambda", lambda: 0), ("generator function", gen),
    ("generator", gen(2)), ("class", Square), ("abstract class", Shape),
    ("instance", Square()), ("bound method", Square().area),
    ("class method", Square.make), ("static method", Square.unit),
    ("unbound function", Square.area), ("builtin", len), ("builtin method", [].append),
    ("module", inspect), ("int", 3), ("partial", functools.partial(plain)),
    ("type", type), ("property", Shape.__dict__["kind"]),
]
predicates = [inspect.isfunction, inspect.ismethod, inspect.isclass, inspect.ismodule,
              inspect.isbuiltin, inspect.isroutine, inspect.isgenerator,
              inspect.isgeneratorfunction, inspect.iscoroutinefunction,
              inspect.isabstract, inspect.isdatadescriptor, inspect.iscoroutine,
              inspect.isasyncgenfunction, inspect.isawaitable]
for label, obj in objects:
    print("%-18s" % label, "".join("X" if p(obj) else "." for p in predicates))

print([name for name, value in inspect.getmembers(Square, inspect.isfunction)])
print([name for name, value in inspect.getmembers(Square(), inspect.ismethod)])
print([(n, v) for n, v in inspect.getmembers(Square) if not n.startswith("_")
       and not inspect.isroutine(v) and not isinstance(v, property)])
print([n for n, v in inspect.getmembers(Square, lambda v: isinstance(v, property))])
sq = Square(3)
print([(n, v) for n, v in inspect.getmembers(sq) if not n.startswith("_")
       and not callable(v)])
members = inspect.getmembers(sq)
print(members == sorted(members, key=lambda p: p[0]))
print(inspect.getmro(Square)[:2], inspect.getmro(bool))
print(Square.__abstractmethods__, Shape.__abstractmethods__ == frozenset({"area"}))

print(repr(inspect.getdoc(Shape)))
print(repr(inspect.getdoc(Square)))
print(repr(inspect.getdoc(Square.area)))
print(repr(inspect.getdoc(Square().area)))
print(repr(inspect.getdoc(Shape.kind)))
print(repr(inspect.getdoc(plain)))
print(repr(inspect.cleandoc("""   First line.
        indented
          more
        back

    """)))
print(repr(inspect.cleandoc("\n\n  a\n\tb\n  c  \n\n")))
print(repr(inspect.cleandoc("one")), repr(inspect.cleandoc("")))

print(inspect.getmodule(Square) is sys.modules[__name__], inspect.getmodule(plain).__name__)
print(inspect.getmodule(inspect) is inspect, inspect.getmodule(3))
print(inspect.getfile(plain) == __file__, inspect.getsourcefile(Square) == __file__)
print(inspect.getsource(gen), end="")
print(inspect.getsource(Square.area), end="")
lines, start = inspect.getsourcelines(plain)
print(lines, start)
print(inspect.getsource(Square))
print(inspect.currentframe() is None or hasattr(inspect.currentframe(), "f_code"))
print(inspect.unwrap(plain) is plain)


def a():
    pass


def b():
    pass


a.__wrapped__ = b
b.__wrapped__ = a
try:
    inspect.unwrap(a)
except ValueError as e:
    print("ValueError:", str(e)[:30])
