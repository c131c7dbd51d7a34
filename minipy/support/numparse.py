"""Numbers from text and to text, and round(), exactly as CPython 3.11.

API (s is UTF-8 text; errors are SupportError):
  parse_int(s, base) -> rbigint      int(s, base); base 0 or 2..36.
        Unicode whitespace around, non-ASCII decimal digits, one sign,
        0x/0o/0b prefixes (base 0, or the matching base), single '_'
        between digits (and after a prefix), base-0 leading-zero rule.
        ValueError "invalid literal for int() with base 10: '12x'" (repr of s
        cut to 200 chars), "int() base must be >= 2 and <= 36, or 0", and
        the 4300-digit limit message for non-power-of-two bases.
  parse_float(s) -> float            float(s): whitespace, sign, inf /
        infinity / nan in any case, '_' between digits, decimal digits in
        any script; ValueError "could not convert string to float: 'x'".
  int_to_str(v) -> str               str(int) of an rbigint, with CPython's
        4300-digit limit (ValueError)
  int_to_base(v, base) -> str        bin()/oct()/hex(): base 2, 8 or 16,
        '-0x1f', '0b0'
  round_float(x, ndigits) -> float   round(x, ndigits), correctly rounded,
        half to even; OverflowError "rounded value too large to represent"
  round_float_to_int(x) -> rbigint   round(x): half to even; OverflowError
        "cannot convert float infinity to integer", ValueError "cannot
        convert float NaN to integer"
  round_int(v, ndigits) -> rbigint   round(int, ndigits): ndigits >= 0
        returns v; else rounds half to even to a multiple of 10**-ndigits
  (the 4300-digit limit is intdigits', set by sys.set_int_max_str_digits)
"""

import math

from rpython.rlib.rbigint import rbigint
from rpython.rtyper.lltypesystem import rffi
from rpython.rlib.longlong2float import longlong2float
from rpython.rlib.rfloat import round_double, round_half_even, INFINITY
from rpython.rlib.rstring import StringBuilder
from rpython.rlib.objectmodel import we_are_translated
from minipy.support.errors import SupportError
from minipy.support import utf8
from minipy.support.strrepr import repr_truncated, str_repr
from minipy.support.unicodedb import db
from minipy.support.strcase import decimal_value
from minipy.support import intdigits


def _to_ascii(s):
    """CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode
    spaces -> ' ', decimal digits -> '0'..'9', other non-ASCII -> '?'."""
    if utf8.is_ascii(s):
        return s
    b = StringBuilder(len(s))
    pos = 0
    n = len(s)
    while pos < n:
        cp = utf8.decode_at(s, pos)
        pos += utf8.char_size(s, pos)
        if cp < 0x80:
            b.append(chr(cp))
        elif db.isspace(cp):
            b.append(' ')
        else:
            d = decimal_value(cp)
            if 0 <= d <= 9:
                b.append(chr(48 + d))
            else:
                b.append('?')
    return b.build()


def _isspace(c):
    return c == ' ' or ('\t' <= c <= '\r')


def _digit_value(c):
    if '0' <= c <= '9':
        return ord(c) - 48
    if 'a' <= c <= 'z':
        return ord(c) - 87
    if 'A' <= c <= 'Z':
        return ord(c) - 55
    return 99


def _int_error(s, base):
    return SupportError('ValueError',
                        "invalid literal for int() with base %d: %s" %
                        (base, repr_truncated(s, 200)))


