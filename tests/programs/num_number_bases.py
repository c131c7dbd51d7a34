# Numbers in other bases: conversion routines both ways, checked against int(s, base) and format().
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


def from_base(s, base):
    s = s.strip().lower()
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    value = 0
    for ch in s:
        d = DIGITS.index(ch)
        if d >= base:
            raise ValueError("digit %r too big for base %d" % (ch, base))
        value = value * base + d
    return -value if neg else value


for n in [0, 5, 255, -255, 1000, 2 ** 64, 123456789]:
    reps = [to_base(n, b) for b in (2, 8, 16, 36)]
    print(n, reps, all(int(r, b) == n for r, b in zip(reps, (2, 8, 16, 36))))
print(to_base(255, 2) == format(255, "b"), to_base(255, 16) == format(255, "x"), to_base(-8, 8) == format(-8, "o"))
print(from_base("zz", 36), from_base("-777", 8), from_base("DEADBEEF", 16), int("deadbeef", 16))
try:
    from_base("129", 8)
except ValueError as e:
    print("ValueError:", e)
print(bin(42).count("1"), (42).bit_length(), int("0b101010", 2), int("101010", 2))
gray = [n ^ (n >> 1) for n in range(8)]
print(gray, [format(g, "03b") for g in gray])
