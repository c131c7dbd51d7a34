# Class hierarchy of shapes: inheritance, overriding, super(), class attributes.
import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return "%s: area=%.2f perimeter=%.2f" % (self.name, self.area(), self.perimeter())


class Rectangle(Shape):
    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, "square")


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


shapes = [Rectangle(3, 4), Square(5), Circle(1.5), Square(2), Circle(10)]
for s in shapes:
    print(s.describe())
print("total shapes:", Shape.count)
print("largest:", max(shapes, key=lambda s: s.area()).name)
print("sorted by perimeter:", [s.name for s in sorted(shapes, key=lambda s: s.perimeter())])
print(isinstance(shapes[1], Rectangle), isinstance(shapes[2], Rectangle), issubclass(Square, Shape))
print(type(shapes[1]).__name__, Square.__mro__[1].__name__)
try:
    Shape("abstract").area()
except NotImplementedError:
    print("abstract area not implemented")