def parse_int(s, base):
    if (base != 0 and base < 2) or base > 36:
        raise SupportError('ValueError',
                           "int() base must be >= 2 and <= 36, or 0")
    t = _to_ascii(s)
    n = len(t)
    i = 0
    while i < n and _isspace(t[i]):
        i += 1
    negative = False
    if i < n and (t[i] == '+' or t[i] == '-'):
        negative = t[i] == '-'
        i += 1
    b = base
    error_if_nonzero = False
    c1 = t[i + 1] if i + 1 < n else '\0'
    if b == 0:
        if i >= n or t[i] != '0':
            b = 10
        elif c1 == 'x' or c1 == 'X':
            b = 16
        elif c1 == 'o' or c1 == 'O':
            b = 8
        elif c1 == 'b' or c1 == 'B':
            b = 2
        else:
            error_if_nonzero = True
            b = 10
    if i < n and t[i] == '0' and (
            (b == 16 and (c1 == 'x' or c1 == 'X')) or
            (b == 8 and (c1 == 'o' or c1 == 'O')) or
            (b == 2 and (c1 == 'b' or c1 == 'B'))):
        i += 2
        if i < n and t[i] == '_':
            i += 1
    if i < n and t[i] == '_':
        raise _int_error(s, base)
    digits = StringBuilder(n - i)
    ndigits = 0
    prev_under = False
    nonzero = False
    while i < n:
        c = t[i]
        if c == '_':
            if prev_under:
                raise _int_error(s, base)
            prev_under = True
            i += 1
            continue
        if _digit_value(c) >= b:
            break
        prev_under = False
        if c != '0':
            nonzero = True
        digits.append(c)
        ndigits += 1
        i += 1
    if prev_under or ndigits == 0:
        raise _int_error(s, base)
    if error_if_nonzero and nonzero:
        raise _int_error(s, base)
    while i < n and _isspace(t[i]):
        i += 1
    if i != n:
        raise _int_error(s, base)
    if (b & (b - 1)) != 0 and intdigits.over(ndigits):
        raise SupportError(
            'ValueError', "Exceeds the limit (%d digits) for integer string "
            "conversion: value has %d digits; use "
            "sys.set_int_max_str_digits() to increase the limit"
            % (intdigits.limit(), ndigits))
    ds = digits.build()
    if ndigits <= 15 and b <= 10 or ndigits <= 11:
        v = 0
        for c in ds:
            v = v * b + _digit_value(c)
        if negative:
            v = -v
        return rbigint.fromint(v)
    r = _parse_big(ds, b)
    if negative:
        r = r.neg()
    return r


def _parse_big(ds, b):
    """Digits (validated, no sign) in base b -> rbigint, in chunks."""
    # chunk size with b**chunk < 2**63
    chunk = 1
    p = b
    while p * b < (1 << 62) // 64:
        p *= b
        chunk += 1
    if b == 10:
        return rbigint.fromstr(ds, 10)
    r = rbigint.fromint(0)
    i = 0
    n = len(ds)
    while i < n:
        j = min(i + chunk, n)
        v = 0
        mul = 1
        k = i
        while k < j:
            v = v * b + _digit_value(ds[k])
            mul *= b
            k += 1
        r = r.int_mul(mul).int_add(v)
        i = j
    return r


# ---------------------------------------------------------------- float

def _float_error(s):
    return SupportError('ValueError',
                        "could not convert string to float: %s" % str_repr(s))


def _lower_ascii(s):
    b = StringBuilder(len(s))
    for c in s:
        if 'A' <= c <= 'Z':
            b.append(chr(ord(c) + 32))
        else:
            b.append(c)
    return b.build()


def _scan_digits(t, i, n, b):
    """Digits with single '_' between them; -> new index, or -1 on a bad
    underscore; appends the digits to b."""
    start = i
    while i < n:
        c = t[i]
        if '0' <= c <= '9':
            b.append(c)
            i += 1
        elif c == '_' and i > start and i + 1 < n and '0' <= t[i + 1] <= '9':
            i += 1
        else:
            break
    return i


