# Every math function called with wrong argument counts, keywords and types: the
# exceptions and messages are CPython's (several of these crashed minipy before).
import math

NAMES = ["sqrt", "exp", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
         "log10", "log1p", "fabs", "log", "log2", "floor", "ceil", "trunc", "pow", "atan2",
         "hypot", "fmod", "copysign", "isnan", "isinf", "isfinite", "isclose", "gcd", "lcm",
         "factorial", "comb", "perm", "isqrt", "fsum", "prod", "degrees", "radians", "modf",
         "frexp", "ldexp", "dist"]


def attempt(label, f, *args, **kwargs):
    try:
        print(label, "->", f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


for name in NAMES:
    f = getattr(math, name)
    for args in [(), (1, 2, 3, 4, 5), ("x",), (1.5,), (None, None), ([1, 2], [1])]:
        attempt("%s%r" % (name, args), f, *args)
    attempt(name + " keyword", f, x=1)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Truncates:
    def __trunc__(self):
        return 42


attempt("gcd index", math.gcd, Index(12), 18)
attempt("lcm zero then str", math.lcm, 0, "x")
attempt("lcm zero", math.lcm, 4, 0, 6)
attempt("comb big", math.comb, 10 ** 20, 3)
attempt("perm big", math.perm, 10 ** 20, 2)
attempt("perm one", math.perm, 5)
attempt("perm none", math.perm, 5, None)
attempt("comb negative k", math.comb, 5, -1)
attempt("perm negative n", math.perm, -5, 1)
attempt("comb k past n", math.comb, 3, 5)
attempt("factorial index", math.factorial, Index(6))
attempt("factorial negative", math.factorial, -3)
attempt("isqrt big", math.isqrt, 10 ** 40 + 12345)
attempt("isqrt negative", math.isqrt, -1)
attempt("trunc instance", math.trunc, Truncates())
attempt("trunc float", math.trunc, -2.7)
attempt("isclose keywords", math.isclose, 1.0, 1.1, rel_tol=0.2)
attempt("isclose unknown keyword", math.isclose, 1.0, 1.1, tol=0.2)
attempt("isclose three positional", math.isclose, 1.0, 1.1, 0.2)
attempt("prod start", math.prod, [2, 3], start=5)
attempt("prod unknown keyword", math.prod, [2, 3], begin=5)
attempt("dist", math.dist, (0, 0), (3, 4))
attempt("log base", math.log, 8, 2)
attempt("log big", math.log, 10 ** 30)
attempt("hypot", math.hypot, 3, 4, 12)
