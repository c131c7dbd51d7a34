# Class attributes reassigned while loops run: a class-level counter, a patched method,
# a base-class value a subclass inherits then shadows, an attribute deleted and
# re-added, and an instance attribute that shadows the class one. Every read must see
# the latest value, in loops hot enough to be compiled.


class Shape:
    made = 0
    scale = 1

    def __init__(self, size):
        Shape.made += 1
        self.size = size

    def area(self):
        return self.size * self.size * self.scale


class Square(Shape):
    pass


def total(shapes):
    t = 0
    for s in shapes:
        t += s.area()
    return t


shapes = [Square(i % 7) for i in range(500)]
print(Shape.made, total(shapes))
for step in range(1, 6):
    Shape.scale = step                       # the base class: the subclass sees it
    print(step, total(shapes))
Square.scale = 10                            # now the subclass shadows it
print(total(shapes), Shape.scale, Square.scale)
del Square.scale
print(total(shapes))


def doubled(self):
    return 2 * self.size


for round_ in range(3):
    Shape.area = doubled if round_ % 2 == 0 else (lambda self: -self.size)
    print(round_, total(shapes))

shapes[0].area = lambda: 1000                # an instance attribute, not a method
print(total(shapes[:3]))


class Counter:
    hits = 0

    @classmethod
    def hit(cls, n):
        for i in range(n):
            cls.hits += 1
        return cls.hits


print(Counter.hit(3000), Counter.hit(2000))
del Counter.hits
try:
    Counter.hit(1)
except AttributeError as e:
    print("AttributeError", e)
Counter.hits = 100
print(Counter.hit(5), Counter().hits)
