"""What the library modules io, contextlib, fractions, types, warnings and atexit need
from the interpreter, run untranslated against python3: print's writes to a non-file
object, math.floor/ceil calling __floor__/__ceil__, module() and method() called as
types.ModuleType/MethodType, the Warning classes, sys._callerinfo (warnings' caller
location), and atexit's functions called at exit (after an uncaught exception too)."""
from runner import compare, run_file_minipy, _write_prog


def test_print_writes_each_piece():
    compare('''
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("a", 1, None, sep="--", end="!", file=w)
print(file=w)
print("x", file=w, sep="")
print(w.parts)
import sys
old = sys.stdout
sys.stdout = w
print("to w", 2)
sys.stdout = old
print(w.parts[-4:])
''')


def test_floor_ceil_special_methods():
    compare('''
import math
class Q:
    def __init__(self, n, d):
        self.n, self.d = n, d
    def __floor__(self):
        return self.n // self.d
    def __ceil__(self):
        return -(-self.n // self.d)
    def __float__(self):
        return self.n / self.d
big = Q(10 ** 40 + 1, 3)
print(math.floor(big), math.ceil(big), math.floor(Q(-7, 2)), math.ceil(Q(-7, 2)))
class OnlyFloat:
    def __float__(self):
        return 2.5
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()), math.floor(3), math.ceil(-2.5))
try:
    math.floor("x")
except TypeError as e:
    print(e)
''')


def test_module_and_method_types():
    compare('''
import sys
M = type(sys)
m = M("plugins", "The plugins.")
m.x = 5
print(m.__name__, m.__doc__, m.x, M("bare").__doc__, repr(M("bare")), type(m) is M)
def area(self, k=1):
    return self.w * self.h * k
class R:
    w, h = 2, 3
r = R()
class C:
    def m(self):
        pass
MT = type(C().m)
bound = MT(area, r)
print(bound(), bound(k=10), bound.__self__ is r, bound.__func__ is area)
for args in [(area,), (1, r), (area, None)]:
    try:
        MT(*args)
    except TypeError as e:
        print("TypeError:", e)
print(M(name="kw", doc="by keyword").__doc__, M("pos", doc=None).__doc__)
for args, kwargs in [((5,), {}), ((), {}), (("a", "b", "c"), {}), (("a",), {"name": "b"}),
                     ((), {"nam": "x"}), (("x",), {"nam": 1}), (("x", "d"), {"doc": 1})]:
    try:
        M(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
for args in [(), (len, 1, 2)]:
    try:
        MT(*args)
    except TypeError as e:
        print("TypeError:", e)
''')


def test_warning_classes():
    compare('''
names = ["Warning", "UserWarning", "DeprecationWarning", "PendingDeprecationWarning",
         "SyntaxWarning", "RuntimeWarning", "FutureWarning", "ImportWarning",
         "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"]
for n in names:
    c = eval(n)
    print(n, c.__mro__[1].__name__, issubclass(c, Warning), repr(c("m")))
''')


def test_callerinfo():
    path = _write_prog('''
import sys
def where(depth):
    f, line, g = sys._callerinfo(depth)
    return f.split("/")[-1], line, g is globals()
def outer():
    return where(1), where(2)
print(where(0))
print(outer())
try:
    sys._callerinfo(50)
except ValueError as e:
    print("ValueError:", e)
''')
    r = run_file_minipy(path)
    assert r.out == ("('prog.py', 4, True)\n"
                     "(('prog.py', 7, True), ('prog.py', 9, True))\n"
                     "ValueError: call stack is not deep enough\n"), r


def test_atexit_runs_at_exit():
    compare('''
import atexit
def bye(who, end="."):
    print("bye", who + end)
atexit.register(bye, "first")
atexit.register(bye, "second", end="!")
print("main")
raise SystemExit(3)
''')
    compare('''
import atexit
atexit.register(print, "after the traceback")
def boom():
    raise ValueError("in atexit")
atexit.register(boom)
print("main")
1 / 0
''')
