# big factorials against the int<->str digit limit, sys.set_int_max_str_digits, and numbers parsed from bytes
import sys

def factorial(n):
    r = 1
    for k in range(2, n + 1):
        r *= k
    return r

print(sys.get_int_max_str_digits())
big = factorial(2000)                 # 5736 digits
print(big.bit_length(), big % 1000003, hex(big)[:12], len(format(big, "x")))
for label, conv in [("str", str), ("repr", repr), ("fmt", lambda v: format(v, ",")),
                    ("fstr", lambda v: f"{v:>20}"), ("pct", lambda v: "%d" % v),
                    ("list", lambda v: str([v]))]:
    try:
        print(label, conv(big)[:20])
    except ValueError as e:
        print(label, "ValueError:", e)
try:
    int("7" * 4301)
except ValueError as e:
    print("parse:", e)
print(int("f" * 5000, 16) % 97)       # power-of-two bases have no limit

for bad in (5, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("set:", e)
sys.set_int_max_str_digits(maxdigits=640)
print(sys.get_int_max_str_digits(), len(str(10 ** 639)))
try:
    str(10 ** 640)
except ValueError as e:
    print("640:", e)
sys.set_int_max_str_digits(0)
digits = str(big)
print(len(digits), digits[:15], digits[-15:], sum(map(int, digits)))
print(int(digits) == big, int("9" * 6000) % 1000)
sys.set_int_max_str_digits(4300)
print(len(str(-10 ** 4299)))

# numbers from bytes and bytearrays
print(int(b" 42 "), int(bytearray(b"-17")), int(b"ff", 16), int(bytearray(b"0b101"), 0))
print(float(b"2.5e3"), float(bytearray(b" -0.125 ")), float(b"inf"))
for raw in (b"4\xc2\xb2", bytearray(b"x1"), b"1_0_"):
    for conv in (int, float):
        try:
            print(conv(raw))
        except ValueError as e:
            print(conv.__name__, "ValueError:", e)
for call in (lambda: int(x="10"), lambda: int("10", 2, base=3), lambda: float(x=1.5)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(int("101", base=2), int("z", 36))

# the rest of the numeric protocol
for a, b in ((7.5, 0), (7, 0.0), (7, 0)):
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print((12).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio())
print((7.5).__floor__(), (-7.5).__ceil__(), (-7.5).__trunc__(), (9).__floor__(), True.__ceil__())
print((2.5).conjugate(), (-0.0).conjugate())
try:
    float("inf").__floor__()
except OverflowError as e:
    print("OverflowError:", e)
