# fractions.Fraction: exact recipe scaling and probabilities, parsing strings and floats, mixed arithmetic, comparisons, hashing as int/float, rounding, limit_denominator, errors
import math
from fractions import Fraction

print(Fraction(3, 4), Fraction(-6, 8), Fraction(6, -8), Fraction(0, 5), Fraction(7))
print(repr(Fraction(10, -8)), repr(Fraction(Fraction(1, 7), 5)), repr(Fraction(Fraction(1, 7), Fraction(2, 3))))
for text in ["314", "-35/4", "3.1415", "-47e-2", " 1.5 ", "+.25", "1_000/3", "2.5E3", "7.", "0/9", "1e-10"]:
    f = Fraction(text)
    print(repr(text), "->", repr(f), f.numerator, f.denominator)
for x in [1.47, 2.25, 0.1, -0.0, 1e-300, 2.0 ** 60]:
    print(x, repr(Fraction(x)), repr(Fraction.from_float(x)))
print(repr(Fraction.from_float(3)), Fraction(True), Fraction(3, 4).as_integer_ratio())

# a recipe scaled exactly
recipe = {"flour": Fraction(2, 3), "sugar": Fraction(1, 4), "butter": Fraction(3, 8)}
for servings in [2, Fraction(3, 2), Fraction("0.75")]:
    scaled = {k: v * servings for k, v in recipe.items()}
    print(servings, {k: str(v) for k, v in scaled.items()}, "total", sum(scaled.values()))

# probabilities: two dice
dist = {}
for a in range(1, 7):
    for b in range(1, 7):
        dist[a + b] = dist.get(a + b, 0) + Fraction(1, 36)
print(dist[7], dist[2], sum(dist.values()), max(dist.values()))
expect = sum(k * p for k, p in dist.items())
var = sum((k - expect) ** 2 * p for k, p in dist.items())
print("E =", expect, "Var =", var, float(var))

# arithmetic with ints, floats and other fractions
a, b = Fraction(5, 6), Fraction(-3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +b, abs(b))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 4, 4 / a, 7 // a, 7 % a, divmod(7, a))
print(a + 0.5, 0.5 + a, a * 2.0, 1.0 / a, a ** 2, a ** -2, b ** 3, b ** -3, a ** 0)
print(Fraction(9, 4) ** Fraction(1, 2), 2 ** Fraction(3), 2 ** Fraction(-2), 4 ** Fraction(1, 2),
      Fraction(1, 2) ** 0.5)
print(repr(a + b), type(a + 0.5).__name__, type(a // b).__name__, type(2 ** Fraction(3)).__name__)
print(sum([Fraction(1, n) for n in range(1, 11)]))

# comparisons and hashing, mixed with ints and floats
print(Fraction(1, 2) == 0.5, Fraction(1, 3) == 1 / 3, Fraction(2, 1) == 2, 2 == Fraction(4, 2),
      Fraction(1, 2) != Fraction(2, 4), Fraction(1, 2) == "1/2")
print(Fraction(1, 3) < 0.34, Fraction(1, 3) > 1 / 3, 1 < Fraction(3, 2) <= 1.5,
      Fraction(-1, 2) >= -1, Fraction(5) > float("-inf"), Fraction(5) < float("nan"))
values = [Fraction(1, 3), 0.25, 1, Fraction(-2, 7), 0.5, Fraction(1, 2)]
print(sorted(values), min(values), max(values))
print(hash(Fraction(5)) == hash(5), hash(Fraction(1, 2)) == hash(0.5),
      hash(Fraction(-7, 4)) == hash(-1.75), hash(Fraction(-1)) == hash(-1))
print(hash(Fraction(1, 3)), hash(Fraction(-1, 3)), hash(Fraction(10 ** 30, 7)), hash(Fraction(1, 2 ** 61 - 1)))
table = {Fraction(1, 2): "half", 2: "two"}
print(table[0.5], table[Fraction(4, 2)], Fraction(2) in {2}, len({Fraction(3, 3), 1, 1.0}))

# conversions and rounding
x = Fraction(-7, 2)
print(int(x), math.trunc(x), math.floor(x), math.ceil(x), round(x), round(Fraction(5, 2)),
      round(Fraction(7, 2)), float(x), bool(x), bool(Fraction(0)))
print(round(Fraction(22, 7), 2), round(Fraction(22, 7), 0), round(Fraction(12345, 1), -2),
      repr(round(Fraction(1, 8), 2)))
print(math.floor(Fraction(7, 3)), math.ceil(Fraction(7, 3)), math.floor(Fraction(-7, 3)),
      math.ceil(Fraction(-7, 3)))

# limit_denominator: best rational approximations
pi = Fraction(math.pi)
for d in [1, 10, 100, 1000, 10 ** 6]:
    print(d, pi.limit_denominator(d))
print(Fraction(0.1).limit_denominator(), Fraction(4321, 8765).limit_denominator(10000),
      Fraction(-1, 3).limit_denominator(2), Fraction("3.141592653589793").limit_denominator(100))


class Money(Fraction):
    def __str__(self):
        return "$%.2f" % float(self)


m = Money(1999, 100)
print(m, repr(m), isinstance(m * 2, Money), m * 2, Money("2.50") + 1)

# errors, with CPython's messages
def attempt(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: Fraction(1, 0))
attempt(lambda: Fraction("1/0"))
attempt(lambda: Fraction("abc"))
attempt(lambda: Fraction("1 /2"))
attempt(lambda: Fraction("1/2.5"))
attempt(lambda: Fraction(""))
attempt(lambda: Fraction(1.5, 2))
attempt(lambda: Fraction([1]))
attempt(lambda: Fraction(float("nan")))
attempt(lambda: Fraction(float("inf")))
attempt(lambda: Fraction(3, 4) / 0)
attempt(lambda: Fraction(-3, 4) / Fraction(0))
attempt(lambda: Fraction(0) ** -1)
attempt(lambda: Fraction(3, 4) // 0)
attempt(lambda: Fraction(1, 2) + "x")
attempt(lambda: Fraction(1, 2) < "x")
attempt(lambda: Fraction.from_float("1.5"))
attempt(lambda: pi.limit_denominator(0))
