# code object attributes that inspect builds on: co_flags (CPython's bits), co_argcount, co_posonlyargcount, co_kwonlyargcount, co_nlocals, co_varnames, co_qualname
def a(x, *y, **z):
    q = 1
    def inner(p):
        return q + p
    def gen():
        yield x
    return inner, gen
i, g = a(1)
class K:
    def m(self): return __class__
for f in (a, i, g, lambda: 0, K.m, (lambda: (yield))):
    c = f.__code__
    print(c.co_name, c.co_flags, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_varnames, c.co_qualname)
def shapes(a, b=2, /, c=3, *args, d, e=5, **kw):
    pass
c = shapes.__code__
print(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_varnames, c.co_flags & 0xc)
