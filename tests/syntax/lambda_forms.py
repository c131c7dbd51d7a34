# lambda with every parameter kind
f = lambda: 0
g = lambda a, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
h = lambda a, /, b: a - b
print(f(), g(1, c=3), g(1, 2, 3, c=5, e=6), h(5, b=2), (lambda *a: a)(1, 2))
