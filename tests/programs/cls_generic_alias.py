# Subscripted built-in types (types.GenericAlias): list[int], dict[str, int], tuple[int, ...] in annotations and as values
from typing import Optional


class Node:
    pass


Matrix = list[list[float]]
Registry = dict[str, tuple[int, ...]]
print(Matrix, Registry, tuple[()], type[Node], set[frozenset[int]])
print(Matrix.__origin__, Matrix.__args__, Registry.__args__[1].__args__)
print(Matrix == list[list[float]], Matrix != list[list[int]], type(Matrix))
print(Matrix([[1.0], [2.0]]), Registry(a=(1, 2)), {list[int]: "ints"}[list[int]])


def transpose(m: Matrix) -> Matrix:
    return [list(col) for col in zip(*m)]


def lookup(reg: Registry, key: str) -> Optional[tuple[int, ...]]:
    return reg.get(key)


print(transpose.__annotations__)
print(lookup.__annotations__["reg"], lookup.__annotations__["key"])
print(transpose([[1, 2, 3], [4, 5, 6]]), lookup({"k": (1,)}, "k"))


class Inventory:
    items: dict[str, int]
    history: list[tuple[str, int]] = []


print(Inventory.__annotations__)
