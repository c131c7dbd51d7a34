# def with every parameter kind
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw)
def g(a, /, b, *, c):
    return a, b, c
def h(*, k=1): return k
def i(**kw): return kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, x=6), g(1, 2, c=3), g(1, b=2, c=3), h(), i(z=1))
