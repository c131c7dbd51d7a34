# A 2D vector class with arithmetic, reflected and in-place operators, __eq__/__hash__.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return self.x != 0 or self.y != 0

    def __iter__(self):
        yield self.x
        yield self.y


a = Vec(1, 2)
b = Vec(3, -4)
print(a + b, a - b, a * 3, 2 * b, -a)
print(abs(b), abs(Vec(1, 1)))
c = a
c += b
print(a, c is a)
print(Vec(1, 2) == Vec(1, 2), Vec(1, 2) != Vec(2, 1), Vec(1, 2) == (1, 2))
print(len({Vec(1, 2), Vec(1, 2), Vec(2, 1)}))
print(bool(Vec(0, 0)), bool(Vec(0, 1)))
x, y = Vec(7, 8)
print(x, y, list(Vec(5, 6)))
try:
    print(a + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("s" * Vec(1, 1))
except TypeError as e:
    print("TypeError:", e)
total = Vec(0, 0)
for v in [Vec(i, i * i) for i in range(5)]:
    total += v
print(total)
