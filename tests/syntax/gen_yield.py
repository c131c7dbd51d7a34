# generators: yield, yield from, send
def g():
    x = yield 1
    print("got", x)
    yield x * 2
    yield
def h():
    yield from g()
    yield from [7, 8]
it = h()
print(next(it), it.send(5), next(it), list(it))
