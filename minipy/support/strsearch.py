"""Searching and replacing in UTF-8 str with code point indices, as
CPython 3.11's str methods.

Conventions: s is UTF-8 and slen its length in code points; start/end are
code point indices exactly as the caller got them (negative allowed), or
0 / END for an omitted argument (CPython's ADJUST_INDICES is applied
here).  UTF-8 is self-synchronising, so byte-level matching of a valid
UTF-8 needle only finds matches at code point boundaries.

API:
  END                                      value meaning "no end given"
  adjust_indices(start, end, slen) -> (start, end)
  find(s, slen, sub, start, end) -> int    str.find (-1 if absent)
  rfind(s, slen, sub, start, end) -> int   str.rfind
  index(...), rindex(...)                  same, ValueError "substring not found"
  count(s, slen, sub, start, end) -> int   str.count
  startswith(s, slen, prefix, start, end) -> bool   one prefix (the caller
  endswith(s, slen, suffix, start, end) -> bool     loops over a tuple)
  replace(s, slen, old, new, count) -> str          count < 0: all
  contains(s, sub) -> bool                 `sub in s`
"""

import sys

from rpython.rlib.rstring import StringBuilder
from minipy.support.errors import SupportError
from minipy.support import utf8

END = sys.maxint


def adjust_indices(start, end, slen):
    if end > slen:
        end = slen
    elif end < 0:
        end += slen
        if end < 0:
            end = 0
    if start < 0:
        start += slen
        if start < 0:
            start = 0
    return start, end


def _bounds(s, slen, start, end):
    """-> (bstart, bend) byte offsets, or (-1, -1) when start > end."""
    start, end = adjust_indices(start, end, slen)
    if start > end:
        return -1, -1
    if start > slen:
        return -1, -1
    if slen == len(s):
        return start, end
    bstart = utf8.byte_offset(s, slen, start)
    bend = bstart
    i = start
    while i < end:
        bend += utf8.char_size(s, bend)
        i += 1
    return bstart, bend


def contains(s, sub):
    return s.find(sub) >= 0


def find(s, slen, sub, start, end):
    bstart, bend = _bounds(s, slen, start, end)
    if bstart < 0:
        return -1
    assert bend >= 0
    r = s.find(sub, bstart, bend)
    if r < 0:
        return -1
    return utf8.cp_index(s, slen, r)


def rfind(s, slen, sub, start, end):
    bstart, bend = _bounds(s, slen, start, end)
    if bstart < 0:
        return -1
    assert bend >= 0
    r = s.rfind(sub, bstart, bend)
    if r < 0:
        return -1
    return utf8.cp_index(s, slen, r)


def index(s, slen, sub, start, end):
    r = find(s, slen, sub, start, end)
    if r < 0:
        raise SupportError('ValueError', 'substring not found')
    return r


def rindex(s, slen, sub, start, end):
    r = rfind(s, slen, sub, start, end)
    if r < 0:
        raise SupportError('ValueError', 'substring not found')
    return r


def count(s, slen, sub, start, end):
    bstart, bend = _bounds(s, slen, start, end)
    if bstart < 0:
        return 0
    if len(sub) == 0:
        a, b = adjust_indices(start, end, slen)
        return b - a + 1
    n = 0
    pos = bstart
    assert bend >= 0
    while True:
        r = s.find(sub, pos, bend)
        if r < 0:
            break
        n += 1
        pos = r + len(sub)
    return n


def startswith(s, slen, prefix, start, end):
    bstart, bend = _bounds(s, slen, start, end)
    if bstart < 0:
        return False
    if bend - bstart < len(prefix):
        return False
    i = 0
    while i < len(prefix):
        if s[bstart + i] != prefix[i]:
            return False
        i += 1
    return True


def endswith(s, slen, suffix, start, end):
    bstart, bend = _bounds(s, slen, start, end)
    if bstart < 0:
        return False
    if bend - bstart < len(suffix):
        return False
    base = bend - len(suffix)
    i = 0
    while i < len(suffix):
        if s[base + i] != suffix[i]:
            return False
        i += 1
    return True


def replace(s, slen, old, new, count):
    if count < 0:
        count = sys.maxint
    if count == 0:
        return s
    if len(old) == 1 and count == sys.maxint:
        # one ASCII byte (never part of a longer UTF-8 sequence): one pass, no searches
        if len(new) == 1:
            return s.replace(old[0], new[0])
        if len(new) == 0:
            c = old[0]
            b = StringBuilder(len(s))
            for ch in s:
                if ch != c:
                    b.append(ch)
            return b.build()
    b = StringBuilder(len(s))
    if len(old) == 0:
        # new before every code point and at the end
        pos = 0
        n = 0
        while pos < len(s) and n < count:
            b.append(new)
            size = utf8.char_size(s, pos)
            b.append_slice(s, pos, pos + size)
            pos += size
            n += 1
        if n < count:
            b.append(new)
        b.append_slice(s, pos, len(s))
        return b.build()
    pos = 0
    n = 0
    while n < count:
        r = s.find(old, pos)
        if r < 0:
            break
        b.append_slice(s, pos, r)
        b.append(new)
        pos = r + len(old)
        n += 1
    if n == 0:
        return s
    b.append_slice(s, pos, len(s))
    return b.build()
