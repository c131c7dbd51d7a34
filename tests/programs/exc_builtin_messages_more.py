# Error messages and types that programs meet: str index with a float, join of a
# non-iterable, bytes + str, str.replace with non-str, math.pow and math.log edge cases, the
# dict view type names, a with-statement on an object that is no context manager, and
# OSError(errno, ...) making the subclass for errno (its args and filename).
import math
text, items, pair, half = "abc", [1], (1,), 1.5
tests = ['text[half]', '"".join(1)', 'b"a" + "b"', '"a".replace(1, 2)', 'math.pow(0, -1)', 'math.log(1, 1)', 'type({}.items()).__name__', 'type({}.keys()).__name__', 'type({}.values()).__name__', 'items[half]', 'pair[text]', 'OSError(2, "x")', 'type(OSError(2, "x")).__name__']
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
class NoCM: pass
for obj in [5, NoCM()]:
    try:
        with obj:
            pass
    except Exception as e:
        print(type(e).__name__, e)
for args in [(2, "x"), (13, "denied", "f.txt"), (17, "exists"), (999, "other"), ("2", "str errno"), (2,)]:
    e = OSError(*args)
    print(type(e).__name__, e.args, isinstance(e, OSError))
class MyOSError(OSError):
    pass
print(type(MyOSError(2, "x")).__name__, type(FileNotFoundError(13, "x")).__name__)
print([type(OSError(n, "m")).__name__ for n in (1, 3, 4, 10, 11, 20, 21, 32, 103, 104, 110, 111, 114, 115)])
print(hash({}.values()) is not None)
e = OSError(2, "x", "f")
print(e.errno, e.strerror, e.filename, e.args, str(e))
