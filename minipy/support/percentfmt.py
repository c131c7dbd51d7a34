"""printf-style formatting (str % args) exactly as CPython 3.11
(PyUnicode_Format): parsing of the format string into pieces, and the
rendering of one int/float/str/char piece.  The interpreter fetches the
arguments, converts objects (str()/repr()/ascii(), __index__, __float__)
and raises the TypeErrors that depend on argument types.

Driving loop for the interpreter:

    it = PercentIterator(fmt, have_mapping)
      # have_mapping: CPython's test PyMapping_Check(args) and not a tuple
      # and not a str: any object with __getitem__ (dicts, lists too)
    while True:
        p = it.next()                      # PercentPiece or None at the end
        if p is None: break
        emit(p.literal)
        if not p.has_spec: continue
        if p.has_key: source = mapping[p.key] (KeyError(p.key)) for all
              further fetches of this spec (CPython: the key's value is "the
              args" for '*' too); else: positional args
        if p.width == STAR: w = next arg, must be int (TypeError
              MSG_STAR_WANTS_INT); p.set_star_width(w)
        if p.prec == STAR: likewise; p.set_star_prec(n)
        value = next arg (TypeError MSG_NOT_ENOUGH if none)
        p.check_conv()    # ValueError "unsupported format character ..."
        conv p.conv:  'd' 'i' 'u' -> render_int(p, bigint)  (float args are
                       truncated by int() first; str -> TypeError
                       "%d format: a real number is required, not str")
                      'o' 'x' 'X' -> render_int(p, bigint)  (needs __index__:
                       "%x format: an integer is required, not float")
                      'e' 'E' 'f' 'F' 'g' 'G' -> render_float(p, float)
                       ("must be real number, not str")
                      's' 'r' 'a' -> render_str(p, text, length) with str()/
                       repr()/ascii() of the value
                      'c' -> render_char(p, code point) (int in range, else
                       OverflowError MSG_C_RANGE; 1-char str; else TypeError
                       MSG_C_TYPE)
    after the loop, with a tuple of args not all used: TypeError
    MSG_NOT_ALL_CONVERTED (not when have_mapping).

API: PercentIterator(fmt, have_mapping).next() -> PercentPiece | None;
PercentPiece fields: literal, has_spec, has_key, key, minus, plus, space,
alt, zero, width (-1 none, STAR), prec (-1 none, STAR), conv (a code
point), conv_index (code point index of conv in fmt); render_int(p,
rbigint), render_float(p, float), render_str(p, s, length),
render_char(p, cp).  Messages: MSG_* constants.
"""

import sys

from rpython.rlib.rstring import StringBuilder
from minipy.support.errors import SupportError
from minipy.support import utf8
from minipy.support import intdigits
from minipy.support.floatfmt import float_to_string

STAR = -2

MSG_NOT_ENOUGH = "not enough arguments for format string"
MSG_NOT_ALL_CONVERTED = "not all arguments converted during string formatting"
MSG_NEEDS_MAPPING = "format requires a mapping"
MSG_STAR_WANTS_INT = "* wants int"
MSG_C_RANGE = "%c arg not in range(0x110000)"
MSG_C_TYPE = "%c requires int or char"


def _verr(msg):
    return SupportError('ValueError', msg)


class PercentPiece(object):
    def __init__(self, literal):
        self.literal = literal
        self.has_spec = False
        self.has_key = False
        self.key = ''
        self.minus = False
        self.plus = False
        self.space = False
        self.alt = False
        self.zero = False
        self.width = -1
        self.prec = -1
        self.conv = 0
        self.conv_index = 0

    def set_star_width(self, w):
        if w < 0:
            self.minus = True
            w = -w
        self.width = w

    def set_star_prec(self, n):
        if n < 0:
            n = 0
        self.prec = n

    def check_conv(self, allowed='diuoxXeEfFgGsrac'):
        c = self.conv
        if c < 128 and chr(c) in allowed:
            return
        shown = chr(c) if 31 <= c <= 126 else '?'
        raise _verr("unsupported format character '%s' (0x%x) at index %d"
                    % (shown, c, self.conv_index))


