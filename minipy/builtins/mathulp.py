"""math.nextafter and math.ulp: stepping a float to its neighbour by adding one to (or
taking one from) its IEEE 754 bit pattern, read as a 64-bit integer."""
import math
from rpython.rlib.rfloat import INFINITY, isnan, isinf
from rpython.rlib.longlong2float import float2longlong, longlong2float

SMALLEST_SUBNORMAL = 5e-324


def next_after(x, y):
    """The float next to x in the direction of y (y itself when they are equal)."""
    if isnan(x):
        return x
    if isnan(y):
        return y
    if x == y:
        return y
    if x == 0.0:
        return math.copysign(SMALLEST_SUBNORMAL, y)
    bits = float2longlong(x)
    if (x < y) == (x > 0.0):
        bits += 1
    else:
        bits -= 1
    return longlong2float(bits)


def ulp(x):
    """The value of the least significant bit of x (the gap to the next float away
    from zero; for the largest float, the gap to the one below)."""
    if isnan(x):
        return x
    x = abs(x)
    if isinf(x):
        return x
    up = next_after(x, INFINITY)
    if isinf(up):
        return x - next_after(x, -INFINITY)
    return up - x
