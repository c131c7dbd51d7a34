# Multiple inheritance: C3 MRO, cooperative super() calls, diamond hierarchies.


class Base:
    def __init__(self):
        self.log = ["Base"]

    def hello(self):
        return "Base"


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")

    def hello(self):
        return "Right>" + super().hello()


class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Diamond")

    def hello(self):
        return "Diamond>" + super().hello()


d = Diamond()
print(d.log)
print(d.hello())
print([c.__name__ for c in Diamond.__mro__])


class A:
    def who(self):
        return "A"


class B(A):
    pass


class C(A):
    def who(self):
        return "C"


class D(B, C):
    pass


print(D().who(), [k.__name__ for k in D.__mro__])


class Mixin:
    def describe(self):
        return "%s with %s" % (type(self).__name__, ", ".join(sorted(self.features())))


class Flying:
    def features(self):
        return ["wings"] + super().features()


class Swimming:
    def features(self):
        return ["fins"] + super().features()


class Animal:
    def features(self):
        return ["body"]


class Duck(Mixin, Flying, Swimming, Animal):
    pass


print(Duck().describe())
print(Duck().features())
print(issubclass(Duck, Flying), isinstance(Duck(), Animal), issubclass(Animal, Flying))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
