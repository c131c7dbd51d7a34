# Fraction made from a Decimal (exactly, and Fraction.from_decimal), Decimal as a numbers.Number, mixing money amounts between the two types
from decimal import Decimal
from fractions import Fraction
import numbers

prices = [Decimal("19.99"), Decimal("0.05"), Decimal("-3.125"), Decimal("1E+2"), Decimal("7")]
total = Fraction(0)
for p in prices:
    f = Fraction(p)
    total += f
    print(p, "->", f, Fraction.from_decimal(p) == f, f.as_integer_ratio())
print("total", total, float(total), Decimal(total.numerator) / Decimal(total.denominator))

share = Fraction(Decimal("100.00")) / 3
print("share", share, round(share, 2), share.limit_denominator(10))

for bad in [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity"), 2.5, "1.5"]:
    try:
        print(repr(bad), "->", Fraction.from_decimal(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(bad), "->", type(e).__name__, e)
for bad in [Decimal("NaN"), Decimal("-Infinity")]:
    try:
        Fraction(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

for x in [Decimal("1.5"), Fraction(1, 2), 2.5, 3]:
    print(type(x).__name__, isinstance(x, numbers.Number), isinstance(x, numbers.Real),
          isinstance(x, numbers.Rational))
