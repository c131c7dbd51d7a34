"""Float arithmetic whose exact results and messages CPython defines
beyond IEEE: floor division, modulo, divmod, and float -> int checks.

API:
  float_divmod(x, y) -> (floordiv, mod)   divmod(x, y); ZeroDivisionError
                                          "float divmod()" when y == 0
  float_floordiv(x, y) -> float           x // y; "float floor division by zero"
  float_mod(x, y) -> float                x % y; "float modulo"
  float_truediv(x, y) -> float            x / y; "float division by zero"
  float_to_bigint(x) -> rbigint           int(x): OverflowError "cannot
        convert float infinity to integer", ValueError "cannot convert float
        NaN to integer"
  float_is_integer(x) -> bool
"""

import math

from rpython.rlib.rbigint import rbigint
from rpython.rlib.rfloat import NAN
from minipy.support.errors import SupportError


def _zero(msg):
    return SupportError('ZeroDivisionError', msg)


def c_fmod(x, y):
    """C's fmod (RPython's math.fmod raises on an infinite x; C gives NaN)."""
    if math.isnan(x) or math.isnan(y) or math.isinf(x):
        return NAN
    if math.isinf(y):
        return x
    return math.fmod(x, y)


def _divmod(vx, wx):
    mod = c_fmod(vx, wx)
    div = (vx - mod) / wx
    if mod != 0.0:
        if (wx < 0.0) != (mod < 0.0):
            mod += wx
            div -= 1.0
    else:
        mod = math.copysign(0.0, wx)
    if div != 0.0:
        floordiv = math.floor(div)
        if div - floordiv > 0.5:
            floordiv += 1.0
    else:
        floordiv = math.copysign(0.0, vx / wx)
    return floordiv, mod


def float_divmod(x, y):
    if y == 0.0:
        raise _zero("float divmod()")
    return _divmod(x, y)


def float_floordiv(x, y):
    if y == 0.0:
        raise _zero("float floor division by zero")
    return _divmod(x, y)[0]


def float_mod(x, y):
    if y == 0.0:
        raise _zero("float modulo")
    return _divmod(x, y)[1]


def float_truediv(x, y):
    if y == 0.0:
        raise _zero("float division by zero")
    return x / y


def float_to_bigint(x):
    if math.isinf(x):
        raise SupportError('OverflowError',
                           'cannot convert float infinity to integer')
    if math.isnan(x):
        raise SupportError('ValueError', 'cannot convert float NaN to integer')
    return rbigint.fromfloat(x)


def float_is_integer(x):
    if math.isinf(x) or math.isnan(x):
        return False
    return math.floor(x) == x
