# Type hints: `from __future__ import annotations`, the common typing names in
# annotations and aliases (their reprs), a Generic class, Optional defaults, cast, the
# functional NamedTuple.
from __future__ import annotations
from typing import List, Dict, Optional, Union, Tuple, Any, Callable, TypeVar, Generic, Iterable, Set, NamedTuple, cast
import typing

T = TypeVar("T")
Vector = List[float]
Table = Dict[str, List[int]]
print(Vector, Table, Optional[int], Union[int, str], Union[int, None], Tuple[int, ...])
print(Callable[[int, str], bool], T, Any, List, typing.Iterable[int])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


def total(xs: Iterable[float], scale: Optional[float] = None) -> float:
    s = sum(xs)
    return s * scale if scale is not None else s


s: Stack[int] = Stack()
s.push(3)
s.push(4)
print(s.pop(), total([1.5, 2.5]), total([1.0], 3.0), cast(int, "x"), Stack.__mro__)
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), typing.TYPE_CHECKING, Optional[int] == Optional[int])
try:
    List()
except TypeError as e:
    print(e)
