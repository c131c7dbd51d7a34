# Number conversions: int(x, base), hex/oct/bin, chr/ord, bool arithmetic, divmod, abs, round.
for text, base in [("101", 2), ("777", 8), ("ff", 16), ("FF", 16), ("z", 36), ("0x1f", 16),
                   ("0b1010", 0), ("0o17", 0), ("  42  ", 10), ("-17", 10), ("1_000", 10), ("12", 3)]:
    print(repr(text), base, int(text, base))
for n in [0, 1, 7, 255, -255, 4096, 2 ** 33]:
    print(n, hex(n), oct(n), bin(n))
print(int(3.7), int(-3.7), int("0"), int(True), int(False), int("-0"))
print(True + True, True * 10, False - 1, sum([True, False, True]), True == 1, False == 0 == 0.0)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(abs(-7), abs(7), abs(-0), abs(-2 ** 70))
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(7, 2, 5), pow(10, 100, 97), pow(0, 0))
print(round(123.456, 1), round(123.456, -1), round(125, -1), round(135, -1), round(-125, -1))
print([chr(c) for c in range(65, 75)], [ord(c) for c in "AZaz09"])
print(bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(None), bool("0"), bool([0]), bool(-1))
print(str(255), repr(255), str(-0), float(3), int(float("1e3")))
print(1_000_000, 0xFF, 0o777, 0b1111, 1e3, 1E-3, 1_0.5)
print(10 == 10.0, 0.5 == 1 / 2, 3 < 3.5 < 4, 1 < 2 > 0)
for x in [15, 100, 1023]:
    digits = []
    y = x
    while y:
        digits.append("0123456789abcdef"[y % 16])
        y //= 16
    print(x, "".join(reversed(digits)), format(x, "x") == "".join(reversed(digits)))
