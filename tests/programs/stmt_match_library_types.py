# match over the library's classes: dataclasses and NamedTuples (__match_args__), enum
# members as value patterns, collections.abc Sequence/Mapping subclasses and
# registrations, ABC virtual subclasses, re match objects, annotations in case bodies
import collections.abc as cabc
import re
from abc import ABC
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Point:
    x: int
    y: int


class Move(NamedTuple):
    dx: int
    dy: int


class Path(cabc.Sequence):
    """A read-only sequence of points."""

    def __init__(self, *points):
        self._points = list(points)

    def __getitem__(self, i):
        return self._points[i]

    def __len__(self):
        return len(self._points)


class Settings(cabc.Mapping):
    """A read-only mapping over keyword arguments."""

    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


class Stack:
    """A plain class registered as a sequence below."""

    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


cabc.Sequence.register(Stack)


class Drawable(ABC):
    pass


Drawable.register(Point)

TOKEN = re.compile(r"(?P<num>\d+)|(?P<name>[a-z]+)|(?P<op>[-+*/])")


def describe(v):
    match v:
        case Color.RED:
            return "red"
        case Color():
            return "color " + v.name.lower()
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return "on an axis at %d" % x
        case Move(dx=0, dy=dy):
            return "vertical move %d" % dy
        case Move(dx, dy):
            return "move %d,%d" % (dx, dy)
        case [Point(x=x1), Point(x=x2), *rest]:
            return "path from x=%d to x=%d, %d more" % (x1, x2, len(rest))
        case {"width": int(w), "height": int(h), **rest}:
            return "%dx%d with %s" % (w, h, sorted(rest))
        case [first, *_]:
            return "sequence starting with %r" % (first,)
        case re.Match() if v.lastgroup == "num":
            return "number token %s" % v.group()
        case re.Match(lastgroup=kind):
            return "%s token %r" % (kind, v.group())
        case _:
            return "something else: " + type(v).__name__


things = [Color.RED, Color.GREEN, Point(0, 0), Point(3, 0), Point(0, -2), Point(1, 1),
          Move(0, 5), Move(2, 3), Path(Point(1, 2), Point(4, 5), Point(7, 8)), Path(),
          Settings(width=80, height=24, title="t"), Settings(width=80),
          Stack("top", "next"), Stack(), {"width": 1, "height": 2}, (9,), "text"]
for v in things:
    print(describe(v))
for match in TOKEN.finditer("x + 42 * y"):
    print(describe(match))
print(isinstance(Point(1, 1), Drawable))
match Point(2, 2):
    case Drawable():
        print("a drawable point")


class Config:
    match "debug":
        case "debug":
            level: int = 10
        case _:
            level: int = 20


print(Config.level, Config.__annotations__)
