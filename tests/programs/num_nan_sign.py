# The sign bit of the NaNs a program can make: math.nan, float('nan'), float('-nan'),
# float.fromhex, and what arithmetic on them keeps (copysign shows the sign; repr never does).
import math


def sign(x):
    return "-" if math.copysign(1.0, x) < 0 else "+"


samples = [
    ("math.nan", math.nan),
    ("float('nan')", float("nan")),
    ("float('-nan')", float("-nan")),
    ("float('+NaN')", float("+NaN")),
    ("float.fromhex('nan')", float.fromhex("nan")),
    ("float.fromhex('-nan')", float.fromhex("-nan")),
    ("-math.nan", -math.nan),
    ("abs(-math.nan)", abs(-math.nan)),
    ("math.copysign(math.nan, -1)", math.copysign(math.nan, -1)),
]
for label, x in samples:
    print(f"{label:30} {x!r:5} {sign(x)} isnan={math.isnan(x)}")

# a NaN is never equal to itself, and it stays a NaN through arithmetic
n = math.nan
print(n == n, n != n, n < 1.0, [n] == [n], math.isnan(n + 1.0), math.isnan(n * 0.0))
values = sorted([3.0, 1.0, 2.0])
print(values, max(1.0, 2.0), min(2.0, 1.0))
