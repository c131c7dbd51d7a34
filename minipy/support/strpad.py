"""Padding, tabs and slicing of UTF-8 str, as CPython 3.11.

API (s UTF-8, slen its length in code points, fill the UTF-8 of one code
point):
  center(s, slen, width, fill), ljust(...), rjust(...) -> str
      (CPython's centring: left = pad // 2 + (pad & width & 1))
  zfill(s, slen, width) -> str       sign kept in front of the zeros
  expandtabs(s, tabsize) -> str      columns counted in code points, reset
                                     by \\n and \\r
  getslice(s, slen, start, stop, step) -> str
      s[start:stop:step] for indices already normalised by the caller
      (slice.indices(slen)); step != 0
  char_at(s, slen, i) -> str         s[i] for 0 <= i < slen
  repeat(s, n) -> str                s * n (n <= 0: '')
"""

from rpython.rlib.rstring import StringBuilder
from minipy.support import utf8


def _pad(s, left, right, fill):
    if left <= 0 and right <= 0:
        return s
    b = StringBuilder(len(s) + (left + right) * len(fill))
    if len(fill) == 1:
        b.append_multiple_char(fill[0], left)
        b.append(s)
        b.append_multiple_char(fill[0], right)
    else:
        for i in range(left):
            b.append(fill)
        b.append(s)
        for i in range(right):
            b.append(fill)
    return b.build()


def center(s, slen, width, fill):
    pad = width - slen
    if pad <= 0:
        return s
    left = pad // 2 + (pad & width & 1)
    return _pad(s, left, pad - left, fill)


def ljust(s, slen, width, fill):
    return _pad(s, 0, width - slen, fill)


def rjust(s, slen, width, fill):
    return _pad(s, width - slen, 0, fill)


def zfill(s, slen, width):
    pad = width - slen
    if pad <= 0:
        return s
    b = StringBuilder(len(s) + pad)
    start = 0
    if len(s) > 0 and (s[0] == '+' or s[0] == '-'):
        b.append(s[0])
        start = 1
    b.append_multiple_char('0', pad)
    b.append_slice(s, start, len(s))
    return b.build()


def expandtabs(s, tabsize):
    b = StringBuilder(len(s))
    col = 0
    pos = 0
    n = len(s)
    while pos < n:
        c = s[pos]
        if c == '\t':
            if tabsize > 0:
                k = tabsize - col % tabsize
                b.append_multiple_char(' ', k)
                col += k
            pos += 1
        else:
            size = utf8.char_size(s, pos)
            b.append_slice(s, pos, pos + size)
            pos += size
            if c == '\n' or c == '\r':
                col = 0
            else:
                col += 1
    return b.build()


def char_at(s, slen, i):
    if slen == len(s):
        return s[i]
    pos = utf8.byte_offset(s, slen, i)
    assert pos >= 0
    return s[pos:pos + utf8.char_size(s, pos)]


def getslice(s, slen, start, stop, step):
    if step == 1:
        if stop <= start:
            return ''
        return utf8.slice_cp(s, slen, start, stop)
    if step > 0:
        count = (stop - start + step - 1) // step if stop > start else 0
    else:
        count = (start - stop - step - 1) // (-step) if start > stop else 0
    if count <= 0:
        return ''
    b = StringBuilder(count)
    if slen == len(s):
        i = start
        for k in range(count):
            b.append(s[i])
            i += step
        return b.build()
    # non-ASCII: offsets of every code point, then pick
    offsets = [0] * (slen + 1)
    pos = 0
    for k in range(slen):
        offsets[k] = pos
        pos += utf8.char_size(s, pos)
    offsets[slen] = pos
    i = start
    for k in range(count):
        b.append_slice(s, offsets[i], offsets[i + 1])
        i += step
    return b.build()


def repeat(s, n):
    if n <= 0 or len(s) == 0:
        return ''
    if len(s) == 1:
        return s[0] * n
    b = StringBuilder(len(s) * n)
    for i in range(n):
        b.append(s)
    return b.build()
