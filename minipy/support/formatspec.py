"""The format-spec mini-language of format()/str.format()/f-strings, exactly
as CPython 3.11 (Python/formatter_unicode.c rules).

API (spec and all text are UTF-8 str; errors are SupportError):
  parse_spec(spec, default_type, default_align, type_name) -> FormatSpec
        [[fill]align][sign][z][#][0][width][grouping][.precision][type];
        default_type is a char ('s', 'd' or '\\0' for float), default_align
        '<' or '>'; type_name ('str', 'int', 'float', a class name) only goes
        into error messages.
  format_str(s, length, spec) -> str          format(s, spec); length = code points of s
  format_int(value, spec) -> str              value an rbigint; format(int, spec)
  format_smallint(value, spec) -> str         the same for a machine int
  format_float(value, spec) -> str            format(float, spec)
  format_int_type_name(...)                   see format_int: the type name used in
                                              messages is 'int' (bool: pass through
                                              format_int_named(value, spec, 'bool'))
  format_int_named(value, spec, type_name), format_float_named(value, spec,
  type_name), format_str_named(s, length, spec, type_name): the same with
  another type name in messages (for subclasses).
  group_digits(digits, sep, group, min_width) -> str
        insert sep every `group` digits from the right, zero-padded to at
        least min_width characters (the '0'-fill/'=' rule).

FormatSpec fields: fill (UTF-8 of one code point), fill_given, align
(char: '<' '>' '^' '='), sign ('\\0' '+' '-' ' '), no_neg_0, alternate,
width (-1 = none), thousands ('\\0', ',', '_'), group_size (3, or 4 for '_'
with b/o/x/X), precision (-1 = none), type (a code point, 0 = none).
"""

import sys

from rpython.rlib import jit
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import StringBuilder
from minipy.support.errors import SupportError
from minipy.support import utf8
from minipy.support import intdigits
from minipy.support.floatfmt import float_to_string, is_zero_digits

MAX_WIDTH = 1 << 31     # beyond this CPython would run out of memory


class FormatSpec(object):
    """A parsed spec; immutable, so that a trace that parsed a constant spec folds it."""
    _immutable_ = True

    def __init__(self, fill, fill_given, align, sign, no_neg_0, alternate, width,
                 thousands, group_size, precision, type):
        self.fill = fill
        self.fill_given = fill_given
        self.align = align
        self.sign = sign
        self.no_neg_0 = no_neg_0
        self.alternate = alternate
        self.width = width
        self.thousands = thousands
        self.group_size = group_size
        self.precision = precision
        self.type = type


def _verr(msg):
    return SupportError('ValueError', msg)


def _code_repr(cp):
    if 32 < cp < 128:
        return chr(cp)
    return '\\x%x' % cp


def unknown_code(cp, type_name):
    return _verr("Unknown format code '%s' for object of type '%s'" %
                 (_code_repr(cp), type_name))


def _is_align(c):
    return c == '<' or c == '>' or c == '=' or c == '^'


def _get_integer(spec, pos, end):
    """-> (value, newpos); value -1 when no digits."""
    acc = 0
    start = pos
    while pos < end and '0' <= spec[pos] <= '9':
        d = ord(spec[pos]) - 48
        if acc > (sys.maxint - d) // 10:
            raise _verr("Too many decimal digits in format string")
        acc = acc * 10 + d
        pos += 1
    if pos == start:
        return -1, pos
    return acc, pos


