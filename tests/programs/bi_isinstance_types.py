# Type introspection: isinstance/issubclass with tuples and inheritance, type(), __class__, __name__.


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


values = [1, 2.0, "s", b"b", [1], (1,), {1: 2}, {1}, None, True, Dog(), len, range(2), Animal]
for v in values:
    kinds = []
    for t in (int, float, str, bytes, list, tuple, dict, set, bool, Animal, type):
        if isinstance(v, t):
            kinds.append(t.__name__)
    print(type(v).__name__, kinds)
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Puppy, (int, Dog)))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), isinstance(type, type))
p = Puppy()
print(p.__class__.__name__, p.__class__.__bases__[0].__name__, type(p) is Puppy, type(p) == Dog)
print([c.__name__ for c in Puppy.__mro__], Puppy.__base__.__name__)
print(type(1) is int, type(True) is bool, type(1) is type(2), type(None).__name__)
print(isinstance(p, (str, Animal)), isinstance(3, ()), isinstance([], (list, tuple)))


def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "text"
    if isinstance(x, (list, tuple)):
        return "sequence of %d" % len(x)
    if isinstance(x, dict):
        return "mapping"
    return "other:" + type(x).__name__


print([kind(v) for v in [True, 3, 2.5, "x", [1, 2], (), {}, None, p]])
print(Dog.__name__, Dog.__qualname__, len.__name__, kind.__name__, int.__name__)
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
