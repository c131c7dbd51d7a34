# __slots__ classes: attribute restriction, inheritance with slots, defaults via class attributes.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return "Point3(%d, %d, %d)" % (self.x, self.y, self.z)


p = Point(1, 2)
q = Point3(3, 4, 5)
print(p, q)
try:
    p.z = 10
except AttributeError as e:
    print("AttributeError:", e)
p.x += 10
print(p.x, hasattr(p, "__dict__"), hasattr(q, "z"))


class Lazy:
    __slots__ = ("value",)


obj = Lazy()
try:
    print(obj.value)
except AttributeError as e:
    print("AttributeError:", e)
obj.value = 42
print(obj.value)
del obj.value
print(hasattr(obj, "value"))

points = [Point(i, i * i) for i in range(6)]
print(sum(pt.y for pt in points), max(points, key=lambda pt: pt.y))
print(Point.__slots__, Point3.__slots__)
