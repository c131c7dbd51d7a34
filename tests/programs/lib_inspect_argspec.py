# inspect.getfullargspec: FullArgSpec of functions, classes, bound methods (self kept), callables, wrapped functions (not followed) and partials
import inspect, functools
def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int: pass
def g(x: int, y): pass
class A:
    def __init__(self, p, q=0): pass
    def m(self, z, *, w=1): pass
    def __call__(self, r): pass
@functools.wraps(g)
def h(*a, **k): pass
for o in (f, g, A, A.m, A(1).m, A(1), h, functools.partial(f, 1, 2, d=0), lambda: 0):
    try:
        print(inspect.getfullargspec(o))
    except TypeError as e:
        print("TypeError", e, type(e.__cause__).__name__)
print(inspect.signature(A), inspect.signature(A(1).m))
