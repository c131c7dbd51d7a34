"""Float objects with __slots__: many small points, normalised and reduced.

Allocation of small instances, attribute access through __slots__, math
functions and method calls; the checksum is the component-wise maximum.

usage: float_objects.py [SIZE [ITERATIONS]]   SIZE = number of points
"""
# bench: size=100000 quick=8000 iters=10 quick_iters=2
import math

from _timing import run_bench


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def bench(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = maximize(points)
    return f"{best.x:.9f} {best.y:.9f} {best.z:.9f}"


run_bench("float_objects", bench, 100000, 10)