@jit.elidable     # a spec that is a constant (f-strings, format()) is parsed once per trace
def parse_spec(spec, default_type, default_align, type_name):
    fill = ' '
    fill_given = False
    align = default_align
    sign = '\0'
    no_neg_0 = False
    alternate = False
    thousands = '\0'
    group_size = 3
    precision = -1
    t = ord(default_type)
    end = len(spec)
    pos = 0
    align_given = False
    if end > 0:
        n0 = utf8.char_size(spec, 0)
        if n0 < end and _is_align(spec[n0]):
            fill = spec[0:n0]
            fill_given = True
            align = spec[n0]
            align_given = True
            pos = n0 + 1
        elif _is_align(spec[0]):
            align = spec[0]
            align_given = True
            pos = 1
    if pos < end and (spec[pos] == '+' or spec[pos] == '-' or spec[pos] == ' '):
        sign = spec[pos]
        pos += 1
    if pos < end and spec[pos] == 'z':
        no_neg_0 = True
        pos += 1
    if pos < end and spec[pos] == '#':
        alternate = True
        pos += 1
    if not fill_given and pos < end and spec[pos] == '0':
        fill = '0'
        if not align_given and default_align == '>':
            align = '='
        pos += 1
    width, pos = _get_integer(spec, pos, end)
    if pos < end and spec[pos] == ',':
        thousands = ','
        pos += 1
    if pos < end and spec[pos] == '_':
        if thousands != '\0':
            raise _verr("Cannot specify both ',' and '_'.")
        thousands = '_'
        pos += 1
    if pos < end and spec[pos] == ',':
        if thousands == '_':
            raise _verr("Cannot specify both ',' and '_'.")
    if pos < end and spec[pos] == '.':
        pos += 1
        precision, pos = _get_integer(spec, pos, end)
        if precision < 0:
            raise _verr("Format specifier missing precision")
    if pos < end:
        n = utf8.char_size(spec, pos)
        if pos + n < end:
            raise _verr("Invalid format specifier '%s' for object of type '%s'"
                        % (spec, type_name))
        t = utf8.decode_at(spec, pos)
    if thousands != '\0':
        if (t == ord('d') or t == ord('e') or t == ord('f') or t == ord('g') or
                t == ord('E') or t == ord('G') or t == ord('%') or
                t == ord('F') or t == 0):
            pass
        elif ((t == ord('b') or t == ord('o') or t == ord('x') or
               t == ord('X')) and thousands == '_'):
            group_size = 4
        else:
            raise _verr("Cannot specify '%s' with '%s'." %
                        (thousands, _code_repr(t)))
    if width > MAX_WIDTH or precision > MAX_WIDTH * 8:
        raise SupportError('MemoryError', '')
    return FormatSpec(fill, fill_given, align, sign, no_neg_0, alternate, width,
                      thousands, group_size, precision, t)


def _pad(b, fill, n):
    if n <= 0:
        return
    if len(fill) == 1:
        b.append_multiple_char(fill[0], n)
    else:
        for i in range(n):
            b.append(fill)


# ---------------------------------------------------------------- str

def format_str(s, length, spec):
    return format_str_named(s, length, spec, 'str')


def format_str_named(s, length, spec, type_name):
    if not spec:
        return s
    f = parse_spec(spec, 's', '<', type_name)
    if f.type != ord('s'):
        raise unknown_code(f.type, type_name)
    if f.sign != '\0':
        if f.sign == ' ':
            raise _verr("Space not allowed in string format specifier")
        raise _verr("Sign not allowed in string format specifier")
    if f.no_neg_0:
        raise _verr("Negative zero coercion (z) not allowed in string "
                    "format specifier")
    if f.alternate:
        raise _verr("Alternate form (#) not allowed in string format "
                    "specifier")
    if f.align == '=':
        raise _verr("'=' alignment not allowed in string format specifier")
    if f.precision >= 0 and length > f.precision:
        s = utf8.slice_cp(s, length, 0, f.precision)
        length = f.precision
    return pad_text(s, length, f.width, f.align, f.fill)


def pad_text(s, length, width, align, fill):
    """Pad s (length code points) to width with fill (UTF-8 of one code
    point): align '<' left, '>' right, '^' centred (extra on the right)."""
    total = width - length
    if total <= 0:
        return s
    if align == '>':
        left = total
    elif align == '^':
        left = total // 2
    else:
        left = 0
    b = StringBuilder(len(s) + total * len(fill))
    _pad(b, fill, left)
    b.append(s)
    _pad(b, fill, total - left)
    return b.build()


# ---------------------------------------------------------------- numbers

