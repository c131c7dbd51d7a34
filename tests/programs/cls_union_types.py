# PEP 604 unions in a typed record validator: annotations like `int | None` and `list[str] | dict`, isinstance/issubclass with unions, their reprs, __args__, equality and hashing
import types
from dataclasses import dataclass, fields


@dataclass
class Employee:
    name: str
    age: int | None = None
    salary: float | int = 0
    tags: list[str] | None = None


class Manager(Employee):
    pass


def check(record):
    problems = []
    for f in fields(record):
        value = getattr(record, f.name)
        expected = f.type
        if isinstance(expected, types.UnionType):
            plain = tuple(a if isinstance(a, type) else a.__origin__ for a in expected.__args__)
            ok = isinstance(value, plain)
        else:
            ok = isinstance(value, expected)
        if not ok:
            problems.append(f"{f.name}: {type(value).__name__} is not {expected}")
    return problems


for rec in [Employee("ann", 31, 5000.0, ["a"]), Employee("bob", "old"), Manager("cy", None, "lots")]:
    print(rec, check(rec) or "ok")
print(Employee.__annotations__)
u = int | str
print(u, repr(u), type(u).__name__, u.__args__, type(u) is types.UnionType)
print(int | None, None | int, int | str | None, (int | str) | (bytes | int), int | int, list[int] | None)
print(int | str == str | int, (int | str) == (int | bytes), hash(int | str) == hash(str | int), {int | str: 1}[str | int])
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str), isinstance(True, str | int))
print(issubclass(bool, int | str), issubclass(Manager, Employee | None), issubclass(float, int | str))
print(Employee | None, (Manager | int).__args__[0].__name__)


def describe(x: int | float, scale: float | None = None) -> str | None:
    return None if scale is None else f"{x * scale:.2f}"


print(describe.__annotations__, describe(2, 1.5), describe(1))
for bad in [lambda: isinstance(1, int | list[int]), lambda: 1 | int, lambda: None | None, lambda: "a" | int]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
