# sys.set_int_max_str_digits/get_int_max_str_digits: the 4300-digit limit of str(int), repr, format and % on big ints, raised and lifted; sys.hash_info, sys.flags fields, getdefaultencoding
import math
import sys

big = math.factorial(2000)          # 5736 digits
print("limit", sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits,
      sys.int_info.str_digits_check_threshold, sys.flags.int_max_str_digits)
print("bits", big.bit_length(), "hex digits", len(hex(big)) - 2)
for label, convert in [("str", str), ("repr", repr), ("format", lambda v: format(v, ",")),
                       ("percent", lambda v: "%d" % v), ("fstring", lambda v: f"{v:>10}"),
                       ("list", lambda v: str([v]))]:
    try:
        print(label, len(convert(big)))
    except ValueError as e:
        print(label, "ValueError:", e)
print("under the limit", len(str(10 ** 4299)), len(str(-(10 ** 4299))))

sys.set_int_max_str_digits(6000)
text = str(big)
print("raised", sys.get_int_max_str_digits(), len(text), text[:20], text.rstrip("0")[-10:])
print("digit sum", sum(int(d) for d in text), int(text) == big)

sys.set_int_max_str_digits(640)
for n in (639, 640):
    try:
        print(n + 1, "digits:", len(str(10 ** n)))
    except ValueError as e:
        print(n + 1, "digits:", e)
try:
    int("9" * 641)
except ValueError as e:
    print(e)

sys.set_int_max_str_digits(maxdigits=0)
print("unlimited", sys.get_int_max_str_digits(), len(str(big * big)))
for bad in [lambda: sys.set_int_max_str_digits(639), lambda: sys.set_int_max_str_digits(-5),
            lambda: sys.set_int_max_str_digits("1000"), lambda: sys.set_int_max_str_digits(),
            lambda: sys.set_int_max_str_digits(700, 800)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf,
      sys.hash_info.imag, hash(float("inf")) == sys.hash_info.inf)
print(sys.flags.optimize, sys.flags.verbose, sys.flags.dev_mode, sys.flags.isolated,
      sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.float_repr_style)
