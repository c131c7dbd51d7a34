# float.hex and float.fromhex: exact binary forms of doubles, round trips, rounding and errors
import math

values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 2.0 / 3.0, 3.0, 1e-300, 5e-324,
          2.2250738585072014e-308, 1.7976931348623157e308, 123456.789, -2.5e-10,
          float("inf"), float("-inf")]
for v in values:
    h = v.hex()
    back = float.fromhex(h)
    print(repr(v), h, back == v or (math.isnan(v) and math.isnan(back)))
print(float("nan").hex())

texts = ["0x1p0", "0X1.8P+1", "  -0x1.fp-2\n", "0x.8", "0x8.", "1", "a", "ABC.def",
         "0x1p-1074", "0x1p-1075", "0x3p-1076", "0x1.00000000000008p0",
         "0x1.00000000000018p0", "0x1.000000000000080001p0", "inf", "-Infinity", "NaN",
         "0x1.fffffffffffff7ffp1023", "0x0.0000000000000000000000000000001p+100",
         "0x123456789abcdef0123456789abcdefp-100", "+0x0p0", "-0x0p12345678901234567890",
         "0x1p-99999999999999999999"]
for t in texts:
    print(repr(t), repr(float.fromhex(t)))

for t in ["", "0x", ".", "p1", "1p", "1.2.3", "0x1p1 x", "1e3", "0x1 p1", "--1", "0xg"]:
    try:
        float.fromhex(t)
        print("no error for", repr(t))
    except ValueError as e:
        print(repr(t), "ValueError:", e)

for t in ["0x1p1024", "0x1.fffffffffffff8p1023", "-0x2p1023", "0x1p99999999999999999999"]:
    try:
        float.fromhex(t)
        print("no error for", repr(t))
    except OverflowError as e:
        print(repr(t), "OverflowError:", e)


class Money(float):
    def __repr__(self):
        return "Money(%s)" % float.__repr__(self)


m = Money.fromhex("0x1.4p3")
print(type(m).__name__, m, m + 1)
total = 0.0
for i in range(1, 20):
    total += 1.0 / i
    assert float.fromhex(total.hex()) == total
print(total.hex(), (0.1 + 0.2).hex(), (0.3).hex())
print([x.hex() for x in (1.5, 2.5, 0.75, 1024.0)])
try:
    float.fromhex(12)
except TypeError as e:
    print("TypeError")