def group_digits(digits, sep, group, min_width):
    """Insert sep between groups of `group` digits (group 0: no grouping),
    padding with '0' on the left to reach min_width characters."""
    n = len(digits)
    if group <= 0:
        if min_width > n:
            return '0' * (min_width - n) + digits
        return digits
    pieces = []
    remaining = n
    while True:
        l = max(remaining, min_width)
        if l < 1:
            l = 1
        if l > group:
            l = group
        n_zeros = l - remaining
        if n_zeros < 0:
            n_zeros = 0
        n_chars = remaining
        if n_chars > l:
            n_chars = l
        if n_chars < 0:
            n_chars = 0
        start = remaining - n_chars
        stop = remaining
        assert start >= 0
        assert stop >= start
        piece = digits[start:stop]
        if n_zeros > 0:
            piece = '0' * n_zeros + piece
        pieces.append(piece)
        remaining -= n_chars
        min_width -= l
        if remaining <= 0 and min_width <= 0:
            break
        min_width -= len(sep)
    pieces.reverse()
    return sep.join(pieces)


def _fill_number(f, sign_char, prefix, digits, decimal, remainder,
                 remainder_len):
    """Assemble sign, prefix, grouped digits, decimal point and remainder
    with padding, as CPython's calc_number_widths/fill_number.
    sign_char is '-' or '' (the value's own sign); remainder_len is the
    length of remainder in code points."""
    if f.sign == '+':
        sign = '-' if sign_char == '-' else '+'
    elif f.sign == ' ':
        sign = '-' if sign_char == '-' else ' '
    else:
        sign = sign_char
    n_non_digit = len(sign) + len(prefix) + len(decimal) + remainder_len
    if f.fill == '0' and f.align == '=':
        min_width = f.width - n_non_digit
    else:
        min_width = 0
    if len(digits) == 0:
        grouped = ''
    else:
        if f.type == ord('n') or f.thousands == '\0':
            grouped = group_digits(digits, '', 0, min_width)
        else:
            grouped = group_digits(digits, f.thousands, f.group_size,
                                   min_width)
    n_padding = f.width - (n_non_digit + len(grouped))
    lpad = spad = rpad = 0
    if n_padding > 0:
        if f.align == '<':
            rpad = n_padding
        elif f.align == '^':
            lpad = n_padding // 2
            rpad = n_padding - lpad
        elif f.align == '=':
            spad = n_padding
        else:
            lpad = n_padding
    b = StringBuilder(n_non_digit + len(grouped) + 8)
    _pad(b, f.fill, lpad)
    b.append(sign)
    b.append(prefix)
    _pad(b, f.fill, spad)
    b.append(grouped)
    b.append(decimal)
    b.append(remainder)
    _pad(b, f.fill, rpad)
    return b.build()


def format_int(value, spec):
    return format_int_named(value, spec, 'int')


def format_smallint(value, spec):
    if not spec:
        return str(value)
    if value == -sys.maxint - 1:        # its magnitude is no machine int
        return format_int_named(rbigint.fromint(value), spec, 'int')
    f = parse_spec(spec, 'd', '>', 'int')
    t = f.type
    if t == ord('b') or t == ord('o') or t == ord('x') or t == ord('X') or t == ord('d'):
        # the common codes without an rbigint (same checks and result as below)
        _check_int_spec(f)
        sign_char = '-' if value < 0 else ''
        return _fill_number(f, sign_char, _int_prefix(f, t), _small_digits(abs(value), t),
                            '', '', 0)
    return _format_int_spec(rbigint.fromint(value), f, type_name='int')


_DIGITS = '0123456789abcdef'


def _small_digits(mag, t):
    """The digits of mag >= 0 in the base of format code t (b, o, x, X or d)."""
    if t == ord('d'):
        return str(mag)
    if t == ord('b'):
        shift = 1
    elif t == ord('o'):
        shift = 3
    else:
        shift = 4
    mask = (1 << shift) - 1
    chars = []
    while True:
        chars.append(_DIGITS[mag & mask])
        mag >>= shift
        if mag == 0:
            break
    chars.reverse()
    digits = ''.join(chars)
    if t == ord('X'):
        digits = digits.upper()
    return digits


def _bigint_digits(absval, t):
    if t == ord('b'):
        return absval.format('01')
    if t == ord('o'):
        return absval.format('01234567')
    if t == ord('x'):
        return absval.format('0123456789abcdef')
    if t == ord('X'):
        return absval.format('0123456789ABCDEF')
    return intdigits.decimal_abs_str(absval)


