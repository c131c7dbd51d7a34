"""A small ray tracer: spheres over a checkered plane, one light, reflections.

Vector objects with operator methods, recursion and float maths; the image is
reduced to a checksum of its 8-bit pixel values.

usage: raytrace.py [SIZE [ITERATIONS]]   SIZE = image width and height in pixels
"""
# bench: size=100 quick=24 iters=5 quick_iters=2
import math

from _timing import run_bench


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        return self.scale(1.0 / self.length())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Sphere:
    def __init__(self, center, radius, color, reflect):
        self.center = center
        self.radius = radius
        self.color = color
        self.reflect = reflect

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return -1.0
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return -1.0

    def normal(self, p):
        return (p - self.center).unit()

    def color_at(self, p):
        return self.color


class Plane(Sphere):
    def __init__(self, height, reflect):
        Sphere.__init__(self, Vec(0.0, height, 0.0), 0.0, Vec(1.0, 1.0, 1.0), reflect)
        self.up = Vec(0.0, 1.0, 0.0)

    def intersect(self, ray):
        d = ray.direction.y
        if -1e-9 < d < 1e-9:
            return -1.0
        t = (self.center.y - ray.origin.y) / d
        return t if t > 1e-6 else -1.0

    def normal(self, p):
        return self.up

    def color_at(self, p):
        if (int(math.floor(p.x)) + int(math.floor(p.z))) % 2 == 0:
            return Vec(0.9, 0.9, 0.9)
        return Vec(0.1, 0.1, 0.1)


class Scene:
    def __init__(self):
        self.objects = [
            Plane(-1.0, 0.3),
            Sphere(Vec(0.0, 0.0, 5.0), 1.0, Vec(1.0, 0.2, 0.2), 0.4),
            Sphere(Vec(-2.0, 0.5, 6.5), 1.5, Vec(0.2, 1.0, 0.2), 0.2),
            Sphere(Vec(2.2, -0.3, 4.5), 0.7, Vec(0.2, 0.3, 1.0), 0.6),
        ]
        self.light = Vec(-5.0, 8.0, -2.0)
        self.eye = Vec(0.0, 0.8, -2.0)

    def hit(self, ray):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.intersect(ray)
            if 0.0 < t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.hit(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.2 + 0.3 * k, 0.3 + 0.4 * k, 0.6 + 0.4 * k)
        p = ray.at(t)
        n = obj.normal(p)
        to_light = (self.light - p).unit()
        shadow, st = self.hit(Ray(p, to_light))
        diffuse = n.dot(to_light)
        if diffuse < 0.0 or (shadow is not None and st < (self.light - p).length()):
            diffuse = 0.0
        base = obj.color_at(p).scale(0.15 + 0.85 * diffuse)
        if depth < 3 and obj.reflect > 0.0:
            d = ray.direction
            r = d - n.scale(2.0 * d.dot(n))
            refl = self.trace(Ray(p, r), depth + 1)
            base = base.scale(1.0 - obj.reflect) + refl.scale(obj.reflect)
        return base


def to_byte(c):
    v = int(c * 255.0)
    if v < 0:
        return 0
    if v > 255:
        return 255
    return v


def render(scene, w, h):
    total = 0
    for y in range(h):
        for x in range(w):
            dx = (x - w / 2.0) / w
            dy = (h / 2.0 - y) / h
            col = scene.trace(Ray(scene.eye, Vec(dx, dy, 1.0)), 0)
            total = (total * 7 + to_byte(col.x) * 65536 + to_byte(col.y) * 256 + to_byte(col.z)) % 1000000007
    return total


def bench(size):
    return render(Scene(), size, size)


run_bench("raytrace", bench, 100, 5, empty=0)
