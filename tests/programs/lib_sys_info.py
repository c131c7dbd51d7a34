# sys.version_info, sys.float_info and sys.int_info as named tuples: version checks the way scripts write them, float tolerances from epsilon, and their reprs
import sys

vi = sys.version_info
print(vi.major, vi.minor >= 8, vi[:2] >= (3, 8), vi >= (3, 6, 0), vi.releaselevel, vi.serial, len(vi), type(vi).__name__)
if sys.version_info.major < 3:
    print("python 2")
else:
    print("python 3, at least 3.%d" % min(vi.minor, 8))
major, minor, *rest = sys.version_info
print(major, type(minor).__name__, len(rest), isinstance(vi, tuple), tuple(vi)[:1])
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.max_exp, fi.min_10_exp, len(fi))
print(fi)
print(sys.int_info.bits_per_digit > 0, sys.int_info.default_max_str_digits, len(sys.int_info))


def close(a, b, rel=sys.float_info.epsilon * 4):
    return abs(a - b) <= rel * max(abs(a), abs(b))


print(close(0.1 + 0.2, 0.3), close(1.0, 1.0 + 1e-9), 1.0 + sys.float_info.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(fi.max * 2, -fi.max * 2, fi.min / 2 > 0, fi.max == 1.7976931348623157e308)
try:
    vi.major = 4
except AttributeError as e:
    print("AttributeError")
print(sys.float_info[8] == fi.epsilon, fi[-1], type(fi).__match_args__[:3])
