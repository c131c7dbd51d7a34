"""repr() and ascii() of str, and repr() of bytes, exactly as CPython 3.11.

API:
  str_repr(s) -> str     repr of the UTF-8 str s: quotes '...' unless s
                         contains ' and no " (then "..."); escapes \\\\, the
                         quote, \\t \\n \\r, other controls and 0x7f as
                         \\xhh; non-ASCII printable code points are kept,
                         non-printable ones become \\xhh / \\uhhhh / \\Uhhhhhhhh
  str_ascii(s) -> str    ascii(): the same with every non-ASCII escaped
  bytes_repr(b) -> str   repr of a bytes value b (raw bytes): b'...'
  repr_truncated(s, n) -> str   the repr cut to its first n code points
                         (CPython's %.200R in error messages)
  is_printable(cp) -> bool      str.isprintable() for one code point
"""

from rpython.rlib.rstring import StringBuilder
from minipy.support import utf8
from minipy.support.unicodedb import db
from minipy.support import unicodedelta as delta

HEX = '0123456789abcdef'


def is_printable(cp):
    if cp < 0x80:
        return 0x20 <= cp < 0x7f
    return db.isprintable(cp) or delta.in_ranges(delta.PRINTABLE, cp)


def _choose_quote(s):
    has_single = False
    has_double = False
    for c in s:
        if c == "'":
            has_single = True
        elif c == '"':
            has_double = True
    if has_single and not has_double:
        return '"'
    return "'"


def _hex(b, cp, ndigits):
    shift = (ndigits - 1) * 4
    while shift >= 0:
        b.append(HEX[(cp >> shift) & 0xF])
        shift -= 4


def _escape_cp(b, cp):
    if cp < 0x100:
        b.append('\\x')
        _hex(b, cp, 2)
    elif cp < 0x10000:
        b.append('\\u')
        _hex(b, cp, 4)
    else:
        b.append('\\U')
        _hex(b, cp, 8)


def _repr(s, ascii_only):
    quote = _choose_quote(s)
    b = StringBuilder(len(s) + 2)
    b.append(quote)
    pos = 0
    n = len(s)
    while pos < n:
        c = s[pos]
        o = ord(c)
        if o < 0x80:
            pos += 1
            if c == quote or c == '\\':
                b.append('\\')
                b.append(c)
            elif c == '\t':
                b.append('\\t')
            elif c == '\n':
                b.append('\\n')
            elif c == '\r':
                b.append('\\r')
            elif o < 0x20 or o == 0x7f:
                b.append('\\x')
                _hex(b, o, 2)
            else:
                b.append(c)
        else:
            size = utf8.char_size(s, pos)
            cp = utf8.decode_at(s, pos)
            if not ascii_only and is_printable(cp):
                b.append_slice(s, pos, pos + size)
            else:
                _escape_cp(b, cp)
            pos += size
    b.append(quote)
    return b.build()


def str_repr(s):
    return _repr(s, False)


def str_ascii(s):
    return _repr(s, True)


def repr_truncated(s, n):
    r = str_repr(s)
    length = utf8.codepoint_count(r)
    if length <= n:
        return r
    return utf8.slice_cp(r, length, 0, n)


def bytes_repr(data, escape_apostrophe=False):
    """repr() of bytes `data`. escape_apostrophe: a ' is escaped even inside double
    quotes, as CPython's repr() of a bytearray does (bytearray(b"it\\'s"))."""
    quote = _choose_quote(data)
    b = StringBuilder(len(data) + 3)
    b.append('b')
    b.append(quote)
    for c in data:
        o = ord(c)
        if c == quote or c == '\\' or (escape_apostrophe and c == "'"):
            b.append('\\')
            b.append(c)
        elif c == '\t':
            b.append('\\t')
        elif c == '\n':
            b.append('\\n')
        elif c == '\r':
            b.append('\\r')
        elif o < 0x20 or o >= 0x7f:
            b.append('\\x')
            _hex(b, o, 2)
        else:
            b.append(c)
    b.append(quote)
    return b.build()