def parse_float(s):
    t = _to_ascii(s)
    n = len(t)
    i = 0
    while i < n and _isspace(t[i]):
        i += 1
    while n > i and _isspace(t[n - 1]):
        n -= 1
    assert n >= i
    body = t[i:n]
    negative = False
    j = 0
    m = len(body)
    if j < m and (body[j] == '+' or body[j] == '-'):
        negative = body[j] == '-'
        j += 1
    low = _lower_ascii(body[j:])
    if low == 'inf' or low == 'infinity':
        return -INFINITY if negative else INFINITY
    if low == 'nan':
        return signed_nan(negative)
    clean = StringBuilder(m + 1)
    if negative:
        clean.append('-')
    k = _scan_digits(body, j, m, clean)
    nint = k - j
    nfrac = 0
    if k < m and body[k] == '.':
        clean.append('.')
        k2 = _scan_digits(body, k + 1, m, clean)
        nfrac = k2 - (k + 1)
        k = k2
    if nint == 0 and nfrac == 0:
        raise _float_error(s)
    if k < m and (body[k] == 'e' or body[k] == 'E'):
        clean.append('e')
        k += 1
        if k < m and (body[k] == '+' or body[k] == '-'):
            clean.append(body[k])
            k += 1
        k2 = _scan_digits(body, k, m, clean)
        if k2 == k:
            raise _float_error(s)
        k = k2
    if k != m:
        raise _float_error(s)
    return _strtod(clean.build())


def _strtod(text):
    if we_are_translated():
        from rpython.rlib.rdtoa import strtod
        return strtod(text)
    return float(text)       # host Python: same dtoa, much faster untranslated


# ---------------------------------------------------------------- int -> str

def int_to_str(v):
    return intdigits.decimal_str(v)


def int_to_base(v, base):
    if base == 2:
        digits = v.abs().format('01')
        prefix = '0b'
    elif base == 8:
        digits = v.abs().format('01234567')
        prefix = '0o'
    else:
        assert base == 16
        digits = v.abs().format('0123456789abcdef')
        prefix = '0x'
    if v.sign < 0:
        return '-' + prefix + digits
    return prefix + digits


class _NanBits(object):
    """The bits of the positive quiet NaN, kept in a field that the translation cannot fold
    into a constant. RPython writes every float NaN constant into the C code as INF/INF,
    which x86 computes with the sign bit set; the -Ojit build's inlining made even
    copysign(NAN, 1.0) such a constant, so math.nan came out negative."""
    def __init__(self):
        self.bits = 0x7FF8000000000000


_nan_bits = _NanBits()


def signed_nan(negative):
    """A NaN with the sign bit as asked (CPython's float('nan') and math.nan are
    positive), made at run time from its bits."""
    x = longlong2float(rffi.cast(rffi.LONGLONG, _nan_bits.bits))
    if negative:
        return -x
    return x


# ---------------------------------------------------------------- round

NDIGITS_MAX = 323
NDIGITS_MIN = -308


def round_float(x, ndigits):
    if math.isinf(x) or math.isnan(x) or x == 0.0:
        return x
    if ndigits > NDIGITS_MAX:
        return x
    if ndigits < NDIGITS_MIN:
        return 0.0 * x
    r = round_double(x, ndigits, half_even=True)
    if math.isinf(r):
        raise SupportError('OverflowError',
                           'rounded value too large to represent')
    return r


def round_float_to_int(x):
    if math.isinf(x):
        raise SupportError('OverflowError',
                           'cannot convert float infinity to integer')
    if math.isnan(x):
        raise SupportError('ValueError',
                           'cannot convert float NaN to integer')
    return rbigint.fromfloat(round_half_even(x))


def round_int(v, ndigits):
    if ndigits >= 0:
        return v
    # CPython: q, r = divmod(v, 10**-ndigits); round half to even on r
    pow10 = rbigint.fromint(10).pow(rbigint.fromint(-ndigits))
    q, r = v.divmod(pow10)
    twice = r.lshift(1)
    c = 0
    if twice.gt(pow10):
        c = 1
    elif twice.eq(pow10) and q.int_and_(1).tobool():
        c = 1
    if c:
        q = q.int_add(1)
    return q.mul(pow10)