def _check_int_spec(f):
    """The errors of a spec with an integer code other than 'c'."""
    if f.precision != -1:
        raise _verr("Precision not allowed in integer format specifier")
    if f.no_neg_0:
        raise _verr("Negative zero coercion (z) not allowed in integer "
                    "format specifier")


def _int_prefix(f, t):
    if f.alternate:
        if t == ord('b'):
            return '0b'
        elif t == ord('o'):
            return '0o'
        elif t == ord('x'):
            return '0x'
        elif t == ord('X'):
            return '0X'
    return ''


def format_int_named(value, spec, type_name):
    if not spec:
        return intdigits.decimal_str(value)
    return _format_int_spec(value, parse_spec(spec, 'd', '>', type_name), type_name)


def _format_int_spec(value, f, type_name):
    t = f.type
    if (t == ord('e') or t == ord('E') or t == ord('f') or t == ord('F') or
            t == ord('g') or t == ord('G') or t == ord('%')):
        try:
            fval = value.tofloat()
        except OverflowError:
            raise SupportError('OverflowError',
                               'int too large to convert to float')
        return _format_float_spec(fval, f)
    if not (t == ord('b') or t == ord('c') or t == ord('d') or
            t == ord('o') or t == ord('x') or t == ord('X') or t == ord('n')):
        raise unknown_code(t, type_name)
    _check_int_spec(f)
    if t == ord('c'):
        if f.sign != '\0':
            raise _verr("Sign not allowed with integer format specifier 'c'")
        if f.alternate:
            raise _verr("Alternate form (#) not allowed with integer format "
                        "specifier 'c'")
        try:
            cp = value.toint()
        except OverflowError:
            raise SupportError('OverflowError',
                               'Python int too large to convert to C long')
        if cp < 0 or cp > 0x10ffff:
            raise SupportError('OverflowError',
                               '%c arg not in range(0x110000)')
        return _fill_number(f, '', '', '', '', utf8.encode_cp(cp), 1)
    sign_char = '-' if value.sign < 0 else ''
    digits = _bigint_digits(value.abs(), t)
    return _fill_number(f, sign_char, _int_prefix(f, t), digits, '', '', 0)


# ---------------------------------------------------------------- float

def format_float(value, spec):
    return format_float_named(value, spec, 'float')


def format_float_named(value, spec, type_name):
    if not spec:
        return float_to_string(value, 'r', 0, False, True)
    f = parse_spec(spec, '\0', '>', type_name)
    t = f.type
    if not (t == 0 or t == ord('e') or t == ord('E') or t == ord('f') or
            t == ord('F') or t == ord('g') or t == ord('G') or
            t == ord('n') or t == ord('%')):
        raise unknown_code(t, type_name)
    return _format_float_spec(value, f)


def _format_float_spec(value, f):
    if f.precision > 2147483647:
        raise _verr("precision too big")
    add_dot_0 = False
    default_precision = 6
    t = f.type
    if t == 0:
        add_dot_0 = True
        code = 'r'
        default_precision = 0
    elif t == ord('n'):
        code = 'g'
    elif t == ord('%'):
        code = 'f'
        value = value * 100.0
    else:
        code = chr(t)
    precision = f.precision
    if precision < 0:
        precision = default_precision
    elif code == 'r':
        code = 'g'
    s = float_to_string(value, code, precision, f.alternate, add_dot_0)
    if t == ord('%'):
        s += '%'
    sign_char = ''
    start = 0
    if len(s) > 0 and s[0] == '-':
        start = 1
        if not (f.no_neg_0 and is_zero_digits(s)):
            sign_char = '-'
    # split into integer digits, decimal point and remainder
    i = start
    n = len(s)
    while i < n and '0' <= s[i] <= '9':
        i += 1
    digits = s[start:i]
    decimal = ''
    if i < n and s[i] == '.':
        decimal = '.'
        i += 1
    remainder = s[i:]
    return _fill_number(f, sign_char, '', digits, decimal, remainder,
                        len(remainder))
