# Built-in methods called with too few or too many arguments, or without self: a
# TypeError with CPython's message (several of these crashed minipy before).
def attempt(label, f, *args):
    try:
        r = f(*args)
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


def _gen():
    yield 1


class _WithProperty:
    @property
    def p(self):
        return 1


class SubDict(dict):
    pass


GEN = _gen()
PROP = _WithProperty.__dict__["p"]

CALLS = [
    ("str.replace", "abc".replace, ()), ("str.replace one", "abc".replace, ("a",)),
    ("str.replace four", "abc".replace, ("a", "b", 1, 2)), ("str.center", "abc".center, ()),
    ("str.ljust", "abc".ljust, ()), ("str.rjust three", "abc".rjust, (5, " ", 1)),
    ("str.zfill", "abc".zfill, ()), ("str.partition", "abc".partition, ()),
    ("str.rpartition", "abc".rpartition, ()), ("str.removeprefix", "abc".removeprefix, ()),
    ("str.removesuffix", "abc".removesuffix, ()), ("str.translate", "abc".translate, ()),
    ("str.maketrans", str.maketrans, ()), ("str.maketrans list", str.maketrans, ([1],)),
    ("str.maketrans long key", str.maketrans, ({"ab": 1},)),
    ("bytes.replace", b"abc".replace, ("a",)), ("bytes.center", b"abc".center, ()),
    ("bytes.zfill", b"abc".zfill, ()), ("bytes.fromhex", bytes.fromhex, ()),
    ("bytearray.fromhex", bytearray.fromhex, ()), ("bytearray.partition", bytearray(b"ab").partition, ()),
    ("dict.fromkeys", dict.fromkeys, ()), ("dict.fromkeys three", dict.fromkeys, ([1], 2, 3)),
    ("set.issubset", {1}.issubset, ()), ("frozenset.isdisjoint", frozenset().isdisjoint, ()),
    ("set.issuperset", {1}.issuperset, ()), ("range.count", range(3).count, ()),
    ("range.index", range(3).index, ()), ("tuple.count", (1,).count, ()),
    ("tuple.index", (1,).index, ()), ("tuple.index four", (1,).index, (1, 0, 1, 2)),
    ("str.__eq__", "a".__eq__, ()), ("int.__lt__ two", (1).__lt__, (1, 2)),
    ("list.__contains__", [1].__contains__, ()), ("list.__getitem__", [1].__getitem__, ()),
    ("dict.__getitem__", {}.__getitem__, ()), ("dict.__setitem__", {}.__setitem__, (1,)),
    ("list.__delitem__", [1].__delitem__, ()), ("str.__format__", "a".__format__, ()),
    ("float.__ge__", (1.5).__ge__, ()), ("dict.__or__", {}.__or__, ()),
    ("list.__iadd__", [].__iadd__, ()), ("str.__mod__", "%s".__mod__, ()),
    ("dict.__str__ one", {}.__str__, (1,)), ("str.__len__ one", "a".__len__, (1,)),
    ("str.__getattribute__", "a".__getattribute__, ()), ("int.__setattr__", (1).__setattr__, ("x",)),
    ("tuple.__getitem__", (1,).__getitem__, ()), ("set.__contains__", {1}.__contains__, ()),
    ("unbound str.__eq__", str.__eq__, ()), ("unbound list.__len__", list.__len__, ()),
    ("unbound str.zfill", str.zfill, ()), ("unbound tuple.index", tuple.index, ()),
    ("int.__pow__ modulus", (3).__pow__, (2, 5)),
    ("str.format_map", "{a}".format_map, ()), ("str.format_map two", "{a}".format_map, ({}, {})),
    ("generator.send", GEN.send, ()), ("generator.throw", GEN.throw, ()),
    ("generator.throw four", GEN.throw, (ValueError, 1, None, 4)),
    ("property.setter", PROP.setter, ()), ("property.getter two", PROP.getter, (1, 2)),
    ("property.__get__", PROP.__get__, ()), ("property.__get__ three", PROP.__get__, (1, 2, 3)),
    ("staticmethod.__get__", staticmethod(abs).__get__, ()),
    ("slice.indices", slice(1, 2).indices, ()), ("object.__dir__ one", object().__dir__, (1,)),
    ("unbound type.mro", type.mro, ()), ("type.mro of None", type.mro, (None,)),
    ("unbound tuple.__getnewargs__", tuple.__getnewargs__, ()),
    ("tuple.count of a list", tuple.count, ([1], 1)), ("bytes.decode of an int", bytes.decode, (5,)),
    ("bytes.upper of a str", bytes.upper, ("a",)),
    ("list.__new__", list.__new__, ()), ("list.__new__ of an int", list.__new__, (5,)),
    ("list.__new__ of dict", list.__new__, (dict,)), ("int.__new__ of str", int.__new__, (str,)),
    ("dict.__new__ of a subclass", lambda: type(dict.__new__(SubDict)).__name__, ()),
]
for label, f, args in CALLS:
    attempt(label, f, *args)
print("abc".replace("a", "x"), "ab".center(4, "*"), (1, 2, 1).index(1, 1), dict.fromkeys("ab", 0))
# index(x, start, stop) on lists and tuples: bounds as slice bounds
for s in ([1, 2, 3, 2, 1], (1, 2, 3, 2, 1)):
    for args in [(2, 2), (2, -2), (1, 1, 4), (1, -5), (2, 10), (3, 0, 2)]:
        attempt("%s.index%r" % (type(s).__name__, args), s.index, *args)
