"""Independent CPU work: a ray tracer whose image rows are shared out among threads.

The scene (spheres, a light) is built once and only read; thread k renders
rows k, k+T, ... of a SIZE x SIZE image with Vec objects and float maths,
and hashes each row. The row hashes are combined at the end.

usage: raytrace_rows.py THREADS SIZE [--mp]   SIZE = image width and height
"""
# bench: size=160 quick=24 sharing=read
import math
from _driver import map_tasks, parse_args


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def unit(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, center, radius, shade):
        self.center = center
        self.radius = radius
        self.shade = shade

    def hit(self, origin, direction):
        oc = origin.sub(self.center)
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else -1.0


SCENE = [
    Sphere(Vec(0.0, -1000.5, 5.0), 1000.0, 0.6),
    Sphere(Vec(0.0, 0.2, 5.0), 0.7, 0.9),
    Sphere(Vec(-1.4, 0.0, 6.0), 0.5, 0.7),
    Sphere(Vec(1.3, 0.1, 4.2), 0.45, 0.8),
    Sphere(Vec(0.4, -0.2, 3.2), 0.25, 1.0),
]
LIGHT = Vec(-4.0, 6.0, -3.0)
EYE = Vec(0.0, 0.3, -1.0)


def closest(origin, direction):
    best = None
    best_t = 1e30
    for s in SCENE:
        t = s.hit(origin, direction)
        if 0.0 < t < best_t:
            best_t = t
            best = s
    return best, best_t


def trace(origin, direction, depth):
    s, t = closest(origin, direction)
    if s is None:
        return 0.1 + 0.2 * direction.y
    p = origin.add(direction.scale(t))
    n = p.sub(s.center).unit()
    to_light = LIGHT.sub(p).unit()
    blocker, _ = closest(p, to_light)
    lum = n.dot(to_light)
    if lum < 0.0 or blocker is not None:
        lum = 0.0
    value = s.shade * (0.1 + 0.9 * lum)
    if depth < 2:
        r = direction.sub(n.scale(2.0 * direction.dot(n)))
        value = 0.7 * value + 0.3 * trace(p, r, depth + 1)
    return value


def render_row(y, size):
    h = 0
    for x in range(size):
        d = Vec((x - size / 2.0) / size, (size / 2.0 - y) / size, 1.0).unit()
        v = int(trace(EYE, d, 0) * 255.0)
        v = 0 if v < 0 else (255 if v > 255 else v)
        h = (h * 257 + v) % 1000003
    return h


def work(task):
    first, step, size = task
    h = 0
    for y in range(first, size, step):
        h = (h + render_row(y, size) * (y + 1)) % 1000000007
    return h


def main():
    threads, size, mp = parse_args(160)
    tasks = [(k, threads, size) for k in range(threads)]
    results = map_tasks(work, tasks, mp)
    h = 0
    for r in results:
        h = (h + r) % 1000000007
    print(f"raytrace {size}x{size}: checksum {h}")


if __name__ == "__main__":
    main()
