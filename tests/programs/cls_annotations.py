# Annotations: module and class __annotations__ in definition order, function __annotations__, a typed record built from them
from typing import Optional, List
version: str = "1.0"
debug: bool
count: int = 3


class Config:
    name: str
    retries: int = 3
    ratio: float = 0.5
    tags: List[str] = []
    __secret: int = 7

    def show(self) -> str:
        return f"{self.name}:{self.retries}"


def scale(x: float, factor: "float" = 2.0, *rest: int, clamp: Optional[float] = None,
          **opts: str) -> float:
    return x * factor


def plain(a, b=1):
    return a + b


print(__annotations__)
print(Config.__annotations__)
print(scale.__annotations__)
print(plain.__annotations__, Config.show.__annotations__)
print(Config.retries, Config.ratio, "debug" in globals(), "name" in Config.__dict__)


class Sub(Config):
    level: int = 1


print(Sub.__annotations__, Sub.__annotations__ is not Config.__annotations__)

if count > 2:
    late: List[int] = [1, 2]
print(list(__annotations__))


def typed_fields(cls):
    """A tiny record builder driven by the class annotations."""
    names = list(cls.__annotations__)

    def init(self, *args):
        for name, value in zip(names, args):
            expected = cls.__annotations__[name]
            if isinstance(expected, type) and not isinstance(value, expected):
                raise TypeError(f"{name} must be {expected.__name__}, "
                                f"not {type(value).__name__}")
            setattr(self, name, value)
    cls.__init__ = init
    cls.__repr__ = lambda self: cls.__name__ + repr(tuple(getattr(self, n) for n in names))
    return cls


@typed_fields
class Point:
    x: int
    y: int
    label: str


print(Point(1, 2, "a"))
try:
    Point(1, "2", "b")
except TypeError as e:
    print(e)


def annotated_locals():
    total: int = 0
    for i in range(4):
        total += i
    missing: SomeUndefinedName
    return total


print(annotated_locals())
scale.__annotations__["extra"] = int
print(sorted(scale.__annotations__))
plain.__annotations__ = {"a": int}
print(plain.__annotations__)


class Bare:
    pass


print(Bare.__annotations__, "__annotations__" in Bare.__dict__)
Bare.__annotations__["k"] = str
print(Bare.__annotations__)


import functools


def logged(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@logged
def add(x: int, y: int = 1) -> int:
    return x + y


print(add.__annotations__, add(2), add.__wrapped__.__annotations__ is add.__annotations__)
