# Exception chaining: raise from, implicit __context__, suppressing with "from None", __cause__.


class StorageError(Exception):
    pass


def load(key, store):
    try:
        return store[key]
    except KeyError as e:
        raise StorageError("no such key: %s" % key) from e


try:
    load("x", {})
except StorageError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)


def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")


try:
    implicit()
except ValueError as e:
    print(e, "| context:", type(e.__context__).__name__, "| cause:", e.__cause__)


def hidden():
    try:
        [][0]
    except IndexError:
        raise RuntimeError("clean") from None


try:
    hidden()
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)


def chain_of_three():
    try:
        try:
            int("x")
        except ValueError as a:
            raise KeyError("k") from a
    except KeyError as b:
        raise TypeError("t")


try:
    chain_of_three()
except TypeError as e:
    names = []
    cur = e
    while cur is not None:
        names.append(type(cur).__name__)
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(names))

try:
    try:
        raise OSError("disk")
    finally:
        print("finally with pending exception")
except OSError as e:
    print("outer got", e)

e = ValueError("standalone")
print(e.__cause__, e.__context__, e.__traceback__ is None)
