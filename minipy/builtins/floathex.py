"""float.hex() and float.fromhex(): the hexadecimal text form of a double, as CPython's
floatobject.c writes and reads it ('0x1.8000000000000p+1'), correctly rounded (half to
even) for any number of digits, subnormals included.  Pure functions on RPython floats
and byte strings; nummethods.py wraps them."""
import math
from rpython.rlib.rfloat import INFINITY
from minipy.support.numparse import signed_nan

DBL_MIN_EXP = -1021
DBL_MANT_DIG = 53
DBL_MAX_EXP = 1024
HEXDIGITS = '0123456789abcdef'
KEEP_DIGITS = 15          # 60 bits: more than the 53 + rounding bit needed; rest is sticky
EXP_LIMIT = 1 << 40       # exponents past this are all the same: overflow or zero


class HexError(Exception):
    """msg: the ValueError (overflow False) or OverflowError (overflow True) text."""
    def __init__(self, msg, overflow):
        self.msg = msg
        self.overflow = overflow


def float_hex(x):
    """x.hex(), e.g. 3.0 -> '0x1.8000000000000p+1'."""
    if math.isnan(x):
        return 'nan'
    if math.isinf(x):
        if x < 0.0:
            return '-inf'
        return 'inf'
    if x == 0.0:
        if math.copysign(1.0, x) < 0.0:
            return '-0x0.0p+0'
        return '0x0.0p+0'
    m, e = math.frexp(abs(x))
    over = DBL_MIN_EXP - e
    if over < 0:
        over = 0
    shift = 1 - over
    m = math.ldexp(m, shift)
    e -= shift
    digits = [HEXDIGITS[int(m)], '.']
    m -= float(int(m))
    for i in range((DBL_MANT_DIG - 1) // 4):
        m *= 16.0
        d = int(m)
        digits.append(HEXDIGITS[d])
        m -= float(d)
    if e < 0:
        esign = '-'
        e = -e
    else:
        esign = '+'
    sign = ''
    if x < 0.0:
        sign = '-'
    return '%s0x%sp%s%d' % (sign, ''.join(digits), esign, e)


def _isspace(c):
    return c == ' ' or c == '\t' or c == '\n' or c == '\r' or c == '\x0b' or c == '\x0c'


def _hexval(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'f':
        return ord(c) - ord('a') + 10
    if 'A' <= c <= 'F':
        return ord(c) - ord('A') + 10
    return -1


def _invalid():
    return HexError('invalid hexadecimal floating-point string', False)


def float_fromhex(s):
    """float.fromhex(s); raises HexError."""
    start = 0
    end = len(s)
    while start < end and _isspace(s[start]):
        start += 1
    while end > start and _isspace(s[end - 1]):
        end -= 1
    assert start >= 0 and end >= start
    s = s[start:end]
    n = len(s)
    i = 0
    negative = False
    if i < n and (s[i] == '-' or s[i] == '+'):
        negative = s[i] == '-'
        i += 1
    assert i >= 0
    rest = s[i:].lower()
    if rest == 'inf' or rest == 'infinity':
        if negative:
            return -INFINITY
        return INFINITY
    if rest == 'nan':
        return signed_nan(negative)
    if rest.startswith('0x'):
        i += 2
    # the digits: all of them count for the exponent, only the first KEEP_DIGITS
    # significant ones for the mantissa, the others only as a sticky bit
    mant = 0
    kept = 0
    sticky = 0
    exp = 0               # binary exponent of the last digit read
    ndigits = 0
    seen_point = False
    while i < n:
        c = s[i]
        if c == '.':
            if seen_point:
                raise _invalid()
            seen_point = True
            i += 1
            continue
        d = _hexval(c)
        if d < 0:
            break
        ndigits += 1
        if seen_point:
            exp -= 4
        if kept < KEEP_DIGITS:
            mant = mant * 16 + d
            if mant != 0:
                kept += 1
        else:
            exp += 4          # the digit is dropped: the kept ones move up
            if d != 0:
                sticky = 1
        i += 1
    if ndigits == 0:
        raise _invalid()
    if i < n and (s[i] == 'p' or s[i] == 'P'):
        i += 1
        eneg = False
        if i < n and (s[i] == '-' or s[i] == '+'):
            eneg = s[i] == '-'
            i += 1
        if i >= n or not ('0' <= s[i] <= '9'):
            raise _invalid()
        e = 0
        while i < n and '0' <= s[i] <= '9':
            if e < EXP_LIMIT:
                e = e * 10 + (ord(s[i]) - ord('0'))
            i += 1
        if eneg:
            e = -e
        exp += e
    if i != n:
        raise _invalid()
    result = _compose(mant * 2 + sticky, exp - 1)
    if negative:
        return -result
    return result


def _bit_length(m):
    n = 0
    while m > 0:
        m >>= 1
        n += 1
    return n


def _compose(mant, exp):
    """mant * 2**exp correctly rounded (mant < 2**62)."""
    if mant == 0:
        return 0.0
    top = _bit_length(mant) + exp       # 2**(top-1) <= value < 2**top
    if top > DBL_MAX_EXP:
        raise HexError('hexadecimal value too large to represent as a float', True)
    lsb = top - DBL_MANT_DIG
    if lsb < DBL_MIN_EXP - DBL_MANT_DIG:
        lsb = DBL_MIN_EXP - DBL_MANT_DIG
    shift = lsb - exp
    if shift > 0:
        if shift > 62:
            q = 0
        else:
            q = mant >> shift
            rem = mant - (q << shift)
            half = 1 << (shift - 1)
            if rem > half or (rem == half and (q & 1) == 1):
                q += 1
    else:
        q = mant
        lsb = exp
    if q >= (1 << DBL_MANT_DIG) and lsb + DBL_MANT_DIG + 1 > DBL_MAX_EXP:
        raise HexError('hexadecimal value too large to represent as a float', True)
    return math.ldexp(float(q), lsb)
