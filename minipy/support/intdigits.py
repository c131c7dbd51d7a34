"""CPython's limit on the decimal digits of int <-> str conversions
(sys.set_int_max_str_digits; 4300 by default, 0 for none). Conversions in bases
that are powers of two are not limited.

API:
  DEFAULT = 4300, THRESHOLD = 640 (the least limit but 0)
  limit() -> int                     the current limit, 0: none
  set_limit(n)                       the caller checks n (0 or >= THRESHOLD)
  over(ndigits) -> bool              whether ndigits decimal digits exceed it
  decimal_str(v) -> str              str() of an rbigint, SupportError past the limit
  decimal_abs_str(v) -> str          the same for abs(v)
"""
from minipy.support.errors import SupportError

DEFAULT = 4300
THRESHOLD = 640


class _Limit(object):
    def __init__(self):
        self.digits = DEFAULT


_LIMIT = _Limit()       # a prebuilt instance: the setting is a mutable field


def limit():
    return _LIMIT.digits


def set_limit(n):
    _LIMIT.digits = n


def over(ndigits):
    return _LIMIT.digits > 0 and ndigits > _LIMIT.digits


def _too_long():
    return SupportError(
        'ValueError', "Exceeds the limit (%d digits) for integer string conversion; "
        "use sys.set_int_max_str_digits() to increase the limit" % _LIMIT.digits)


def decimal_abs_str(v):
    v = v.abs()
    n = _LIMIT.digits
    # (a number of bits whose digits certainly exceed the limit is not converted)
    if n > 0 and (v.bit_length() - 1) * 0.30103 > n + 1:
        raise _too_long()
    s = v.str()
    if over(len(s)):
        raise _too_long()
    return s


def decimal_str(v):
    s = decimal_abs_str(v)
    if v.sign < 0:
        return '-' + s
    return s
