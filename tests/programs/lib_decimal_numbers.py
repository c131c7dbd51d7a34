# decimal: how Decimals are made and printed (strings, ints, floats, tuples), scientific notation, normalize, as_tuple, arithmetic and its exponents, comparisons and hashes mixed with ints and floats, int/float/round conversions
import math
from decimal import Decimal

for text in ["3.14", "-0", "1.500", "1e3", "1E+3", "-2.5e-8", "0.000001", "0.0000001", "123456789e20",
             " 42 ", "1_000_000.5", "+.5", "5.", "Infinity", "-inf", "NaN", "sNaN", "NaN42", "0e-10",
             "12345678901234567890.12345678901234567890"]:
    d = Decimal(text)
    print(f"{text!r:>44} -> {d!s:<42} {d!r}")
for n in [0, 7, -12, 10 ** 30, -(2 ** 70), True]:
    print(repr(Decimal(n)), Decimal(n).adjusted())
for f in [0.1, 0.5, -1.25, 1e-5, 2.0 ** 60, float("inf"), -0.0]:
    print(f, repr(Decimal(f)), Decimal.from_float(f) == f)
print(repr(Decimal((0, (3, 1, 4), -2))), repr(Decimal((1, (0,), 5))), repr(Decimal((0, (), "F"))))
print(Decimal("1.20").as_tuple(), Decimal("-Inf").as_tuple(), Decimal("NaN7").as_tuple())
print(Decimal("120.00").normalize(), Decimal("0.000").normalize(), Decimal("1E+3").normalize(),
      Decimal("-5.0500").normalize(), Decimal("1E+3").to_eng_string(), Decimal("123E+4").to_eng_string())

# exponents follow the operands: trailing zeros are kept
a, b = Decimal("1.30"), Decimal("1.20")
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +b, abs(-a))
print(Decimal("10") / Decimal("4"), Decimal("1") / Decimal("8"), Decimal("2.00") / Decimal("0.5"),
      Decimal("1") / Decimal("3"), Decimal(2) / 3, 7 / Decimal(9), Decimal(10) / Decimal("0.1"))
print(Decimal(-7) // 2, Decimal(-7) % 2, -7 // 2, -7 % 2, divmod(Decimal("-7.5"), 2),
      Decimal("7.5") % Decimal("-2"), Decimal(100) // Decimal("0.3"))
print(Decimal(2) ** 10, Decimal("1.1") ** 3, Decimal(2) ** -2, Decimal("0.5") ** 20, Decimal(10) ** -5,
      Decimal(3) ** 40, 2 ** Decimal(8), pow(Decimal(3), 5, 7), Decimal(0) ** 5)
print(Decimal(2).sqrt(), Decimal("0.25").sqrt(), Decimal(144).sqrt(), Decimal("1e-10").sqrt(),
      Decimal(10).sqrt() ** 2)
print(Decimal("1e10") + 1, Decimal("1e28") + 1, Decimal("1e30") - 1, Decimal("1.5e-40") * Decimal("2e-30"))

# comparisons and hashing with ints and floats
d = Decimal("0.5")
print(d == 0.5, d < 1, d > 0.25, Decimal("0.1") == 0.1, Decimal(3) == 3, 3 == Decimal("3.000"),
      Decimal("2.50") == Decimal("2.5"), Decimal("NaN") == Decimal("NaN"), Decimal("-0") == 0)
print(hash(Decimal(5)) == hash(5), hash(Decimal("0.5")) == hash(0.5), hash(Decimal("2.50")) == hash(2.5),
      hash(Decimal(10 ** 20)) == hash(10 ** 20), hash(Decimal("-1")), hash(Decimal("Infinity")))
table = {Decimal("1.0"): "one", 2: "two", 0.5: "half"}
print(table[1], table[Decimal("2.00")], table[Decimal("0.50")], len({Decimal(1), 1, 1.0, Decimal("1.00")}))
mixed = [3, Decimal("2.5"), 1.75, Decimal("-1"), 0, Decimal("10")]
print(sorted(mixed), max(mixed), min(mixed), sorted(mixed, key=abs))

# conversions and rounding
for text in ["2.5", "3.5", "-2.5", "2.675", "-0.4", "1234.5678"]:
    x = Decimal(text)
    print(text, int(x), float(x), round(x), round(x, 2), round(x, -1), math.floor(x), math.ceil(x),
          math.trunc(x), x.to_integral_value(), bool(x))
print(round(Decimal("1234.5678"), 1), repr(round(Decimal("0.125"), 2)), bool(Decimal("0.000")),
      Decimal("1.5").as_integer_ratio(), Decimal("-0.075").as_integer_ratio())
print(Decimal("3.7").is_zero(), Decimal("-0").is_signed(), Decimal("NaN").is_nan(),
      Decimal("inf").is_infinite(), Decimal("1").is_finite(), Decimal(5).copy_sign(Decimal("-0")),
      Decimal(3).compare(Decimal("3.0")), Decimal(2).compare(5), Decimal(1).max(Decimal("1.0")),
      Decimal(-3).min(2), Decimal("1.5").max(Decimal("NaN")), Decimal("1.23").adjusted(),
      Decimal("12.3e5").adjusted(), Decimal("10").same_quantum(Decimal("1E+1")))
