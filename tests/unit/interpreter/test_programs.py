# -*- coding: utf-8 -*-
"""Small programs run by minipy (untranslated) and by python3: same stdout, exit code
and last stderr line."""
import pytest
from runner import compare

PROGRAMS = {
    'arith': '''
print(1 + 2, 7 // 2, -7 // 2, 7 % -3, 2 ** 100, 10 / 4, 3 * 1.5, 1e16, 0.1 + 0.2)
print(2 ** 63 + 1 - 2 ** 63, -(2 ** 63), (1 << 70) >> 68, 5 & 3, 5 | 3, 5 ^ 3, ~5)
print(divmod(17, 5), divmod(-17, 5), pow(3, 200, 1000), pow(5, -1, 7), abs(-3), round(2.5), round(3.5), round(1.2345, 2))
print(int("42"), int(" -7 "), int("ff", 16), float("1.5"), int(3.9), hex(255), oct(8), bin(5))
print(True + True, 3 == 3.0, 1 < 2 < 3, 10 ** 20 > 1.5, hash(1) == hash(1.0))
''',
    'strings': '''
s = "Hello, World"
print(s.upper(), s.lower(), s.split(", "), s.find("o"), s.rfind("o"), s.count("l"))
print(s[1:5], s[::-1], s[-1], len(s), "-".join(["a", "b"]), s.replace("l", "L", 2))
print("  x  ".strip(), "a,b,,c".split(","), "x".center(5, "*"), "7".zfill(3), "abc".title())
print("%d %5.2f %s %r %x" % (3, 3.14159, "s", "r", 255), "{} {:>4} {name}".format(1, 2, name="n"))
x = 3.5
print(f"{x} {x:.3f} {x!r} {'q'} {x * 2:>8}")
print("é".upper(), "ß".upper(), len("héllo"), "héllo"[1], repr("a'b"), ord("€"), chr(8364))
print("abc" < "abd", "a" * 3, "b" in "abc", str(12), repr(1.0), str(None))
''',
    'collections': '''
l = [3, 1, 2]
l.append(5); l.extend([0]); l.insert(0, 9)
print(l, sorted(l), sorted(l, reverse=True), l.index(2), l.pop(), l)
l.sort(key=lambda x: -x)
print(l, l[1:3], l[::2], min(l), max(l), sum(l), len(l))
d = {"a": 1, "b": 2}
d["c"] = 3
del d["a"]
print(d, list(d.keys()), list(d.values()), list(d.items()), d.get("z", 0), "b" in d)
print({k: v * 2 for k, v in d.items()}, dict(zip("xy", [1, 2])), d.pop("b"), d)
s = {3, 1, 2}
s.add(4)
print(s, s & {1, 2}, s | {7}, s - {1}, 2 in s, len(s), frozenset([1]))
t = (1, 2, 3)
a, *b = t
print(t, t[0], t + (4,), a, b, (1,), tuple([1, 2]), t.index(2), t.count(1))
print(list(range(10, 0, -3)), list(enumerate("ab", 1)), list(zip([1, 2], "ab")))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, 2])), list(reversed([1, 2, 3])))
print(any([0, 1]), all([]), [x * x for x in range(5) if x % 2], {x % 3 for x in range(9)})
''',
    'functions': '''
def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, sorted(kw.items()))
print(f(1), f(1, 5, 6, 7, c=8, z=9), f(*[1, 2], **{"c": 0}))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def deco(fn):
    def wrapper(*a):
        return "<" + str(fn(*a)) + ">"
    return wrapper
@deco
def g(x):
    return x * 2
print(g(21), (lambda x, y=1: x + y)(1))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15))
''',
    'classes': '''
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s makes a sound" % self.name
    def __repr__(self):
        return "Animal(%r)" % self.name
class Dog(Animal):
    def speak(self):
        return super().speak() + ": woof"
    @property
    def upper(self):
        return self.name.upper()
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def make(cls, n):
        return cls(n)
d = Dog.make("rex")
print(d.speak(), d.upper, Dog.s(1), d.kind, isinstance(d, Animal), type(d).__name__, [d])
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __lt__(self, o):
        return self.x < o.x
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __str__(self):
        return "V(%d, %d)" % (self.x, self.y)
v = V(1, 2) + V(3, 4)
print(v, v == V(4, 6), v != V(4, 6), len(v), list(v), sorted([V(2, 0), V(1, 0)])[0])
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__], issubclass(D, A), hasattr(d, "name"), getattr(d, "zz", 5))
class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m.total(), len(m), m[0], isinstance(m, list))
class MyInt(int):
    pass
print(MyInt(5) + 1, MyInt("7") * 2)
class E(Exception):
    pass
try:
    raise E("boom")
except Exception as e:
    print(type(e).__name__, e, e.args)
''',
    'generators': '''
def gen(n):
    for i in range(n):
        yield i * i
    return "done"
print(list(gen(5)), sum(gen(4)))
def deleg():
    r = yield from gen(3)
    yield r
print(list(deleg()))
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
g = acc()
next(g)
print(g.send(5), g.send(10))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
print(list(x for x in range(3)), dict((i, i) for i in range(2)))
''',
    'exceptions': '''
def f(x):
    try:
        return 10 / x
    except ZeroDivisionError as e:
        return str(e)
    finally:
        print("finally", x)
print(f(2), f(0))
try:
    [][1]
except IndexError as e:
    print("IndexError:", e)
try:
    {}["k"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    None.x
except AttributeError as e:
    print(e)
try:
    int("x")
except ValueError as e:
    print(e)
try:
    undefined
except NameError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
N = 5
def g(a, b):
    pass
for call in [lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, c=2), lambda: len(5), lambda: N[0]]:
    try:
        call()
    except TypeError as e:
        print(e)
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
with open("/nonexistent/x") if False else open(__file__) as fh:
    print(fh.readline().strip() == "")
''',
    'uncaught': '''
def f():
    raise ValueError("bad value")
f()
''',
    'exit_code': '''
import sys
print("before")
sys.exit(3)
''',
    'match': '''
import collections
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Q(P):
    pass
def f(v):
    match v:
        case 0 | -1 | 2.5 | 1+1j | "s" | b"b" | None:
            return "literal %r" % (v,)
        case P(0, y) | P(y, 0) if y:
            return "axis %r" % y
        case Q(x=x) | P(x, 1):
            return "q or y=1: %r" % x
        case [a, (b, c) | [c, b], *rest] if not rest:
            return "nested %r %r %r" % (a, b, c)
        case [_, *_, last]:
            return "last %r" % last
        case {"k": [*ks], **rest}:
            return "map %r %r" % (ks, sorted(rest.items()))
        case int(n) | float(n) as num if n > 100:
            return "big %r %s" % (n, type(num).__name__)
        case str() | bytes():
            return "text"
        case _:
            return "other %s" % type(v).__name__
for v in [0, -1, 2.5, 1+1j, "s", b"b", None, P(0, 3), P(4, 0), P(0, 0), Q(7, 8), P(5, 1),
          [1, (2, 3)], (1, [3, 2]), [1, 2, 3, 4], range(5), collections.deque([1, 9]),
          {"k": (1, 2), "z": 0}, collections.OrderedDict(k=[]), 500, 100.5, "abc", 7,
          [1, (2, 3), 4], {"j": 1}]:
    print(f(v))
for src in ["match 1:\\n case len(): pass", "match P(1, 2):\\n case P(1, 2, 3): pass",
            "match {1: 1}:\\n case {P.x: 1, P.y: 2}: pass",
            "match 1:\\n case x:\\n  pass\\n case 2:\\n  pass"]:
    try:
        exec(src, {"P": P})
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
''',
    'annotations': '''
x: int = 1
y: "str"
class C:
    a: int
    b: list = []
def f(p: int, /, q: str = "", *r: float, s: bool, **t: dict) -> None: pass
print(__annotations__, C.__annotations__, f.__annotations__, (lambda: 0).__annotations__)
''',
    'metaclasses': '''
class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.kw = kw
        return cls
    def __call__(cls, *a):
        return ("made", super().__call__(*a).v)
    def __len__(cls):
        return 3
    def hello(cls):
        return cls.__name__
class A(metaclass=M, flag=1):
    def __init__(self, v):
        self.v = v
class B(A):
    pass
print(A(2), B(3), len(B), B.hello(), B.kw, type(B) is M, isinstance(B, M))
T = type("T", (A,), {"x": 1})
print(type(T).__name__, T.x, T(4))
class D:
    def __set_name__(self, owner, name):
        self.where = owner.__name__ + "." + name
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class E(Base, tag="e"):
    d = D()
print(E.tag, E.d.where)
''',
    'abstract': '''
from abc import ABC, abstractmethod
class S(ABC):
    @abstractmethod
    def area(self): pass
    @abstractmethod
    def name(self): pass
class Q(S):
    def area(self): return 4
try:
    Q()
except TypeError as e:
    print(e)
try:
    S()
except TypeError as e:
    print(e)
''',
    'match_and_classes': '''
import collections.abc as cabc
from abc import ABC
class Seq(cabc.Sequence):
    def __getitem__(self, i): return (1, 2)[i]
    def __len__(self): return 2
class Map(cabc.Mapping):
    def __getitem__(self, k): return {"a": 1}[k]
    def __iter__(self): return iter(["a"])
    def __len__(self): return 1
class Plain:
    def __getitem__(self, i): return (3, 4)[i]
    def __len__(self): return 2
class Sub(Plain): pass
class Later(Plain): pass
cabc.Sequence.register(Sub)
class Shape(ABC): pass
Shape.register(int)
for v in [Seq(), Map(), Plain(), Sub(), Later(), 5, "ab", {"a": 0}]:
    match v:
        case Shape(): print("shape", v)
        case [x, y]: print("seq", type(v).__name__, x, y)
        case {"a": a}: print("map", type(v).__name__, a)
        case _: print("neither", type(v).__name__)
print("__abc_tpflags__" in cabc.Sequence.__dict__)
match 1:
    case 1:
        n: int = 2
class K:
    match n:
        case 2:
            k: "str" = "s"
print(__annotations__, K.__annotations__)
''',
    'match_collections': '''
from collections import UserDict, UserList, UserString, ChainMap, OrderedDict, deque
class L(UserList): pass
for v in [UserDict(a=1), L([1, 2]), UserString("ab"), ChainMap({"a": 2}), OrderedDict(a=3),
          deque([4, 5])]:
    match v:
        case [x, y]: print(type(v).__name__, "seq", x, y)
        case {"a": a}: print(type(v).__name__, "map", a)
        case _: print(type(v).__name__, "neither")
''',
}


@pytest.mark.parametrize('name', sorted(PROGRAMS))
def test_program(name):
    compare(PROGRAMS[name])


def test_input_and_stdin():
    compare('x = input("name? ")\nprint("hi", x)\nprint(input())\n', stdin='bob\nsecond\n')


def test_recursion_limit():
    compare('def f(n):\n    return f(n + 1)\nf(0)\n')
