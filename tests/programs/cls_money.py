# A Money class with reflected operators so sum() works, __format__-free formatting, __hash__/__eq__.


class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def _check(self, other):
        if isinstance(other, Money) and other.currency != self.currency:
            raise ValueError("currency mismatch: %s vs %s" % (self.currency, other.currency))

    def __add__(self, other):
        if other == 0:
            return self
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return Money(self.cents + other.cents, self.currency)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        self._check(other)
        return Money(self.cents - other.cents, self.currency)

    def __mul__(self, factor):
        return Money(round(self.cents * factor), self.currency)

    __rmul__ = __mul__

    def __truediv__(self, parts):
        base, extra = divmod(self.cents, parts)
        return [Money(base + (1 if i < extra else 0), self.currency) for i in range(parts)]

    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.cents, self.currency) == (other.cents, other.currency)
        return NotImplemented

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __lt__(self, other):
        self._check(other)
        return self.cents < other.cents

    def __neg__(self):
        return Money(-self.cents, self.currency)

    def __bool__(self):
        return self.cents != 0

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return "%s%d.%02d %s" % (sign, abs(self.cents) // 100, abs(self.cents) % 100, self.currency)

    def __repr__(self):
        return "Money(%d, %r)" % (self.cents, self.currency)


prices = [Money(1999), Money(500), Money(1), Money(12050)]
total = sum(prices)
print(total, repr(total), sum([], Money(0)))
print(total * 1.2, 3 * Money(333), -Money(250), Money(100) - Money(250))
print([str(m) for m in Money(1000) / 3], [str(m) for m in Money(5) / 2])
print(sorted(prices)[0], max(prices), Money(5) == Money(5), Money(5) == Money(5, "USD"), Money(5) == 5)
print(len({Money(1), Money(1), Money(2)}), bool(Money(0)), bool(Money(-1)))
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
