# Generator utilities around Fibonacci numbers: even terms, digit counts, Zeckendorf representation.


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def takewhile_lt(limit, gen):
    for x in gen:
        if x >= limit:
            return
        yield x


def first_with_digits(n):
    for i, f in enumerate(fib()):
        if len(str(f)) >= n:
            return i, f


def zeckendorf(n):
    fibs = list(takewhile_lt(n + 1, fib()))[2:]
    parts = []
    for f in reversed(fibs):
        if f <= n:
            parts.append(f)
            n -= f
    return parts


print(list(takewhile_lt(100, fib())))
print(sum(x for x in takewhile_lt(4000000, fib()) if x % 2 == 0))
print(first_with_digits(3), first_with_digits(50)[0])
for n in [1, 10, 64, 100, 1000]:
    parts = zeckendorf(n)
    print(n, "=", " + ".join(map(str, parts)), sum(parts) == n)
g = fib()
pairs = [(next(g), next(g)) for _ in range(4)]
print(pairs)
ratios = []
prev = None
for f in takewhile_lt(10 ** 6, fib()):
    if prev:
        ratios.append(f / prev)
    prev = f
print(round(ratios[-1], 12), len(ratios))
