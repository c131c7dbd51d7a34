# Submodule of pkg_shapes, using a relative import of its sibling.
from .square import Square

PI = 3.14159


def area(r):
    return PI * r * r


def bounding_square(r):
    return Square(2 * r)
