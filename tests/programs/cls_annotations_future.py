# from __future__ import annotations: annotations are kept as strings (CPython's unparsed text)
from __future__ import annotations

from typing import Dict, Optional


class Tree:
    value: int
    children: list[Tree] = []
    meta: Dict[str, Optional[int]] | None = None
    parent: "Tree"

    def add(self, child: Tree, *, index: int = -1) -> Tree:
        self.children.append(child)
        return child


def f(a: UndefinedName, b: tuple[int, ...] = (), c: 3 + 4 = 1) -> list[int | None]:
    return [a]


print(Tree.__annotations__)
print(Tree.add.__annotations__)
print(f.__annotations__)
print(f(5))
total: float = 1.5
print(__annotations__)
