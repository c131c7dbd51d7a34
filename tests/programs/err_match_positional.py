# match (3.10): a class pattern with more positional sub-patterns than __match_args__ names
class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return 'on the x axis at %d' % x
        case Point(x, y, z):
            return 'in space at %d %d %d' % (x, y, z)


print(where(Point(0, 0)))
print(where(Point(4, 0)))
print(where(Point(1, 2)))
