# Float arithmetic and printing: repr shortest round-trip, rounding, special values, conversions.
import math

values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.123, 1.5e300, 5e-324, 100.0,
          -0.0, 2.0 ** 0.5, 1e22, 1e23, 12345678901234567890.0, 0.000123, 9.999999999999999e22]
for v in values:
    print(repr(v), str(v))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234.5678, -2))
print(round(7), round(7.0), type(round(7.5)).__name__, round(1.23456, 3), round(-0.5))
print(int(3.99), int(-3.99), math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.5))
print(7 / 2, -7 / 2, 7 // 2, -7 // 2, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % -3)
print(divmod(7.5, 2), divmod(-7, 2), 2 ** -2, 10 ** -3)
print(float("1.5"), float("  -2e3 "), float("inf"), float("-inf"), float("nan"), float(7))
inf = float("inf")
nan = float("nan")
print(inf + 1, -inf * 2, inf > 1e308, nan == nan, nan != nan, math.isnan(nan), math.isinf(-inf))
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9, math.isclose(0.1 * 3, 0.3))
print(1e308 * 10, -1e308 * 10, 1.0 == 1, 1.0 != None, hash(1.0) == hash(1))
print(3.0.is_integer(), 3.5.is_integer(), (0.5).as_integer_ratio())
print(sum([0.1] * 10), math.fsum([0.1] * 10), max(1.5, 2), min(-0.0, 0.0))
total = 0.0
for i in range(1, 101):
    total += 1 / i
print("harmonic(100) =", total, "%.6f" % total, "{:.3e}".format(total))
print(float(10 ** 15), float(10 ** 16), 1e15 + 0.3, 2.5e-10 * 4)
print(abs(-2.5), pow(2.0, 10), pow(2, 0.5), 10 / 4 * 4, 1 - 0.9)
