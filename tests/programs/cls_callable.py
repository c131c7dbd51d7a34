# Callable objects (__call__), counters, memoizers, and objects used as functions.


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return len(args) + len(kwargs)


c = Counter()
print(c(1, 2), c(a=1), c(), c.calls, callable(c), callable(5))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache))


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result

    def __repr__(self):
        terms = []
        n = len(self.coeffs) - 1
        for i, c in enumerate(self.coeffs):
            if c:
                terms.append("%dx^%d" % (c, n - i) if n - i else str(c))
        return " + ".join(terms)


p = Polynomial(2, 0, -3, 1)
print(p, [p(x) for x in range(-2, 3)])
print(list(map(Polynomial(1, 1), [1, 2, 3])))
