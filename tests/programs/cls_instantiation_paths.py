# calling a class: __init__ with defaults, inherited, rebound, returning a value; __new__, metaclasses, abstract classes, built-in bases
import abc


class Point:
    def __init__(self, x, y=0, z=None):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.z})"


class Point3(Point):
    pass


class Tagged(Point):
    def __init__(self, x, tag="t"):
        super().__init__(x, len(tag))
        self.tag = tag


def show(make):
    try:
        print(repr(make()))
    except TypeError as e:
        print("TypeError:", e)


for i in range(300):            # hot enough for the JIT to compile the calls
    p = Point(i, i + 1)
    q = Point3(i)
    t = Tagged(i, "abc")
    total = p.x + p.y + q.x + q.y + t.y
print(total, p, q, t.tag)

show(lambda: Point())
show(lambda: Point(1, 2, 3, 4))
show(lambda: Point(1, w=2))
show(lambda: Point3(1, 2, 3))


class Returns:
    def __init__(self, v):
        self.v = v
        return v


show(lambda: Returns(None).v)
show(lambda: Returns(5))
show(lambda: Returns("s"))


class GenInit:
    def __init__(self):
        yield 1


show(lambda: GenInit())


class WithNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, a, b=2):
        print("init", a, b)


show(lambda: type(WithNew(1)).__name__)


class NotMine:
    def __new__(cls, v):
        return v * 2

    def __init__(self, v):
        print("never")


show(lambda: NotMine(21))


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class ViaMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(ViaMeta(7).a)


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass

    def __init__(self, n):
        self.n = n


class Impl(Base):
    def run(self):
        return self.n * 2


show(lambda: Base(1))
print(Impl(4).run())


class MyList(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n


m = MyList(4)
print(m, m.n, len(m))


class MyError(Exception):
    pass


class CodeError(Exception):
    def __init__(self, code, msg="bad"):
        super().__init__(code, msg)
        self.code = code


print(repr(MyError("x", 1)), repr(CodeError(3)), CodeError(4).code)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b=1):
        self.a = a
        self.b = b


s = Slotted(5)
print(s.a, s.b)


class Rebound:
    def __init__(self, v):
        self.v = v


objs = []
for i in range(200):
    if i == 150:
        def later(self, v, w=10):
            self.v = v * w
        Rebound.__init__ = later
    objs.append(Rebound(i).v)
print(objs[149], objs[150], objs[-1])
del Rebound.__init__
show(lambda: Rebound(1))
print(type(Rebound()).__name__)


class Varargs:
    def __init__(self, *parts, sep="-"):
        self.text = sep.join(parts)


print(Varargs("a", "b").text, Varargs("c", sep="+").text)
Point(1, 2, 3, 4, 5)
