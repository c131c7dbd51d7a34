# Built-in behaviour that once differed: attributes on object() instances, str() and
# bytes() with object=, encoding and errors, int() of an __int__ returning a non-int, the
# sign of float("nan"), reversed() and comparisons and isdisjoint of dict views, truth of
# a list subclass with its own __len__, zip(strict=True).
import math
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
def setx():
    o = object(); o.x = 1
attempt("object().x = 1", setx)
attempt("str(object=5)", lambda: str(object=5))
attempt("str(object=b'a', encoding='ascii')", lambda: str(object=b"a", encoding="ascii"))
attempt("bytes('ü', 'latin-1')", lambda: bytes("ü", "latin-1"))
attempt("bytes('abc')", lambda: bytes("abc"))
attempt("bytes('ü', 'ascii')", lambda: bytes("ü", "ascii"))
class F:
    def __int__(self): return 1.5
attempt("int(F())", lambda: int(F()))
attempt("copysign nan", lambda: math.copysign(1, float("nan")))
attempt("copysign -nan", lambda: math.copysign(1, -float("nan")))
d = {"a": 1, "b": 2}
attempt("reversed keys", lambda: list(reversed(d.keys())))
attempt("reversed values", lambda: list(reversed(d.values())))
attempt("reversed items", lambda: list(reversed(d.items())))
attempt("items == set", lambda: d.items() == {("a", 1), ("b", 2)})
attempt("keys == set", lambda: d.keys() == {"a", "b"})
attempt("keys isdisjoint", lambda: d.keys().isdisjoint(["x"]))
attempt("items isdisjoint", lambda: d.items().isdisjoint([("a", 1)]))
class L(list):
    def __len__(self): return 0
attempt("bool(L([1]))", lambda: bool(L([1])))
attempt("zip strict ok", lambda: list(zip([1, 2], "ab", strict=True)))
attempt("zip strict short", lambda: list(zip([1, 2], "a", strict=True)))
attempt("zip strict long", lambda: list(zip([1], "ab", strict=True)))
attempt("zip strict 3", lambda: list(zip([1], [2], "ab", strict=True)))
