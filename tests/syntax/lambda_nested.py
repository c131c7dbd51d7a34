# nested lambdas and defaults
adders = [lambda x, i=i: x + i for i in range(3)]
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print([a(10) for a in adders], compose(inc, inc)(0), (lambda: lambda: 5)()())
