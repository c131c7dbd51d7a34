# copy and deepcopy through a class's own __reduce__/__reduce_ex__, singletons by name, enum members kept as they are
import copy
from enum import Enum


class Grid:
    """Rebuilt from its size by __reduce__; the cells come back as state."""
    rebuilt = 0

    def __init__(self, w, h):
        Grid.rebuilt += 1
        self.w, self.h = w, h
        self.cells = [[0] * w for _ in range(h)]

    def __reduce__(self):
        return (Grid, (self.w, self.h), {"cells": self.cells})

    def __repr__(self):
        return "Grid(%dx%d, %r)" % (self.w, self.h, self.cells)


class Stack(list):
    """A list subclass that reduces to its items (the 4th element of the reduce value)."""
    def __reduce_ex__(self, proto):
        return (Stack, (), None, iter(self))


class Registry:
    def __reduce__(self):
        return "REGISTRY"        # a global: copies are the object itself


REGISTRY = Registry()


class Suit(Enum):
    HEARTS = ["h"]
    SPADES = ["s"]


g = Grid(2, 2)
g.cells[0][1] = 5
shallow = copy.copy(g)
deep = copy.deepcopy(g)
g.cells[1][0] = 7
print(shallow, shallow.cells is g.cells)
print(deep, deep.cells is g.cells, "rebuilt:", Grid.rebuilt)

s = Stack([[1], [2]])
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
s[0].append(9)
print(type(s2).__name__, s2, s3, s2[0] is s[0], s3[0] is s[0])

print(copy.copy(REGISTRY) is REGISTRY, copy.deepcopy([REGISTRY])[0] is REGISTRY)
hand = {"trump": Suit.HEARTS, "played": [Suit.SPADES, Suit.HEARTS]}
hand2 = copy.deepcopy(hand)
print(hand2["trump"] is Suit.HEARTS, hand2["played"][0] is Suit.SPADES, copy.copy(Suit.SPADES) is Suit.SPADES)
print(hand2, hand2["played"] is hand["played"])
