# A hand-written Fraction class: normalisation with gcd, operators, comparisons, continued fractions.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % num)
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    def __repr__(self):
        return "%d/%d" % (self.num, self.den) if self.den != 1 else str(self.num)

    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)

    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return Frac.of(o) - self

    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den, self.den * o.num)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __eq__(self, o):
        o = Frac.of(o)
        return self.num == o.num and self.den == o.den

    def __lt__(self, o):
        o = Frac.of(o)
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den


h = Frac(0)
for i in range(1, 11):
    h = h + Frac(1, i)
print("H10 =", h, float(h))
print(Frac(6, -8), Frac(3, 4) * 4, 1 - Frac(1, 3), Frac(1, 2) / Frac(3, 4), -Frac(2, 5), 2 * Frac(1, 6))
print(sorted([Frac(1, 2), Frac(1, 3), Frac(2, 3), Frac(-1, 4), Frac(5, 10)]))
print(Frac(1, 2) == Frac(2, 4), Frac(4, 2) == 2, len({Frac(1, 2), Frac(2, 4)}))


def continued(fr, terms=10):
    out = []
    num, den = fr.num, fr.den
    while den and len(out) < terms:
        q = num // den
        out.append(q)
        num, den = den, num - q * den
    return out


print(continued(Frac(415, 93)), continued(Frac(355, 113)))
approx = Frac(1)
for _ in range(12):
    approx = 1 + Frac(1) / approx
print("golden ratio ~", approx, float(approx))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