class PercentIterator(object):
    def __init__(self, fmt, have_mapping, bytes_mode=False):
        self.fmt = fmt
        self.pos = 0
        self.cpindex = 0
        self.have_mapping = have_mapping
        self.bytes_mode = bytes_mode     # fmt is bytes: one character per byte

    def _advance(self):
        """Consume one code point (a byte in bytes mode); return it, or -1 at the end."""
        if self.pos >= len(self.fmt):
            return -1
        if self.bytes_mode:
            self.pos += 1
            self.cpindex += 1
            return ord(self.fmt[self.pos - 1])
        cp = utf8.decode_at(self.fmt, self.pos)
        self.pos += utf8.char_size(self.fmt, self.pos)
        self.cpindex += 1
        return cp

    def _peek(self):
        if self.pos >= len(self.fmt):
            return -1
        return ord(self.fmt[self.pos])

    def next(self):
        fmt = self.fmt
        end = len(fmt)
        if self.pos >= end:
            return None
        start = self.pos
        while self.pos < end and fmt[self.pos] != '%':
            if self.bytes_mode or (ord(fmt[self.pos]) & 0xC0) != 0x80:
                self.cpindex += 1
            self.pos += 1
        stop = self.pos
        assert stop >= start
        p = PercentPiece(fmt[start:stop])
        if self.pos >= end:
            return p
        # at a '%'
        self.pos += 1
        self.cpindex += 1
        if self._peek() == ord('%'):
            self.pos += 1
            self.cpindex += 1
            p.literal += '%'
            return p
        p.has_spec = True
        self._parse_spec(p)
        return p

    def _number(self, toobig):
        n = 0
        while True:
            c = self._peek()
            if c < ord('0') or c > ord('9'):
                return n
            d = c - 48
            if n > (sys.maxint - d) // 10:
                raise _verr(toobig)
            n = n * 10 + d
            self._advance()

    def _parse_spec(self, p):
        fmt = self.fmt
        if self._peek() == ord('('):
            if not self.have_mapping:
                raise SupportError('TypeError', MSG_NEEDS_MAPPING)
            self._advance()
            keystart = self.pos
            depth = 1
            keyend = -1
            while True:
                c = self._advance()
                if c < 0:
                    raise _verr("incomplete format key")
                if c == ord(')'):
                    depth -= 1
                    if depth == 0:
                        keyend = self.pos - 1
                        break
                elif c == ord('('):
                    depth += 1
            assert keyend >= keystart
            p.has_key = True
            p.key = fmt[keystart:keyend]
        while True:
            c = self._peek()
            if c == ord('-'):
                p.minus = True
            elif c == ord('+'):
                p.plus = True
            elif c == ord(' '):
                p.space = True
            elif c == ord('#'):
                p.alt = True
            elif c == ord('0'):
                p.zero = True
            else:
                break
            self._advance()
        if self._peek() == ord('*'):
            self._advance()
            p.width = STAR
        elif ord('0') <= self._peek() <= ord('9'):
            p.width = self._number("width too big")
        if self._peek() == ord('.'):
            self._advance()
            if self._peek() == ord('*'):
                self._advance()
                p.prec = STAR
            else:
                p.prec = self._number("precision too big")
        c = self._peek()
        if c == ord('h') or c == ord('l') or c == ord('L'):
            self._advance()
        c = self._advance()
        if c < 0:
            raise _verr("incomplete format")
        p.conv = c
        p.conv_index = self.cpindex - 1


def _pad_out(p, body, length, numeric):
    """unicode_format_arg_output: body is ASCII for numbers (with its own
    '-' and, for %#x/%#o, the '0x'/'0o' prefix right after the sign)."""
    sign = ''
    start = 0
    if numeric:
        if len(body) > 0 and (body[0] == '-' or body[0] == '+'):
            sign = body[0]
            start = 1
        elif p.plus:
            sign = '+'
        elif p.space:
            sign = ' '
    prefix = ''
    if numeric and p.alt and (p.conv == ord('x') or p.conv == ord('X') or
                              p.conv == ord('o')):
        prefix = body[start:start + 2]
        start += 2
    assert start >= 0
    rest = body[start:]
    rest_len = length - start
    total = len(sign) + len(prefix) + rest_len
    width = p.width
    zero = numeric and p.zero and not p.minus
    b = StringBuilder(max(total, width) + len(body))
    pad = width - total
    if pad > 0 and not p.minus:
        if zero:
            b.append(sign)
            b.append(prefix)
            b.append_multiple_char('0', pad)
        else:
            b.append_multiple_char(' ', pad)
            b.append(sign)
            b.append(prefix)
    else:
        b.append(sign)
        b.append(prefix)
    b.append(rest)
    if pad > 0 and p.minus:
        b.append_multiple_char(' ', pad)
    return b.build()


def render_int(p, value):
    """%d %i %u %o %x %X of an rbigint."""
    c = p.conv
    if c == ord('o'):
        digits = value.abs().format('01234567')
        prefix = '0o'
    elif c == ord('x'):
        digits = value.abs().format('0123456789abcdef')
        prefix = '0x'
    elif c == ord('X'):
        digits = value.abs().format('0123456789ABCDEF')
        prefix = '0X'
    else:
        digits = intdigits.decimal_abs_str(value)
        prefix = ''
    if p.prec > len(digits):
        digits = '0' * (p.prec - len(digits)) + digits
    if not p.alt:
        prefix = ''
    body = ('-' if value.sign < 0 else '') + prefix + digits
    return _pad_out(p, body, len(body), True)


def render_float(p, x):
    """%e %E %f %F %g %G of a float."""
    prec = p.prec
    if prec < 0:
        prec = 6
    body = float_to_string(x, chr(p.conv), prec, p.alt, False)
    return _pad_out(p, body, len(body), True)


def render_str(p, s, length):
    """%s %r %a: s is the already converted text (UTF-8, length code
    points); applies precision (truncation) and width."""
    if p.prec >= 0 and length > p.prec:
        s = utf8.slice_cp(s, length, 0, p.prec)
        length = p.prec
    return _pad_out(p, s, length, False)


def render_bytes(p, s):
    """%s %b %r %a of bytes formatting: s is the bytes to insert; precision truncates."""
    stop = p.prec
    if stop >= 0 and len(s) > stop:
        s = s[:stop]
    return _pad_out(p, s, len(s), False)


def render_char(p, cp):
    """%c of a code point (the caller checked the range / 1-char str)."""
    return _pad_out(p, utf8.encode_cp(cp), 1, False)
