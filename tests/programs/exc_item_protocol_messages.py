# CPython's item errors named after the subclass, "doesn't"/"does not support item deletion", and issubclass()'s argument errors in order.
class Point(tuple):
    """An immutable 2-D point."""


class Label(str):
    pass


class Count(int):
    pass


class Tags(frozenset):
    pass


class Plain:
    pass


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (TypeError, IndexError, KeyError) as e:
        print(label, type(e).__name__ + ":", e)


def setter(obj, key):
    def f():
        obj[key] = 0
    return f


def deleter(obj, key):
    def f():
        del obj[key]
    return f


p = Point((3, 4))
for obj in [p, Label("ab"), Count(7), Tags({1}), Plain(), (1, 2), "ab", 5, None, {1, 2}, range(3)]:
    name = type(obj).__name__
    for key in [0, "k", slice(0, 1)]:
        attempt(f"{name}[{key!r}] = 0:", setter(obj, key))
        attempt(f"del {name}[{key!r}]:", deleter(obj, key))
attempt("Count(7)[0]:", lambda: Count(7)[0])
attempt("Tags()[0]:", lambda: Tags()[0])
print(p[0], p[-1], p[:1], Label("xyz")[1:])

for args in [(1, int), (int, 1), (1, 1), (int, (str, 1)), (bool, (int, 1)), (int, [int]), (bool, int | str)]:
    attempt(f"issubclass{args!r}:", lambda: print(issubclass(*args), end=" "))
    attempt(f"isinstance{args!r}:", lambda: print(isinstance(*args), end=" "))


class AnyMeta(type):
    def __subclasscheck__(cls, sub):
        return isinstance(sub, str)


class Textual(metaclass=AnyMeta):
    pass


print(issubclass("not even a class", Textual), issubclass(int, Textual))
