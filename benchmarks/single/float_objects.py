"""Float objects with __slots__: many small points, normalised and reduced.

Allocation of small instances, attribute access through __slots__, math
functions and method calls; the checksum is the component-wise maximum.

usage: float_objects.py [SIZE [ITERATIONS]]   SIZE = number of points
"""
# bench: size=100000 quick=8000 iters=10 quick_iters=2
import math
import sys
import time


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


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    iters = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    result = ""
    for i in range(iters):
        t0 = time.time()
        result = bench(size)
        print(f"iter {i}: {time.time() - t0:.6f} seconds", file=sys.stderr)
    print(f"float_objects checksum {result}")


main()
